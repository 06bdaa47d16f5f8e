// SPDX-License-Identifier: GPL-3.0-or-later
// Changes the server refused, in the app's words and with what the person typed to copy: an
// organiser's draft of a date and a release refused keep their title, reason and note.
#include "changelog.h"
#include "programmedesk.h"
#include "programmezone.h"
#include "refusedchanges.h"
#include "syncrepository.h"
#include "testreplica.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRefusedChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRefusedDraftAndReleaseKeepWhatWasTyped()
    {
        TestReplica test(ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0)), u"en"_s);
        ProgrammeDesk desk(
            test.replica.drafts(), test.replica.programme(), test.context, test.clock);
        QVariantMap form = desk.form(u"ews7-module-4-day-2"_s);
        form.insert(u"cancelled"_s, true);
        form.insert(u"cancelReason"_s, u"Kein Geld mehr"_s);
        QCOMPARE(desk.save(form), QString());
        QCOMPARE(desk.publish(u"Modul 4, Tag 2 fällt aus"_s), QString());
        SyncRepository sync(test.replica.database());
        for (const auto &change : ChangeLog(test.replica.database().connection()).pending())
            QVERIFY(sync.reject(change.sequence, u"not_allowed"_s, u"No."_s, test.clock.now()));

        RefusedChanges refused(sync);
        QStringList what;
        QStringList typed;
        for (const auto &item : refused.items()) {
            what.append(item.toMap().value(u"what"_s).toString());
            typed.append(item.toMap().value(u"text"_s).toString());
        }
        // Named by the date's title, though the draft did not change it.
        QCOMPARE(what,
            (QStringList { u"Change of the date “%1” in the draft"_s.arg(
                               test.replica.programme().event(u"ews7-module-4-day-2"_s)->title.de),
                u"Publishing the draft of the programme"_s }));
        QCOMPARE(typed, (QStringList { u"Kein Geld mehr"_s, u"Modul 4, Tag 2 fällt aus"_s }));
    }
};

QTEST_MAIN(TestRefusedChanges)
#include "tst_refusedchanges.moc"
