// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QString>

/// A municipality (city, town or district) taking part in the programme.
struct Municipality
{
    QString id;
    QString name;
};

/// A person: an organiser, a facilitator or a participant of a municipality.
struct Contact
{
    enum class Role { Organiser, Facilitator, Speaker, Participant };

    QString id;
    Role role = Role::Participant;
    QString name;
    LocalizedText function;
    QString organisation;
    QString municipalityId; ///< participants only
    QString phone;
    QString email;
    bool sharePhone = true; ///< a participant decides what the cohort sees
    bool shareEmail = true;

    static QString roleName(Role role);
    static bool roleFromName(const QString &name, Role *role);
};
