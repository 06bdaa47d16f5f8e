// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>

/// A person's export of their data (server/store/personexport.h) as a document to read: every
/// section of the JSON in plain words, in German or English, printed to PDF. The app makes it
/// for "Meine Daten", the server's operator with `export-person`; both from the same JSON.
class PersonalDataDocument
{
public:
    /// @p language: "de" or "en".
    PersonalDataDocument(const QJsonObject &data, const QString &language);

    /// The document as HTML (what the PDF shows).
    QString html() const;
    /// The document as a PDF (needs a QGuiApplication for its fonts).
    QByteArray pdf() const;
    /// Its title in the document's language.
    QString title() const;

private:
    /// A date (or the day of an instant) as the document's language writes it.
    QString day(const QString &isoInstantOrDate) const;
    QLocale locale() const;
    /// The text of label @p key in the document's language.
    QString label(const char *key) const;
    QString personSection() const;
    QString accessSection() const;
    QString notesSection() const;
    QString writtenSection(
        const char *section, const char *heading, const QStringList &textFields) const;

    QJsonObject m_data;
    QString m_language;
};
