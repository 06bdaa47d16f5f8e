// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMarginsF>
#include <QString>

class QTextDocument;

/// How the app prints a document to PDF: A4, and a file that says what it is — title,
/// author and language in its XMP metadata, where PDF readers, document management systems
/// and screen readers look (the language decides how a screen reader pronounces the text) —
/// with text free of ligature characters ("ﬁ" as one character), which copied text and
/// screen readers get wrong.
struct PdfPrint
{
    QString title;
    QString author;
    QString language; ///< BCP 47, "de-DE"
    QMarginsF margins { 20, 18, 20, 18 }; ///< millimetres

    /// @p document as a PDF; its font sizes in pt come out as they are on paper.
    QByteArray print(QTextDocument &document) const;
    /// The XMP packet (ISO 16684-1) with Dublin Core title, creator and language.
    QByteArray xmp() const;
};
