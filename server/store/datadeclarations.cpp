// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadeclarations.h"

using namespace Qt::StringLiterals;

namespace DataDeclarations {

namespace {
// The phrases most declarations share.
const QString untilErased
    = u"bis zur Löschung der Person, spätestens {retentionDays} Tage nach dem Abschluss der "
      "Entwicklungswerkstatt"_s;
const QString projectContent
    = u"als Dokumentation, solange der Server betrieben wird; Verweise auf eine Person "
      "(ID, Name) entfallen mit ihrer Löschung, spätestens {retentionDays} Tage nach dem "
      "Abschluss; entfernte Zeilen bleiben {tombstoneDays} Tage ohne Inhalt bekannt"_s;
const QString everyone = u"alle Angemeldeten der Entwicklungswerkstatt"_s;
// Every municipality's practice project is there for all in the programme to learn from;
// only its municipality's participants write it.
const QString projectReaders
    = u"alle Angemeldeten der Entwicklungswerkstatt (die Praxisprojekte sind für alle "
      "sichtbar); schreiben: die Teilnehmenden der Kommune"_s;
const QString programmeData = u"keine (Programm der Entwicklungswerkstatt)"_s;

QList<Declaration> declare()
{
    return {
        // Records synced between the server and the devices (protocol/records.h).
        { u"event"_s, Place::Both, programmeData, u"Termine der Entwicklungswerkstatt"_s, everyone,
            u"solange die Entwicklungswerkstatt läuft"_s },
        { u"event_draft"_s, Place::Both, programmeData, u"Entwurf der nächsten Programmfassung"_s,
            u"das Organisationsteam"_s, u"bis zur Veröffentlichung"_s },
        { u"event_draft_conflict"_s, Place::Both,
            u"ein überschriebener Entwurfstext und wer ihn schrieb (Personen-ID)"_s,
            u"gleichzeitige Änderungen nicht verlieren"_s, u"das Organisationsteam"_s,
            projectContent },
        { u"release"_s, Place::Both, u"wer veröffentlicht hat (Personen-ID)"_s,
            u"Programmfassungen nachvollziehbar machen"_s, everyone, projectContent },
        { u"announcement"_s, Place::Both, u"Mitteilungstext, Verfasserin (Personen-ID)"_s,
            u"Mitteilungen des Organisationsteams"_s,
            u"alle Angemeldeten oder die Teilnehmenden einer Kommune"_s, projectContent },
        { u"place"_s, Place::Both, programmeData, u"Veranstaltungsorte"_s, everyone,
            u"solange die Entwicklungswerkstatt läuft"_s },
        { u"venue"_s, Place::Both, programmeData,
            u"Anreise, Kosten, Mitzubringendes und Lernplattform der Entwicklungswerkstatt"_s,
            everyone, u"solange die Entwicklungswerkstatt läuft"_s },
        { u"contact"_s, Place::Both,
            u"Name, Rolle, Funktion, Organisation, Kommune; Telefon und E-Mail mit der Wahl, "
            "wer sie sieht"_s,
            u"einander erreichen können"_s,
            u"Name, Rolle, Kommune: alle Angemeldeten; Telefon und E-Mail: das "
            "Organisationsteam, andere nur, wenn die Person es erlaubt"_s,
            untilErased },
        { u"municipality"_s, Place::Both, u"keine (Name der Kommune)"_s,
            u"Zuordnung der Praxisprojekte"_s, everyone,
            u"solange die Entwicklungswerkstatt läuft"_s },
        { u"project"_s, Place::Both,
            u"Titel und Ziel des Praxisprojekts, wer sie zuletzt schrieb (Personen-ID)"_s,
            u"Dokumentation des Praxisprojekts"_s, projectReaders, projectContent },
        { u"step"_s, Place::Both,
            u"Schritt mit Notizen, zuständige Person (Personen-ID), wer Texte zuletzt "
            "schrieb"_s,
            u"Planung des Praxisprojekts"_s, projectReaders, projectContent },
        { u"log_entry"_s, Place::Both,
            u"Eintrag im Fortschritt mit Datum, Verfasserin/Verfasser (Name und Personen-ID)"_s,
            u"Dokumentation des Praxisprojekts, Fragen an das Organisationsteam"_s, projectReaders,
            projectContent },
        { u"log_correction"_s, Place::Both,
            u"Korrektur oder Rücknahme eines Eintrags: neuer Text, Zeitpunkt, Verfasserin/"
            "Verfasser (Personen-ID)"_s,
            u"Dokumentation des Praxisprojekts nachvollziehbar berichtigen (Art. 16 DSGVO)"_s,
            projectReaders, projectContent },
        { u"conflict"_s, Place::Both,
            u"ein gleichzeitig überschriebener Text und wer ihn schrieb (Personen-ID)"_s,
            u"gleichzeitige Änderungen nicht verlieren"_s, projectReaders, projectContent },
        { u"comment"_s, Place::Both, u"Hinweis des Organisationsteams, Verfasserin (Personen-ID)"_s,
            u"Begleitung der Praxisprojekte"_s, projectReaders, projectContent },
        { u"attachment"_s, Place::Both,
            u"Foto oder Datei zu einem Eintrag oder Schritt (Fotos ohne Ort und andere "
            "Metadaten), Dateiname, wer sie hinzufügte (Personen-ID)"_s,
            u"Dokumentation des Praxisprojekts"_s, projectReaders,
            u"bis die Person sie entfernt; sonst wie das Praxisprojekt"_s },
        { u"material"_s, Place::Both,
            u"Material des Lernquellenpools (Titel, Beschreibung, Datei oder Link), wer es "
            "einstellte (Name und Personen-ID)"_s,
            u"Lernquellenpool der Entwicklungswerkstatt"_s, everyone,
            u"bis die Person oder das Organisationsteam es entfernt; sonst solange die "
            "Entwicklungswerkstatt läuft"_s },
        { u"note"_s, Place::Both, u"eigene Notiz einer Person zu einem Termin"_s,
            u"persönliche Vorbereitung"_s, u"nur die Person selbst (ihre Geräte)"_s, untilErased },
        { u"noteAttachment"_s, Place::Both,
            u"Foto oder Datei zu einer eigenen Notiz (Fotos ohne Ort und andere Metadaten), "
            "Dateiname"_s,
            u"persönliche Vorbereitung"_s, u"nur die Person selbst (ihre Geräte)"_s,
            u"bis die Person sie entfernt; sonst wie die Notiz"_s },
        { u"erasure"_s, Place::Both, u"SHA-256 der ID einer gelöschten Person"_s,
            u"Löschung auf allen Geräten und nach einer Wiederherstellung"_s,
            u"die Geräte (zum Löschen); niemand kann daraus die ID zurückrechnen"_s,
            u"dauerhaft (enthält keine Person mehr)"_s },

        // The server's tables and files.
        { u"rows"_s, Place::Server, u"die oben genannten Datensätze"_s,
            u"Speicher der abgeglichenen Datensätze"_s, u"der Server"_s, untilErased },
        { u"people"_s, Place::Server, u"Name, Rolle, Kommune, ob abgemeldet"_s,
            u"Anmeldung und Berechtigungen"_s, u"der Server; der Betreiber (list)"_s, untilErased },
        { u"invitations"_s, Place::Server,
            u"Hash des Anmeldecodes, Person (ID), erstellt, gültig bis, benutzt"_s,
            u"einmalige Anmeldung"_s, u"der Server; Betreiber und Organisationsteam"_s,
            u"bis zur Löschung der Person; ein Code gilt höchstens 365 Tage"_s },
        { u"devices"_s, Place::Server,
            u"Hash des Geräteschlüssels, Person (ID), Gerätename, angemeldet am, Tag des "
            "letzten Abgleichs"_s,
            u"Anmeldung der Geräte, verlorene Geräte abmelden"_s,
            u"der Server; Betreiber und Organisationsteam"_s, untilErased },
        { u"calendar_feeds"_s, Place::Server,
            u"Hash der geheimen Kalenderadresse einer Person, Sprache"_s,
            u"Kalender-Abo des Programms"_s, u"der Server"_s,
            u"bis die Person es beendet, ihr letztes Gerät abgemeldet oder sie gelöscht "
            "wird"_s },
        { u"client_mutations"_s, Place::Server, u"Geräte-ID und Zähler der Änderungen"_s,
            u"jede Änderung genau einmal anwenden"_s, u"der Server"_s,
            u"bis zur Löschung der Person"_s },
        { u"mutation_rejections"_s, Place::Server,
            u"Geräte-ID, abgelehnte Änderung mit Grund (ohne Inhalt)"_s,
            u"dem Gerät die Ablehnung erneut sagen"_s, u"der Server"_s,
            u"bis zur Löschung der Person"_s },
        { u"file_contents"_s, Place::Server,
            u"Fotos und Dokumente: ihre Größe, ihr SHA-256 und welches Gerät sie zuerst ganz "
            "sandte (Inhalt in Stücken: upload_chunks jenes Geräts, ältere in file_chunks)"_s,
            u"Fotos und Unterlagen zu den Praxisprojekten und zum Programm"_s, u"der Server"_s,
            u"solange ein Anhang oder Material sie nennt; danach (oder nie genannt) nach "
            "{unnamedDays} Tagen bei der täglichen Aufräumrunde gelöscht"_s },
        { u"file_chunks"_s, Place::Server, u"der Inhalt der Dateien (siehe file_contents)"_s,
            u"wie file_contents"_s, u"der Server"_s, u"wie file_contents"_s },
        { u"uploads"_s, Place::Server,
            u"Geräte-ID, Kommune, SHA-256, Art und Größe einer gesendeten Datei, wie viel "
            "angekommen ist"_s,
            u"Übertragungen fortsetzen, wo sie abbrachen; Speicherplatz je Kommune"_s,
            u"der Server"_s,
            u"bis zur Löschung der Person oder der Datei; unvollständige {unnamedDays} Tage"_s },
        { u"upload_chunks"_s, Place::Server,
            u"angekommene Teile einer Datei; die der ersten vollständigen Sendung sind danach "
            "ihr Inhalt"_s,
            u"Übertragungen fortsetzen, wo sie abbrachen; Fotos und Unterlagen aufbewahren"_s,
            u"der Server"_s,
            u"Teile einer abgebrochenen oder doppelten Sendung bis sie vollständig und geprüft "
            "ist; der Inhalt wie file_contents"_s },
        { u"removed_rows"_s, Place::Server,
            u"Art und ID längst entfernter Einträge, ohne Inhalt (nie die einer Person)"_s,
            u"ein lange offline gewesenes Gerät bringt sie nach einer Wiederherstellung nicht "
            "zurück"_s,
            u"der Server"_s, u"solange der Server betrieben wird"_s },
        { u"audit_log"_s, Place::Server,
            u"wer (Personen-/Geräte-ID oder Betreiber), was, wann, wen (ID); kein Inhalt"_s,
            u"Nachvollziehbarkeit der Handlungen von Organisationsteam und Betreiber"_s,
            u"der Betreiber (audit)"_s,
            u"{auditDays} Tage; die ID einer gelöschten Person wird ersetzt"_s },
        { u"store_meta"_s, Place::Server, u"keine (Kennung des Speichers, Abschlussdatum)"_s,
            u"Betrieb"_s, u"der Server"_s, u"dauerhaft"_s },
        { u"store_counter"_s, Place::Server, u"keine"_s, u"Betrieb"_s, u"der Server"_s,
            u"dauerhaft"_s },
        { u"schema_version"_s, Place::Server, u"keine"_s, u"Betrieb"_s, u"der Server"_s,
            u"dauerhaft"_s },
        { u"access-journal.jsonl"_s, Place::Server,
            u"Personen (Name, Rolle, Kommune), Geräte und Codes (nur Hashes), Liste der "
            "Löschungen (Hashes)"_s,
            u"Zugangsentscheidungen und Löschungen überstehen die Wiederherstellung einer "
            "Sicherung"_s,
            u"der Server; der Betreiber (Datei nur für den Dienst lesbar)"_s,
            u"bis zur Löschung der Person (dann entfernt, nur der Hash bleibt)"_s },
        { u"Betriebsprotokoll"_s, Place::Server,
            u"IP-Adressen, Geräte-IDs, Ereignisse (Anmeldefehler, Grenzen, Störungen); "
            "keine Namen, keine Inhalte"_s,
            u"Betrieb und Abwehr von Angriffen"_s, u"der Betreiber (journald)"_s,
            u"wie der Betreiber journald einstellt (empfohlen: 14 Tage)"_s },

        // The device's own tables and files.
        { u"local_changes"_s, Place::Device, u"eigene, noch nicht gesendete Änderungen"_s,
            u"offline arbeiten, nichts verlieren"_s, u"die Person auf ihrem Gerät"_s,
            u"bis der Server sie bestätigt"_s },
        { u"sent_changes"_s, Place::Device, u"eigene, bestätigte Änderungen"_s,
            u"nach einer Wiederherstellung erneut senden"_s, u"die Person auf ihrem Gerät"_s,
            u"{tombstoneDays} Tage"_s },
        { u"rejected_changes"_s, Place::Device,
            u"eigene Änderungen, die der Server ablehnte, mit Grund"_s,
            u"der Person zeigen, was nicht ankam"_s, u"die Person auf ihrem Gerät"_s,
            u"bis die Person sie verwirft"_s },
        { u"reset_candidates"_s, Place::Device, u"IDs von Datensätzen"_s,
            u"Abgleich nach einer Wiederherstellung"_s, u"die App"_s,
            u"bis der Abgleich fertig ist"_s },
        { u"news"_s, Place::Device, u"was andere zuletzt änderten (Verweise, Kurztext)"_s,
            u"„Neu“ anzeigen"_s, u"die Person auf ihrem Gerät"_s,
            u"bis die Person es gesehen hat"_s },
        { u"device_files"_s, Place::Device,
            u"Fotos und Dokumente auf dem Gerät (im Ordner files, benannt nach ihrem SHA-256; "
            "Fotos ohne Ort und andere Metadaten), Größe, ob der Server sie hat, ob die Person "
            "sie auf dem Gerät behält"_s,
            u"Fotos und Unterlagen auch offline zeigen; nichts verlieren, was noch nicht "
            "gesendet ist"_s,
            u"die Person auf ihrem Gerät"_s,
            u"bis der Platz gebraucht wird (zuerst die am längsten nicht genutzten; nie, "
            "was der Server noch nicht hat oder die Person behalten will)"_s },
        { u"files_to_send"_s, Place::Device,
            u"Fotos und Dateien, die die Person hinzufügte und die noch unterwegs zum Server "
            "sind (der Datensatz dazu, die letzte Störung)"_s,
            u"erst senden, wenn die Datei vollständig angekommen ist; nichts verlieren"_s,
            u"die Person auf ihrem Gerät"_s, u"bis der Server die Datei hat"_s },
        { u"replica_meta"_s, Place::Device, u"keine (Stand des Abgleichs)"_s, u"Betrieb"_s,
            u"die App"_s, u"solange die App installiert ist"_s },
        { u"sign-in.json"_s, Place::Device,
            u"Serveradresse, Geräteschlüssel (im Schlüsselbund, sonst in der Datei)"_s,
            u"Anmeldung des Geräts"_s, u"die App"_s, u"bis zur Abmeldung"_s },
        { u"ews-meine-daten-*.json/.pdf"_s, Place::Device,
            u"alles, was der Server über die Person speichert"_s, u"Auskunft (Art. 15, 20 DSGVO)"_s,
            u"die Person"_s, u"bis die Person die Dateien löscht"_s },
    };
}
}

const QList<Declaration> &all()
{
    static const QList<Declaration> declarations = declare();
    return declarations;
}

const Declaration *find(const QString &name, Place place)
{
    for (const auto &declaration : all()) {
        if (declaration.name == name
            && (declaration.place == place || declaration.place == Place::Both))
            return &declaration;
    }
    return nullptr;
}
}
