// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contact.h"

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>

class AppSettings;
class ContactRepository;
class DisplayContext;

/// The people of the programme, grouped by role (organisers, facilitators, then participants by
/// municipality), filtered by a search text. A participant's phone and e-mail show only if they
/// share them.
class ContactsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        ContactIdRole = Qt::UserRole,
        NameRole,
        RoleRole,
        SectionTitleRole,
        RoleTitleRole, ///< "Organiser", "Participant – Musterstadt"
        FunctionRole,
        SubtitleRole, ///< function and organisation in one line
        OrganisationRole,
        MunicipalityNameRole,
        PhoneRole,
        EmailRole,
        InitialsRole,
        IsSelfRole,
    };
    Q_ENUM(Roles)

    ContactsModel(ContactRepository &repository, AppSettings &settings, DisplayContext &context,
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filter() const;
    void setFilter(const QString &filter);

    Q_INVOKABLE QVariantMap get(const QString &contactId) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void filterChanged();
    void countChanged();

private:
    void rebuild();
    bool matches(const Contact &contact) const;
    QVariant value(const Contact &contact, int role) const;

    ContactRepository &m_repository;
    AppSettings &m_settings;
    DisplayContext &m_context;
    QList<Contact> m_all;
    QList<Contact> m_visible;
    QHash<QString, QString> m_municipalityNames;
    QString m_filter;
};
