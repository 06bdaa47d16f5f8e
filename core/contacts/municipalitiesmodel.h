// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class ProjectRepository;

/// The municipalities of the cohort with their project's progress, for choosing a project.
class MunicipalitiesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        MunicipalityIdRole = Qt::UserRole,
        NameRole,
        IsOwnRole,
        StepCountRole,
        DoneCountRole
    };
    Q_ENUM(Roles)

    MunicipalitiesModel(ContactRepository &contacts, ProjectRepository &projects,
        AppSettings &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOf(const QString &municipalityId) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        int stepCount = 0;
        int doneCount = 0;
    };

    ContactRepository &m_contacts;
    ProjectRepository &m_projects;
    AppSettings &m_settings;
    QList<Row> m_rows;
};
