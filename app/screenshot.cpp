// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCursor>
#include <QImage>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>

namespace {
constexpr int framesBeforeGrab = 3;
constexpr int settleMilliseconds = 600;
constexpr int giveUpMilliseconds = 30 * 1000;
}

Screenshot::Screenshot(QQuickWindow &window, const QString &file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(file)
{
    connect(&m_window, &QQuickWindow::frameSwapped, this, &Screenshot::frameSwapped);
    // The pointer out of the window: a virtual screen puts it in its middle, over a list row
    // of a desktop-size window, and the picture would show a hover highlight.
    if (QScreen *screen = m_window.screen())
        QCursor::setPos(screen, screen->geometry().bottomRight());
    // Animations (dialogs opening) finish before the picture is taken.
    QTimer::singleShot(settleMilliseconds, this, [this] { m_window.update(); });
    // A window that never draws (no display, broken OpenGL) must not hang a test run.
    QTimer::singleShot(giveUpMilliseconds, this, [this] {
        if (!m_done) {
            m_done = true;
            Q_EMIT finished(false);
        }
    });
}

void Screenshot::frameSwapped()
{
    if (++m_frames < framesBeforeGrab)
        return;
    disconnect(&m_window, &QQuickWindow::frameSwapped, this, &Screenshot::frameSwapped);
    QTimer::singleShot(settleMilliseconds, this, [this] {
        if (m_done)
            return;
        m_done = true;
        const QImage image = m_window.grabWindow();
        Q_EMIT finished(!image.isNull() && image.save(m_file));
    });
}
