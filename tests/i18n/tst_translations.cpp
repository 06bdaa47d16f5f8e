// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString key; // context + source
        bool finished = false;
        bool numerus = false;
        QStringList forms;
    };

    static QList<Message> read(const QString &path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                current = {};
                current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (xml.name() == "source"_L1) {
                current.key = context + u'\x1f' + xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                current.finished = xml.attributes().value("type"_L1).isEmpty();
                if (!current.numerus)
                    current.forms.append(xml.readElementText());
                messages.append(current);
            } else if (xml.name() == "numerusform"_L1) {
                messages.last().forms.append(xml.readElementText());
            }
        }
        return messages;
    }

    static QSet<QString> keys(const QList<Message> &messages)
    {
        QSet<QString> result;
        for (const auto &message : messages)
            result.insert(message.key);
        return result;
    }

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << u"ews-companion_de.ts"_s;
        QTest::newRow("English") << u"ews-companion_en.ts"_s;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, file);
        const auto messages = read(QStringLiteral(SOURCE_DIR) + u"/i18n/"_s + file);
        QVERIFY(messages.size() > 100);
        for (const auto &message : messages) {
            QVERIFY2(message.finished, qPrintable(u"unfinished: "_s + message.key));
            QVERIFY2(!message.forms.isEmpty(), qPrintable(u"no translation: "_s + message.key));
            for (const auto &form : message.forms)
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(u"empty: "_s + message.key));
        }
    }

    /// "2 change(s)" is no word: a count's text is a plural of Qt's (%n) with one form for one
    /// and one for more, in both languages, and no translation writes "(s)".
    void pluralsAreWords_data() { everyStringIsTranslated_data(); }
    void pluralsAreWords()
    {
        QFETCH(QString, file);
        for (const auto &message : read(QStringLiteral(SOURCE_DIR) + u"/i18n/"_s + file)) {
            QVERIFY2(message.numerus || !message.key.contains(u"(s)"_s),
                qPrintable(u"a count without %n: "_s + message.key));
            if (!message.numerus)
                continue;
            QCOMPARE(message.forms.size(), 2);
            // (German may say the same for one and many: "1 Lerngruppentreffen", "2 …".)
            QVERIFY2(message.forms.first() != message.forms.last() || file.contains(u"_de"_s),
                qPrintable(u"one form for one and many: "_s + message.forms.first()));
            for (const auto &form : message.forms)
                QVERIFY2(!form.contains(u"(s)"_s) && !form.contains(u"(n)"_s),
                    qPrintable(u"not a word: "_s + form));
        }
    }

    void filesCoverTheCode()
    {
        // Scan the code as the build does and compare the strings with the committed files.
        QTemporaryDir dir;
        const QString scanned = dir.filePath(u"scan_de.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE),
            { u"-silent"_s, u"-locations"_s, u"none"_s, u"protocol"_s, u"domain"_s, u"core"_s,
                u"sync"_s, u"qml"_s, u"app"_s, u"-ts"_s, scanned });
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const auto inCode = keys(read(scanned));
        QVERIFY(inCode.size() > 100);
        for (const auto &file : { u"ews-companion_de.ts"_s, u"ews-companion_en.ts"_s }) {
            const auto inFile = keys(read(QStringLiteral(SOURCE_DIR) + u"/i18n/"_s + file));
            const auto missing = inCode - inFile;
            const auto stale = inFile - inCode;
            QVERIFY2(missing.isEmpty(),
                qPrintable(file + u" lacks (build the update_translations target): "_s
                    + QStringList(missing.values()).join(u", "_s)));
            QVERIFY2(stale.isEmpty(),
                qPrintable(file + u" has strings no longer in the code: "_s
                    + QStringList(stale.values()).join(u", "_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
