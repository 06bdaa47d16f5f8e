// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfprint.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
/// Qt's text shaping leaves ligatures out of text with letter spacing; a spacing of a
/// twentieth of a pixel (the smallest Qt keeps: it counts in 64ths) changes nothing a reader
/// can see.
void withoutLigatures(QTextDocument &document)
{
    QTextCharFormat spaced;
    spaced.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    spaced.setFontLetterSpacing(0.05);
    QTextCursor all(&document);
    all.select(QTextCursor::Document);
    all.mergeCharFormat(spaced);
}
}

QByteArray PdfPrint::xmp() const
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    return uR"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <xmp:CreatorTool>EWS companion</xmp:CreatorTool>
   <pdf:Producer>EWS companion</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)"_s.arg(escaped(title), escaped(author), escaped(language))
        .toUtf8();
}

QByteArray PdfPrint::print(QTextDocument &document) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(u"EWS companion"_s);
    writer.setDocumentXmpMetadata(xmp());
    withoutLigatures(document);
    // QTextDocument lays out in pixels of 96 per inch and scales them to the writer's
    // resolution: given the page's width in those pixels, 11 pt stays 11 pt on paper.
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPoints().size()) * (96.0 / 72.0));
    document.setDocumentMargin(0);
    document.print(&writer);
    return bytes;
}
