// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeoverview.h"

#include "displaycontext.h"
#include "programmemodel.h"
#include "programmezone.h"

using namespace Qt::StringLiterals;

ProgrammeOverview::ProgrammeOverview(
    ProgrammeModel &programme, DisplayContext &context, QObject *parent)
    : QObject(parent)
    , m_programme(programme)
    , m_context(context)
{
    connect(&m_context, &DisplayContext::changed, this, &ProgrammeOverview::changed);
    connect(&m_programme, &QAbstractItemModel::modelReset, this, &ProgrammeOverview::refresh);
    connect(&m_timer, &QTimer::timeout, this, &ProgrammeOverview::refresh);
    m_timer.start(30 * 1000);
    refresh();
}

int ProgrammeOverview::nextRow() const
{
    const QDateTime now = m_context.now();
    const auto &events = m_programme.events();
    for (qsizetype row = 0; row < events.size(); ++row) {
        if (events.at(row).endsAt > now && !events.at(row).cancelled)
            return int(row);
    }
    return -1;
}

void ProgrammeOverview::refresh()
{
    m_nextRow = nextRow();
    Q_EMIT changed();
}

bool ProgrammeOverview::hasNext() const
{
    return m_nextRow >= 0;
}

QString ProgrammeOverview::nextEventId() const
{
    return hasNext() ? m_programme.events().at(m_nextRow).id : QString();
}

QString ProgrammeOverview::nextTitle() const
{
    return hasNext() ? m_programme.events().at(m_nextRow).title.forLanguage(m_context.language())
                     : QString();
}

QString ProgrammeOverview::nextDateText() const
{
    return hasNext() ? m_context.formatter().longDate(m_programme.events().at(m_nextRow).startsAt)
                     : QString();
}

QString ProgrammeOverview::nextTimeText() const
{
    if (!hasNext())
        return {};
    const auto &event = m_programme.events().at(m_nextRow);
    return m_context.formatter().timeRange(
        event.startsAt, event.endsAt, event.approximate, event.allDay);
}

QString ProgrammeOverview::nextPlaceName() const
{
    return hasNext() ? m_programme.placeName(m_programme.events().at(m_nextRow)) : QString();
}

bool ProgrammeOverview::nextTentative() const
{
    return hasNext() && m_programme.events().at(m_nextRow).tentative;
}

QString ProgrammeOverview::countdownText() const
{
    if (!hasNext())
        return {};
    const auto &event = m_programme.events().at(m_nextRow);
    return m_context.formatter().countdown(m_context.now(), event.startsAt, event.endsAt);
}

QVariantList ProgrammeOverview::todayEvents() const
{
    QVariantList result;
    const QDate today = m_context.today();
    const QDateTime now = m_context.now();
    const auto formatter = m_context.formatter();
    const QString next = nextEventId();
    for (const auto &event : m_programme.events()) {
        // The next date has its own card above: each date is shown once.
        if (ProgrammeZone::localDate(event.startsAt) != today || event.cancelled
            || event.id == next)
            continue;
        result.append(QVariantMap {
            { u"eventId"_s, event.id },
            { u"title"_s, event.title.forLanguage(m_context.language()) },
            { u"timeText"_s,
                formatter.timeRange(
                    event.startsAt, event.endsAt, event.approximate, event.allDay) },
            { u"placeName"_s, m_programme.placeName(event) },
            { u"isNow"_s, event.startsAt <= now && now < event.endsAt },
        });
    }
    return result;
}

QString ProgrammeOverview::todayText() const
{
    return m_context.locale().toString(m_context.today(), QLocale::LongFormat);
}
