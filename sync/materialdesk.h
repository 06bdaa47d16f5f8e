// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filehandoff.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class AppSettings;
class Clock;
class DeviceFiles;
class FileCache;
class FileRecords;
class FileTransfers;
class MaterialsModel;
class ProgrammeRepository;

/// What people do with the programme's materials ("Materialien"): post one (a file or a link,
/// with a title, a short description, its module and topic), change or remove their own (an
/// organiser any), keep one on this device for offline use, open one. A module's materials
/// are fetched in the days around the module without being asked for.
class MaterialDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")

public:
    MaterialDesk(FileRecords &records, FileTransfers &transfers, DeviceFiles &files,
        FileCache &cache, MaterialsModel &model, const ProgrammeRepository &programme,
        AppSettings &settings, const Clock &clock, FileHandoff::Opener open,
        QObject *parent = nullptr);

    /// Days before a module's first day and after its last that its materials are fetched.
    static constexpr int daysAround = 3;

    /// Posts a material: the file at @p file, or the https:// @p link; an error in plain
    /// words, or empty.
    Q_INVOKABLE QString post(const QString &title, const QString &description, int module,
        const QString &topic, const QString &link, const QUrl &file);
    /// Changes a material's title, description, module and topic; an error, or empty.
    Q_INVOKABLE QString change(const QString &id, const QString &title, const QString &description,
        int module, const QString &topic);
    /// Removes a material (one's own; organisers any); an error, or empty.
    Q_INVOKABLE QString remove(const QString &id);
    /// "Auf diesem Gerät behalten": fetched now and kept whatever room it takes.
    Q_INVOKABLE void setKeptOffline(const QString &id, bool kept);
    /// Hands the material's file to the program the system opens it with (fetched first if
    /// needed); what happened, in plain words.
    Q_INVOKABLE QString open(const QString &id);
    /// Fetches what is kept offline and not here yet, and the materials of a module whose days
    /// are near (at start, after a sync, once a day).
    void fetchWhatIsWanted();

private:
    bool mayChange(const QString &id) const;
    QString checkTexts(
        const QString &title, const QString &description, int module, const QString &topic) const;
    void reload();

    FileRecords &m_records;
    FileTransfers &m_transfers;
    DeviceFiles &m_files;
    FileCache &m_cache;
    MaterialsModel &m_model;
    const ProgrammeRepository &m_programme;
    AppSettings &m_settings;
    const Clock &m_clock;
    FileHandoff m_handoff;
};
