// SPDX-License-Identifier: GPL-3.0-or-later
// People as contact cards, read back by an independent parser (python3-vobject,
// tests/tools/vcf-cards.py); unshared details stay out.
#include "contactrepository.h"
#include "contactsexport.h"
#include "independentparser.h"
#include "programmezone.h"
#include "testreplica.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
/// The cards the independent parser read from @p content, by full name.
QHash<QString, QJsonObject> parse(const QByteArray &content, QString *failure)
{
    QHash<QString, QJsonObject> cards;
    const QByteArray json = readWithIndependentParser(QStringLiteral(VCF_CARDS), content, failure);
    for (const auto &value : QJsonDocument::fromJson(json).array())
        cards.insert(value.toObject().value("fn"_L1).toString(), value.toObject());
    return cards;
}

bool noProgram(const QUrl &)
{
    return false;
}
}

class TestContactsExport : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0));

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyoneReadsBackAndUnsharedDetailsStayOut()
    {
        TestReplica test(m_now);
        ContactsExport cards(test.replica.contacts(), test.settings, test.context, noProgram);
        QString failure;
        const auto read = parse(cards.everyoneFile(), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(read.size(), test.replica.contacts().contacts().size());

        const QJsonObject lead = read.value(u"Alina Hirsch"_s);
        QCOMPARE(lead.value("family"_L1).toString(), u"Hirsch"_s);
        QCOMPARE(lead.value("given"_L1).toString(), u"Alina"_s);
        QVERIFY(!lead.value("tel"_L1).toString().isEmpty());
        QVERIFY(lead.value("email"_L1).toString().contains(u'@'));
        QCOMPARE(lead.value("categories"_L1).toString(), u"EWS 7"_s);
        QCOMPARE(lead.value("uid"_L1).toString(), u"ews7-contact-alina-hirsch@ews-companion"_s);

        // Jonas shares no phone number, Samira no e-mail address: neither goes out.
        const QJsonObject jonas = read.value(u"Jonas Beispiel (Beispiel)"_s);
        QCOMPARE(jonas.value("family"_L1).toString(), u"Beispiel"_s);
        QCOMPARE(jonas.value("given"_L1).toString(), u"Jonas (Beispiel)"_s);
        QCOMPARE(jonas.value("tel"_L1).toString(), QString());
        QCOMPARE(jonas.value("email"_L1).toString(), u"jonas.beispiel@example.org"_s);
        const QJsonObject samira = read.value(u"Samira Probe (Beispiel)"_s);
        QCOMPARE(samira.value("email"_L1).toString(), QString());
        QCOMPARE(samira.value("tel"_L1).toString(), u"02261 5550 201"_s);
        QVERIFY(samira.value("note"_L1).toString().contains(u"Participant"_s));
    }

    void ownDetailsGoWithTheOwnCardEvenUnshared()
    {
        TestReplica test(m_now);
        // This device is Jonas's: his own card carries his own phone number.
        const auto jonas = test.replica.contacts().contact(u"demo-jonas"_s);
        QVERIFY(jonas);
        test.settings.setOwnMunicipalityId(jonas->municipalityId);
        test.settings.setOwnContactId(u"demo-jonas"_s);
        ContactsExport cards(test.replica.contacts(), test.settings, test.context, noProgram);
        QString failure;
        const auto read = parse(cards.contactFile(u"demo-jonas"_s), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.value(u"Jonas Beispiel (Beispiel)"_s).value("tel"_L1).toString(),
            u"0211 5550 102"_s);
    }

    void textsArriveAsWritten()
    {
        const VCard card { u"urn:uuid:4f5e2b0a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"_s,
            u"Dr. Anna-Lena Müller-Lüdenscheidt"_s,
            u"Landesnetzwerk; Bürgerschaftliches Engagement, NRW"_s,
            u"Referentin für Beteiligung, Ehrenamt und Förderprogramme der Landesregierung"_s,
            u"+49 211 5550 999"_s, u"anna-lena@example.org"_s,
            u"Erste Zeile, mit Komma; und Semikolon\nZweite Zeile 😀"_s, u"EWS 7"_s };
        const QByteArray content = VCardWriter::write({ card });
        for (const QByteArray &line : content.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
        QString failure;
        const auto read = parse(content, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonObject parsed = read.value(card.name);
        QCOMPARE(parsed.value("family"_L1).toString(), u"Müller-Lüdenscheidt"_s);
        QCOMPARE(parsed.value("given"_L1).toString(), u"Dr. Anna-Lena"_s);
        QCOMPARE(parsed.value("org"_L1).toString(), card.organisation);
        QCOMPARE(parsed.value("title"_L1).toString(), card.title);
        QCOMPARE(parsed.value("note"_L1).toString(), card.note);
        QCOMPARE(parsed.value("uid"_L1).toString(), card.uid);
    }

    void addingToContactsHandsTheFileOver()
    {
        TestReplica test(m_now);
        QList<QUrl> opened;
        bool addressBook = true;
        ContactsExport cards(
            test.replica.contacts(), test.settings, test.context, [&](const QUrl &file) {
                opened.append(file);
                return addressBook;
            });
        const QString lead = u"ews7-contact-alina-hirsch"_s;
        QCOMPARE(cards.suggestedFileName(lead), u"Alina-Hirsch.vcf"_s);
        QVERIFY(cards.addToContacts(lead).contains(u"address book"_s));
        QCOMPARE(opened.size(), 1);
        QFile file(opened.constFirst().toLocalFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), cards.contactFile(lead));

        addressBook = false;
        const QString saved = cards.addToContacts();
        QVERIFY2(saved.contains(cards.suggestedFileName()), qPrintable(saved));
        QCOMPARE(opened.size(), 2);

        // Someone no longer there: a message, nothing handed over.
        QVERIFY(cards.contactFile(u"nobody"_s).isEmpty());
        QVERIFY(!cards.addToContacts(u"nobody"_s).isEmpty());
        QCOMPARE(opened.size(), 2);
        QDir(QFileInfo(opened.constFirst().toLocalFile()).absolutePath()).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestContactsExport)
#include "tst_contactsexport.moc"
