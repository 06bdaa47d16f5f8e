// SPDX-License-Identifier: GPL-3.0-or-later
// The device's files above the size the person set: the longest unused go first; a file the
// server has not confirmed and a file kept offline never go.
#include "filecache.h"
#include "testreplica.h"

#include <QFile>

using namespace Qt::StringLiterals;

class TestFileCache : public QObject
{
    Q_OBJECT

private:
    /// A PDF of @p kilobytes kilobytes, different for each @p n, kept in @p files.
    static DeviceFiles::Kept document(
        DeviceFiles &files, const QString &folder, int n, int kilobytes)
    {
        const QString path = folder + u"/handout-%1.pdf"_s.arg(n);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("%PDF-1.7\n% " + QByteArray::number(n) + '\n');
        file.write(QByteArray(kilobytes * 1000 - int(file.size()), 'x'));
        file.close();
        return files.addDocument(path, u"application/pdf"_s);
    }

private Q_SLOTS:
    void theLongestUnusedGoButNeverUnsentOrKeptOffline()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        TestReplica test(now);
        DeviceFiles files(test.dir.filePath(u"files"_s));
        FileCache cache(test.replica.database().connection(), files);
        // Five files of 100 kB, used an hour apart: 0 the longest ago.
        QList<DeviceFiles::Kept> kept;
        for (int n = 0; n < 5; ++n) {
            kept.append(document(files, test.dir.path(), n, 100));
            QVERIFY(kept.last().error.isEmpty());
            // 0 is the person's own, not on the server yet; the others came from it.
            QVERIFY(cache.note(kept.last(), n != 0, now.addSecs(3600 * n)));
        }
        // 1 is kept offline; 2 was just used.
        QVERIFY(!cache.confirm(u"unknown"_s));
        QVERIFY(cache.setKeptOffline(kept.at(1).hash, true));
        QVERIFY(cache.used(kept.at(2).hash, now.addDays(1)));
        QCOMPARE(cache.bytesKept(), 500000);

        // Room for 300 kB: 3 and 4 go (2 was used since), in that order.
        QCOMPARE(cache.evictTo(300000), QStringList({ kept.at(3).hash, kept.at(4).hash }));
        QCOMPARE(cache.bytesKept(), 300000);
        QVERIFY(!files.has(kept.at(3).hash));
        QVERIFY(!files.has(kept.at(4).hash));
        // Room for nothing: only 2 may go; the unsent file and the one kept offline stay.
        QCOMPARE(cache.evictTo(0), QStringList({ kept.at(2).hash }));
        QVERIFY(files.has(kept.at(0).hash));
        QVERIFY(files.has(kept.at(1).hash));
        QCOMPARE(cache.bytesKept(), 200000);
        // Once the server has it, the person's own file may go too; the one kept offline not.
        QVERIFY(cache.confirm(kept.at(0).hash));
        QCOMPARE(cache.evictTo(0), QStringList({ kept.at(0).hash }));
        QVERIFY(files.has(kept.at(1).hash));
        // Noted again as unsent, a confirmed file stays confirmed.
        QVERIFY(cache.note(kept.at(1), false, now));
        QVERIFY(cache.setKeptOffline(kept.at(1).hash, false));
        QCOMPARE(cache.evictTo(0), QStringList({ kept.at(1).hash }));
        QCOMPARE(cache.bytesKept(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFileCache)
#include "tst_filecache.moc"
