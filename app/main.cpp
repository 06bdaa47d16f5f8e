// SPDX-License-Identifier: GPL-3.0-or-later
// The app's entry point: reads the command line, builds the services, loads the screens.
#include "appoptions.h"
#include "appservices.h"
#include "appsettings.h"
#include "platformtextscale.h"
#include "screenshot.h"
#include "translations.h"

#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTimeZone>
#include <ewsuiplugins.h>

#include <cstdio>

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
#include <QApplication>
using Application = QApplication; // the system tray, which shows reminders, needs Qt Widgets
#else
using Application = QGuiApplication;
#endif

Q_IMPORT_QML_PLUGIN(Ews_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ews_CorePlugin)
Q_IMPORT_QML_PLUGIN(Ews_SyncPlugin)
// The screens' modules: ewsuiplugins.h imports them all.

using namespace Qt::StringLiterals;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

std::unique_ptr<Clock> makeClock(const AppOptions &options)
{
    if (options.now.isValid())
        return std::make_unique<FixedClock>(options.now);
    return std::make_unique<SystemClock>();
}

/// Shows the window at its final size: @p size if given; otherwise the whole screen on a
/// phone, and on a desktop a comfortable window within the screen.
void showWindow(QQuickWindow &window, QSize size)
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    if (!size.isValid()) {
        window.showFullScreen();
        return;
    }
#endif
    if (!size.isValid()) {
        size = QSize(1100, 760);
        if (const QScreen *screen = window.screen())
            size = size.boundedTo(screen->availableGeometry().size());
    }
    window.resize(size);
    window.show();
}
}

int main(int argc, char *argv[])
{
    Application app(argc, argv);
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

    // The person's language before anything else: the services schedule reminders as they
    // start, and one missed while the app was closed is shown at once, in that language.
    Translations translations;
    {
        AppSettings chosen(AppServices::settingsFile(options.dataDirectory), options.dataDirectory,
            QLocale::system().name());
        if (!options.language.isEmpty())
            chosen.setLanguage(options.language);
        translations.use(chosen.effectiveLanguage());
    }
    AppServices services(
        options.dataDirectory, makeClock(options), QTimeZone::systemTimeZone(), QLocale::system());
    if (!services.isReady())
        return fail(u"The data on this device cannot be opened: %1"_s.arg(services.error()));
    if (options.demo
        && !services.loadDemo(options.organiser ? AppServices::DemoPerson::Organiser
                                                : AppServices::DemoPerson::FirstParticipant))
        return fail(u"The demo data cannot be loaded: %1"_s.arg(services.error()));
    if (!options.language.isEmpty())
        services.settings()->setLanguage(options.language);
    services.settings()->setSystemTextScale(platformTextScale());
    // Back in front: the person may have allowed notifications meanwhile, or the clock moved.
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, services.reminders(),
        [&services](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                services.reminders()->reschedule();
        });
    // Open (also in a window without focus on a desktop), the server's news arrive live; sent
    // to the background the channel closes (a phone would cut it anyway) and the schedule
    // alone goes on.
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, services.sync(),
        [&services](Qt::ApplicationState state) {
            services.sync()->setForeground(
                state != Qt::ApplicationSuspended && state != Qt::ApplicationHidden);
        });

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    if (!translations.use(services.settings()->effectiveLanguage()))
        std::fprintf(stderr, "No translation for %s; showing the built-in English texts.\n",
            qPrintable(services.settings()->effectiveLanguage()));
    services.context().languageChanged();
    // The translation first, then the views re-read their texts.
    QObject::connect(services.settings(), &AppSettings::languageChanged, &engine, [&] {
        translations.use(services.settings()->effectiveLanguage(), &engine);
        services.context().languageChanged();
    });

    // An invitation link opened while the app runs (Android, iOS, macOS hand it over here).
    QDesktopServices::setUrlHandler(
        u"ews-companion"_s, services.sync()->serverSignIn(), "openLink");
    if (!options.server.isEmpty() && !services.sync()->signedIn())
        services.sync()->serverSignIn()->start(
            options.server, options.signInCode, options.trustFingerprint);

    engine.setInitialProperties({ { u"services"_s, QVariant::fromValue(&services) } });
    engine.load(QUrl(u"qrc:/qt/qml/Ews/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return fail(u"The screens could not be loaded."_s);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(u"The main window is missing."_s);
    if (!options.page.isEmpty())
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, options.page));
    showWindow(*window, options.size);

    std::unique_ptr<Screenshot> screenshot;
    if (!options.screenshot.isEmpty()) {
        screenshot = std::make_unique<Screenshot>(*window, options.screenshot);
        QObject::connect(screenshot.get(), &Screenshot::finished, &app, [&](bool ok) {
            if (!ok)
                std::fprintf(stderr, "Cannot write %s\n", qPrintable(options.screenshot));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    const int exitCode = QGuiApplication::exec();
    QDesktopServices::unsetUrlHandler(u"ews-companion"_s); // before its handler goes
    return exitCode;
}
