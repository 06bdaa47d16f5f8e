// SPDX-License-Identifier: GPL-3.0-or-later
// The invitation's QR code and letter, read back by programs of others: the QR code by
// zbarimg (ZBar), the letter by poppler (pdftotext, pdfinfo, pdftoppm) — and the code on the
// printed page, rendered to pixels, scanned again.
#include "invitationletter.h"
#include "invitationlink.h"
#include "qrcode.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// What @p program prints for @p arguments (stdout), or "FAILED: …".
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"FAILED: "_s + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// What ZBar reads in the image file @p path: the texts of the QR codes in it.
QString scanned(const QString &path)
{
    return run(
        u"zbarimg"_s, { u"--quiet"_s, u"--raw"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, path })
        .trimmed();
}

InvitationLink exampleLink()
{
    InvitationLink link;
    link.server = QUrl(u"https://ews.example.org:8443/"_s);
    link.code = u"ABCD-EFGH-JK23"_s;
    link.fingerprint = u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                       "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"_s;
    return link;
}

InvitationLetter exampleLetter()
{
    const auto link = exampleLink();
    return { u"Jonas Berg"_s, u"Kreis Lippe"_s, link.code, link.toString(), QDate(2027, 1, 4),
        link.server.toString(), link.fingerprint, u"Sie finden sie unter ews.example.org/app."_s };
}
}

class TestInvitationLetter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString saved(const QByteArray &bytes, const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private Q_SLOTS:
    /// What a phone's camera reads is exactly the link: with the fingerprint, and for a
    /// certificate everyone trusts, without.
    void qrCodeScansAsTheLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("with fingerprint") << exampleLink().toString();
        auto trusted = exampleLink();
        trusted.fingerprint.clear();
        QTest::newRow("without") << trusted.toString();
        // A link is ASCII (RFC 3986 escapes the rest): no reader has to guess an encoding.
        QTest::newRow("longest code")
            << (exampleLink().toString() + u"&x="_s).leftJustified(400, u'9');
    }
    void qrCodeScansAsTheLink()
    {
        QFETCH(QString, text);
        const QImage image = QrCode::image(text, 4);
        QVERIFY(!image.isNull());
        // Square, with the quiet zone white all round.
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.pixelColor(4 * 4 - 1, 4 * 4 - 1), QColor(Qt::white));
        QCOMPARE(image.pixelColor(4 * 4, 4 * 4), QColor(Qt::black)); // a finder pattern's corner
        const QString file = m_dir.filePath(u"code.png"_s);
        QVERIFY(image.save(file));
        QCOMPARE(scanned(file), text);
    }

    void qrCodeRefusesWhatItCannotCarry()
    {
        QVERIFY(QrCode::image({}).isNull());
        QVERIFY(QrCode::image(QString(QrCode::maximumLength + 1, u'a')).isNull());
        QVERIFY(QrCode::image(u"x"_s, 0).isNull());
        QVERIFY(QrCode::dataUrl(exampleLink().toString()).startsWith(u"data:image/png;base64,"_s));
    }

    /// One page of plain German that says everything a person needs, without ligature
    /// characters, with title, author and language.
    void letterSaysWhatIsNeeded()
    {
        const auto letter = exampleLetter();
        const QString pdf = saved(letter.pdf(), u"letter.pdf"_s);
        const QString info = run(u"pdfinfo"_s, { pdf });
        QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
        QVERIFY(info.contains(
            QRegularExpression(u"Title:\\s+Einladung zum EWS-Begleiter für Jonas Berg\n"_s)));
        const QString meta = run(u"pdfinfo"_s, { u"-meta"_s, pdf });
        QVERIFY2(meta.contains(u"<rdf:li>de-DE</rdf:li>"_s), qPrintable(meta));
        QVERIFY(meta.contains(u"<rdf:li>Organisationsteam der EWS</rdf:li>"_s));

        const QString text = run(u"pdftotext"_s, { pdf, u"-"_s }).simplified();
        QVERIFY2(text.contains(u"Guten Tag Jonas Berg,"_s), qPrintable(text));
        QVERIFY(text.contains(u"Praxisprojekt Ihrer Kommune (Kreis Lippe)"_s));
        QVERIFY(text.contains(u"ABCD-EFGH-JK23"_s));
        QVERIFY(text.contains(u"bis zum 4. Januar 2027"_s));
        QVERIFY(text.contains(u"https://ews.example.org:8443/"_s));
        QVERIFY2(text.contains(u"Sie finden sie unter ews.example.org/app."_s), qPrintable(text));
        QVERIFY(text.contains(exampleLink().fingerprint.left(20)));
        QVERIFY(text.contains(u"Öffnen Sie auf dem Smartphone"_s));
        QVERIFY(text.contains(u"Zertifikat"_s) || text.contains(u"Fingerabdruck"_s));
        static const QRegularExpression ligature(u"[\\x{FB00}-\\x{FB06}]"_s);
        QVERIFY2(!text.contains(ligature), qPrintable(text));
    }

    /// The QR code on the printed page (rendered at a printer's 150 dpi) scans as the link.
    void printedCodeScans()
    {
        const auto letter = exampleLetter();
        const QString pdf = saved(letter.pdf(), u"printed.pdf"_s);
        const QString prefix = m_dir.filePath(u"page"_s);
        QVERIFY(!run(u"pdftoppm"_s, { u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, pdf, prefix })
                     .startsWith(u"FAILED"_s));
        QCOMPARE(scanned(prefix + u".png"_s), letter.link);
    }

    /// A long name, a long hint and no municipality (an organiser) still fit on one page.
    void longestLetterFitsOnePage()
    {
        auto letter = exampleLetter();
        letter.personName = QString(100, u'W');
        letter.municipality.clear();
        letter.whereToGetTheApp
            = u"Im App Store und bei Google Play, Stichwort EWS. "_s.repeated(20);
        const QString pdf = saved(letter.pdf(), u"long.pdf"_s);
        QVERIFY(run(u"pdfinfo"_s, { pdf }).contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
        const QString text = run(u"pdftotext"_s, { pdf, u"-"_s });
        QVERIFY(text.contains(u"jeder Kommune"_s));
        // The hint is cut where the page would end.
        QVERIFY(text.simplified().contains(
            letter.whereToGetTheApp.left(InvitationLetter::maximumHintLength - 10).simplified()));
        QVERIFY(!text.simplified().contains(letter.whereToGetTheApp.simplified()));
        QCOMPARE(letter.fileName().left(10), u"Einladung-"_s);
    }
};

QTEST_MAIN(TestInvitationLetter)
#include "tst_invitationletter.moc"
