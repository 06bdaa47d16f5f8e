// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QHash>
#include <QString>

/// The server's settings, for `serve` and every operator command alike: the command line over
/// the configuration file over the defaults. The configuration file is --config, else
/// $EWS_SERVER_CONFIG, else /etc/ews-server/ews-server.conf if it exists; it holds lines
/// "name = value" with the long options' names (see docs/operating.md), "#" comments.
class ServerSettings
{
public:
    static constexpr auto defaultConfigFile = "/etc/ews-server/ews-server.conf";

    /// Adds the options to @p parser (with --config).
    static void addOptions(QCommandLineParser &parser);
    /// Reads the configuration file @p parser points to; false with *error set (naming the
    /// file and line) if it cannot be read or names something unknown.
    bool load(const QCommandLineParser &parser, QString *error);

    /// An option's value: from the command line, else the file, else its default.
    QString value(const QString &name) const;
    /// Whether the command line or the file sets @p name.
    bool isSet(const QString &name) const;
    /// A yes/no option (the file says true/false, yes/no, 1/0).
    bool isOn(const QString &name) const;
    /// Every value of an option that may be given more than once, comma lists split.
    QStringList values(const QString &name) const;

    /// The configuration file read, or empty if none.
    QString configFile() const { return m_file; }
    QString dataDir() const;
    /// The store's setting ("sqlite:…" or "postgresql://…").
    QString database() const;
    /// The certificate and key serve uses: the operator's, or the self-signed pair in the
    /// data folder (made on first use, TlsFiles::ensureSelfSigned).
    QString certificateFile() const;
    QString keyFile() const;
    /// Whether the store was named on the command line (--data-dir or --database): only then
    /// may a command other than serve create a new one.
    bool storeNamedOnCommandLine() const;

private:
    const QCommandLineParser *m_parser = nullptr;
    QString m_file;
    QHash<QString, QString> m_fromFile;
    QHash<QString, QStringList> m_listsFromFile;
};
