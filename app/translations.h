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
    explicit Translations(QObject *parent = nullptr);

    /// Installs the translation for @p language ("de" or "en"); false if none could be loaded.
    bool use(const QString &language, QQmlEngine *engine = nullptr);

private:
    QTranslator m_translator;
    bool m_installed = false;
};
