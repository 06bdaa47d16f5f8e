// SPDX-License-Identifier: GPL-3.0-or-later
// ews-server: the EWS companion's sync server and its operator commands.
#include "accessjournal.h"
#include "accessstore.h"
#include "commands.h"
#include "console.h"
#include "livenews.h"
#include "serve.h"
#include "serverdatabase.h"
#include "serversettings.h"
#include "syncstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Console::fail;

namespace {
/// The store's setting for people: the SQLite file, or PostgreSQL's host and database
/// (never the password).
QString describeStore(const QString &setting)
{
    if (setting.startsWith("sqlite:"_L1))
        return u"SQLite %1"_s.arg(QFileInfo(setting.mid(7)).absoluteFilePath());
    const QUrl url(setting);
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(url.userName(), url.host())
        .arg(url.port(5432))
        .arg(url.path().mid(1));
}
}

int main(int argc, char *argv[])
{
    // What the server writes (its store, certificate, journal, backups) holds personal data
    // or secrets: for its user alone, whatever umask it was started with.
    ::umask(0077);
    // A person's export is printed to PDF, which needs fonts: the one command that lays out
    // text, without a screen.
    const bool printing = std::any_of(argv + 1, argv + argc,
        [](const char *argument) { return qstrcmp(argument, "export-person") == 0; });
    if (printing && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = printing
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"ews-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EWS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The EWS companion's sync server.\n\n"_s + QString::fromLatin1(Commands::usage));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerSettings::addOptions(parser);
    parser.addPositionalArgument(u"command"_s, u"What to do (see above)."_s);
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return fail(u"Which command? Run with --help for the list."_s);
    const bool serving = arguments.first() == "serve"_L1 && arguments.size() == 1;

    ServerSettings settings;
    QString error;
    if (!settings.load(parser, &error))
        return fail(error);
    const QString setting = settings.database();
    // Only serve, or a command told on its command line where the store is, makes a new
    // one: a command run without the service's settings must not start an empty store of
    // its own and print codes that the running service does not know.
    if (setting.startsWith("sqlite:"_L1) && !QFileInfo::exists(setting.mid(7)) && !serving
        && !settings.storeNamedOnCommandLine())
        return fail(u"No store at %1. Give the settings the service uses (--config FILE, "
                    "--database or --data-dir), or start the service once (serve)."_s.arg(
                        QFileInfo(setting.mid(7)).absoluteFilePath()));
    if (setting.startsWith("sqlite:"_L1)
        && !QDir().mkpath(QFileInfo(setting.mid(7)).absolutePath()))
        return fail(u"Cannot create the folder for the store %1."_s.arg(setting.mid(7)));
    ServerDatabase database(setting);
    if (!database.isOpen() || !database.migrate())
        return fail(u"The store %1 cannot be opened: %2"_s.arg(
            describeStore(setting), database.errorString()));
    Console::note(u"Store: %1 (store id %2)%3"_s.arg(describeStore(setting), database.storeId(),
        settings.configFile().isEmpty() ? QString()
                                        : u", settings from %1"_s.arg(settings.configFile())));
    SyncStore store(database);
    AccessStore access(database, store);
    // Beside the store's backups, not in them: the access decisions a restore must not undo.
    // The data folder, also one made by an older version or by hand: its owner's alone.
    QDir().mkpath(settings.dataDir());
    if (QFileInfo(settings.dataDir()).ownerId() == ::geteuid())
        QFile::setPermissions(settings.dataDir(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    AccessJournal journal(QDir(settings.dataDir()).filePath(u"access-journal.jsonl"_s));
    access.setJournal(&journal);
    // On PostgreSQL the operator's changes (a programme imported) are news for the apps
    // connected to any instance; on SQLite they learn of them at their next sync.
    LiveChannels noChannels;
    if (database.isPostgres())
        store.setAnnouncer(LiveNews::announcer(database, noChannels));
    if (serving)
        return serve(settings, database, store, access, journal);
    return Commands::run(arguments, settings, database, store, access, journal);
}
