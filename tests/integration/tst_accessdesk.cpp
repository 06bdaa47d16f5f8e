// SPDX-License-Identifier: GPL-3.0-or-later
// The organisers' desk for people, as the app uses it, against the real server process over
// TLS with its self-signed certificate: a municipality added, a participant invited, the
// participant's device signed in from the link the desk made (no question about the
// certificate), the letter saved, a code ended, a device signed out — and a participant's
// device refused. (The device speaks German dates; its texts are the untranslated English.)
#include "appdevice.h"
#include "invitationlink.h"
#include "programmezone.h"
#include "serverprocess.h"
#include "serverrequest.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAccessDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_musterstadt;

    /// Signs @p device in with @p link; the error of ServerSignIn::finished, empty when it
    /// worked, and waits for the first sync.
    static QString signInWith(AppDevice &device, const QString &link)
    {
        QSignalSpy done(device.controller.serverSignIn(), &ServerSignIn::finished);
        QSignalSpy synced(&device.engine, &SyncEngine::finished);
        device.controller.serverSignIn()->startFromLink(link);
        if (done.isEmpty() && !done.wait(20000))
            return u"timeout"_s;
        const QString error = done.first().at(0).toString();
        if (error.isEmpty() && synced.isEmpty())
            synced.wait(20000);
        return error;
    }

    /// Waits until the desk's step (and the reload after it) is done.
    static bool settled(AccessDesk &desk)
    {
        QSignalSpy busy(&desk, &AccessDesk::busyChanged);
        while (desk.busy()) {
            if (!busy.wait(20000))
                return false;
        }
        return true;
    }

    static QVariantMap named(const QVariantList &list, const QString &name)
    {
        for (const auto &item : list) {
            if (item.toMap().value(u"name"_s).toString() == name)
                return item.toMap();
        }
        return {};
    }

    /// Syncs @p device once; the error code, empty when it worked.
    static QString syncOnce(AppDevice &device)
    {
        QSignalSpy finished(&device.engine, &SyncEngine::finished);
        device.controller.syncNow();
        if (!finished.wait(20000))
            return u"timeout"_s;
        return finished.first().at(1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Letters go to a downloads folder of this test's own: other tests empty theirs.
        qputenv("HOME", m_dir.filePath(u"home"_s).toUtf8());
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(u"server"_s));
        m_musterstadt = m_server->command({ u"add-municipality"_s, u"Musterstadt"_s }).trimmed();
        QVERIFY(m_server->start());
    }

    void organiserInvitesFromTheApp()
    {
        QTemporaryDir organiserDir;
        AppDevice organiser(organiserDir.path());
        QVERIFY(!organiser.access.available());
        const QString invitation = m_server->command({ u"--public-address"_s,
            m_server->base().toString(), u"invite-organiser"_s, u"Alina Hirsch"_s });
        QCOMPARE(signInWith(organiser, invitation.section(u"Link for the app: "_s, 1).trimmed()),
            QString());
        QVERIFY(organiser.access.available());

        // The lists as the server has them.
        organiser.access.refresh();
        QVERIFY(settled(organiser.access));
        QCOMPARE(named(organiser.access.municipalities(), u"Musterstadt"_s).value(u"id"_s),
            QVariant(m_musterstadt));
        const auto alina = named(organiser.access.people(), u"Alina Hirsch"_s);
        QCOMPARE(alina.value(u"roleText"_s).toString(), u"Organiser"_s);
        QCOMPARE(alina.value(u"devices"_s).toList().size(), 1);

        // A new municipality; its row reaches the devices with the next sync.
        QSignalSpy rowsChanged(&organiser.access, &AccessDesk::rowsChanged);
        organiser.access.addMunicipality(u"  Kreis   Lippe "_s);
        QVERIFY(settled(organiser.access));
        QCOMPARE(rowsChanged.size(), 1);
        const QString lippe
            = named(organiser.access.municipalities(), u"Kreis Lippe"_s).value(u"id"_s).toString();
        QVERIFY(!lippe.isEmpty());
        organiser.access.addMunicipality(u"kreis lippe"_s);
        QVERIFY(settled(organiser.access));
        QCOMPARE(organiser.access.message(), u"There is a municipality of that name already."_s);

        // The invitation: its link names this server and its certificate.
        organiser.access.invite(u"participant"_s, lippe, u"Jonas Berg"_s);
        QVERIFY(settled(organiser.access));
        const QVariantMap made = organiser.access.invitation();
        QString problem;
        const auto link = InvitationLink::parse(made.value(u"link"_s).toString(), &problem);
        QVERIFY2(link, qPrintable(problem));
        QCOMPARE(link->server, m_server->base());
        QCOMPARE(link->code, made.value(u"code"_s).toString());
        QCOMPARE(link->fingerprint, certificateFingerprint(m_server->certificate()));
        QVERIFY(made.value(u"qr"_s).toString().startsWith(u"data:image/png;base64,"_s));
        // The server counts 30 days from now; the app names the day in Düsseldorf.
        const QDate lastDay = ProgrammeZone::localDate(QDateTime::currentDateTimeUtc().addDays(30));
        QCOMPARE(made.value(u"until"_s).toString(),
            u"Valid once, until %1."_s.arg(lastDay.toString(u"dd.MM.yyyy"_s)));
        const auto open = named(organiser.access.invitations(), u"Jonas Berg"_s);
        QCOMPARE(open.value(u"municipality"_s).toString(), u"Kreis Lippe"_s);
        QCOMPARE(open.value(u"until"_s).toString(),
            u"valid until %1"_s.arg(lastDay.toString(u"dd.MM.yyyy"_s)));

        // The letter goes to the downloads folder as a PDF.
        organiser.access.setWhereToGetTheApp(u"Im Intranet unter Apps."_s);
        QVERIFY(organiser.access.handLetter().contains(u"Einladung-Jonas-Berg.pdf"_s));
        QCOMPARE(organiser.handedOn.size(), 1);
        QFile letter(organiser.handedOn.constFirst().toLocalFile());
        QVERIFY(letter.open(QIODevice::ReadOnly));
        QVERIFY(letter.read(5) == "%PDF-");
        letter.remove();

        // Jonas opens the link: signed in, no question about the certificate, in Kreis Lippe.
        QTemporaryDir jonasDir;
        AppDevice jonas(jonasDir.path());
        QCOMPARE(signInWith(jonas, made.value(u"link"_s).toString()), QString());
        QCOMPARE(jonas.settings.ownMunicipalityId(), lippe);
        // The link is used up.
        QTemporaryDir againDir;
        AppDevice again(againDir.path());
        QCOMPARE(signInWith(again, made.value(u"link"_s).toString()), u"invalid_code"_s);

        // A participant's device cannot use the desk, whatever it asks.
        jonas.access.invite(u"organiser"_s, {}, u"Mallory"_s);
        QVERIFY(settled(jonas.access));
        QVERIFY(jonas.access.message().contains(u"organiser"_s));
        QVERIFY(jonas.access.invitation().isEmpty());

        // An invitation ended is no way in.
        organiser.access.invite(u"participant"_s, m_musterstadt, u"Erika Muster"_s);
        QVERIFY(settled(organiser.access));
        const QString erikasLink = organiser.access.invitation().value(u"link"_s).toString();
        organiser.access.endInvitation(
            named(organiser.access.invitations(), u"Erika Muster"_s).value(u"id"_s).toString());
        QVERIFY(settled(organiser.access));
        QVERIFY(named(organiser.access.invitations(), u"Erika Muster"_s).isEmpty());
        QTemporaryDir erikaDir;
        AppDevice erika(erikaDir.path());
        QCOMPARE(signInWith(erika, erikasLink), u"invalid_code"_s);

        // Jonas' phone is lost: signed out, it is told so at its next sync.
        const auto devices
            = named(organiser.access.people(), u"Jonas Berg"_s).value(u"devices"_s).toList();
        QCOMPARE(devices.size(), 1);
        organiser.access.signOutDevice(devices.first().toMap().value(u"id"_s).toString());
        QVERIFY(settled(organiser.access));
        QCOMPARE(syncOnce(jonas), u"revoked"_s);
        QVERIFY(!jonas.controller.signedIn());
        // The organiser's own device stays signed in, whatever she presses.
        organiser.access.signOutPerson(alina.value(u"id"_s).toString());
        QVERIFY(settled(organiser.access));
        QVERIFY(organiser.access.message().contains(u"settings"_s));
        QCOMPARE(syncOnce(organiser), QString());
    }

    /// Without a connection the desk says so and changes nothing.
    void offlineIsSaid()
    {
        QTemporaryDir dir;
        AppDevice organiser(dir.path());
        const QString invitation = m_server->command({ u"--public-address"_s,
            m_server->base().toString(), u"invite-organiser"_s, u"Kai Offline"_s });
        QCOMPARE(signInWith(organiser, invitation.section(u"Link for the app: "_s, 1).trimmed()),
            QString());
        m_server->kill();
        QSignalSpy rowsChanged(&organiser.access, &AccessDesk::rowsChanged);
        organiser.access.addMunicipality(u"Nirgendwo"_s);
        QVERIFY(settled(organiser.access));
        QVERIFY(organiser.access.message().contains(u"cannot be reached"_s));
        QVERIFY(rowsChanged.isEmpty());
        QVERIFY(organiser.controller.signedIn()); // no answer is no reason to sign out
    }
};

QTEST_MAIN(TestAccessDesk) // the letter is set with fonts: a GUI application
#include "tst_accessdesk.moc"
