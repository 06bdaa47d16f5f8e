// SPDX-License-Identifier: GPL-3.0-or-later
// Files through the real ews-server over TLS on 127.0.0.1, as the app sends and fetches them:
// FileUpload in 1 MiB chunks and FileDownload in 1 MiB parts (two asked at a time, each file
// checked against its name as it arrives), two files at a time as FileTransfers runs them.
// Prints, as key=value lines for files-vs-nginx, the seconds each direction took, this
// process's memory at rest and at its highest during the upload (sampled every 5 ms), and the
// processor time the app (this process) and the server used in each direction. Every file
// fetched is compared with the one sent by its SHA-256 once more, after the time measured.
// Usage: filebench WORK_FOLDER FILE...   (each file a PDF; at most 25 MB each)
#include "contenthash.h"
#include "filedownload.h"
#include "fileupload.h"
#include "serverprocess.h"
#include "serverrequest.h"
#include "testdevice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Processor time used so far, in seconds: this process's and the server's.
struct Cpu
{
    double app = 0;
    double server = 0;
    Cpu operator-(const Cpu &before) const { return { app - before.app, server - before.server }; }
};

Cpu cpuNow(const ServerProcess &server)
{
    return { ServerProcess::cpuSecondsOf(QCoreApplication::applicationPid()), server.cpuSeconds() };
}

/// Runs @p jobs two at a time; each calls its argument when done. Returns the milliseconds
/// until all are done, or -1 if one failed.
qint64 twoAtATime(std::deque<std::function<void(std::function<void(bool)>)>> jobs)
{
    QEventLoop loop;
    int running = 0;
    bool failed = false;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> next = [&] {
        while (running < 2 && !jobs.empty() && !failed) {
            auto job = std::move(jobs.front());
            jobs.pop_front();
            ++running;
            job([&](bool ok) {
                --running;
                failed = failed || !ok;
                if ((jobs.empty() || failed) && running == 0)
                    loop.quit();
                else
                    QTimer::singleShot(0, &loop, next);
            });
        }
    };
    next();
    loop.exec();
    return failed ? -1 : timer.elapsed();
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList files = app.arguments().mid(2);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: filebench WORK_FOLDER FILE...\n");
        return 2;
    }
    const QString work = app.arguments().at(1);
    ServerProcess server(work + u"/ews"_s, { u"--syncs-per-minute"_s, u"100000"_s });
    const QString municipality = server.command({ u"add-municipality"_s, u"Musterstadt"_s });
    if (!server.start())
        return 1;
    QNetworkAccessManager network;
    const QString token = redeemCode(network, server.base(), server.certificate(),
        ServerProcess::codeIn(
            server.command({ u"invite-participant"_s, municipality, u"Erika"_s })));
    QStringList hashes;
    for (const QString &file : files)
        hashes.append(ContentHash::ofFile(file));

    // Up: the app's uploads, two at a time; the memory sampled meanwhile.
    const qint64 idle = residentKiB();
    qint64 peak = idle;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&peak] { peak = qMax(peak, residentKiB()); });
    sampler.start(5);
    std::deque<std::function<void(std::function<void(bool)>)>> uploads;
    for (int i = 0; i < files.size(); ++i) {
        uploads.push_back([&, i](std::function<void(bool)> done) {
            auto *upload = new FileUpload(network, files.at(i), hashes.at(i), u"application/pdf"_s);
            upload->setServer(server.base(), { server.certificate() });
            upload->setToken(token);
            upload->setChunkBytes(1024 * 1024);
            QObject::connect(upload, &FileUpload::finished, upload, [upload, done](bool ok) {
                upload->deleteLater();
                done(ok);
            });
            upload->start();
        });
    }
    const Cpu upCpu0 = cpuNow(server);
    const qint64 upMs = twoAtATime(std::move(uploads));
    const Cpu upCpu = cpuNow(server) - upCpu0;
    sampler.stop();

    // Records that name the files, so that they can be fetched.
    QJsonArray mutations;
    for (int i = 0; i < files.size(); ++i)
        mutations.append(QJsonObject { { u"seq"_s, i + 1 }, { u"entity"_s, u"material"_s },
            { u"op"_s, u"insert"_s }, { u"id"_s, u"m%1"_s.arg(i) },
            { u"fields"_s,
                QJsonObject { { u"title"_s, u"Datei %1"_s.arg(i) }, { u"hash"_s, hashes.at(i) },
                    { u"size"_s, QFileInfo(files.at(i)).size() },
                    { u"mediaType"_s, u"application/pdf"_s },
                    { u"fileName"_s, QFileInfo(files.at(i)).fileName() } } } });
    QNetworkRequest request
        = serverRequest(server.base(), { server.certificate() }, token, u"v1/sync"_s);
    std::unique_ptr<QNetworkReply> reply(network.post(request,
        QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"clientId"_s, u"bench"_s },
                          { u"mutations"_s, mutations } })
            .toJson()));
    QSignalSpy answered(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        answered.wait(30000);
    for (const auto &result :
        QJsonDocument::fromJson(reply->readAll()).object().value("results"_L1).toArray()) {
        if (result.toObject().value("status"_L1).toString() != "applied"_L1) {
            std::fprintf(stderr, "a material was refused\n");
            return 1;
        }
    }

    // Down: the app's downloads, two at a time, into files of their own.
    std::deque<std::function<void(std::function<void(bool)>)>> downloads;
    for (int i = 0; i < files.size(); ++i) {
        const QString target = work + u"/down-%1"_s.arg(i);
        QFile::remove(target);
        downloads.push_back([&, i, target](std::function<void(bool)> done) {
            auto *download = new FileDownload(network, u"material"_s, u"m%1"_s.arg(i), hashes.at(i),
                QFileInfo(files.at(i)).size(), target);
            download->setServer(server.base(), { server.certificate() });
            download->setToken(token);
            // FileDownload checks each file against its name as it arrives (within the time
            // measured); read back here once more, outside it, to be sure of the benchmark.
            QObject::connect(
                download, &FileDownload::finished, download, [download, done](bool ok) {
                    download->deleteLater();
                    done(ok);
                });
            download->start();
        });
    }
    const Cpu downCpu0 = cpuNow(server);
    const qint64 downMs = twoAtATime(std::move(downloads));
    const Cpu downCpu = cpuNow(server) - downCpu0;
    for (int i = 0; i < files.size() && downMs >= 0; ++i) {
        if (ContentHash::ofFile(work + u"/down-%1"_s.arg(i)) != hashes.at(i)) {
            std::fprintf(stderr, "file %d arrived otherwise than it was sent\n", i);
            return 1;
        }
    }
    if (downMs < 0)
        std::fprintf(stderr, "a file did not arrive, or arrived otherwise than it was sent\n");
    if (upMs < 0 || downMs < 0)
        return 1;
    std::printf("upload_seconds=%.3f\ndownload_seconds=%.3f\nidle_kib=%lld\npeak_kib=%lld\n",
        double(upMs) / 1000, double(downMs) / 1000, idle, peak);
    std::printf("upload_cpu_app=%.2f\nupload_cpu_server=%.2f\ndownload_cpu_app=%.2f\n"
                "download_cpu_server=%.2f\n",
        upCpu.app, upCpu.server, downCpu.app, downCpu.server);
    return 0;
}
