// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationlink.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString scheme = u"ews-companion"_s;
const QString action = u"join"_s;
}

QString InvitationLink::toString() const
{
    QUrlQuery query;
    query.addQueryItem(
        u"server"_s, QString::fromLatin1(QUrl::toPercentEncoding(server.toString())));
    query.addQueryItem(u"code"_s, code);
    if (!fingerprint.isEmpty())
        query.addQueryItem(
            u"fingerprint"_s, QString::fromLatin1(QUrl::toPercentEncoding(fingerprint)));
    QUrl link;
    link.setScheme(scheme);
    link.setHost(action);
    link.setQuery(query);
    return link.toString(QUrl::FullyEncoded);
}

std::optional<InvitationLink> InvitationLink::parse(const QString &text, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        *problem = why;
        return std::nullopt;
    };
    const QString trimmed = text.simplified().remove(u' ');
    if (trimmed.size() > maximumLength)
        return refuse(tr("This is too long to be an invitation link."));
    const QUrl link(trimmed, QUrl::StrictMode);
    if (!link.isValid() || link.scheme() != scheme || link.host() != action)
        return refuse(tr("This is not an invitation link of the EWS companion."));
    const QUrlQuery query(link);
    InvitationLink invitation;
    invitation.server = QUrl(query.queryItemValue(u"server"_s, QUrl::FullyDecoded));
    invitation.code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded).toUpper();
    invitation.fingerprint = query.queryItemValue(u"fingerprint"_s, QUrl::FullyDecoded).toUpper();
    if (!invitation.server.isValid() || invitation.server.scheme() != u"https"_s
        || invitation.server.host().isEmpty() || !invitation.server.userInfo().isEmpty())
        return refuse(tr("The invitation names no server address starting with https://."));
    static const QRegularExpression code(u"^[A-Z0-9]{4}(-?[A-Z0-9]{4}){2}$"_s);
    if (!code.match(invitation.code).hasMatch())
        return refuse(tr("The invitation has no sign-in code."));
    static const QRegularExpression fingerprint(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s);
    if (!invitation.fingerprint.isEmpty() && !fingerprint.match(invitation.fingerprint).hasMatch())
        return refuse(tr("The certificate's fingerprint in the invitation is damaged."));
    return invitation;
}
