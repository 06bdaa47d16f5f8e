// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentlines.h"

using namespace Qt::StringLiterals;

QString ContentLines::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

QByteArray ContentLines::folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75; // the first line; each continuation starts with a space
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        // Back to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end > start && (quint8(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        out += utf8.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;
    }
    out += utf8.mid(start) + "\r\n";
    return out;
}
