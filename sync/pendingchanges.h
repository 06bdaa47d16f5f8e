// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class ChangeLog;

/// How many changes are saved on this device only (not yet confirmed by the server), so the
/// screens can always say where a person's work is.
class PendingChanges : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Read again when the count changes and when the language does.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
public:
    explicit PendingChanges(ChangeLog &changeLog, QObject *parent = nullptr);

    int count() const;
    QString statusText() const;
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();
    void statusTextChanged();

private:
    ChangeLog &m_changeLog;
    int m_count = 0;
};
