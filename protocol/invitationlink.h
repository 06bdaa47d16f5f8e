// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

/// An invitation as one link (and QR code) a person opens instead of typing: the server's
/// address, the one-time code and, for a self-signed certificate, its SHA-256 fingerprint —
///   ews-companion://join?server=https%3A%2F%2Fews.example.org%2F&code=ABCD-EFGH-JKLM
///     &fingerprint=AB%3ACD%3A…
/// The server's operator commands print it; the app signs in from it, trusting exactly the
/// certificate it names and no other.
struct InvitationLink
{
    Q_DECLARE_TR_FUNCTIONS(InvitationLink)
public:
    static constexpr qsizetype maximumLength = 1000;

    QUrl server; ///< https:// only
    QString code;
    QString fingerprint; ///< "AB:CD:…" (32 bytes), or empty for a certificate all trust

    QString toString() const;
    /// Reads @p text (spaces and line breaks around it, as copied from a letter, are fine);
    /// none with @p problem saying why it is not an invitation.
    static std::optional<InvitationLink> parse(const QString &text, QString *problem);
};
