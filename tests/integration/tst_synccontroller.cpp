// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in with a one-time code against the real server process, trusting its
// self-signed certificate by fingerprint, syncing, and being signed out when revoked.
#include "appdevice.h"
#include "appsettings.h"
#include "calendarsubscription.h"
#include "changelog.h"
#include "clock.h"
#include "credentialstore.h"
#include "displaycontext.h"
#include "invitationletter.h"
#include "invitationscanner.h"
#include "qrcode.h"
#include "replica.h"
#include "serverprocess.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestSyncController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_municipality;

    static QList<QVariant> signIn(AppDevice &device, const QString &server, const QString &code,
        const QString &fingerprint = {})
    {
        return signInApp(device, server, code, fingerprint);
    }

    bool signInAndSync(AppDevice &device, const QString &name)
    {
        return signInAppAndSync(device, *m_server, m_municipality, name);
    }

    static bool synced(AppDevice &device) { return appSynced(device); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(u"server"_s));
        m_server->command({ u"import-programme"_s, QStringLiteral(PROGRAMME_FILE) });
        m_municipality = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s });
        QVERIFY(m_server->start());
    }

    void badInputIsExplained()
    {
        QTemporaryDir dir;
        AppDevice device(dir.path());
        QCOMPARE(signIn(device, u"http://127.0.0.1:1"_s, u"ABCD-EFGH-JKLM"_s).at(0).toString(),
            u"invalid"_s);
        QCOMPARE(
            signIn(device, m_server->base().toString(), u"x"_s).at(0).toString(), u"invalid"_s);
        QVERIFY(!device.controller.signedIn());
    }

    /// The link the operator's command prints signs in at once: the certificate it names is
    /// trusted without asking, and a text that is no invitation is explained.
    void anInvitationLinkSignsInWithoutAQuestion()
    {
        QTemporaryDir dir;
        AppDevice device(dir.path());
        const QString invitation = m_server->command({ u"--public-address"_s,
            m_server->base().toString(), u"invite-participant"_s, m_municipality, u"Lina"_s });
        const QString link = invitation.section(u"Link for the app: "_s, 1).trimmed();
        QVERIFY2(link.startsWith(u"ews-companion://join?"_s), qPrintable(invitation));

        QSignalSpy done(device.controller.serverSignIn(), &ServerSignIn::finished);
        device.controller.serverSignIn()->startFromLink(u"https://ews.example.org/join"_s);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.takeFirst().at(0).toString(), u"invalid_link"_s);
        QVERIFY(!device.controller.signedIn());

        device.controller.serverSignIn()->startFromLink(u"  "_s + link + u"\n"_s);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toString(), QString()); // no question about the certificate
        QVERIFY(device.controller.signedIn());
        QCOMPARE(device.settings.ownMunicipalityId(), m_municipality);
    }

    /// The invitation letter, printed and photographed or saved as a picture: its QR code is
    /// read from the picture (as the camera's frames are read) and signs in without a
    /// question. Pictures without an invitation get a plain answer and sign nobody in.
    void aPictureOfTheLetterSignsIn()
    {
        QTemporaryDir dir;
        AppDevice device(dir.path());
        const QString invitation = m_server->command({ u"--public-address"_s,
            m_server->base().toString(), u"invite-participant"_s, m_municipality, u"Jonas"_s });
        InvitationLetter letter;
        letter.personName = u"Jonas"_s;
        letter.municipality = u"Musterstadt"_s;
        letter.code = ServerProcess::codeIn(invitation);
        letter.link = invitation.section(u"Link for the app: "_s, 1).trimmed();
        letter.validUntil = QDate::currentDate().addDays(14);
        letter.server = m_server->base().toString();
        QVERIFY(letter.link.startsWith(u"ews-companion://join?"_s));

        // The letter's page as a printer puts it on paper (200 dpi), then as a phone
        // photographs it: turned a little, smaller, darker, on a grey desk, as a JPEG.
        QFile pdf(dir.filePath(u"letter.pdf"_s));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(letter.pdf());
        pdf.close();
        QCOMPARE(QProcess::execute(u"pdftoppm"_s,
                     { u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, pdf.fileName(),
                         dir.filePath(u"page"_s) }),
            0);
        const QImage page(dir.filePath(u"page.png"_s));
        QVERIFY(!page.isNull());
        QImage photo(page.width(), page.height(), QImage::Format_RGB32);
        photo.fill(QColor(110, 110, 105));
        {
            QPainter painter(&photo);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.translate(photo.width() / 2.0, photo.height() / 2.0);
            painter.rotate(6);
            painter.scale(0.85, 0.85);
            painter.setOpacity(0.85);
            painter.drawImage(QPointF(-page.width() / 2.0, -page.height() / 2.0), page);
        }
        QVERIFY(photo.save(dir.filePath(u"photo.jpg"_s), "JPG", 70));

        InvitationScanner scanner;
        QSignalSpy found(&scanner, &InvitationScanner::found);
        QSignalSpy failed(&scanner, &InvitationScanner::failed);
        for (const QString &name : { u"page.png"_s, u"photo.jpg"_s }) {
            scanner.readFile(QUrl::fromLocalFile(dir.filePath(name)));
            QVERIFY2(
                failed.isEmpty(), qPrintable(name + u": "_s + failed.value(0).value(0).toString()));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.takeFirst().at(0).toString(), letter.link);
        }

        // A picture without a code, a code that is no invitation, a file that is no picture,
        // one too large to be a photo: each says so, and nothing is signed in.
        QImage blank(800, 600, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(dir.filePath(u"blank.png"_s)));
        QVERIFY(QrCode::image(u"https://example.org/"_s).save(dir.filePath(u"other.png"_s)));
        QFile text(dir.filePath(u"text.png"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture");
        text.close();
        QFile huge(dir.filePath(u"huge.jpg"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(InvitationScanner::maximumFileSize + 1));
        huge.close();
        const QList<std::pair<QString, QString>> refused { { u"blank.png"_s, u"No QR code"_s },
            { u"other.png"_s, u"not an invitation"_s }, { u"text.png"_s, u"not a picture"_s },
            { u"huge.jpg"_s, u"too large"_s }, { u"missing.png"_s, u"cannot be opened"_s } };
        for (const auto &[name, answer] : refused) {
            scanner.readFile(QUrl::fromLocalFile(dir.filePath(name)));
            QCOMPARE(failed.size(), 1);
            const QString message = failed.takeFirst().at(0).toString();
            QVERIFY2(message.contains(answer), qPrintable(name + u": "_s + message));
        }
        QCOMPARE(found.size(), 0);
        QVERIFY(!device.controller.signedIn());

        // Read from the photo, the link signs in with no question about the certificate.
        QSignalSpy done(device.controller.serverSignIn(), &ServerSignIn::finished);
        connect(&scanner, &InvitationScanner::found, device.controller.serverSignIn(),
            &ServerSignIn::startFromLink);
        scanner.readFile(QUrl::fromLocalFile(dir.filePath(u"photo.jpg"_s)));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toString(), QString());
        QVERIFY(device.controller.signedIn());
        QCOMPARE(device.settings.ownMunicipalityId(), m_municipality);
    }

    void signInTrustSyncAndRevoke()
    {
        QTemporaryDir dir;
        AppDevice device(dir.path());
        const QString code = ServerProcess::codeIn(
            m_server->command({ u"invite-participant"_s, m_municipality, u"Erika"_s }));

        // First try: the self-signed certificate is not trusted; its fingerprint is shown.
        const auto first = signIn(device, m_server->base().toString(), code);
        QCOMPARE(first.at(0).toString(), u"untrusted_certificate"_s);
        const QString fingerprint = first.at(2).toString();
        QCOMPARE(fingerprint,
            QString::fromLatin1(
                m_server->certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        QVERIFY(!device.controller.signedIn());

        // A wrong fingerprint is not enough: the person is told the server is not the one
        // the invitation names.
        const auto mismatch = signIn(device, m_server->base().toString(), code, u"AA:BB"_s);
        QCOMPARE(mismatch.at(0).toString(), u"certificate_mismatch"_s);
        QVERIFY2(mismatch.at(1).toString().contains(u"not the one"_s),
            qPrintable(mismatch.at(1).toString()));

        // Confirmed by the person ("Stimmt überein"): the same attempt again, trusting this
        // certificate; signed in, and the device belongs to Erika's municipality.
        QCOMPARE(signIn(device, m_server->base().toString(), code).at(0).toString(),
            u"untrusted_certificate"_s);
        QSignalSpy trusted(device.controller.serverSignIn(), &ServerSignIn::finished);
        device.controller.serverSignIn()->retryTrusting(fingerprint);
        QVERIFY(trusted.wait(20000));
        QCOMPARE(trusted.first().at(0).toString(), QString());
        QVERIFY(device.controller.signedIn());
        QCOMPARE(device.settings.ownMunicipalityId(), m_municipality);
        QVERIFY(QFileInfo(dir.filePath(u"sign-in.json"_s)).permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser));
        QVERIFY(synced(device));
        QVERIFY2(device.controller.statusText().startsWith(u"Everything sent"_s),
            qPrintable(device.controller.statusText()));
        QCOMPARE(device.controller.statusKind(), u"sent"_s);
        QVERIFY(device.replica.contacts().municipality(m_municipality));

        // The same code again is refused with the server's message.
        QTemporaryDir other;
        AppDevice second(other.path());
        const auto reused = signIn(second, m_server->base().toString(), code, fingerprint);
        QCOMPARE(reused.at(0).toString(), u"invalid_code"_s);
        QVERIFY(!reused.at(1).toString().isEmpty());
        QVERIFY(reused.at(1).toString().contains(u"Ask the organisers for a new one"_s));

        // Revoked by the operator: the next sync signs the device out and keeps its data.
        Step step;
        step.title = u"Bleibt erhalten"_s;
        QVERIFY(device.replica.projects().addStepTo(m_municipality, &step, device.clock.now()));
        const QString personId = device.credentials.load().personId;
        QVERIFY(!personId.isEmpty());
        QVERIFY(m_server->command({ u"revoke-person"_s, personId }).startsWith(u"Signed out: "_s));
        device.controller.syncNow();
        QVERIFY(!synced(device));
        QVERIFY(!device.controller.signedIn());
        QVERIFY(device.replica.projects().step(step.id));
        QVERIFY(device.changeLog.pendingCount() > 0);
        QVERIFY(device.controller.statusText().contains(u"only on this device"_s));

        // A new invitation: signed in again, what waited is sent and nothing stays queued.
        const QString again = ServerProcess::codeIn(
            m_server->command({ u"invite-participant"_s, m_municipality, u"Erika B."_s }));
        QCOMPARE(signIn(device, m_server->base().toString(), again, fingerprint).at(0).toString(),
            QString());
        QVERIFY(synced(device));
        QCOMPARE(device.changeLog.pendingCount(), 0);
        QCOMPARE(device.repository.rejectedCount(), 0);
        QTemporaryDir otherDir;
        AppDevice colleague(otherDir.path());
        const QString colleagueCode = ServerProcess::codeIn(
            m_server->command({ u"invite-participant"_s, m_municipality, u"Jonas"_s }));
        QCOMPARE(signIn(colleague, m_server->base().toString(), colleagueCode, fingerprint)
                     .at(0)
                     .toString(),
            QString());
        QVERIFY(synced(colleague));
        QCOMPARE(colleague.replica.projects().step(step.id)->title, u"Bleibt erhalten"_s);
    }

    void networkComingBackSyncsAtOnce()
    {
        QTemporaryDir dir;
        AppDevice device(dir.path());
        QVERIFY(signInAndSync(device, u"Mara"_s));
        device.controller.setNetworkReachable(false);
        Step step;
        step.title = u"Im Funkloch geschrieben"_s;
        QVERIFY(device.replica.projects().addStepTo(m_municipality, &step, device.clock.now()));
        QVERIFY(!device.engine.isSyncing()); // nothing happens while the network is gone
        device.controller.setNetworkReachable(false);
        QVERIFY(!device.engine.isSyncing());
        device.controller.setNetworkReachable(true);
        QVERIFY(device.engine.isSyncing()); // at once, not at the next timer
        QVERIFY(synced(device));
        QCOMPARE(device.changeLog.pendingCount(), 0);
    }

    void aChangeReachesAnOpenAppWithoutAsking()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        AppDevice writer(first.path());
        AppDevice reader(second.path());
        QVERIFY(signInAndSync(writer, u"Lea"_s));
        QVERIFY(signInAndSync(reader, u"Tom"_s));
        QTRY_VERIFY(writer.controller.liveUpdates().isOpen());
        QTRY_VERIFY(reader.controller.liveUpdates().isOpen());
        QSignalSpy readerSyncs(&reader.engine, &SyncEngine::finished);
        QSignalSpy writerSyncs(&writer.engine, &SyncEngine::finished);

        // Lea writes a step; Tom's app syncs by itself and has it within a moment.
        Step step;
        step.title = u"Flyer liegt im Rathaus aus"_s;
        QVERIFY(writer.replica.projects().addStepTo(m_municipality, &step, writer.clock.now()));
        QElapsedTimer timer;
        timer.start();
        writer.controller.syncNow();
        QVERIFY(synced(writer));
        QTRY_VERIFY_WITH_TIMEOUT(reader.replica.projects().step(step.id).has_value(), 5000);
        qInfo() << "from the writer's sync to the reader's replica:" << timer.elapsed() << "ms";
        QCOMPARE(readerSyncs.size(), 1);
        // The writer hears of its own change too, and does not sync again for it.
        QTest::qWait(600);
        QCOMPARE(writerSyncs.size(), 1);

        // Sent to the background, the channel closes; news then waits for the schedule.
        reader.controller.setForeground(false);
        QTRY_VERIFY(!reader.controller.liveUpdates().isOpen());
        Step later;
        later.title = u"Nach der Sitzung"_s;
        QVERIFY(writer.replica.projects().addStepTo(m_municipality, &later, writer.clock.now()));
        writer.controller.syncNow();
        QVERIFY(synced(writer));
        QTest::qWait(600);
        QVERIFY(!reader.replica.projects().step(later.id).has_value());
        // Back in front, the channel opens again and what was missed is fetched at once.
        reader.controller.setForeground(true);
        QTRY_VERIFY_WITH_TIMEOUT(reader.replica.projects().step(later.id).has_value(), 5000);
    }

    void movedParticipantWritesTheNewMunicipality()
    {
        QTemporaryDir dir;
        AppDevice device(dir.path());
        QVERIFY(signInAndSync(device, u"Nadia"_s));
        const QString personId = device.settings.ownContactId();
        const QString other = m_server->command({ u"add-municipality"_s, u"Nachbarstadt"_s });

        // Offline, a step for the old municipality; meanwhile the organisers move Nadia.
        Step old;
        old.title = u"Noch für Musterstadt"_s;
        QVERIFY(device.replica.projects().addStepTo(m_municipality, &old, device.clock.now()));
        QVERIFY(m_server->command({ u"move-person"_s, personId, other })
                    .startsWith(u"Moved Nadia to the other municipality."_s));
        device.controller.syncNow();
        QVERIFY(synced(device));

        // The device follows the move; the old step was refused and is kept with the reason.
        QCOMPARE(device.settings.ownMunicipalityId(), other);
        QVERIFY(device.repository.rejectedCount() > 0);
        QVERIFY(device.replica.projects().step(old.id));
        // Said in the app's language, with what was typed to copy.
        const auto refused = device.controller.refusedChanges()->items();
        const auto forStep
            = std::find_if(refused.cbegin(), refused.cend(), [](const QVariant &each) {
                  return each.toMap().value(u"text"_s).toString() == u"Noch für Musterstadt"_s;
              });
        QVERIFY(forStep != refused.cend());
        QCOMPARE(
            forStep->toMap().value(u"what"_s).toString(), u"New step “Noch für Musterstadt”"_s);
        QVERIFY(forStep->toMap().value(u"reason"_s).toString().contains(u"You may not change"_s));
        {
            // The language changes (the German translation as the app ships it): the list is
            // worded again at once.
            QTranslator german;
            QVERIFY(german.load(QStringLiteral(GERMAN_TRANSLATION)));
            QCoreApplication::installTranslator(&german);
            device.context.languageChanged();
            const auto worded = device.controller.refusedChanges()->items();
            QCoreApplication::removeTranslator(&german);
            device.context.languageChanged();
            QVERIFY(std::any_of(worded.cbegin(), worded.cend(), [](const QVariant &each) {
                return each.toMap().value(u"what"_s).toString()
                    == u"Neuer Schritt „Noch für Musterstadt“"_s;
            }));
        }
        device.controller.refusedChanges()->discard(forStep->toMap().value(u"seq"_s).toString());
        QCOMPARE(device.controller.refusedChanges()->items().size(), refused.size() - 1);
        Step fresh;
        fresh.title = u"Für Nachbarstadt"_s;
        QVERIFY(device.replica.projects().addStepTo(other, &fresh, device.clock.now()));
        const int stillRefused = device.repository.rejectedCount();
        device.controller.syncNow();
        QVERIFY(synced(device));
        QCOMPARE(device.changeLog.pendingCount(), 0);
        QCOMPARE(device.repository.rejectedCount(), stillRefused);
        QCOMPARE(m_server->command({ u"move-person"_s, personId, u"nirgendwo"_s }),
            u"No such participant or municipality (see list)."_s);
    }

    void calendarSubscriptionFollowsTheProgramme()
    {
        QTemporaryDir dir;
        AppDevice device(dir.path());
        CalendarSubscription subscription(
            device.controller, device.credentials, device.settings, device.context, device.network);
        // Not signed in: nothing to subscribe to, and nothing is sent.
        QVERIFY(!subscription.available());
        subscription.subscribe();
        QVERIFY(!subscription.busy());

        QVERIFY(signInAndSync(device, u"Erika"_s));
        QVERIFY(subscription.available());
        auto settle = [&subscription] {
            QSignalSpy changed(&subscription, &CalendarSubscription::changed);
            while (subscription.busy() && changed.wait(20000)) { }
        };
        subscription.subscribe();
        QVERIFY(subscription.busy());
        settle();
        const QString address = subscription.address();
        QVERIFY2(address.startsWith(m_server->base().toString() + u"v1/calendar/"_s),
            qPrintable(address + u" / "_s + subscription.message()));
        // Not webcal://, which Thunderbird and ICSx⁵ fetch over plain http.
        QVERIFY(subscription.webcalAddress().startsWith(u"webcals://127.0.0.1:"_s));
        QVERIFY(!subscription.message().isEmpty());

        // What a calendar program reads there: the whole programme, in the app's language.
        auto fetch = [this](const QString &url, QByteArray *body) {
            QNetworkAccessManager network;
            QNetworkRequest request { QUrl(url) };
            auto tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificate(m_server->certificate());
            request.setSslConfiguration(tls);
            std::unique_ptr<QNetworkReply> reply(network.get(request));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(20000);
            *body = reply->readAll();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QByteArray calendar;
        QCOMPARE(fetch(address, &calendar), 200);
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(calendar.count("BEGIN:VEVENT"), 20); // the EWS 7 programme
        QVERIFY(calendar.contains("UID:ews7-module-1-day-1@ews-companion\r\n"));
        QVERIFY(calendar.contains("DTSTART;TZID=Europe/Berlin:20260827T"));

        // Kept on the device; ended, the address stops working.
        QCOMPARE(device.settings.calendarAddress(), address);
        subscription.unsubscribe();
        settle();
        QVERIFY(subscription.address().isEmpty());
        QCOMPARE(fetch(address, &calendar), 404);

        // Signed out by the organisers: the app says so, as it does for a sync.
        QVERIFY(m_server->command({ u"revoke-person"_s, device.credentials.load().personId })
                    .startsWith(u"Signed out: "_s));
        subscription.subscribe();
        settle();
        QCOMPARE(subscription.message(), u"This device has been signed out by the organisers."_s);
        QVERIFY(subscription.address().isEmpty());
    }
};

// A QGuiApplication: the invitation letter is set as a PDF with the system's fonts.
QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
