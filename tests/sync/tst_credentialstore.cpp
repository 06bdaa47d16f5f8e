// SPDX-License-Identifier: GPL-3.0-or-later
// Where the sign-in is kept: the token in the platform keychain when one works (here the
// real GNOME Keyring over the Secret Service, started by the test command), otherwise in a
// file only the user can read; the app says which.
#include "credentialstore.h"
#include "keychainsecretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const Credentials m_signIn { u"https://127.0.0.1:8443/"_s, u"geheimes-token-123"_s, {},
        u"person-1"_s, u"musterstadt"_s, u"participant"_s };

    QByteArray fileContent(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool keychainExpected() { return qEnvironmentVariableIsSet("EWS_TEST_KEYCHAIN"); }

private Q_SLOTS:
    void withoutKeychainTheTokenIsInAPrivateFile()
    {
        const QString path = m_dir.filePath(u"file-only.json"_s);
        CredentialStore store(path);
        QVERIFY(store.save(m_signIn));
        QVERIFY(fileContent(path).contains("geheimes-token-123"));
        QCOMPARE(QFile::permissions(path),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                | QFileDevice::WriteUser);
        QCOMPARE(store.load().token, m_signIn.token);
        QVERIFY(store.where().contains(u"file"_s));
        QVERIFY(store.clear());
        QVERIFY(!store.load().isValid());
    }

    void keychainWhereItWorksFileOtherwise()
    {
        KeychainSecretStore keychain(u"EWS companion test"_s);
        const QString path = m_dir.filePath(u"with-keychain.json"_s);
        CredentialStore store(path, &keychain);
        QVERIFY(store.save(m_signIn));
        const Credentials loaded = store.load();
        QCOMPARE(loaded.token, m_signIn.token);
        QCOMPARE(loaded.municipalityId, m_signIn.municipalityId);
        if (keychainExpected()) {
            QVERIFY2(store.tokenInKeychain(), "the Secret Service was started for this test");
            QVERIFY(!fileContent(path).contains("geheimes-token-123"));
            QVERIFY(store.where().contains(u"keychain"_s));
            // Signed out: the keychain entry goes too.
            QVERIFY(store.clear());
            CredentialStore again(path, &keychain);
            QVERIFY(!again.load().isValid());
            QVERIFY(!keychain.read(u"device-token:"_s + path).has_value());
        } else {
            // No keychain on this machine (no Secret Service): the file, and it says so.
            QVERIFY(!store.tokenInKeychain());
            QVERIFY(fileContent(path).contains("geheimes-token-123"));
            QVERIFY(store.where().contains(u"file"_s));
            QVERIFY(store.clear());
        }
    }

    void lostKeychainEntryMeansSignedOutNotACrash()
    {
        if (!keychainExpected())
            QSKIP("needs the Secret Service (the tst_credentialstore_keychain entry)");
        KeychainSecretStore keychain(u"EWS companion test"_s);
        const QString path = m_dir.filePath(u"lost.json"_s);
        CredentialStore store(path, &keychain);
        QVERIFY(store.save(m_signIn));
        QVERIFY(keychain.remove(u"device-token:"_s + path)); // e.g. the keyring was reset
        const Credentials loaded = store.load();
        QVERIFY(!loaded.isValid());
        QCOMPARE(loaded.server, m_signIn.server);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
