// SPDX-License-Identifier: GPL-3.0-or-later
// "Nothing is lost": a process that saved steps is killed with SIGKILL; every step it had
// reported as saved is in the replica afterwards, with its entry in the change history.
#include "changelog.h"
#include "replica.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKillSafety : public QObject
{
    Q_OBJECT

private:
    /// Starts the writer, reads until @p reports steps were reported saved, then kills it.
    static QStringList saveAndKill(const QString &dataDir, int reports, bool waitAfterEach)
    {
        QProcess writer;
        QStringList arguments { dataDir, u"1000"_s };
        if (waitAfterEach)
            arguments.append(u"--wait"_s);
        writer.start(QStringLiteral(STEPWRITER), arguments);
        if (!writer.waitForStarted())
            return { u"<not started>"_s };
        QStringList saved;
        qsizetype acknowledged = 0;
        QByteArray buffer;
        while (saved.size() < reports) {
            if (!writer.waitForReadyRead(10000))
                break;
            buffer += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(buffer.left(newline));
                buffer.remove(0, newline + 1);
                if (line.startsWith(u"saved "_s))
                    saved.append(line.mid(6));
                else if (line != "ready"_L1)
                    qWarning() << "unexpected:" << line;
            }
            // The writer waits after each save for a line: one for each save reported, never
            // for "ready" (a line sent early would let it go on past the save to be killed at).
            while (waitAfterEach && acknowledged < saved.size() && saved.size() < reports) {
                writer.write("\n");
                ++acknowledged;
            }
        }
        writer.kill(); // SIGKILL: no destructors, no close, nothing flushed
        writer.waitForFinished();
        return saved;
    }

    static void verifyAllPresent(const QString &dataDir, const QStringList &saved)
    {
        Replica replica(dataDir + u"/ews-companion.sqlite"_s);
        QString error;
        QVERIFY2(replica.open(Replica::bundledProgrammePath(), &error), qPrintable(error));
        QSqlQuery query(replica.database().connection());
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);

        const auto project = replica.projects().projectOf(u"demo-musterstadt"_s);
        QVERIFY(project);
        QStringList stored;
        for (const auto &step : replica.projects().steps(project->id))
            stored.append(step.title);
        for (const auto &title : saved)
            QVERIFY2(stored.contains(title), qPrintable(u"lost: "_s + title));

        // Every stored step has its change entry: sync will send each one.
        QSet<QString> changed;
        for (const auto &change : ChangeLog(replica.database().connection()).pending()) {
            if (change.entity == "step"_L1 && change.operation == "insert"_L1)
                changed.insert(change.rowId);
        }
        for (const auto &step : replica.projects().steps(project->id)) {
            if (step.id.startsWith(u"demo-"_s))
                continue;
            QVERIFY2(changed.contains(step.id), qPrintable(u"no change entry: "_s + step.title));
        }
    }

private Q_SLOTS:
    void killRightAfterTheSave_data()
    {
        QTest::addColumn<int>("reports");
        QTest::newRow("after the first step") << 1;
        QTest::newRow("after the fifth step") << 5;
    }

    void killRightAfterTheSave()
    {
        QFETCH(int, reports);
        QTemporaryDir dir;
        const QStringList saved = saveAndKill(dir.path(), reports, true);
        QCOMPARE(saved.size(), reports);
        verifyAllPresent(dir.path(), saved);
    }

    void killWhileSavingAtFullSpeed()
    {
        // The writer keeps saving while it is killed: the kill lands at some point inside a
        // save. Three rounds on the same replica, each one reopening what the last left.
        QTemporaryDir dir;
        QStringList all;
        for (int round = 0; round < 3; ++round) {
            const QStringList saved = saveAndKill(dir.path(), 10 + round * 7, false);
            QVERIFY(saved.size() >= 10);
            all += saved;
            verifyAllPresent(dir.path(), all);
        }
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
