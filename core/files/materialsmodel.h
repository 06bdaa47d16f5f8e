// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filerecords.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>

class AppSettings;
class FileCache;

/// The programme's pool of materials ("Materialien"), by module (module 1 to 4, then those of
/// no module), newest first within one; found by module and by words in their title,
/// description, topic or file name.
class MaterialsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// Words to find (empty: all).
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    /// The module shown (1 to 4), 0 for all.
    Q_PROPERTY(int module READ module WRITE setModule NOTIFY moduleChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        MaterialIdRole = Qt::UserRole,
        TitleRole,
        DescriptionRole,
        ModuleNumberRole,
        SectionTitleRole, ///< "Modul 2", "Ohne Modul"
        TopicRole,
        UrlRole, ///< a link instead of a file
        FileNameRole,
        IsPhotoRole,
        AuthorNameRole,
        MineRole, ///< posted by this person
        WaitingRole, ///< posted here, its file on the way
        ProblemRole, ///< what went wrong with its file, for people
        KeptOfflineRole, ///< "auf diesem Gerät behalten"
        OnDeviceRole, ///< its file is on this device
    };
    Q_ENUM(Roles)

    MaterialsModel(
        FileRecords &records, FileCache &cache, AppSettings &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int module() const { return m_module; }
    void setModule(int module);

    /// One material by id, as the roles name its values; empty if there is none.
    Q_INVOKABLE QVariantMap get(const QString &materialId) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void filterChanged();
    void moduleChanged();
    void countChanged();

private:
    void rebuild();
    bool matches(const FileRecord &material) const;
    QVariant value(const FileRecord &material, int role) const;

    FileRecords &m_records;
    FileCache &m_cache;
    AppSettings &m_settings;
    QList<FileRecord> m_all;
    QList<FileRecord> m_visible;
    QSet<QString> m_keptOffline; ///< hashes
    QString m_filter;
    int m_module = 0;
};
