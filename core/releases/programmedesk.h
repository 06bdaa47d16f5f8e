// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draftrepository.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class Clock;
class DisplayContext;

/// The organisers' desk for the programme ("Programm bearbeiten"): a date's form, its draft
/// saved offline, the list of what the draft changes, and publishing it as a release with a
/// note. Participants never see it (the server refuses their drafts anyway).
class ProgrammeDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// What the draft changes, date by date: { dateId, title, whenText, changeText, added }.
    Q_PROPERTY(QVariantList draftChanges READ draftChanges NOTIFY changed)
    /// Texts another organiser's edit replaced: { id, dateTitle, fieldText, text }.
    Q_PROPERTY(QVariantList keptTexts READ keptTexts NOTIFY changed)
    /// A release waits to be sent to the server.
    Q_PROPERTY(bool publishing READ publishing NOTIFY changed)
    /// The places a date can take place at: { id, name }.
    Q_PROPERTY(QVariantList places READ places NOTIFY changed)
public:
    ProgrammeDesk(DraftRepository &drafts, ProgrammeRepository &programme, DisplayContext &context,
        const Clock &clock, QObject *parent = nullptr);

    QVariantList draftChanges() const;
    QVariantList keptTexts() const;
    bool publishing() const;
    /// The places to choose from, {id, name}, by name; first "No place" (id empty).
    QVariantList places() const;

    /// The form of date @p dateId as the draft has it (or as published): titleDe, titleEn,
    /// day ("26.11.2026"), start and end ("10:00"; empty for a whole day), placeId, room,
    /// videoUrl, tentative, noteDe, cancelled, cancelReason, and what the form does not show.
    Q_INVOKABLE QVariantMap form(const QString &dateId) const;
    /// The form of a new date.
    Q_INVOKABLE QVariantMap newDateForm() const;
    /// Saves the form as the draft of its date; returns what is wrong with it, or "".
    Q_INVOKABLE QString save(const QVariantMap &form);
    /// The draft of @p dateId goes; the date stays as published.
    Q_INVOKABLE bool discard(const QString &dateId);
    /// Publishes the draft with @p note; returns what is wrong, or "".
    Q_INVOKABLE QString publish(const QString &note);
    Q_INVOKABLE bool dismissKeptText(const QString &id);

    /// What the brochure's table in @p text ("Alle Termine und Orte im Überblick", copied with
    /// its tabs) would change: { rows: [{ title, whenText, changeText, status: "new",
    /// "changed" or "same" }], doubts: [text], changes: how many rows change something }.
    Q_INVOKABLE QVariantMap checkBrochureTable(const QString &text) const;
    /// Takes what the table changes into the draft; returns what is wrong, or "".
    Q_INVOKABLE QString takeBrochureTable(const QString &text);

    /// Reads the drafts, kept texts and places again (after a sync, in another language).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    /// Something was stored for the server.
    void changesRecorded();

private:
    QVariantList readDraftChanges() const;
    QVariantList readKeptTexts() const;
    QVariantList readPlaces() const;
    /// The date a form describes, or why it is not a date.
    std::optional<ProgrammeDate> dateFrom(const QVariantMap &form, QString *problem) const;
    /// Every date as its draft has it or, without one, as published.
    QList<ProgrammeDate> currentDates() const;

    DraftRepository &m_drafts;
    ProgrammeRepository &m_programme;
    DisplayContext &m_context;
    const Clock &m_clock;
    QVariantList m_draftChanges;
    QVariantList m_keptTexts;
    QVariantList m_places;
    bool m_publishing = false;
};
