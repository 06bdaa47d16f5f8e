// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestAppOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodArguments()
    {
        AppOptions options;
        QString error;
        QVERIFY2(AppOptions::parse(
                     { u"app"_s, u"--data-dir"_s, u"some/folder"_s, u"--demo"_s, u"--now"_s,
                         u"2026-11-26T11:00:00+01:00"_s, u"--language"_s, u"en"_s, u"--page"_s,
                         u"project"_s, u"--size"_s, u"390x844"_s, u"--screenshot"_s, u"a.png"_s },
                     &options, &error),
            qPrintable(error));
        QCOMPARE(options.dataDirectory, u"some/folder"_s);
        QVERIFY(options.demo);
        QCOMPARE(options.now.toUTC(), QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QCOMPARE(options.language, u"en"_s);
        QCOMPARE(options.page, u"project"_s);
        QCOMPARE(options.size, QSize(390, 844));
        QCOMPARE(options.screenshot, u"a.png"_s);
    }

    void anInvitationLinkSignsIn()
    {
        AppOptions options;
        QString error;
        const QString fingerprint = QStringList(32, u"AB"_s).join(u':');
        QVERIFY2(
            AppOptions::parse({ u"app"_s,
                                  u"ews-companion://join?server=https%3A%2F%2Fews.example.org"
                                  "%3A8443%2F&code=abcd-efgh-jkl2&fingerprint="_s
                                      + QString::fromLatin1(QUrl::toPercentEncoding(fingerprint)) },
                &options, &error),
            qPrintable(error));
        QCOMPARE(options.server, u"https://ews.example.org:8443/"_s);
        QCOMPARE(options.signInCode, u"ABCD-EFGH-JKL2"_s);
        QCOMPARE(options.trustFingerprint, fingerprint);
    }

    void defaultsNeedNoArguments()
    {
        AppOptions options;
        QString error;
        QVERIFY(AppOptions::parse({ u"app"_s }, &options, &error));
        QVERIFY(!options.dataDirectory.isEmpty());
        QVERIFY(!options.demo);
        QVERIFY(!options.now.isValid());
        QVERIFY(!options.size.isValid());
    }

    void badArgumentsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad time") << QStringList { u"--now"_s, u"tomorrow"_s }
                                  << u"--now needs a time"_s;
        QTest::newRow("bad language")
            << QStringList { u"--language"_s, u"fr"_s } << u"must be de or en"_s;
        QTest::newRow("bad page") << QStringList { u"--page"_s, u"home"_s }
                                  << u"--page must be one of"_s;
        QTest::newRow("bad size") << QStringList { u"--size"_s, u"big"_s } << u"width x height"_s;
        QTest::newRow("huge size")
            << QStringList { u"--size"_s, u"99999x1"_s } << u"width x height"_s;
        QTest::newRow("unknown option") << QStringList { u"--fly"_s } << u"fly"_s;
        QTest::newRow("missing value") << QStringList { u"--page"_s } << u"page"_s;
        QTest::newRow("server without code")
            << QStringList { u"--server"_s, u"https://x"_s } << u"go together"_s;
        QTest::newRow("a web address, not an invitation")
            << QStringList { u"https://ews.example.org/join"_s } << u"not an invitation link"_s;
        QTest::newRow("an invitation to a plain-HTTP server") << QStringList {
            u"ews-companion://join?server=http%3A%2F%2Fx%2F&code=ABCD-EFGH-JKLM"_s
        } << u"https://"_s;
        QTest::newRow("an invitation without its code")
            << QStringList { u"ews-companion://join?server=https%3A%2F%2Fx%2F"_s }
            << u"no sign-in code"_s;
        QTest::newRow("a damaged fingerprint")
            << QStringList { u"ews-companion://join?server=https%3A%2F%2Fx%2F&code=ABCD-EFGH-JKLM"
                             "&fingerprint=AB%3ACD"_s }
            << u"damaged"_s;
        QTest::newRow("an endless link")
            << QStringList { u"ews-companion://join?server="_s + QString(5000, u'x') }
            << u"too long"_s;
        QTest::newRow("two links")
            << QStringList { u"ews-companion://join"_s, u"ews-companion://join"_s }
            << u"one invitation link"_s;
    }

    void badArgumentsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        AppOptions options;
        QString error;
        QVERIFY(!AppOptions::parse(QStringList { u"app"_s } + arguments, &options, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
