// SPDX-License-Identifier: GPL-3.0-or-later
// Saves steps through the same ProjectController the project page calls, and reports each
// one on stdout the moment the save returned: from then on the screen would show it as saved.
// Usage: stepwriter DATA_DIR COUNT [--wait]   (--wait: after each report, wait for a line on stdin)
#include "appservices.h"

#include <QGuiApplication>
#include <QTimeZone>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // as the app: the demo draws its example photos
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3)
        return 2;
    AppServices services(arguments.at(1), std::make_unique<SystemClock>(),
        QTimeZone::systemTimeZone(), QLocale::system());
    if (!services.isReady() || !services.loadDemo()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(services.error()));
        return 1;
    }
    const bool wait = arguments.contains(u"--wait"_s);
    const int count = arguments.at(2).toInt();
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < count; ++i) {
        const QString title
            = u"Schritt %1 von Prozess %2"_s.arg(i).arg(QCoreApplication::applicationPid());
        const QString error
            = services.project()->steps()->add(title, u"open"_s, {}, u"none"_s, {}, 0, {});
        if (!error.isEmpty()) {
            std::fprintf(stderr, "refused: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %s\n", qPrintable(title));
        std::fflush(stdout);
        if (wait) {
            std::string line;
            std::getline(std::cin, line);
        }
    }
    return 0;
}
