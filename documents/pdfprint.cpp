// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfprint.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

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

/// QTextDocument lays out in pixels of 96 per inch and scales them to the writer's
/// resolution.
constexpr qreal layoutDpi = 96.0;
/// Room for the running head above the text and the page number below it, in millimetres.
constexpr qreal headHeight = 10.0;
constexpr qreal footHeight = 10.0;

qreal layoutPixels(qreal millimetres)
{
    return millimetres / 25.4 * layoutDpi;
}

bool keptTogether(const QTextBlock &block)
{
    const auto first = block.begin();
    if (first.atEnd())
        return false;
    const QStringList names = first.fragment().charFormat().anchorNames();
    return std::any_of(names.cbegin(), names.cend(),
        [](const QString &name) { return name.startsWith(u"keep"_s); });
}

/// Lays @p document out again as a whole, so that positions and the page count follow every
/// format changed.
void relayout(QTextDocument &document)
{
    const QSizeF page = document.pageSize();
    document.setPageSize(page + QSizeF(0, 1));
    document.setPageSize(page);
}

/// The first paragraph marked to be kept together that a page break splits (one longer
/// than a page may be split), or an invalid block.
QTextBlock firstSplit(QTextDocument &document, QTextBlock from)
{
    const qreal pageHeight = document.pageSize().height();
    auto *layout = document.documentLayout();
    for (QTextBlock block = from; block.isValid(); block = block.next()) {
        if (!keptTogether(block))
            continue;
        const QRectF bounds = layout->blockBoundingRect(block);
        if (std::floor(bounds.top() / pageHeight) != std::floor((bounds.bottom() - 1) / pageHeight)
            && bounds.height() < pageHeight)
            return block;
    }
    return {};
}

/// Moves every paragraph marked to be kept together that a page break would split to the
/// start of the next page, one after the other (each move shifts what follows).
void keepTogether(QTextDocument &document)
{
    for (QTextBlock split = firstSplit(document, document.begin()); split.isValid();
         split = firstSplit(document, split.next())) {
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(split).mergeBlockFormat(breakBefore);
        relayout(document);
    }
}

/// The running head of each page: the latest first-level heading that begins on it or
/// before.
QStringList runningHeads(QTextDocument &document, int pages)
{
    const qreal pageHeight = document.pageSize().height();
    QStringList heads(pages);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1)
            continue;
        const int page
            = int(document.documentLayout()->blockBoundingRect(block).top() / pageHeight);
        for (int i = qMax(0, page); i < pages; ++i)
            heads[i] = block.text().simplified();
    }
    return heads;
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
    document.setDocumentMargin(0);
    // Given the page's width in layout pixels, 11 pt stays 11 pt on paper.
    const QSizeF page = QSizeF(writer.pageLayout().paintRectPoints().size()) * (layoutDpi / 72.0);
    if (pageFormat.isEmpty()) {
        document.setPageSize(page);
        document.print(&writer);
        return bytes;
    }
    const qreal head = layoutPixels(headHeight);
    document.setPageSize(QSizeF(page.width(), page.height() - head - layoutPixels(footHeight)));
    relayout(document);
    keepTogether(document);
    const int pages = document.pageCount();
    const QStringList heads = runningHeads(document, pages);
    const qreal textHeight = document.pageSize().height();

    QPainter painter(&writer);
    const qreal scale = writer.resolution() / layoutDpi;
    painter.scale(scale, scale);
    // Sized in layout pixels, as the painter is scaled to them: 11 px are about 8 pt.
    QFont small(u"DejaVu Sans"_s);
    small.setPixelSize(11);
    small.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, head - i * textHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * textHeight, page.width(), textHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF headLine(0, 0, page.width(), head * 0.6);
        painter.drawText(headLine, Qt::AlignLeft | Qt::AlignTop, heads.at(i));
        painter.drawText(headLine, Qt::AlignRight | Qt::AlignTop, stamp);
        painter.drawLine(QPointF(0, head * 0.7), QPointF(page.width(), head * 0.7));
        painter.drawText(QRectF(0, page.height() - layoutPixels(footHeight) * 0.6, page.width(),
                             layoutPixels(footHeight) * 0.6),
            Qt::AlignHCenter | Qt::AlignBottom, pageFormat.arg(i + 1).arg(pages));
    }
    painter.end();
    return bytes;
}
