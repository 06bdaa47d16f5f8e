// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

class QQmlEngine;

/// Keeps the app's translator in step with the chosen language and retranslates the screens.
class Translations : public QObject
{
    Q_OBJECT
public:
    /// Reads the translations from @p folder (the app's own resources unless a test names
    /// the build's folder).
    explicit Translations(
        QObject *parent = nullptr, const QString &folder = QStringLiteral(":/i18n"));

    /// Installs the translation for @p language ("de" or "en"); false if none could be loaded.
    bool use(const QString &language, QQmlEngine *engine = nullptr);

private:
    QString m_folder;
    QTranslator m_translator;
    bool m_installed = false;
};
