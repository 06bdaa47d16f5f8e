// SPDX-License-Identifier: GPL-3.0-or-later
// A device as a process of its own, to be killed with SIGKILL at any moment: each round it
// saves a step and a log entry (reporting each the moment it is committed), then syncs.
// Usage: syncer REPLICA SERVER_URL CERTIFICATE TOKEN MUNICIPALITY ROUNDS
#include "changelog.h"
#include "clock.h"
#include "replica.h"
#include "syncconnection.h"
#include "syncengine.h"
#include "syncrepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 7)
        return 2;
    Replica replica(arguments.at(1));
    QString error;
    if (!replica.open(Replica::bundledProgrammePath(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile certificate(arguments.at(3));
    if (!certificate.open(QIODevice::ReadOnly))
        return 1;
    SystemClock clock;
    ChangeLog changeLog(replica.database().connection());
    SyncRepository repository(replica.database());
    SyncConnection connection;
    SyncEngine engine(repository, changeLog, connection, clock);
    engine.setServer(QUrl(arguments.at(2)), { QSslCertificate(certificate.readAll()) });
    engine.setToken(arguments.at(4));
    const QString municipality = arguments.at(5);
    engine.setOwnMunicipality(municipality);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    engine.syncNow(); // the municipality first
    loop.exec();
    for (int round = 0; round < arguments.at(6).toInt(); ++round) {
        Step step;
        step.title = u"Schritt %1 aus %2"_s.arg(round).arg(QCoreApplication::applicationPid());
        if (replica.projects().addStepTo(municipality, &step, clock.now()))
            std::printf("saved step %s\n", qPrintable(step.id));
        LogEntry entry;
        entry.entryDate = clock.now().date();
        entry.text = step.title;
        if (replica.projects().addLogEntryTo(municipality, &entry, clock.now()))
            std::printf("saved log %s\n", qPrintable(entry.id));
        std::fflush(stdout);
        engine.syncNow();
        loop.exec();
    }
    return 0;
}
