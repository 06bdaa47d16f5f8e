// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMarginsF>
#include <QString>

class QTextDocument;

/// How the app prints a document to PDF: A4, and a file that says what it is — title,
/// author and language in its XMP metadata, where PDF readers, document management systems
/// and screen readers look (the language decides how a screen reader pronounces the text) —
/// with text free of ligature characters ("ﬁ" as one character), which copied text and
/// screen readers get wrong.
///
/// A document of several pages (pageFormat set) gets what an administration files: a
/// running head on every page — the latest first-level heading (the municipality) on the
/// left, the stamp (the date) on the right — and "page n of m" at the foot. A paragraph that
/// begins with an anchor named "keep…" (`<a name="keep-1">`) is never split by a page break.
struct PdfPrint
{
    QString title;
    QString author;
    QString language; ///< BCP 47, "de-DE"
    QMarginsF margins { 20, 18, 20, 18 }; ///< millimetres
    QString stamp; ///< right of the running head: "Stand 26.11.2026"
    QString pageFormat; ///< "Seite %1 von %2"; empty: no running head, no page numbers

    /// @p document as a PDF; its font sizes in pt come out as they are on paper.
    QByteArray print(QTextDocument &document) const;
    /// The XMP packet (ISO 16684-1) with Dublin Core title, creator and language.
    QByteArray xmp() const;
};
