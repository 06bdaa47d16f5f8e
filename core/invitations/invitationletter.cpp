// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationletter.h"

#include "filehandoff.h"
#include "filetypes.h"
#include "pdfprint.h"
#include "qrcode.h"

#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
}

QString InvitationLetter::html() const
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QString until = german.toString(validUntil, u"d. MMMM yyyy"_s);
    QString out = uR"(<html><head><style>
body { font-family: 'DejaVu Sans'; font-size: 11pt; }
h1 { font-size: 16pt; margin-top: 8px; margin-bottom: 18px; }
h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 8px; }
p { margin-top: 0; margin-bottom: 10px; }
li { margin-bottom: 8px; }
.quiet { color: #555555; font-size: 9pt; }
.code { font-family: 'DejaVu Sans Mono'; font-size: 24pt; font-weight: bold; }
</style></head><body>
<p class="quiet">Entwicklungswerkstatt für kommunale Engagementstrategien (EWS)</p>
<h1>Ihre Einladung<br>zur App „EWS-Begleiter“</h1>
<p>Guten Tag %1,</p>
)"_s.arg(escaped(personName));
    out += u"<p>der EWS-Begleiter ist die App zur Entwicklungswerkstatt. Darin finden Sie alle "
           "Termine und Orte des Programms, die Kontakte der Gruppe und das Praxisprojekt "_s
        + (municipality.isEmpty() ? u"jeder Kommune"_s
                                  : u"Ihrer Kommune (%1)"_s.arg(escaped(municipality)))
        + u". Die App funktioniert auch ohne Internet: Was Sie eintragen, bleibt auf Ihrem "
          "Gerät gespeichert und wird abgeglichen, sobald wieder eine Verbindung besteht.</p>"_s;
    out += u"<h2>So kommen Sie hinein</h2><ol>"_s;
    out += u"<li>Installieren Sie die App „EWS-Begleiter“ auf Ihrem Smartphone oder Computer. "_s
        + (whereToGetTheApp.trimmed().isEmpty()
                ? u"Wo es die App gibt, erfahren Sie bei den Organisatorinnen und Organisatoren "
                  "der EWS."_s
                : escaped(whereToGetTheApp.trimmed().left(maximumHintLength)))
        + u"</li>"_s;
    out += u"<li>Öffnen Sie auf dem Smartphone die Kamera und halten Sie sie auf den QR-Code "
           "unten. Tippen Sie auf den Link, der erscheint: Die App öffnet sich und meldet Sie "
           "an. Sie müssen nichts eintippen. Das geht auch in der App: „Einstellungen“, "
           "„QR-Code scannen“, oder „QR-Code aus einem Bild“ mit einem Foto dieses Briefs.</li>"_s;
    // The address on a line of its own: typed from paper, it must not break.
    out += u"<li>Ohne Kamera, zum Beispiel am Computer: Öffnen Sie in der App die "
           "„Einstellungen“. Tragen Sie unter „Server“ diese Adresse ein:<br><b>%1</b><br>"
           "dazu Ihren Anmeldecode, und wählen Sie „Anmelden“.</li></ol>"_s.arg(escaped(server));
    out += uR"(<table cellspacing="0" cellpadding="0" style="margin-top: 14px; margin-bottom: 14px;"><tr>
<td valign="middle"><img src="qr:code" width="210" height="210"></td>
<td valign="middle" style="padding-left: 32px;">
<p>Ihr Anmeldecode:</p>
<p class="code">%1</p>
<p>Er gilt einmal, bis zum %2.</p>
</td></tr></table>
)"_s.arg(escaped(code), escaped(until));
    if (!fingerprint.isEmpty()) {
        out += u"<p class=\"quiet\">Fragt die App nach dem Fingerabdruck des Servers, "
               "vergleichen Sie ihn mit diesem: %1. Nur wenn beide gleich sind, wählen Sie "
               "„Stimmt überein“. Mit dem QR-Code geschieht das von selbst.</p>"_s.arg(
                   escaped(fingerprint));
    }
    out += u"<p>Bitte geben Sie diesen Brief nicht weiter: Der Code ist nur für Sie. Ist er "
           "abgelaufen oder verloren gegangen, bekommen Sie von den Organisatorinnen und "
           "Organisatoren einen neuen.</p></body></html>"_s;
    return out;
}

QByteArray InvitationLetter::pdf() const
{
    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(u"qr:code"_s), QrCode::image(link, 12));
    document.setHtml(html());
    PdfPrint print;
    print.title = u"Einladung zum EWS-Begleiter für %1"_s.arg(personName);
    print.author = u"Organisationsteam der EWS"_s;
    print.language = u"de-DE"_s;
    print.margins = { 25, 20, 20, 15 };
    return print.print(document);
}

QString InvitationLetter::fileName() const
{
    return u"Einladung-%1.pdf"_s.arg(FileTypes::safeName(personName, u"EWS"_s));
}
