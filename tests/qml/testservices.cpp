// SPDX-License-Identifier: GPL-3.0-or-later
#include "testservices.h"

#include "programmezone.h"

using namespace Qt::StringLiterals;

TestServices::TestServices(QObject *parent)
    : QObject(parent)
    , m_services(m_dir.path(),
          std::make_unique<FixedClock>(ProgrammeZone::instant(QDate(2026, 11, 21), QTime(10, 0))),
          ProgrammeZone::zone(), QLocale(QLocale::German, QLocale::Germany))
{
    if (!m_services.isReady() || !m_services.loadDemo())
        qFatal("Test services cannot start: %s", qPrintable(m_services.error()));
    m_properties = m_services.qmlProperties();
}

QVariantMap TestServices::windowProperties()
{
    return m_properties;
}
AppSettings *TestServices::settings()
{
    return service<AppSettings>("settings");
}
ProgrammeModel *TestServices::programme()
{
    return service<ProgrammeModel>("programme");
}
ProgrammeOverview *TestServices::overview()
{
    return service<ProgrammeOverview>("overview");
}
CalendarExport *TestServices::calendar()
{
    return service<CalendarExport>("calendar");
}
CalendarSubscription *TestServices::subscription()
{
    return service<CalendarSubscription>("subscription");
}
ContactsModel *TestServices::contacts()
{
    return service<ContactsModel>("contacts");
}
ProjectController *TestServices::project()
{
    return service<ProjectController>("project");
}
ContactsExport *TestServices::contactsExport()
{
    return service<ContactsExport>("contactsExport");
}
ProjectReport *TestServices::report()
{
    return service<ProjectReport>("report");
}
MunicipalitiesModel *TestServices::municipalities()
{
    return service<MunicipalitiesModel>("municipalities");
}
OwnProfile *TestServices::profile()
{
    return service<OwnProfile>("profile");
}
PendingChanges *TestServices::pendingChanges()
{
    return service<PendingChanges>("pendingChanges");
}

void TestServices::setSystemTextScale(double scale)
{
    m_services.settings().setSystemTextScale(scale);
}

void TestServices::becomeOrganiser()
{
    m_services.settings().setOwnMunicipalityId(QString());
    m_services.settings().setOrganiser(true);
}

void TestServices::retranslate()
{
    qmlEngine(this)->retranslate();
}

SyncController *TestServices::sync()
{
    return service<SyncController>("sync");
}

Reminders *TestServices::reminders()
{
    return service<Reminders>("reminders");
}

NewsModel *TestServices::news()
{
    return service<NewsModel>("news");
}

DateNotes *TestServices::notes()
{
    return service<DateNotes>("notes");
}

CohortProgress *TestServices::cohort()
{
    return service<CohortProgress>("cohort");
}

int TestServices::storedStepCount()
{
    const auto project
        = m_services.replica().projects().projectOf(m_services.settings().ownMunicipalityId());
    return project ? int(m_services.replica().projects().steps(project->id).size()) : 0;
}
