// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

class AppSettings;
class Clock;
class DisplayContext;
class ProgrammeRepository;
class VenueRepository;

/// "Vor Ort": what participants need at the venue, in the person's language — where it is,
/// a route to it, what is paid and what is not, what to bring, the learning platform; and for
/// organisers the form to change it (sent with the next sync, like every change).
class VenueDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// The programme names a venue.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString placeId READ placeId NOTIFY changed)
    Q_PROPERTY(QString placeName READ placeName NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    /// Opens the route to the address in a map or route planner.
    Q_PROPERTY(QUrl routeUrl READ routeUrl NOTIFY changed)
    /// How to get there, what is paid and what is not, what to bring: empty while not set.
    Q_PROPERTY(QString directions READ directions NOTIFY changed)
    Q_PROPERTY(QString costs READ costs NOTIFY changed)
    Q_PROPERTY(QString bring READ bring NOTIFY changed)
    /// The learning platform's address (https://…), empty while not set.
    Q_PROPERTY(QString learningPlatformUrl READ learningPlatformUrl NOTIFY changed)
    /// The device is an organiser's: the form may be saved.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
public:
    VenueDetails(VenueRepository &venue, ProgrammeRepository &programme, AppSettings &settings,
        DisplayContext &context, const Clock &clock, QObject *parent = nullptr);

    bool available() const { return !m_placeId.isEmpty(); }
    QString placeId() const { return m_placeId; }
    QString placeName() const { return m_placeName; }
    QString address() const { return m_address; }
    QUrl routeUrl() const;
    QString directions() const { return m_directions; }
    QString costs() const { return m_costs; }
    QString bring() const { return m_bring; }
    QString learningPlatformUrl() const { return m_learningPlatformUrl; }
    bool canEdit() const;

    /// The form as stored: directionsDe, directionsEn, costsDe, costsEn, bringDe, bringEn,
    /// learningPlatformUrl.
    Q_INVOKABLE QVariantMap form() const;
    /// Saves the form (an organiser's device only); returns what is wrong with it, or "".
    Q_INVOKABLE QString save(const QVariantMap &form);

    /// Reads the details again (after a sync, in another language).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    /// Something was stored for the server.
    void changesRecorded();

private:
    VenueRepository &m_venue;
    ProgrammeRepository &m_programme;
    AppSettings &m_settings;
    DisplayContext &m_context;
    const Clock &m_clock;
    QString m_placeId;
    QString m_placeName;
    QString m_address;
    QString m_directions;
    QString m_costs;
    QString m_bring;
    QString m_learningPlatformUrl;
};
