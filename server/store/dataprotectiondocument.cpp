// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataprotectiondocument.h"

#include "datadeclarations.h"
#include "filestore.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace DataProtectionDocument {

namespace {
QString filled(QString text, const Periods &periods)
{
    return text.replace(u"{retentionDays}"_s, QString::number(periods.retentionDays))
        .replace(u"{auditDays}"_s, QString::number(periods.auditDays))
        .replace(u"{tombstoneDays}"_s, QString::number(periods.tombstoneDays))
        .replace(u"{unnamedDays}"_s, QString::number(FileStore::unnamedDays));
}

QString cell(const QString &text)
{
    return QString(text).replace(u'|', u"\\|"_s);
}

QString table(DataDeclarations::Place place, const Periods &periods)
{
    QStringList lines {
        u"| Datensatz | Personenbezogene Daten | Zweck | Wer liest | Aufbewahrung |"_s,
        u"| --- | --- | --- | --- | --- |"_s
    };
    for (const auto &declaration : DataDeclarations::all()) {
        if (declaration.place != place)
            continue;
        lines.append(u"| `%1` | %2 | %3 | %4 | %5 |"_s.arg(cell(declaration.name),
            cell(declaration.data), cell(declaration.purpose), cell(declaration.readers),
            cell(filled(declaration.kept, periods))));
    }
    return lines.join(u'\n') + u'\n';
}
}

QString markdown(const Periods &periods)
{
    using DataDeclarations::Place;
    QString text = uR"(# Datenschutz beim EWS-Begleiter

Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO), Löschkonzept und technische und
organisatorische Maßnahmen (Art. 32 DSGVO) für den Betrieb eines EWS-Servers und der App.
Erzeugt mit `ews-server data-protection` aus den Datendeklarationen im Code
(`server/store/datadeclarations.cpp`) mit den Fristen, die dieser Server eingestellt hat; ein
Test prüft, dass jede gespeicherte Tabelle und jeder Datensatz deklariert ist und diese Datei
aktuell ist. Nicht von Hand ändern.

## 1. Verantwortlicher und Zweck

- **Verantwortlich:** die Stelle, die den Server betreibt (vom Betreiber einzutragen: Name,
  Anschrift, Datenschutzbeauftragte).
- **Zweck:** Durchführung der Entwicklungswerkstatt für kommunale Engagementstrategien:
  Programm und Termine, Kontakt unter den Beteiligten, Dokumentation der Praxisprojekte der
  Kommunen, Begleitung durch das Organisationsteam.
- **Rechtsgrundlage:** vom Verantwortlichen festzulegen (in der Regel Art. 6 Abs. 1 lit. e
  oder b DSGVO für die Teilnahme; Einwilligung für das Zeigen von Telefon und E-Mail an andere
  Teilnehmende, die jede Person in der App gibt oder verweigert).
- **Betroffene:** Teilnehmende (Beschäftigte der Kommunen), Organisationsteam, Moderation und
  Referierende.
- **Empfänger:** nur die Beteiligten der Entwicklungswerkstatt wie unten beschrieben; keine
  Übermittlung an Dritte, keine in Drittländer. Der Server sendet nichts an andere Dienste.

## 2. Gespeicherte Daten

### Abgeglichen zwischen Server und Geräten

)"_s;
    text += table(Place::Both, periods);
    text += u"\n### Nur auf dem Server\n\n"_s + table(Place::Server, periods);
    text += u"\n### Nur auf dem Gerät\n\n"_s + table(Place::Device, periods);
    text += filled(uR"(
## 3. Löschkonzept

| Was | Wann gelöscht | Wie |
| --- | --- | --- |
| Alle Daten einer Person | auf Antrag, sofort | `ews-server forget-person` oder in der App (Organisationsteam, „Daten löschen“); auf allen Geräten beim nächsten Abgleich |
| Alle personenbezogenen Daten der Entwicklungswerkstatt | {retentionDays} Tage nach ihrem Abschluss | der Server selbst, täglich geprüft; Warnung an das Organisationsteam ab dem Abschluss, im Betriebsprotokoll in den letzten 14 Tagen |
| Entfernte Zeilen (ohne Inhalt) | nach {tombstoneDays} Tagen | der Server selbst, täglich |
| Fotos und Dateien, die kein Anhang und kein Material mehr nennt; nicht zu Ende gesendete | nach {unnamedDays} Tagen | der Server selbst, täglich |
| Prüfprotokoll (audit_log) | nach {auditDays} Tagen | der Server selbst, täglich |
| Betriebsprotokoll | nach der journald-Einstellung des Betreibers | journald |
| Sicherungen | nach dem Sicherungskonzept des Betreibers | eine wiederhergestellte Sicherung löscht vor dem ersten Abgleich jede Person erneut, die nach ihrer Erstellung gelöscht wurde (Liste der Löschungen als Hashes) |
| Ausgaben von `export-person` | nach der Übergabe an die Person | vom Betreiber zu löschen (Dateien nur für ihn lesbar) |

Gelöschtes wird überschrieben: SQLite mit `secure_delete`, danach wird das Write-Ahead-Log
geleert; PostgreSQL-Tabellen werden nach einer Löschung mit `VACUUM` bereinigt. Entfernte
Zeilen behalten nur Verweise (IDs), nie Texte.

## 4. Technische und organisatorische Maßnahmen (Art. 32 DSGVO)

- **Vertraulichkeit der Übertragung:** nur HTTPS; TLS 1.3 und TLS 1.2 ausschließlich mit
  Vorwärtsgeheimnis und AEAD-Verfahren (BSI TR-02102-2); die App vertraut einem selbst
  signierten Zertifikat nur nach Bestätigung seines Fingerabdrucks.
- **Zugang:** Anmeldung nur mit einmaligem Code (gültig 30 Tage, höchstens 365); Codes,
  Geräteschlüssel und Kalenderadressen werden nur als SHA-256-Hash gespeichert; verlorene
  Geräte und Personen können sofort abgemeldet werden.
- **Berechtigungen:** vom Server aus der Anmeldung bestimmt: Teilnehmende schreiben nur das
  Praxisprojekt ihrer Kommune, Notizen sieht nur ihre Verfasserin, Verfasser setzt der Server;
  Telefon und E-Mail sehen andere Teilnehmende nur nach Zustimmung.
- **Speicher:** Datenordner 0700, Dateien 0600 unabhängig von der umask; das
  PostgreSQL-Passwort aus einer Datei oder der Umgebung, nie auf der Kommandozeile;
  `sslmode` für die Datenbankverbindung einstellbar; auf Desktop-Geräten Replik und
  Anmeldedatei nur für die Person lesbar, der Geräteschlüssel im Schlüsselbund des Systems.
- **Belastbarkeit:** Grenzen je Adresse und Gerät für Verbindungen, Anmeldeversuche und
  Abgleiche; Grenzen für Größe und Dauer jeder Anfrage; Speicherkontingent je Kommune.
- **Nachvollziehbarkeit:** Prüfprotokoll aller Handlungen von Organisationsteam und Betreiber
  (nur IDs); Zugangsjournal, damit eine Wiederherstellung keine Abmeldung und keine Löschung
  rückgängig macht.
- **Datensparsamkeit:** das Betriebsprotokoll enthält keine Namen und keine Inhalte; die App
  sendet nichts an andere Dienste; Fehlermeldungen der Datenbank gehen nicht an Geräte.
- **Dienst:** systemd-Unit mit eigenem Benutzer und Härtung (`docs/operating.md`).

## 5. Rechte der Betroffenen

- **Auskunft und Übertragbarkeit (Art. 15, 20):** in der App unter Einstellungen › Datenschutz
  und meine Daten › „Meine Daten herunterladen“ (PDF und JSON), oder durch den Betreiber mit
  `ews-server export-person`.
- **Berichtigung (Art. 16):** Name über das Organisationsteam, Telefon und E-Mail in der App.
- **Löschung (Art. 17):** durch das Organisationsteam in der App oder den Betreiber mit
  `ews-server forget-person`.
- **Widerruf der Einwilligung:** das Zeigen von Telefon und E-Mail ist jederzeit in den
  Einstellungen abschaltbar.

## 6. Aufbau der Auskunft (JSON)

Die Auskunft ist ein JSON-Objekt mit `format` = `ews-personal-data`, `formatVersion` = 1 und
`exportedAt` (UTC, ISO 8601). Daneben steht dasselbe als PDF zum Lesen.

| Schlüssel | Inhalt |
| --- | --- |
| `person` | Anmeldung: `id`, `name`, `role`, `municipalityId`, `municipality`, `signedOut`; `null` für einen Kontakt ohne Anmeldung |
| `contact` | Kontaktdatensatz wie abgeglichen: `name`, `role`, `phone`, `email`, `sharePhone`, `shareEmail`, `functionDe`, `functionEn`, `organisation`, `municipalityId` |
| `devices` | je Gerät `id`, `name`, `signedInAt`, `lastSyncOn`, `signedOut` (nie der Geräteschlüssel) |
| `invitations` | je Einladung `createdAt`, `expiresAt`, `used`, `ended` (nie der Code) |
| `calendarSubscription` | `language`, oder `null` (nie die geheime Adresse) |
| `notes` | eigene Notizen: `id`, `eventId`, `eventTitleDe`, `eventTitleEn`, `stepId`, `text` |
| `noteAttachments` | Fotos und Dateien an eigenen Notizen: `id`, `noteId`, `fileName`, `mediaType`, `size`, `hash`, `addedAt` |
| `logEntries`, `logCorrections`, `steps`, `projects`, `keptTexts`, `organiserNotes`, `announcements`, `releases`, `draftKeptTexts`, `attachments`, `materials` | jeder Datensatz, den die Person verfasst hat, für den sie zuständig ist oder dessen Texte sie zuletzt schrieb, mit seinen Feldern wie abgeglichen; `wroteLast` nennt die Felder, die sie zuletzt schrieb |
| `files` | jedes Foto und jede Datei, die die Person hinzufügte: `record` und `id` des Datensatzes, `fileName`, `mediaType`, `size`, `hash` (SHA-256 des Inhalts) und `address`, unter der ihre App sie liest; `export-person` schreibt die Inhalte daneben in den Ordner `DATEI-files` |
)"_s,
        periods);
    return text;
}
}
