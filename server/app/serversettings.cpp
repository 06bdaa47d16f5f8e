// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettings.h"

#include "auditlog.h"
#include "filestore.h"
#include "programmeretention.h"
#include "syncstore.h"

#include "accessstore.h"
#include "httplimits.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
/// Options that may stand in the file (all but --config and the one-off ones).
const QStringList fileOptions = { u"data-dir"_s, u"database"_s, u"listen"_s, u"certificate"_s,
    u"key"_s, u"plain-http"_s, u"syncs-per-minute"_s, u"workers"_s, u"connections-per-address"_s,
    u"trusted-proxy"_s, u"public-address"_s };
/// Options that may be given more than once.
const QStringList listOptions = { u"trusted-proxy"_s };
}

void ServerSettings::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { u"config"_s,
            u"Read the settings from <file> (default: $EWS_SERVER_CONFIG, else %1 if it "
            "exists); the command line wins over it."_s.arg(QLatin1StringView(defaultConfigFile)),
            u"file"_s },
        { u"data-dir"_s, u"Keep the store and the certificate in <folder>."_s, u"folder"_s,
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) },
        { u"database"_s,
            u"sqlite:/path/file.db or postgresql://user@host:port/name (a password "
            "percent-encoded, or from PGPASSFILE/PGPASSWORD; ?sslmode=verify-full&sslrootcert=…)."_s,
            u"setting"_s },
        { u"listen"_s, u"Address and port to serve on."_s, u"address:port"_s, u"127.0.0.1:8443"_s },
        { u"certificate"_s,
            u"PEM certificate followed by its intermediates (default: a self-signed one in "
            "the data folder)."_s,
            u"file"_s },
        { u"key"_s, u"PEM private key (RSA or EC) for --certificate."_s, u"file"_s },
        { u"plain-http"_s, u"Serve plain HTTP, only behind a proxy that speaks TLS."_s },
        { u"syncs-per-minute"_s, u"How often one device may sync per minute (429 beyond)."_s,
            u"count"_s, u"120"_s },
        { u"workers"_s,
            u"Threads answering requests, each with its own store connection (0: one "
            "per core)."_s,
            u"count"_s, u"0"_s },
        { u"connections-per-address"_s,
            u"How many connections one client address may hold (each open app keeps one)."_s,
            u"count"_s, QString::number(HttpLimits {}.connectionsPerAddress) },
        { u"trusted-proxy"_s,
            u"The address of a reverse proxy in front (repeat or separate with commas): only "
            "from it is X-Forwarded-For or Forwarded believed, for the limits per client."_s,
            u"address"_s },
        { u"public-address"_s,
            u"The https:// address people reach the server at, for invitation links "
            "(default: https:// and the --listen address)."_s,
            u"address"_s },
        { u"valid-days"_s, u"How many days a new sign-in code can be used (1 to 365)."_s, u"days"_s,
            QString::number(AccessStore::defaultValidDays) },
        { u"json"_s, u"list, audit: print JSON instead of a table."_s },
        { u"retention-days"_s,
            u"How many days after the programme was closed its personal data is erased."_s,
            u"days"_s, QString::number(ProgrammeRetention::defaultDays) },
        { u"municipality-quota-mb"_s,
            u"How many megabytes of text a municipality's project may take in the store (0: no "
            "limit)."_s,
            u"megabytes"_s, QString::number(SyncStore::defaultQuotaMegabytes) },
        { u"file-limit-mb"_s, u"How many megabytes one file (a photo, a document) may have."_s,
            u"megabytes"_s, QString::number(FileStore::defaultFileLimitMegabytes) },
        { u"municipality-files-mb"_s,
            u"How many megabytes of files a municipality's people may keep in the store (0: no "
            "limit)."_s,
            u"megabytes"_s, QString::number(FileStore::defaultMunicipalityFilesMegabytes) },
        { u"audit-days"_s, u"How many days the audit log keeps each entry."_s, u"days"_s,
            QString::number(AuditLog::defaultDays) },
        { u"language"_s,
            u"export-person: the language of the PDF, de or en (default: the "
            "person's calendar language, else de)."_s,
            u"language"_s },
        { u"remove-writings"_s,
            u"forget-person: remove what the person wrote into projects too, instead of "
            "keeping it without their name."_s },
    });
}

bool ServerSettings::load(const QCommandLineParser &parser, QString *error)
{
    m_parser = &parser;
    m_file = parser.isSet(u"config"_s) ? parser.value(u"config"_s)
                                       : qEnvironmentVariable("EWS_SERVER_CONFIG");
    const bool named = !m_file.isEmpty();
    if (!named && QFile::exists(QLatin1StringView(defaultConfigFile)))
        m_file = QLatin1StringView(defaultConfigFile);
    if (m_file.isEmpty())
        return true;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"The configuration file %1 cannot be read: %2"_s.arg(m_file, file.errorString());
        return false;
    }
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (equals <= 0 || !fileOptions.contains(name)) {
            *error = u"%1, line %2: expected \"name = value\" with a name of: %3"_s.arg(m_file)
                         .arg(number)
                         .arg(fileOptions.join(u", "_s));
            return false;
        }
        if (name == "plain-http"_L1
            && !QStringList { u"true"_s, u"false"_s, u"yes"_s, u"no"_s, u"1"_s, u"0"_s }.contains(
                value.toLower())) {
            *error = u"%1, line %2: plain-http is true or false."_s.arg(m_file).arg(number);
            return false;
        }
        if (listOptions.contains(name))
            m_listsFromFile[name].append(value);
        else
            m_fromFile.insert(name, value);
    }
    return true;
}

QString ServerSettings::value(const QString &name) const
{
    if (m_parser->isSet(name))
        return m_parser->value(name);
    return m_fromFile.value(name, m_parser->value(name));
}

bool ServerSettings::isSet(const QString &name) const
{
    return m_parser->isSet(name) || m_fromFile.contains(name) || m_listsFromFile.contains(name);
}

bool ServerSettings::isOn(const QString &name) const
{
    if (m_parser->isSet(name))
        return true;
    const QString value = m_fromFile.value(name).toLower();
    return value == "true"_L1 || value == "yes"_L1 || value == "1"_L1;
}

QStringList ServerSettings::values(const QString &name) const
{
    const QStringList given
        = m_parser->isSet(name) ? m_parser->values(name) : m_listsFromFile.value(name);
    QStringList result;
    for (const QString &each : given) {
        for (const QString &part : each.split(u',', Qt::SkipEmptyParts))
            result.append(part.trimmed());
    }
    return result;
}

QString ServerSettings::dataDir() const
{
    return value(u"data-dir"_s);
}

QString ServerSettings::database() const
{
    return isSet(u"database"_s) ? value(u"database"_s)
                                : u"sqlite:"_s + QDir(dataDir()).filePath(u"ews-server.db"_s);
}

QString ServerSettings::certificateFile() const
{
    return isSet(u"certificate"_s) ? value(u"certificate"_s)
                                   : QDir(dataDir()).filePath(u"tls/certificate.pem"_s);
}

QString ServerSettings::keyFile() const
{
    return isSet(u"key"_s) ? value(u"key"_s) : QDir(dataDir()).filePath(u"tls/key.pem"_s);
}

bool ServerSettings::storeNamedOnCommandLine() const
{
    return m_parser->isSet(u"data-dir"_s) || m_parser->isSet(u"database"_s);
}
