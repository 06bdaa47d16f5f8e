// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardwriter.h"

#include "contentlines.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString VCardWriter::structuredName(const QString &name)
{
    QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList trailing; // "(Beispiel)" and the like
    while (!words.isEmpty() && words.last().startsWith(u'('))
        trailing.prepend(words.takeLast());
    const QString family = words.isEmpty() ? QString() : words.takeLast();
    words += trailing;
    // N: family; given; additional; prefixes; suffixes
    return ContentLines::escaped(family) + u';' + ContentLines::escaped(words.join(u' '))
        + u";;;"_s;
}

QByteArray VCardWriter::write(const QList<VCard> &cards)
{
    QByteArray out;
    for (const auto &card : cards) {
        out += "BEGIN:VCARD\r\nVERSION:3.0\r\n";
        out += ContentLines::folded(u"UID:"_s + card.uid);
        out += ContentLines::folded(u"FN:"_s + ContentLines::escaped(card.name));
        out += ContentLines::folded(u"N:"_s + structuredName(card.name));
        if (!card.organisation.isEmpty())
            out += ContentLines::folded(u"ORG:"_s + ContentLines::escaped(card.organisation));
        if (!card.title.isEmpty())
            out += ContentLines::folded(u"TITLE:"_s + ContentLines::escaped(card.title));
        if (!card.phone.isEmpty())
            out += ContentLines::folded(u"TEL;TYPE=WORK,VOICE:"_s + card.phone);
        if (!card.email.isEmpty())
            out += ContentLines::folded(u"EMAIL;TYPE=INTERNET,WORK:"_s + card.email);
        if (!card.note.isEmpty())
            out += ContentLines::folded(u"NOTE:"_s + ContentLines::escaped(card.note));
        if (!card.category.isEmpty())
            out += ContentLines::folded(u"CATEGORIES:"_s + ContentLines::escaped(card.category));
        out += "END:VCARD\r\n";
    }
    return out;
}
