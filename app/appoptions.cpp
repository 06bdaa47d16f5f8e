// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include "invitationlink.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

bool AppOptions::parse(const QStringList &arguments, AppOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The EWS companion: programme, contacts and practice project, also offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Keep the data in <folder>."), u"folder"_s);
    const QCommandLineOption demo(u"demo"_s,
        tr("Load example municipalities and people (marked as examples) and use the first one."));
    const QCommandLineOption organiser(u"organiser"_s,
        tr("With --demo: see the app as the example organiser does (comments, no own project)."));
    const QCommandLineOption now(u"now"_s,
        tr("Pretend the time is <instant> (ISO 8601, e.g. 2026-11-26T11:00:00+01:00)."),
        u"instant"_s);
    const QCommandLineOption language(
        u"language"_s, tr("Use <language>: de or en."), u"language"_s);
    const QCommandLineOption page(u"page"_s,
        tr("Open <page>: programme, event, contacts, contact, project, step, log, settings, "
           "search, news, overview, comment."),
        u"page"_s);
    const QCommandLineOption size(u"size"_s, tr("Window size, e.g. 390x844."), u"size"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, tr("Render the window to the PNG <file> and quit."), u"file"_s);
    const QCommandLineOption server(u"server"_s,
        tr("Sign in to the server at <address> when starting (with --sign-in-code)."),
        u"address"_s);
    const QCommandLineOption code(u"sign-in-code"_s, tr("The one-time sign-in <code>."), u"code"_s);
    const QCommandLineOption fingerprint(u"trust-fingerprint"_s,
        tr("Trust the server certificate with this SHA-256 <fingerprint>."), u"fingerprint"_s);
    parser.addOptions({ dataDir, demo, organiser, now, language, page, size, screenshot, server,
        code, fingerprint });
    parser.addPositionalArgument(u"invitation"_s,
        tr("An invitation link (ews-companion://join?…): sign in with it when starting."),
        u"[invitation]"_s);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    options->dataDirectory = parser.isSet(dataDir)
        ? parser.value(dataDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options->demo = parser.isSet(demo);
    options->organiser = parser.isSet(organiser);
    if (options->organiser && !options->demo) {
        *error = tr("--organiser goes with --demo.");
        return false;
    }
    if (parser.isSet(now)) {
        options->now = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options->now.isValid()) {
            *error = tr("--now needs a time like 2026-11-26T11:00:00+01:00, not \"%1\".")
                         .arg(parser.value(now));
            return false;
        }
    }
    options->language = parser.value(language);
    if (!options->language.isEmpty() && options->language != "de"_L1
        && options->language != "en"_L1) {
        *error = tr("--language must be de or en, not \"%1\".").arg(options->language);
        return false;
    }
    options->page = parser.value(page);
    static const QStringList pages = { u"programme"_s, u"event"_s, u"contacts"_s, u"contact"_s,
        u"project"_s, u"step"_s, u"remove-step"_s, u"log"_s, u"settings"_s, u"search"_s, u"news"_s,
        u"overview"_s, u"comment"_s, u"edit-date"_s, u"draft"_s, u"brochure"_s, u"edit-contact"_s,
        u"correct-name"_s, u"announcements"_s, u"access"_s, u"invitation"_s, u"erase"_s,
        u"privacy"_s, u"sharing"_s, u"sign-in"_s, u"correct-log"_s, u"pick-date"_s, u"venue"_s,
        u"edit-venue"_s, u"materials"_s, u"material"_s, u"post-material"_s, u"project-log"_s,
        u"event-note"_s };
    if (!options->page.isEmpty() && !pages.contains(options->page)) {
        *error = tr("--page must be one of: %1.").arg(pages.join(u", "_s));
        return false;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(u"^(\\d{2,4})x(\\d{2,4})$"_s);
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            *error = tr("--size needs width x height, e.g. 390x844, not \"%1\".")
                         .arg(parser.value(size));
            return false;
        }
        options->size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    options->screenshot = parser.value(screenshot);
    options->server = parser.value(server);
    options->signInCode = parser.value(code);
    options->trustFingerprint = parser.value(fingerprint);
    if (options->server.isEmpty() != options->signInCode.isEmpty()) {
        *error = tr("--server and --sign-in-code go together.");
        return false;
    }
    // An invitation link, as the system hands it over when the person opens it.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("Only one invitation link at a time.");
        return false;
    }
    if (!positional.isEmpty()) {
        QString problem;
        const auto invitation = InvitationLink::parse(positional.constFirst(), &problem);
        if (!invitation) {
            *error = problem;
            return false;
        }
        options->server = invitation->server.toString();
        options->signInCode = invitation->code;
        options->trustFingerprint = invitation->fingerprint;
    }
    return true;
}
