// SPDX-License-Identifier: GPL-3.0-or-later
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QtQuickTest>
#include <ewsuiplugins.h>

Q_IMPORT_QML_PLUGIN(Ews_AppPlugin)
Q_IMPORT_QML_PLUGIN(Ews_CorePlugin)
Q_IMPORT_QML_PLUGIN(Ews_SyncPlugin)
// The screens' modules: ewsuiplugins.h imports them all.

/// Makes the app's static QML modules importable in the tests.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QStandardPaths::setTestModeEnabled(true); }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(ews_pages, Setup)
#include "tst_qml.moc"
