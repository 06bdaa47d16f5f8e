// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationscanner.h"

#include "invitationlink.h"
#include "qrreader.h"

#include <QFileInfo>
#include <QImageReader>
#include <QVideoFrame>
#include <QVideoSink>

InvitationScanner::InvitationScanner(QObject *parent)
    : QObject(parent)
{
}

void InvitationScanner::setVideoSink(QObject *object)
{
    auto *sink = qobject_cast<QVideoSink *>(object);
    if (sink == m_videoSink)
        return;
    disconnect(m_frames);
    m_videoSink = sink;
    if (sink)
        m_frames = connect(sink, &QVideoSink::videoFrameChanged, this, &InvitationScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void InvitationScanner::onFrame(const QVideoFrame &frame)
{
    if (m_sinceLastFrame.isValid() && m_sinceLastFrame.elapsed() < 1000 / framesPerSecond)
        return;
    m_sinceLastFrame.start();
    const QString text = QrReader::read(frame.toImage());
    // A frame without a code is the normal case while the person aims; a code is answered
    // once, not four times a second while it stays in view.
    if (text.isEmpty() || text == m_lastText)
        return;
    m_lastText = text;
    if (!take(text))
        Q_EMIT failed(tr("This QR code is not an invitation to the programme."));
}

void InvitationScanner::readFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Q_EMIT failed(tr("The picture cannot be opened."));
    if (info.size() > maximumFileSize)
        return Q_EMIT failed(tr("The picture is too large. Please take a smaller one."));
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > QrReader::maximumSide)
        reader.setScaledSize(
            size.scaled(QrReader::maximumSide, QrReader::maximumSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return Q_EMIT failed(tr("This file is not a picture that can be read."));
    const QString text = QrReader::read(image);
    if (text.isEmpty())
        return Q_EMIT failed(tr("No QR code was found in the picture. Take the picture so that the "
                                "whole code is sharp and fills a good part of it."));
    if (!take(text))
        Q_EMIT failed(tr("This QR code is not an invitation to the programme."));
}

bool InvitationScanner::take(const QString &text)
{
    QString problem;
    if (!InvitationLink::parse(text, &problem))
        return false;
    Q_EMIT found(text.trimmed());
    return true;
}
