// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessstore.h"
#include "ids.h"
#include "serverdatabase.h"
#include "syncstore.h"

#include <QDate>
#include <QUuid>

/// Fills a server store before `serve` starts, through the store's own sync code (the same
/// checks and writes as a device's upload): municipalities with their practice projects, and
/// a participant whose view the benchmarks measure.
class StoreSeeder
{
public:
    struct Reader
    {
        QString code; ///< the reader's one-time sign-in code
        QString municipalityId;
    };

    explicit StoreSeeder(const QString &connection)
        : m_database(connection)
        , m_store(m_database)
        , m_access(m_database, m_store)
    {
        if (!m_database.isOpen() || !m_database.migrate())
            qFatal("seeder: %s", qPrintable(m_database.errorString()));
    }

    /// The reader's municipality gets @p rows rows: a tenth contacts of the organisers, three
    /// tenths steps, six tenths log entries. Every other municipality gets a project with
    /// @p otherRows steps and log entries.
    Reader seed(int rows, int municipalities, int otherRows)
    {
        Reader reader;
        const Identity organiser = person(Identity::Role::Organiser, {});
        for (int m = 0; m < municipalities; ++m) {
            const QString municipality = addMunicipality(m + 1);
            const Identity writer = person(Identity::Role::Participant, municipality);
            if (m == 0) {
                reader.municipalityId = municipality;
                reader.code = m_access.invite(
                    Identity::Role::Participant, municipality, QStringLiteral("Leserin"));
                const int contacts = rows / 10;
                const int steps = rows * 3 / 10;
                fill(
                    organiser, [](int) { return QStringLiteral("contact"); }, contacts);
                fillProject(writer, municipality, steps, rows - contacts - steps);
            } else {
                fillProject(writer, municipality, otherRows / 3, otherRows - otherRows / 3);
            }
        }
        return reader;
    }

    /// Many devices: @p municipalities municipalities with a project of @p rowsPerProject
    /// steps and log entries each, and one sign-in code for each of @p devices participants,
    /// spread over the municipalities in turn.
    QList<Reader> seedDevices(int devices, int municipalities, int rowsPerProject)
    {
        QStringList towns;
        for (int m = 0; m < municipalities; ++m) {
            const QString town = addMunicipality(m + 1);
            fillProject(person(Identity::Role::Participant, town), town, rowsPerProject / 3,
                rowsPerProject - rowsPerProject / 3);
            towns.append(town);
        }
        QList<Reader> readers;
        for (int d = 0; d < devices; ++d) {
            const QString town = towns.at(d % towns.size());
            readers.append({ m_access.invite(Identity::Role::Participant, town,
                                 QStringLiteral("Person %1").arg(d + 1)),
                town });
        }
        return readers;
    }

    /// A one-time sign-in code for an organiser.
    QString organiserCode()
    {
        return m_access.invite(Identity::Role::Organiser, {}, QStringLiteral("Organisation"));
    }

private:
    /// "Kommune @p number"; the seeder needs a fresh store (names are unique in one).
    QString addMunicipality(int number)
    {
        AccessStore::Refusal problem;
        const QString id
            = m_access.addMunicipality(QStringLiteral("Kommune %1").arg(number), &problem);
        if (id.isEmpty())
            qFatal("seeder: %s", qPrintable(problem.text));
        return id;
    }

    Identity person(Identity::Role role, const QString &municipality)
    {
        const QString code = m_access.invite(role, municipality, QStringLiteral("Schreibende"));
        const auto redeemed = m_access.redeem(code, QStringLiteral("seeder"));
        if (!redeemed)
            qFatal("seeder: could not sign in");
        return redeemed->identity;
    }

    void fillProject(const Identity &writer, const QString &municipality, int steps, int entries)
    {
        const QString project = Ids::projectIdFor(municipality);
        upload(writer,
            { mutation(QStringLiteral("project"), project,
                { { QStringLiteral("municipalityId"), municipality },
                    { QStringLiteral("title"), QStringLiteral("Engagementstrategie") },
                    { QStringLiteral("goal"),
                        QStringLiteral("Eine Anlaufstelle für Ehrenamt") } }) });
        fill(
            writer,
            [steps](
                int i) { return i < steps ? QStringLiteral("step") : QStringLiteral("log_entry"); },
            steps + entries, project);
    }

    /// Uploads @p count rows, 500 per request as a device does; @p entityOf names each row's kind.
    template <typename EntityOf>
    void fill(const Identity &writer, EntityOf entityOf, int count, const QString &project = {})
    {
        QList<Mutation> batch;
        for (int i = 0; i < count; ++i) {
            const QString entity = entityOf(i);
            batch.append(mutation(entity, QUuid::createUuid().toString(QUuid::WithoutBraces),
                fieldsFor(entity, i, project)));
            if (batch.size() == SyncRequest::maxMutations || i + 1 == count) {
                upload(writer, batch);
                batch.clear();
            }
        }
    }

    static QJsonObject fieldsFor(const QString &entity, int i, const QString &project)
    {
        if (entity == QLatin1String("contact")) {
            return { { QStringLiteral("name"), QStringLiteral("Ansprechperson %1").arg(i) },
                { QStringLiteral("role"), QStringLiteral("facilitator") },
                { QStringLiteral("functionDe"), QStringLiteral("Referentin") },
                { QStringLiteral("functionEn"), QStringLiteral("Speaker") },
                { QStringLiteral("organisation"), QStringLiteral("Landesnetzwerk") },
                { QStringLiteral("email"), QStringLiteral("person%1@example.org").arg(i) },
                { QStringLiteral("phone"), QStringLiteral("+49 211 %1").arg(100000 + i) } };
        }
        if (entity == QLatin1String("step")) {
            return { { QStringLiteral("projectId"), project },
                { QStringLiteral("title"),
                    QStringLiteral("Schritt %1: Gespräch mit dem Verein").arg(i) },
                { QStringLiteral("status"),
                    i % 3 ? QStringLiteral("open") : QStringLiteral("done") },
                { QStringLiteral("dueModule"), 1 + i % 4 },
                { QStringLiteral("notes"),
                    QStringLiteral("Termin mit der Ehrenamtsagentur abstimmen.") },
                { QStringLiteral("position"), i } };
        }
        return { { QStringLiteral("projectId"), project },
            { QStringLiteral("entryDate"),
                QDate(2026, 9, 1).addDays(i % 200).toString(Qt::ISODate) },
            { QStringLiteral("authorName"), QStringLiteral("Schreibende") },
            { QStringLiteral("text"),
                QStringLiteral(
                    "Eintrag %1: Treffen mit dem Seniorenbeirat, nächste Schritte vereinbart.")
                    .arg(i) } };
    }

    Mutation mutation(const QString &entity, const QString &id, const QJsonObject &fields)
    {
        return { ++m_seq, entity, QStringLiteral("insert"), id, fields };
    }

    void upload(const Identity &writer, const QList<Mutation> &mutations)
    {
        SyncRequest request;
        request.clientId = QStringLiteral("seeder");
        request.mutations = mutations;
        request.limit = 1;
        const auto response = m_store.sync(writer, request);
        if (!response)
            qFatal("seeder: the store could not be read");
        for (const auto &result : response->results) {
            if (result.status != QLatin1String("applied"))
                qFatal("seeder: %s refused: %s", qPrintable(mutations.first().entity),
                    qPrintable(result.message));
        }
    }

    ServerDatabase m_database;
    SyncStore m_store;
    AccessStore m_access;
    qint64 m_seq = 0;
};
