// SPDX-License-Identifier: GPL-3.0-or-later
// A person erased for good (GDPR Art. 17) through the real ews-server: a participant who used
// two devices, shared her phone and e-mail, kept a private note, owned a step and wrote a log
// entry is erased with `forget-person`; then every place her data could be is searched for
// her name, phone, e-mail, note and id: the server's store (SQLite file and write-ahead log,
// or a PostgreSQL dump), its access journal, the replicas of three other devices after they
// synced, and a backup made before the erasure once restored and served again. Only the hash
// of her id may be found (the erasure list). Runs on SQLite, and on PostgreSQL when the test
// run started one.
#include "appdevice.h"
#include "contact.h"
#include "practiceproject.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// What must be nowhere after the erasure.
struct Traces
{
    QString personId;
    QStringList texts { u"Zenobia"_s, u"Quastenberg"_s, u"5550199"_s, u"zenobia.q@example.org"_s,
        u"Geheime Notiz zum Modul"_s };

    QStringList all() const { return QStringList(texts) << personId; }
    QByteArray key() const
    {
        return QCryptographicHash::hash(personId.toUtf8(), QCryptographicHash::Sha256).toHex();
    }
};

/// The traces found in @p files (each file whole, as bytes; a missing file holds nothing).
QStringList foundIn(const QStringList &files, const QStringList &needles)
{
    QStringList found;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &needle : needles) {
            if (bytes.contains(needle.toUtf8()))
                found.append(QFileInfo(path).fileName() + u": "_s + needle);
        }
    }
    return found;
}

QStringList withLog(const QString &path)
{
    return { path, path + u"-wal"_s };
}

/// The text of a PDF as Poppler's pdftotext reads it, lines joined by spaces.
QString pdfText(const QString &path)
{
    QProcess tool;
    tool.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    tool.waitForFinished(30000);
    return QString::fromUtf8(tool.readAllStandardOutput()).simplified();
}

QJsonObject jsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The texts of @p section's rows in @p data, field @p field.
QStringList textsOf(const QJsonObject &data, const QString &section, const QString &field)
{
    QStringList texts;
    for (const auto &row : data.value(section).toArray())
        texts.append(row.toObject().value(field).toString());
    return texts;
}
}

class TestErasure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SyncConnection m_connection;
    FixedClock m_clock { QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<ServerProcess> m_server;

    /// A device signed in with @p code, synced once.
    std::unique_ptr<Device> signIn(
        const QString &name, const QString &code, const QString &municipality, QString *personId)
    {
        auto device = std::make_unique<Device>(m_dir.filePath(name), m_connection, m_clock);
        device->engine.setServer(m_server->base(), { m_server->certificate() });
        const QJsonObject answer
            = redeem(m_network, m_server->base(), m_server->certificate(), code);
        device->engine.setToken(answer.value("token"_L1).toString());
        device->engine.setOwnMunicipality(municipality);
        if (personId)
            *personId = answer.value("personId"_L1).toString();
        return device;
    }

    QString invite(const QStringList &arguments)
    {
        return ServerProcess::codeIn(m_server->command(arguments));
    }

    /// The server's store as files to search: SQLite's file and log, or a plain dump.
    QStringList storeFiles(const QString &name)
    {
        if (!ServerProcess::onPostgres())
            return withLog(m_dir.filePath(u"server/ews-server.db"_s));
        const QString dump = m_dir.filePath(name + u".sql"_s);
        const QString failed = m_server->dumpAsText(dump);
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed));
        return { dump };
    }

    /// Her data as the operator exports it (JSON and PDF) and as she downloads it in the app,
    /// read back by a JSON parser and by pdftotext and compared with what she entered.
    void checkExports(const Traces &traces)
    {
        int exitCode = -1;
        const QString file = m_dir.filePath(u"zenobia-export"_s);
        m_server->command(
            { u"--language"_s, u"de"_s, u"export-person"_s, traces.personId, file }, &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject data = jsonFile(file + u".json"_s);
        QCOMPARE(data.value("format"_L1).toString(), u"ews-personal-data"_s);
        QCOMPARE(data.value("person"_L1).toObject().value("name"_L1).toString(),
            u"Zenobia Quastenberg"_s);
        QCOMPARE(data.value("person"_L1).toObject().value("municipality"_L1).toString(),
            u"Musterstadt"_s);
        const QJsonObject contact = data.value("contact"_L1).toObject();
        QCOMPARE(contact.value("phone"_L1).toString(), u"+49 211 5550199"_s);
        QCOMPARE(contact.value("email"_L1).toString(), u"zenobia.q@example.org"_s);
        QCOMPARE(contact.value("sharePhone"_L1).toBool(), true);
        QCOMPARE(data.value("devices"_L1).toArray().size(), 2);
        QCOMPARE(data.value("invitations"_L1).toArray().size(), 2);
        QCOMPARE(
            textsOf(data, u"notes"_s, u"text"_s), QStringList { u"Geheime Notiz zum Modul"_s });
        QCOMPARE(textsOf(data, u"logEntries"_s, u"text"_s),
            QStringList { u"Der Flyer ist gedruckt."_s });
        QCOMPARE(textsOf(data, u"steps"_s, u"title"_s), QStringList { u"Plakat entwerfen"_s });
        // Nothing of anyone else: Bodo's entry is his.
        QVERIFY(!QJsonDocument(data).toJson().contains("Bodo"));
        const QString pdf = pdfText(file + u".pdf"_s);
        for (const QString &entered : { u"Meine Daten im EWS-Begleiter"_s, u"Zenobia Quastenberg"_s,
                 u"Musterstadt"_s, u"+49 211 5550199"_s, u"zenobia.q@example.org"_s,
                 u"Geheime Notiz zum Modul"_s, u"Der Flyer ist gedruckt."_s, u"Plakat entwerfen"_s,
                 u"für andere Teilnehmende sichtbar"_s })
            QVERIFY2(pdf.contains(entered), qPrintable(entered + u" not in: "_s + pdf));
        QCOMPARE(QFile(file + u".pdf"_s).permissions() & QFileDevice::ReadOther,
            QFileDevice::Permissions());

        // The same from her third device, the app's "Meine Daten", in English.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"app"_s)));
        AppDevice app(m_dir.filePath(u"app"_s));
        app.settings.setLanguage(u"en"_s);
        const QString code = invite({ u"invite-device"_s, traces.personId });
        QSignalSpy shown(app.controller.serverSignIn(), &ServerSignIn::finished);
        app.controller.serverSignIn()->start(m_server->base().toString(), code, {});
        QVERIFY(!shown.isEmpty() || shown.wait(20000));
        QSignalSpy signedIn(app.controller.serverSignIn(), &ServerSignIn::finished);
        app.controller.serverSignIn()->start(
            m_server->base().toString(), code, shown.first().at(2).toString());
        QVERIFY(!signedIn.isEmpty() || signedIn.wait(20000));
        QVERIFY(app.controller.signedIn());
        app.personalData.download();
        QTRY_VERIFY_WITH_TIMEOUT(!app.personalData.busy(), 20000);
        QCOMPARE(app.handedOn.size(), 1);
        const QString appPdf = app.handedOn.first().toLocalFile();
        QVERIFY2(appPdf.endsWith(u".pdf"_s), qPrintable(app.personalData.message()));
        const QJsonObject mine = jsonFile(appPdf.chopped(4) + u".json"_s);
        QCOMPARE(mine.value("contact"_L1), data.value("contact"_L1));
        QCOMPARE(mine.value("notes"_L1), data.value("notes"_L1));
        QCOMPARE(mine.value("logEntries"_L1), data.value("logEntries"_L1));
        QCOMPARE(mine.value("devices"_L1).toArray().size(), 3);
        const QString english = pdfText(appPdf);
        for (const QString &entered : { u"My data in the EWS companion"_s, u"Zenobia Quastenberg"_s,
                 u"Geheime Notiz zum Modul"_s, u"visible to other participants"_s })
            QVERIFY2(english.contains(entered), qPrintable(entered + u" not in: "_s + english));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The app saves "Meine Daten" in the downloads folder: this test's own.
        qputenv("HOME", m_dir.filePath(u"home"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"home/.config"_s).toUtf8());
        QDir().mkpath(m_dir.filePath(u"home/Downloads"_s));
        m_server = std::make_unique<ServerProcess>(
            m_dir.filePath(u"server"_s), ServerProcess::databaseArguments(u"erasure"_s));
        QVERIFY(m_server->start());
    }

    void erasedPersonIsNowhere()
    {
        const QString town = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s });
        const QString other = m_server->command({ u"add-municipality"_s, u"Nachbarstadt"_s });
        Traces traces;
        auto phone = signIn(u"phone.sqlite"_s,
            invite({ u"invite-participant"_s, town, u"Zenobia Quastenberg"_s }), town,
            &traces.personId);
        QVERIFY(!traces.personId.isEmpty());
        auto office = signIn(
            u"office.sqlite"_s, invite({ u"invite-device"_s, traces.personId }), town, nullptr);
        QString bodoId;
        auto bodo = signIn(u"bodo.sqlite"_s,
            invite({ u"invite-participant"_s, town, u"Bodo Beispiel"_s }), town, &bodoId);
        auto colleague = signIn(u"colleague.sqlite"_s,
            invite({ u"invite-participant"_s, town, u"Erika Muster"_s }), town, nullptr);
        auto organiser = signIn(u"organiser.sqlite"_s,
            invite({ u"invite-organiser"_s, u"Olga Organisatorin"_s }), {}, nullptr);
        auto neighbour = signIn(u"neighbour.sqlite"_s,
            invite({ u"invite-participant"_s, other, u"Nils Nachbar"_s }), other, nullptr);
        QList<Device *> others { colleague.get(), organiser.get(), neighbour.get() };
        for (Device *device : { phone.get(), office.get(), bodo.get() })
            QCOMPARE(device->sync(), QString());

        // What she entered: shared contact details, a note, a step of hers, a log entry.
        const auto now = m_clock.now();
        QVERIFY(phone->replica.contacts().setOwnDetails(
            traces.personId, u"+49 211 5550199"_s, u"zenobia.q@example.org"_s, true, true, now));
        const QString eventId = phone->replica.programme().events().value(0).id;
        QVERIFY(!eventId.isEmpty());
        QVERIFY(phone->replica.notes().save(
            traces.personId, eventId, u"Geheime Notiz zum Modul"_s, {}, now));
        Step step;
        step.title = u"Plakat entwerfen"_s;
        step.ownerContactId = traces.personId;
        QVERIFY(phone->replica.projects().addStepTo(town, &step, now));
        LogEntry entry;
        entry.entryDate = QDate(2026, 11, 30);
        entry.text = u"Der Flyer ist gedruckt."_s;
        QVERIFY(phone->replica.projects().addLogEntryTo(town, &entry, now));
        LogEntry bodosEntry;
        bodosEntry.entryDate = QDate(2026, 11, 30);
        bodosEntry.text = u"Bodos Eintrag über die Sitzung."_s;
        QVERIFY(bodo->replica.projects().addLogEntryTo(town, &bodosEntry, now));
        for (Device *device : { phone.get(), bodo.get(), office.get() })
            QCOMPARE(device->sync(), QString());
        for (Device *device : others)
            QCOMPARE(device->sync(), QString());
        // Before: the colleague sees her shared phone and her name on the entry.
        QCOMPARE(
            colleague->count(u"SELECT count(*) FROM contacts WHERE phone LIKE '%5550199'"_s), 1);
        QCOMPARE(
            colleague->count(
                u"SELECT count(*) FROM log_entries WHERE author_name = 'Zenobia Quastenberg'"_s),
            1);
        QCOMPARE(office->count(u"SELECT count(*) FROM notes"_s), 1);

        checkExports(traces);

        const QString backup = m_dir.filePath(u"before-erasure.backup"_s);
        QCOMPARE(m_server->backup(backup), QString());

        int exitCode = -1;
        const QString said = m_server->command({ u"forget-person"_s, traces.personId }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(said.contains(u"Erased Zenobia Quastenberg"_s), qPrintable(said));
        QVERIFY(m_server->command({ u"forget-person"_s, traces.personId }, &exitCode)
                    .contains(u"No person or contact"_s));
        QCOMPARE(exitCode, 1);
        m_server->command({ u"--remove-writings"_s, u"forget-person"_s, bodoId }, &exitCode);
        QCOMPARE(exitCode, 0);

        // Her devices are signed out; the others drop her at their next sync.
        QCOMPARE(phone->sync(), u"unauthorized"_s);
        for (Device *device : others)
            QCOMPARE(device->sync(), QString());
        // What she wrote into the project stays, without her name; Bodo's entry is gone.
        QCOMPARE(colleague->count(u"SELECT count(*) FROM log_entries WHERE text = "
                                  "'Der Flyer ist gedruckt.' AND author_name = '' "
                                  "AND author_contact_id IS NULL"_s),
            1);
        QCOMPARE(
            colleague->count(u"SELECT count(*) FROM log_entries WHERE text LIKE 'Bodos%'"_s), 0);
        QCOMPARE(colleague->count(u"SELECT count(*) FROM steps WHERE title = 'Plakat entwerfen' "
                                  "AND owner_contact_id IS NULL"_s),
            1);
        QCOMPARE(colleague->count(u"SELECT count(*) FROM erasures WHERE id = '%1'"_s.arg(
                     QLatin1StringView(traces.key()))),
            1);

        const QStringList store = storeFiles(u"after"_s);
        QStringList places = store;
        places << m_dir.filePath(u"server/access-journal.jsonl"_s);
        for (const QString &name : { u"colleague"_s, u"organiser"_s, u"neighbour"_s })
            places << withLog(m_dir.filePath(name + u".sqlite"_s));
        QCOMPARE(foundIn(places, traces.all()), QStringList());
        // The erasure list holds her key: in the store and in the journal.
        QCOMPARE(foundIn(store, { QString::fromLatin1(traces.key()) }).size(), 1);
        QCOMPARE(foundIn({ m_dir.filePath(u"server/access-journal.jsonl"_s) },
                     { QString::fromLatin1(traces.key()) })
                     .size(),
            1);

        // The backup from before, restored: she is erased again before anyone is served.
        QCOMPARE(m_server->restore(backup), QString());
        QVERIFY(m_server->start());
        QCOMPARE(foundIn(storeFiles(u"restored"_s), traces.all()), QStringList());
        for (Device *device : { colleague.get(), office.get() })
            device->engine.setServer(m_server->base(), { m_server->certificate() });
        QCOMPARE(colleague->sync(), QString());
        QCOMPARE(colleague->count(u"SELECT count(*) FROM log_entries WHERE text = "
                                  "'Der Flyer ist gedruckt.' AND author_name = ''"_s),
            1);
        QCOMPARE(
            foundIn(withLog(m_dir.filePath(u"colleague.sqlite"_s)), traces.all()), QStringList());
        // Her other device, never synced since, is signed out there too.
        QCOMPARE(office->sync(), u"unauthorized"_s);
    }

    /// A programme closed longer ago than its retention: serve erases everyone when it
    /// starts; a longer retention keeps them. The audit log has what happened, by id only.
    void closedProgrammeIsErasedAfterItsRetention()
    {
        ServerProcess server(
            m_dir.filePath(u"closed"_s), ServerProcess::databaseArguments(u"closed"_s));
        const QString town = server.command({ u"add-municipality"_s, u"Altstadt"_s });
        ServerProcess::codeIn(
            server.command({ u"invite-participant"_s, town, u"Ottilie Ohnesorg"_s }));
        const auto people = [&server] {
            return QJsonDocument::fromJson(server.command({ u"--json"_s, u"list"_s }).toUtf8())
                .object()
                .value("people"_L1)
                .toArray();
        };
        const qsizetype before = people().size();
        QVERIFY(before >= 1);
        int exitCode = -1;
        QVERIFY(server.command({ u"close-programme"_s, u"2026-13-01"_s }, &exitCode)
                    .contains(u"YYYY-MM-DD"_s));
        QCOMPARE(exitCode, 1);
        const QString closed = server.command({ u"close-programme"_s, u"2026-01-05"_s }, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(closed.contains(u"2026-07-07"_s), qPrintable(closed)); // 183 days later

        // With ten years of retention, nothing goes.
        server.setExtraArguments({ u"--retention-days"_s, u"3650"_s });
        QVERIFY(server.start());
        QCOMPARE(people().size(), before);
        server.kill();
        // With the default, everyone goes when serve starts.
        server.setExtraArguments({});
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(
            server.outputSoFar().contains(u"personal data was erased"_s), 10000);
        QCOMPARE(people().size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            server.command({ u"audit"_s }).contains(u"erase programme data"_s), 5000);
        const QString audit = server.command({ u"audit"_s });
        QVERIFY2(audit.contains(u"operator  close programme  2026-01-05"_s), qPrintable(audit));
        QVERIFY2(audit.contains(u"server  erase programme data"_s), qPrintable(audit));
        QVERIFY2(audit.contains(u"invite participant  erased "_s), qPrintable(audit));
        QVERIFY(!audit.contains(u"Ottilie"_s));
        const QString list = server.command({ u"list"_s });
        QVERIFY2(!list.contains(u"Ottilie"_s), qPrintable(list));
    }
};

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
