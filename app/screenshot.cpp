// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace {
constexpr int framesBeforeGrab = 3;
constexpr int settleMilliseconds = 600;
}

Screenshot::Screenshot(QQuickWindow &window, const QString &file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
{
    connect(&m_window, &QQuickWindow::frameSwapped, this, &Screenshot::frameSwapped);
    // Animations (dialogs opening) finish before the picture is taken.
    QTimer::singleShot(settleMilliseconds, this, [this] { m_window.update(); });
}

void Screenshot::frameSwapped()
{
    if (++m_frames < framesBeforeGrab)
        return;
    disconnect(&m_window, &QQuickWindow::frameSwapped, this, &Screenshot::frameSwapped);
    QTimer::singleShot(settleMilliseconds, this, [this] {
        const QImage image = m_window.grabWindow();
        Q_EMIT finished(!image.isNull() && image.save(m_file));
    });
}
