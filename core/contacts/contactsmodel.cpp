// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsmodel.h"

#include "appsettings.h"
#include "contactrepository.h"
#include "displaycontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ContactsModel::ContactsModel(
    ContactRepository &repository, AppSettings &settings, DisplayContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_settings(settings)
    , m_context(context)
{
    reload();
    connect(&m_context, &DisplayContext::changed, this, [this] {
        if (!m_visible.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1));
    });
    connect(&m_settings, &AppSettings::ownContactIdChanged, this, &ContactsModel::reload);
}

void ContactsModel::reload()
{
    m_all = m_repository.contacts();
    m_municipalityNames.clear();
    for (const auto &municipality : m_repository.municipalities())
        m_municipalityNames.insert(municipality.id, municipality.name);
    std::stable_sort(m_all.begin(), m_all.end(), [this](const Contact &a, const Contact &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        const int byPlace = QString::localeAwareCompare(m_municipalityNames.value(a.municipalityId),
            m_municipalityNames.value(b.municipalityId));
        if (byPlace != 0)
            return byPlace < 0;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    rebuild();
}

void ContactsModel::rebuild()
{
    const auto oldCount = m_visible.size();
    beginResetModel();
    m_visible.clear();
    for (const auto &contact : std::as_const(m_all)) {
        if (matches(contact))
            m_visible.append(contact);
    }
    endResetModel();
    if (oldCount != m_visible.size())
        Q_EMIT countChanged();
}

bool ContactsModel::matches(const Contact &contact) const
{
    const QString needle = m_filter.trimmed();
    if (needle.isEmpty())
        return true;
    const QString haystack[]
        = { contact.name, contact.organisation, contact.function.forLanguage(m_context.language()),
              m_municipalityNames.value(contact.municipalityId) };
    return std::any_of(std::begin(haystack), std::end(haystack),
        [&needle](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); });
}

QString ContactsModel::filter() const
{
    return m_filter;
}

void ContactsModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    Q_EMIT filterChanged();
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_visible.at(index.row()), role);
}

QVariant ContactsModel::value(const Contact &contact, int role) const
{
    const bool isSelf = !contact.id.isEmpty() && contact.id == m_settings.ownContactId();
    const bool othersRule = contact.role == Contact::Role::Participant && !isSelf;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return contact.name;
    case ContactIdRole:
        return contact.id;
    case RoleRole:
        return Contact::roleName(contact.role);
    case SectionTitleRole:
        switch (contact.role) {
        case Contact::Role::Organiser:
            return tr("Organisers");
        case Contact::Role::Facilitator:
            return tr("Facilitators");
        case Contact::Role::Speaker:
            //: Contacts section heading: people invited to give a talk
            return tr("Speakers");
        case Contact::Role::Participant:
            //: Contacts section heading; %1 is the municipality
            return tr("Participants – %1").arg(m_municipalityNames.value(contact.municipalityId));
        }
        return {};
    case RoleTitleRole:
        switch (contact.role) {
        case Contact::Role::Organiser:
            //: What one person is in the programme
            return tr("Organiser");
        case Contact::Role::Facilitator:
            //: What one person is in the programme
            return tr("Facilitator");
        case Contact::Role::Speaker:
            //: What one person is in the programme: invited to give a talk
            return tr("Speaker");
        case Contact::Role::Participant:
            //: What one person is in the programme; %1 is the municipality
            return tr("Participant – %1").arg(m_municipalityNames.value(contact.municipalityId));
        }
        return {};
    case FunctionRole:
        return contact.function.forLanguage(m_context.language());
    case SubtitleRole: {
        QStringList parts { contact.function.forLanguage(m_context.language()),
            contact.organisation };
        parts.removeAll(QString());
        return parts.join(u" · "_s);
    }
    case OrganisationRole:
        return contact.organisation;
    case MunicipalityNameRole:
        return m_municipalityNames.value(contact.municipalityId);
    case PhoneRole:
        return othersRule && !contact.sharePhone ? QString() : contact.phone;
    case EmailRole:
        return othersRule && !contact.shareEmail ? QString() : contact.email;
    case InitialsRole: {
        QString initials;
        for (const auto &part : contact.name.split(u' ', Qt::SkipEmptyParts)) {
            if (initials.size() < 2 && part.at(0).isLetter())
                initials.append(part.at(0).toUpper());
        }
        return initials;
    }
    case IsSelfRole:
        return isSelf;
    }
    return {};
}

QHash<int, QByteArray> ContactsModel::roleNames() const
{
    return {
        { ContactIdRole, "contactId" },
        { NameRole, "name" },
        { RoleRole, "role" },
        { SectionTitleRole, "sectionTitle" },
        { RoleTitleRole, "roleTitle" },
        { FunctionRole, "jobFunction" },
        { SubtitleRole, "subtitle" },
        { OrganisationRole, "organisation" },
        { MunicipalityNameRole, "municipalityName" },
        { PhoneRole, "phone" },
        { EmailRole, "email" },
        { InitialsRole, "initials" },
        { IsSelfRole, "isSelf" },
    };
}

QVariantMap ContactsModel::get(const QString &contactId) const
{
    QVariantMap result;
    for (const auto &contact : m_all) {
        if (contact.id != contactId)
            continue;
        const auto roles = roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            result.insert(QString::fromUtf8(it.value()), value(contact, it.key()));
        break;
    }
    return result;
}
