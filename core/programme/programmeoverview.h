// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

class DisplayContext;
class ProgrammeModel;

/// "What is next" and "today" at a glance, computed from the programme and the current time.
class ProgrammeOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool hasNext READ hasNext NOTIFY changed)
    Q_PROPERTY(QString nextEventId READ nextEventId NOTIFY changed)
    Q_PROPERTY(QString nextTitle READ nextTitle NOTIFY changed)
    Q_PROPERTY(QString nextDateText READ nextDateText NOTIFY changed)
    Q_PROPERTY(QString nextTimeText READ nextTimeText NOTIFY changed)
    Q_PROPERTY(QString nextPlaceName READ nextPlaceName NOTIFY changed)
    Q_PROPERTY(bool nextTentative READ nextTentative NOTIFY changed)
    /// "in 5 Tagen", "morgen", "läuft gerade"
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY changed)
    /// Today's dates (eventId, title, timeText, placeName, isNow), in the programme's zone,
    /// but the next one (its own card shows it).
    Q_PROPERTY(QVariantList todayEvents READ todayEvents NOTIFY changed)
    Q_PROPERTY(QString todayText READ todayText NOTIFY changed)
public:
    ProgrammeOverview(
        ProgrammeModel &programme, DisplayContext &context, QObject *parent = nullptr);

    bool hasNext() const;
    QString nextEventId() const;
    QString nextTitle() const;
    QString nextDateText() const;
    QString nextTimeText() const;
    QString nextPlaceName() const;
    bool nextTentative() const;
    QString countdownText() const;
    QVariantList todayEvents() const;
    QString todayText() const;

    /// Recomputes from the current time (also done every 30 seconds).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    int nextRow() const;

    ProgrammeModel &m_programme;
    DisplayContext &m_context;
    QTimer m_timer;
    int m_nextRow = -1;
};
