// SPDX-License-Identifier: GPL-3.0-or-later
// The one place where the app's services are built and wired together.
#include "appoptions.h"
#include "screenshot.h"
#include "translations.h"

#include "appsettings.h"
#include "changelog.h"
#include "clock.h"
#include "contactsmodel.h"
#include "displaycontext.h"
#include "municipalitiesmodel.h"
#include "ownprofile.h"
#include "pendingchanges.h"
#include "programmemodel.h"
#include "programmeoverview.h"
#include "projectcontroller.h"
#include "replica.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimeZone>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Ews_CorePlugin)
Q_IMPORT_QML_PLUGIN(Ews_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Ews_UiPlugin)

using namespace Qt::StringLiterals;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"EWS"_s);
    QGuiApplication::setApplicationName(u"ews-companion"_s);
    QGuiApplication::setApplicationDisplayName(u"EWS companion"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(EWS_VERSION));
    QQuickStyle::setStyle(u"Material"_s);

    AppOptions options;
    QString error;
    if (!AppOptions::parse(app.arguments(), &options, &error))
        return fail(error);
    if (!QDir().mkpath(options.dataDirectory))
        return fail(u"Cannot create the data folder %1."_s.arg(options.dataDirectory));

    Replica replica(QDir(options.dataDirectory).filePath(u"ews-companion.sqlite"_s));
    if (!replica.open(Replica::bundledProgrammePath(), &error))
        return fail(u"The data on this device cannot be opened: %1"_s.arg(error));

    AppSettings settings(QDir(options.dataDirectory).filePath(u"settings.ini"_s),
        QDir::toNativeSeparators(options.dataDirectory), QLocale::system().name());
    if (!options.language.isEmpty())
        settings.setLanguage(options.language);

    std::unique_ptr<Clock> clock;
    if (options.now.isValid())
        clock = std::make_unique<FixedClock>(options.now);
    else
        clock = std::make_unique<SystemClock>();

    if (options.demo) {
        if (!replica.loadDemoCohort(u":/ews/data/demo-cohort.json"_s, clock->now(), &error))
            return fail(u"The demo data cannot be loaded: %1"_s.arg(error));
        if (settings.ownMunicipalityId().isEmpty()) {
            settings.setOwnMunicipalityId(u"demo-musterstadt"_s);
            settings.setOwnContactId(u"demo-erika"_s);
        }
    }

    Translations translations;
    translations.use(settings.effectiveLanguage());

    DisplayContext context(settings, *clock, QTimeZone::systemTimeZone(), QLocale::system());
    ChangeLog changeLog(replica.database().connection());
    PendingChanges pendingChanges(changeLog);
    ProgrammeModel programme(replica.programme(), context);
    ProgrammeOverview overview(programme, context);
    ContactsModel contacts(replica.contacts(), settings, context);
    MunicipalitiesModel municipalities(replica.contacts(), replica.projects(), settings);
    ProjectController project(replica.projects(), replica.contacts(), settings, context, programme);
    OwnProfile profile(replica.contacts(), settings, context);
    QObject::connect(&project, &ProjectController::changesRecorded, &pendingChanges,
        &PendingChanges::refresh);
    QObject::connect(&profile, &OwnProfile::changesRecorded, &pendingChanges,
        &PendingChanges::refresh);
    QObject::connect(&profile, &OwnProfile::changesRecorded, &contacts, &ContactsModel::reload);

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    // The translation first, then the views re-read their texts.
    QObject::connect(&settings, &AppSettings::languageChanged, &engine, [&] {
        translations.use(settings.effectiveLanguage(), &engine);
        context.languageChanged();
    });

    engine.setInitialProperties({
        { u"settings"_s, QVariant::fromValue(&settings) },
        { u"programme"_s, QVariant::fromValue(&programme) },
        { u"overview"_s, QVariant::fromValue(&overview) },
        { u"contacts"_s, QVariant::fromValue(&contacts) },
        { u"project"_s, QVariant::fromValue(&project) },
        { u"municipalities"_s, QVariant::fromValue(&municipalities) },
        { u"profile"_s, QVariant::fromValue(&profile) },
        { u"pendingChanges"_s, QVariant::fromValue(&pendingChanges) },
    });
    engine.load(QUrl(u"qrc:/qt/qml/Ews/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return fail(u"The screens could not be loaded."_s);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(u"The main window is missing."_s);
    if (options.size.isValid())
        window->resize(options.size);
    if (!options.page.isEmpty())
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, options.page));

    std::unique_ptr<Screenshot> screenshot;
    if (!options.screenshot.isEmpty()) {
        screenshot = std::make_unique<Screenshot>(*window, options.screenshot);
        QObject::connect(screenshot.get(), &Screenshot::finished, &app, [&](bool ok) {
            if (!ok)
                std::fprintf(stderr, "Cannot write %s\n", qPrintable(options.screenshot));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QGuiApplication::exec();
}
