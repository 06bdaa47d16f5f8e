// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessdesk.h"

#include "appsettings.h"
#include "credentialstore.h"
#include "displaycontext.h"
#include "invitationletter.h"
#include "invitationlink.h"
#include "programmezone.h"
#include "qrcode.h"
#include "serverrequest.h"
#include "synccontroller.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {
const QString hintKey = u"invitations/whereToGetTheApp"_s;
/// The longest name of a person or a municipality the server takes.
constexpr qsizetype maximumNameLength = 100;

bool acceptableName(const QString &name)
{
    const QString simplified = name.simplified();
    return !simplified.isEmpty() && simplified.size() <= maximumNameLength;
}
}

AccessDesk::AccessDesk(SyncController &sync, CredentialStore &credentials, AppSettings &settings,
    DisplayContext &context, QNetworkAccessManager &network, FileHandoff::Opener open,
    QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_context(context)
    , m_network(network)
    , m_handoff(std::move(open))
{
    connect(&m_sync, &SyncController::signedInChanged, this, [this] {
        m_overview = {};
        m_invitation.clear();
        Q_EMIT availableChanged();
        Q_EMIT overviewChanged();
        Q_EMIT invitationChanged();
    });
    connect(&m_settings, &AppSettings::organiserChanged, this, &AccessDesk::availableChanged);
    // Dates and roles are worded in the app's language: again when it changes.
    connect(&m_context, &DisplayContext::changed, this, &AccessDesk::overviewChanged);
}

bool AccessDesk::available() const
{
    return m_sync.signedIn() && m_settings.organiser();
}

bool AccessDesk::busy() const
{
    return m_asking > 0;
}

QString AccessDesk::message() const
{
    return m_message;
}

QString AccessDesk::whereToGetTheApp() const
{
    return m_settings.value(hintKey).toString();
}

void AccessDesk::setWhereToGetTheApp(const QString &hint)
{
    const QString kept = hint.left(InvitationLetter::maximumHintLength);
    if (kept == whereToGetTheApp())
        return;
    m_settings.setValue(hintKey, kept);
    Q_EMIT whereToGetTheAppChanged();
}

void AccessDesk::say(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

QString AccessDesk::refusal(int status, const QString &error) const
{
    if (status == 0)
        return tr("The server cannot be reached. Inviting and signing out need a connection; "
                  "please try again when you are online.");
    if (status == 401)
        return tr("Please sign in again.");
    if (error == "revoked"_L1)
        return tr("This device has been signed out by the organisers.");
    if (error == "not_allowed"_L1)
        return tr("Only the organisers invite people and sign them out.");
    if (status == 429)
        return tr("Too many steps at once; please wait a minute.");
    if (status == 503)
        return tr("The server cannot do this just now; please try again in a minute.");
    if (error == "exists"_L1)
        return tr("There is a municipality of that name already.");
    if (error == "no_municipality"_L1)
        return tr("This municipality no longer exists; please choose another.");
    if (error == "signs_in_already"_L1)
        return tr("An organiser of that name signs in already. To add a further device of "
                  "hers or his, choose \"Further device\" beside the name.");
    if (error == "same_name"_L1)
        return tr("Several contacts have that name. Give one of them another name under "
                  "Contacts first.");
    if (error == "own_device"_L1)
        return tr("You cannot sign yourself out here; use \"Sign out\" in the settings.");
    if (error == "not_found"_L1)
        return tr("This is no longer there; the list has been updated.");
    if (error == "empty_name"_L1 || error == "long_name"_L1)
        return tr("Please enter a name of at most 100 characters.");
    //: %1 is an HTTP status number
    return tr("The server could not do this (%1).").arg(status);
}

void AccessDesk::ask(const QJsonObject &request, const Answer &answered)
{
    if (!available()) {
        say(tr("Connect this device to the server as an organiser first (Settings)."));
        return;
    }
    // Counted, not flagged: a step and the reload after it, or a reload asked for while one
    // runs, keep the desk busy until the last answer is in.
    if (m_asking++ == 0)
        Q_EMIT busyChanged();
    QNetworkReply *reply = m_network.post(serverRequest(m_credentials.load(), u"v1/access"_s),
        QJsonDocument(request).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, answered] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto body = QJsonDocument::fromJson(reply->readAll()).object();
        --m_asking;
        if (status != 200) {
            say(refusal(status, body.value("error"_L1).toString()));
            // Whatever was asked about may have gone meanwhile: show what is there now.
            if (status == 404)
                refresh();
        } else {
            answered(body);
        }
        if (m_asking == 0)
            Q_EMIT busyChanged();
    });
}

void AccessDesk::refresh()
{
    ask({ { u"action"_s, u"overview"_s } },
        [this](const QJsonObject &answer) { takeOverview(answer); });
}

void AccessDesk::takeOverview(const QJsonObject &answer)
{
    m_overview = answer;
    Q_EMIT overviewChanged();
}

QString AccessDesk::municipalityName(const QString &id) const
{
    for (const auto &municipality : m_overview.value("municipalities"_L1).toArray()) {
        if (municipality.toObject().value("id"_L1).toString() == id)
            return municipality.toObject().value("name"_L1).toString();
    }
    return {};
}

QString AccessDesk::dateText(const QString &isoInstant) const
{
    const QDate date
        = ProgrammeZone::localDate(QDateTime::fromString(isoInstant, Qt::ISODateWithMs));
    return m_context.formatter().calendarDate(date);
}

QString AccessDesk::erasesOn() const
{
    const QDate day = QDate::fromString(m_overview.value("erasesOn"_L1).toString(), Qt::ISODate);
    return day.isValid() ? m_context.formatter().calendarDate(day) : QString();
}

void AccessDesk::closeProgramme(bool closed)
{
    ask({ { u"action"_s, u"closeProgramme"_s }, { u"closed"_s, closed } },
        [this, closed](const QJsonObject &) {
            say(closed ? tr("The programme is closed. Its personal data will be erased on the "
                            "date shown.")
                       : tr("The programme is open again; nothing will be erased."));
            refresh();
        });
}

QVariantList AccessDesk::municipalities() const
{
    QVariantList list = m_overview.value("municipalities"_L1).toArray().toVariantList();
    QCollator collator(m_context.locale());
    std::sort(list.begin(), list.end(), [&collator](const QVariant &a, const QVariant &b) {
        return collator.compare(
                   a.toMap().value(u"name"_s).toString(), b.toMap().value(u"name"_s).toString())
            < 0;
    });
    return list;
}

QVariantList AccessDesk::people() const
{
    QList<QVariantMap> people;
    for (const auto &value : m_overview.value("people"_L1).toArray()) {
        const auto person = value.toObject();
        const bool organiser = person.value("role"_L1).toString() == "organiser"_L1;
        QVariantList devices;
        for (const auto &device : person.value("devices"_L1).toArray()) {
            const auto object = device.toObject();
            const QString since = object.value("signedInAt"_L1).toString();
            devices.append(QVariantMap { { u"id"_s, object.value("id"_L1).toString() },
                { u"name"_s,
                    object.value("name"_L1).toString().isEmpty()
                        //: A device that gave no name of its own
                        ? tr("Device")
                        : object.value("name"_L1).toString() },
                { u"since"_s,
                    since.isEmpty() ? QString()
                                    //: %1 is a date
                                    : tr("signed in on %1").arg(dateText(since)) } });
        }
        const QString municipalityId = person.value("municipalityId"_L1).toString();
        people.append({ { u"id"_s, person.value("id"_L1).toString() },
            { u"name"_s, person.value("name"_L1).toString() },
            { u"role"_s, person.value("role"_L1).toString() },
            { u"roleText"_s, organiser ? tr("Organiser") : tr("Participant") },
            { u"municipalityId"_s, municipalityId },
            { u"municipality"_s, organiser ? QString() : municipalityName(municipalityId) },
            { u"devices"_s, devices } });
    }
    // Organisers first, then by municipality and name.
    QCollator collator(m_context.locale());
    std::sort(
        people.begin(), people.end(), [&collator](const QVariantMap &a, const QVariantMap &b) {
            const auto key = [](const QVariantMap &person) {
                return std::pair(person.value(u"role"_s).toString() != "organiser"_L1,
                    person.value(u"municipality"_s).toString());
            };
            if (key(a).first != key(b).first)
                return key(a).first < key(b).first;
            if (const int byPlace = collator.compare(key(a).second, key(b).second); byPlace != 0)
                return byPlace < 0;
            return collator.compare(a.value(u"name"_s).toString(), b.value(u"name"_s).toString())
                < 0;
        });
    QVariantList list;
    for (const auto &person : std::as_const(people))
        list.append(person);
    return list;
}

QVariantList AccessDesk::invitations() const
{
    QVariantList list;
    for (const auto &value : m_overview.value("invitations"_L1).toArray()) {
        const auto invitation = value.toObject();
        const bool organiser = invitation.value("role"_L1).toString() == "organiser"_L1;
        const bool expired = invitation.value("expired"_L1).toBool();
        const QString expires = invitation.value("expiresAt"_L1).toString();
        list.append(QVariantMap { { u"id"_s, invitation.value("id"_L1).toString() },
            { u"personId"_s, invitation.value("personId"_L1).toString() },
            { u"name"_s, invitation.value("personName"_L1).toString() },
            { u"roleText"_s, organiser ? tr("Organiser") : tr("Participant") },
            { u"municipality"_s,
                organiser ? QString()
                          : municipalityName(invitation.value("municipalityId"_L1).toString()) },
            { u"until"_s,
                expires.isEmpty() ? tr("valid until it is used")
                    : expired
                    //: %1 is a date
                    ? tr("expired on %1").arg(dateText(expires))
                    //: %1 is a date
                    : tr("valid until %1").arg(dateText(expires)) },
            { u"expired"_s, expired } });
    }
    return list;
}

QVariantMap AccessDesk::invitation() const
{
    return m_invitation;
}

void AccessDesk::addMunicipality(const QString &name)
{
    if (!acceptableName(name)) {
        say(tr("Please enter a name of at most 100 characters."));
        return;
    }
    ask({ { u"action"_s, u"addMunicipality"_s }, { u"name"_s, name.simplified() } },
        [this, name](const QJsonObject &) {
            Q_EMIT rowsChanged();
            //: %1 is a municipality's name
            say(tr("%1 has been added.").arg(name.simplified()));
            refresh();
        });
}

void AccessDesk::invite(const QString &role, const QString &municipalityId, const QString &name)
{
    const bool participant = role == "participant"_L1;
    if (!acceptableName(name)) {
        say(tr("Please enter a name of at most 100 characters."));
        return;
    }
    if (participant && municipalityId.isEmpty()) {
        say(tr("Please choose the municipality."));
        return;
    }
    QJsonObject request { { u"action"_s, u"invite"_s },
        { u"role"_s, participant ? u"participant"_s : u"organiser"_s },
        { u"name"_s, name.simplified() } };
    if (participant)
        request.insert(u"municipalityId"_s, municipalityId);
    const QString municipality = participant ? municipalityName(municipalityId) : QString();
    ask(request, [this, name, municipality](const QJsonObject &answer) {
        Q_EMIT rowsChanged();
        takeInvitation(answer, name.simplified(), municipality);
    });
}

void AccessDesk::inviteDevice(const QString &personId)
{
    QString name;
    QString municipality;
    for (const auto &person : people()) {
        if (person.toMap().value(u"id"_s) == personId) {
            name = person.toMap().value(u"name"_s).toString();
            municipality = person.toMap().value(u"municipality"_s).toString();
        }
    }
    ask({ { u"action"_s, u"inviteDevice"_s }, { u"personId"_s, personId } },
        [this, name, municipality](
            const QJsonObject &answer) { takeInvitation(answer, name, municipality); });
}

void AccessDesk::takeInvitation(
    const QJsonObject &answer, const QString &name, const QString &municipality)
{
    const Credentials credentials = m_credentials.load();
    InvitationLink link;
    link.server = QUrl(credentials.server);
    link.code = answer.value("code"_L1).toString();
    // The certificate this device trusts by its fingerprint, the invited person's too.
    const auto trusted = QSslCertificate::fromData(credentials.certificatePem.toUtf8());
    if (!trusted.isEmpty())
        link.fingerprint = certificateFingerprint(trusted.constFirst());
    const QString expires = answer.value("expiresAt"_L1).toString();
    m_invitation = { { u"name"_s, name }, { u"municipality"_s, municipality },
        { u"code"_s, link.code }, { u"link"_s, link.toString() },
        { u"qr"_s, QrCode::dataUrl(link.toString()) }, { u"server"_s, link.server.toString() },
        { u"fingerprint"_s, link.fingerprint }, { u"expiresAt"_s, expires },
        //: %1 is a date
        { u"until"_s, tr("Valid once, until %1.").arg(dateText(expires)) } };
    Q_EMIT invitationChanged();
    //: %1 is a person's name
    say(tr("The invitation for %1 is ready.").arg(name));
    refresh();
}

QString AccessDesk::handLetter()
{
    if (m_invitation.isEmpty())
        return tr("Make an invitation first.");
    const InvitationLetter letter { m_invitation.value(u"name"_s).toString(),
        m_invitation.value(u"municipality"_s).toString(), m_invitation.value(u"code"_s).toString(),
        m_invitation.value(u"link"_s).toString(),
        ProgrammeZone::localDate(QDateTime::fromString(
            m_invitation.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs)),
        m_invitation.value(u"server"_s).toString(), m_invitation.value(u"fingerprint"_s).toString(),
        whereToGetTheApp() };
    return m_handoff.handOver(letter.pdf(), letter.fileName()).message();
}

void AccessDesk::endInvitation(const QString &invitationId)
{
    ask({ { u"action"_s, u"endInvitation"_s }, { u"invitationId"_s, invitationId } },
        [this](const QJsonObject &) {
            say(tr("The invitation has ended: its code can no longer be used."));
            refresh();
        });
}

void AccessDesk::signOutDevice(const QString &deviceId)
{
    ask({ { u"action"_s, u"signOutDevice"_s }, { u"deviceId"_s, deviceId } },
        [this](const QJsonObject &) {
            say(tr("The device has been signed out. What was entered on it and sent stays; it "
                   "receives nothing new."));
            refresh();
        });
}

void AccessDesk::signOutPerson(const QString &personId)
{
    ask({ { u"action"_s, u"signOutPerson"_s }, { u"personId"_s, personId } },
        [this](const QJsonObject &) {
            say(tr("The person has been signed out on every device."));
            refresh();
        });
}

void AccessDesk::forgetPerson(const QString &personId, bool removeWritings)
{
    ask({ { u"action"_s, u"forgetPerson"_s }, { u"personId"_s, personId },
            { u"removeWritings"_s, removeWritings } },
        [this](const QJsonObject &) {
            say(tr("Erased. Every device drops the data at its next sync."));
            refresh();
        });
}

void AccessDesk::movePerson(const QString &personId, const QString &municipalityId)
{
    ask({ { u"action"_s, u"movePerson"_s }, { u"personId"_s, personId },
            { u"municipalityId"_s, municipalityId } },
        [this, municipalityId](const QJsonObject &) {
            Q_EMIT rowsChanged();
            //: %1 is a municipality's name
            say(tr("Moved: from now on they write in the project of %1.")
                    .arg(municipalityName(municipalityId)));
            refresh();
        });
}
