// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldatadocument.h"

#include "pdfprint.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
struct Wording
{
    const char *de;
    const char *en;
};

/// Every word of the document, German first.
const QHash<QByteArray, Wording> &wordings()
{
    static const QHash<QByteArray, Wording> texts {
        { "title", { "Meine Daten im EWS-Begleiter", "My data in the EWS companion" } },
        { "intro",
            { "Alles, was der Server des EWS-Begleiters über Sie gespeichert hat, Stand %1. "
              "Dieselben Daten stehen maschinenlesbar in der JSON-Datei, die mit diesem "
              "Dokument ausgegeben wurde.",
                "Everything the EWS companion's server has stored about you, as of %1. The same "
                "data, readable by programs, is in the JSON file handed out with this "
                "document." } },
        { "person", { "Person", "Person" } },
        { "name", { "Name", "Name" } },
        { "role", { "Rolle", "Role" } },
        { "participant", { "Teilnehmende Person", "Participant" } },
        { "organiser", { "Organisation", "Organiser" } },
        { "facilitator", { "Moderation", "Facilitator" } },
        { "speaker", { "Referentin/Referent", "Speaker" } },
        { "municipality", { "Kommune", "Municipality" } },
        { "signedOut", { "Abgemeldet", "Signed out" } },
        { "contact", { "Kontaktdaten", "Contact details" } },
        { "phone", { "Telefon", "Phone" } },
        { "email", { "E-Mail", "E-mail" } },
        { "shared", { "für andere Teilnehmende sichtbar", "visible to other participants" } },
        { "notShared", { "nur für die Organisation sichtbar", "visible to the organisers only" } },
        { "organisation", { "Organisation/Behörde", "Organisation" } },
        { "function", { "Funktion", "Function" } },
        { "devices", { "Geräte", "Devices" } },
        { "signedInAt", { "angemeldet am", "signed in on" } },
        { "lastSync", { "zuletzt abgeglichen am", "last synced on" } },
        { "invitations", { "Einladungen", "Invitations" } },
        { "createdAt", { "erstellt am", "made on" } },
        { "expiresAt", { "gültig bis", "valid until" } },
        { "used", { "benutzt", "used" } },
        { "ended", { "beendet", "ended" } },
        { "calendar", { "Kalender-Abo", "Calendar subscription" } },
        { "calendarOn", { "eingerichtet (Sprache: %1)", "set up (language: %1)" } },
        { "notes", { "Meine Notizen zu Terminen", "My notes on dates" } },
        { "logEntries", { "Einträge im Fortschritt", "Log entries" } },
        { "logCorrections",
            { "Korrekturen von Einträgen im Fortschritt", "Corrections of log entries" } },
        { "steps",
            { "Schritte (zuständig oder zuletzt geschrieben)",
                "Steps (responsible or written last)" } },
        { "projects",
            { "Praxisprojekt (zuletzt geschrieben)", "Practice project (written last)" } },
        { "keptTexts", { "Gleichzeitig eingegebene Texte", "Texts entered at the same time" } },
        { "organiserNotes", { "Hinweise der Organisation", "Organisers' notes" } },
        { "announcements", { "Mitteilungen", "Announcements" } },
        { "releases", { "Veröffentlichungen des Programms", "Releases of the programme" } },
        { "draftKeptTexts",
            { "Gleichzeitig eingegebene Entwürfe", "Drafts entered at the same time" } },
        { "materials", { "Eingestellte Materialien", "Materials posted" } },
        { "files",
            { "Fotos und Dateien (an Einträgen, Schritten, Notizen und Materialien)",
                "Photos and files (on log entries, steps, notes and materials)" } },
        { "none", { "keine", "none" } },
        { "notGiven", { "nicht angegeben", "not given" } },
        { "yes", { "ja", "yes" } },
        { "no", { "nein", "no" } },
        { "question", { "Frage an die Organisation", "Question to the organisers" } },
        { "page", { "Seite %1 von %2", "Page %1 of %2" } },
    };
    return texts;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}
}

QString PersonalDataDocument::day(const QString &isoInstantOrDate) const
{
    const QDate date = QDate::fromString(isoInstantOrDate.left(10), Qt::ISODate);
    return date.isValid() ? locale().toString(date, QLocale::LongFormat) : isoInstantOrDate;
}

QLocale PersonalDataDocument::locale() const
{
    return QLocale(m_language == "en"_L1 ? QLocale::English : QLocale::German,
        m_language == "en"_L1 ? QLocale::UnitedKingdom : QLocale::Germany);
}

PersonalDataDocument::PersonalDataDocument(const QJsonObject &data, const QString &language)
    : m_data(data)
    , m_language(language == "en"_L1 ? u"en"_s : u"de"_s)
{
}

QString PersonalDataDocument::label(const char *key) const
{
    const Wording wording = wordings().value(key, { key, key });
    return QString::fromUtf8(m_language == "en"_L1 ? wording.en : wording.de);
}

QString PersonalDataDocument::title() const
{
    return label("title");
}

QString PersonalDataDocument::html() const
{
    // In the programme's time, wherever the server runs.
    const QDateTime exported
        = QDateTime::fromString(m_data.value("exportedAt"_L1).toString(), Qt::ISODate)
              .toTimeZone(QTimeZone("Europe/Berlin"));
    QString html
        = u"<html><body style=\"font-size: 10pt\"><h1>%1</h1><p>%2</p>"_s.arg(escaped(title()),
            escaped(label("intro").arg(locale().toString(exported, QLocale::ShortFormat))));
    html += personSection() + accessSection() + notesSection();
    html += writtenSection("logEntries", "logEntries", { u"entryDate"_s, u"text"_s });
    html += writtenSection("logCorrections", "logCorrections", { u"correctedAt"_s, u"text"_s });
    html += writtenSection("steps", "steps", { u"title"_s, u"status"_s, u"dueDate"_s, u"notes"_s });
    html += writtenSection("projects", "projects", { u"title"_s, u"goal"_s });
    html += writtenSection("keptTexts", "keptTexts", { u"replacedAt"_s, u"text"_s });
    html += writtenSection("organiserNotes", "organiserNotes", { u"writtenAt"_s, u"text"_s });
    html += writtenSection("announcements", "announcements", { u"publishedAt"_s, u"text"_s });
    html += writtenSection("releases", "releases", { u"publishedAt"_s, u"note"_s });
    html += writtenSection("draftKeptTexts", "draftKeptTexts", { u"replacedAt"_s, u"text"_s });
    html += writtenSection("materials", "materials", { u"addedAt"_s, u"title"_s, u"url"_s });
    html += writtenSection("files", "files", { u"fileName"_s, u"mediaType"_s });
    return html + u"</body></html>"_s;
}

QString PersonalDataDocument::personSection() const
{
    QString html = u"<h2>%1</h2><p>"_s.arg(escaped(label("person")));
    const QJsonObject person = m_data.value("person"_L1).toObject();
    const QJsonObject contact = m_data.value("contact"_L1).toObject();
    const QString name = person.value("name"_L1).toString(contact.value("name"_L1).toString());
    const QString role = person.value("role"_L1).toString(contact.value("role"_L1).toString());
    html += u"%1: %2<br>"_s.arg(escaped(label("name")), escaped(name));
    if (!role.isEmpty())
        html += u"%1: %2<br>"_s.arg(escaped(label("role")), escaped(label(role.toUtf8())));
    if (!person.value("municipality"_L1).toString().isEmpty())
        html += u"%1: %2<br>"_s.arg(
            escaped(label("municipality")), escaped(person.value("municipality"_L1).toString()));
    if (person.value("signedOut"_L1).toBool())
        html += u"%1: %2<br>"_s.arg(escaped(label("signedOut")), escaped(label("yes")));
    html += u"</p><h2>%1</h2><p>"_s.arg(escaped(label("contact")));
    const auto detail = [&](const char *key, const char *shareKey) {
        const QString value = contact.value(QLatin1StringView(key)).toString();
        return u"%1: %2 (%3)<br>"_s.arg(escaped(label(key)),
            escaped(value.isEmpty() ? label("notGiven") : value),
            escaped(label(
                contact.value(QLatin1StringView(shareKey)).toBool() ? "shared" : "notShared")));
    };
    html += detail("phone", "sharePhone") + detail("email", "shareEmail");
    for (const char *key : { "organisation", "function" }) {
        const QString value
            = contact
                  .value(key == QByteArray("function")
                          ? (m_language == "en"_L1 ? "functionEn"_L1 : "functionDe"_L1)
                          : QLatin1StringView(key))
                  .toString();
        if (!value.isEmpty())
            html += u"%1: %2<br>"_s.arg(escaped(label(key)), escaped(value));
    }
    return html + u"</p>"_s;
}

QString PersonalDataDocument::accessSection() const
{
    QString html = u"<h2>%1</h2>"_s.arg(escaped(label("devices")));
    const QJsonArray devices = m_data.value("devices"_L1).toArray();
    html += devices.isEmpty() ? u"<p>%1</p>"_s.arg(escaped(label("none"))) : u"<ul>"_s;
    for (const auto &each : devices) {
        const QJsonObject device = each.toObject();
        html += u"<li>%1 — %2 %3, %4 %5%6</li>"_s.arg(escaped(device.value("name"_L1).toString()),
            escaped(label("signedInAt")), escaped(day(device.value("signedInAt"_L1).toString())),
            escaped(label("lastSync")), escaped(day(device.value("lastSyncOn"_L1).toString())),
            device.value("signedOut"_L1).toBool() ? u" (%1)"_s.arg(escaped(label("signedOut")))
                                                  : QString());
    }
    if (!devices.isEmpty())
        html += u"</ul>"_s;
    html += u"<h2>%1</h2>"_s.arg(escaped(label("invitations")));
    const QJsonArray invitations = m_data.value("invitations"_L1).toArray();
    html += invitations.isEmpty() ? u"<p>%1</p>"_s.arg(escaped(label("none"))) : u"<ul>"_s;
    for (const auto &each : invitations) {
        const QJsonObject invitation = each.toObject();
        QStringList state;
        for (const char *flag : { "used", "ended" }) {
            if (invitation.value(QLatin1StringView(flag)).toBool())
                state.append(label(flag));
        }
        html += u"<li>%1 %2, %3 %4%5</li>"_s.arg(escaped(label("createdAt")),
            escaped(day(invitation.value("createdAt"_L1).toString())), escaped(label("expiresAt")),
            escaped(day(invitation.value("expiresAt"_L1).toString())),
            state.isEmpty() ? QString() : u" (%1)"_s.arg(escaped(state.join(u", "_s))));
    }
    if (!invitations.isEmpty())
        html += u"</ul>"_s;
    const QJsonValue calendar = m_data.value("calendarSubscription"_L1);
    html += u"<h2>%1</h2><p>%2</p>"_s.arg(escaped(label("calendar")),
        escaped(calendar.isObject()
                ? label("calendarOn").arg(calendar.toObject().value("language"_L1).toString())
                : label("none")));
    return html;
}

QString PersonalDataDocument::notesSection() const
{
    QString html = u"<h2>%1</h2>"_s.arg(escaped(label("notes")));
    const QJsonArray notes = m_data.value("notes"_L1).toArray();
    if (notes.isEmpty())
        return html + u"<p>%1</p>"_s.arg(escaped(label("none")));
    for (const auto &each : notes) {
        const QJsonObject note = each.toObject();
        const QString title = m_language == "en"_L1
            ? note.value("eventTitleEn"_L1).toString(note.value("eventTitleDe"_L1).toString())
            : note.value("eventTitleDe"_L1).toString();
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(
            escaped(title.isEmpty() ? note.value("eventId"_L1).toString() : title),
            escaped(note.value("text"_L1).toString()));
    }
    return html;
}

QString PersonalDataDocument::writtenSection(
    const char *section, const char *heading, const QStringList &textFields) const
{
    QString html = u"<h2>%1</h2>"_s.arg(escaped(label(heading)));
    const QJsonArray rows = m_data.value(QLatin1StringView(section)).toArray();
    if (rows.isEmpty())
        return html + u"<p>%1</p>"_s.arg(escaped(label("none")));
    for (const auto &each : rows) {
        const QJsonObject row = each.toObject();
        QStringList parts;
        for (const QString &field : textFields) {
            const QString value = row.value(field).toString();
            // Dates and times as people write them; the rest as written.
            const bool when = field.endsWith("Date"_L1) || field.endsWith("At"_L1);
            if (!value.isEmpty())
                parts.append(escaped(when ? day(value) : value));
        }
        if (row.value("question"_L1).toBool())
            parts.append(u"<i>%1</i>"_s.arg(escaped(label("question"))));
        html += u"<p>%1</p>"_s.arg(parts.join(u"<br>"_s));
    }
    return html;
}

QByteArray PersonalDataDocument::pdf() const
{
    QTextDocument document;
    document.setHtml(html());
    PdfPrint print;
    print.title = title();
    const QJsonObject person = m_data.value("person"_L1).toObject();
    print.author = person.value("name"_L1).toString();
    print.language = m_language == "en"_L1 ? u"en-GB"_s : u"de-DE"_s;
    print.stamp = day(m_data.value("exportedAt"_L1).toString());
    print.pageFormat = label("page");
    return print.print(document);
}
