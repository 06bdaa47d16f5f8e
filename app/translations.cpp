// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

Translations::Translations(QObject *parent, const QString &folder)
    : QObject(parent)
    , m_folder(folder)
{
}

bool Translations::use(const QString &language, QQmlEngine *engine)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    const bool loaded = m_translator.load(m_folder + u"/ews-companion_"_s + language);
    if (loaded)
        m_installed = QCoreApplication::installTranslator(&m_translator);
    if (engine)
        engine->retranslate();
    return loaded;
}
