// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageFollowsTheSystem_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << u"de_DE"_s << u"de"_s;
        QTest::newRow("Austrian German") << u"de_AT"_s << u"de"_s;
        QTest::newRow("British English") << u"en_GB"_s << u"en"_s;
        QTest::newRow("American English") << u"en_US"_s << u"en"_s;
        // German is the programme's language: everything else gets German.
        QTest::newRow("French") << u"fr_FR"_s << u"de"_s;
        QTest::newRow("Turkish") << u"tr_TR"_s << u"de"_s;
    }

    void languageFollowsTheSystem()
    {
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s), dir.path(), system);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.effectiveLanguage(), expected);
    }

    void chosenLanguageIsKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            AppSettings settings(file, dir.path(), u"de_DE"_s);
            QSignalSpy changed(&settings, &AppSettings::languageChanged);
            settings.setLanguage(u"en"_s);
            settings.setLanguage(u"en"_s);
            QCOMPARE(changed.size(), 1);
            settings.setLanguage(u"klingon"_s); // unknown: back to the system's
            QCOMPARE(settings.language(), QString());
            settings.setLanguage(u"en"_s);
        }
        AppSettings reopened(file, dir.path(), u"de_DE"_s);
        QCOMPARE(reopened.effectiveLanguage(), u"en"_s);
    }

    void anotherMunicipalityForgetsThePerson()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s), dir.path(), u"de_DE"_s);
        settings.setOwnMunicipalityId(u"a"_s);
        settings.setOwnContactId(u"person-of-a"_s);
        QSignalSpy contactChanged(&settings, &AppSettings::ownContactIdChanged);
        settings.setOwnMunicipalityId(u"a"_s);
        QCOMPARE(contactChanged.size(), 0);
        QCOMPARE(settings.ownContactId(), u"person-of-a"_s);
        settings.setOwnMunicipalityId(u"b"_s);
        QCOMPARE(contactChanged.size(), 1);
        QCOMPARE(settings.ownContactId(), QString());
        QCOMPARE(settings.dataLocation(), dir.path());
        QVERIFY(!settings.version().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
