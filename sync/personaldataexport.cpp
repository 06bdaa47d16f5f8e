// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldataexport.h"

#include "credentialstore.h"
#include "displaycontext.h"
#include "personaldatadocument.h"
#include "serverrequest.h"
#include "synccontroller.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

PersonalDataExport::PersonalDataExport(SyncController &sync, CredentialStore &credentials,
    DisplayContext &context, QNetworkAccessManager &network, FileHandoff::Opener open,
    QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_credentials(credentials)
    , m_context(context)
    , m_network(network)
    , m_handoff(std::move(open))
{
    connect(&m_sync, &SyncController::signedInChanged, this, &PersonalDataExport::changed);
}

bool PersonalDataExport::available() const
{
    return m_sync.signedIn();
}

void PersonalDataExport::download()
{
    if (!available() || m_busy)
        return;
    m_busy = true;
    Q_EMIT changed();
    QNetworkReply *reply = m_network.get(serverRequest(m_credentials.load(), u"v1/my-data"_s));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200)
            return done(save(reply->readAll()));
        if (status == 0)
            return done(tr("The server cannot be reached. Please try again when you are online."));
        if (status == 401 || status == 403)
            return done(tr("This device is no longer signed in."));
        done(tr("The server cannot do this just now; please try again in a minute."));
    });
}

QString PersonalDataExport::save(const QByteArray &answer)
{
    const auto document = QJsonDocument::fromJson(answer);
    if (!document.isObject()
        || document.object().value("format"_L1).toString() != "ews-personal-data"_L1)
        return tr("The server's answer could not be read.");
    const QString name = u"ews-meine-daten-"_s + m_context.today().toString(Qt::ISODate);
    // The data as the server sent it, for programs; then the same to read, opened.
    const QString saved = FileHandoff::save(
        document.toJson(QJsonDocument::Indented), FileHandoff::fileFor(name + u".json"_s));
    if (!saved.isEmpty())
        return saved;
    const PersonalDataDocument readable(document.object(), m_context.language());
    const auto handed = m_handoff.handOver(readable.pdf(), name + u".pdf"_s);
    if (!handed.error.isEmpty())
        return handed.error;
    //: %1 is the folder the two files were saved in
    return tr("Your data is saved in %1: as a PDF to read and as a JSON file for other programs.")
        .arg(QFileInfo(handed.file.toLocalFile()).absolutePath());
}

void PersonalDataExport::done(const QString &message)
{
    m_busy = false;
    m_message = message;
    Q_EMIT changed();
}
