// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSize>
#include <QStringList>

/// What the command line asks for.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
public:
    QString dataDirectory; ///< where the replica and the settings live
    bool demo = false; ///< load the demo cohort and use its first participant
    bool organiser = false; ///< with demo: use the demo's organiser instead
    QDateTime now; ///< a fixed "now" instead of the clock
    QString language; ///< "de" or "en" instead of the saved choice
    QString page; ///< the screen to show first
    QSize size; ///< window size
    QString screenshot; ///< render to this PNG and quit
    QString server; ///< sign in to this server at start (with signInCode) unless signed in
    QString signInCode;
    QString trustFingerprint; ///< the server certificate's SHA-256 fingerprint to trust

    /// Parses the arguments; on error returns false and sets @p error to a message for the user.
    static bool parse(const QStringList &arguments, AppOptions *options, QString *error);
};
