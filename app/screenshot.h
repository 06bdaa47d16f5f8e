// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QQuickWindow;

/// Renders a window to a PNG once it has drawn a few frames, then reports the result.
class Screenshot : public QObject
{
    Q_OBJECT
public:
    Screenshot(QQuickWindow &window, const QString &file, QObject *parent = nullptr);

Q_SIGNALS:
    /// @p ok is false if the image could not be taken or saved.
    void finished(bool ok);

private:
    void frameSwapped();

    QQuickWindow &m_window;
    QString m_file;
    int m_frames = 0;
    bool m_done = false;
};
