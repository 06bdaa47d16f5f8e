// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>

/// The app's real services on a fresh temporary replica with the demo cohort, the device
/// belonging to Erika of Musterstadt, and the clock at Saturday 21 Nov 2026, 10:00 in Düsseldorf.
class TestServices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(QVariantMap windowProperties READ windowProperties CONSTANT)
    Q_PROPERTY(ProgrammeModel *programme READ programme CONSTANT)
    Q_PROPERTY(ProgrammeOverview *overview READ overview CONSTANT)
    Q_PROPERTY(CalendarExport *calendar READ calendar CONSTANT)
    Q_PROPERTY(CalendarSubscription *subscription READ subscription CONSTANT)
    Q_PROPERTY(ContactsModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(ContactsExport *contactsExport READ contactsExport CONSTANT)
    Q_PROPERTY(ProjectController *project READ project CONSTANT)
    Q_PROPERTY(ProjectReport *report READ report CONSTANT)
    Q_PROPERTY(MunicipalitiesModel *municipalities READ municipalities CONSTANT)
    Q_PROPERTY(OwnProfile *profile READ profile CONSTANT)
    Q_PROPERTY(PendingChanges *pendingChanges READ pendingChanges CONSTANT)
    Q_PROPERTY(SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(Reminders *reminders READ reminders CONSTANT)
    Q_PROPERTY(NewsModel *news READ news CONSTANT)
    Q_PROPERTY(DateNotes *notes READ notes CONSTANT)
    Q_PROPERTY(CohortProgress *cohort READ cohort CONSTANT)
public:
    explicit TestServices(QObject *parent = nullptr);

    AppSettings *settings();
    QVariantMap windowProperties();
    ProgrammeModel *programme();
    ProgrammeOverview *overview();
    CalendarExport *calendar();
    CalendarSubscription *subscription();
    ContactsModel *contacts();
    ContactsExport *contactsExport();
    ProjectController *project();
    ProjectReport *report();
    MunicipalitiesModel *municipalities();
    OwnProfile *profile();
    PendingChanges *pendingChanges();
    SyncController *sync();
    Reminders *reminders();
    NewsModel *news();
    DateNotes *notes();
    CohortProgress *cohort();

    /// The device's font size, as main() reads it from the platform.
    Q_INVOKABLE void setSystemTextScale(double scale);

    /// The device becomes an organiser's, as their sign-in makes it.
    Q_INVOKABLE void becomeOrganiser();

    /// Re-reads every qsTr(), as a language switch does in the app.
    Q_INVOKABLE void retranslate();

    /// Steps stored in the replica for the device's own project (read back from SQLite).
    Q_INVOKABLE int storedStepCount();

private:
    template <typename T> T *service(const char *name)
    {
        return m_properties.value(QString::fromLatin1(name)).template value<T *>();
    }

    QTemporaryDir m_dir;
    AppServices m_services;
    QVariantMap m_properties;
};
