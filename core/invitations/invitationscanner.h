// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QVideoSink>

/// Finds an invitation's QR code in what the camera sees, or in a picture the person opens
/// (a photo of the letter, a screenshot of the e-mail), and hands on its link. A QR code
/// that is not an invitation, or a picture without one, gets a plain answer instead.

class InvitationScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The camera's frames: the `videoSink` of a VideoOutput showing the camera (a QVideoSink;
    /// declared as an object so that the screens' tools need not know Qt Multimedia's types).
    Q_PROPERTY(QObject *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
public:
    /// Pictures larger than this are not opened (a photo from a phone is far smaller).
    static constexpr qint64 maximumFileSize = qint64(40) * 1024 * 1024;
    /// At most this many camera frames are looked at per second: reading one costs time.
    static constexpr int framesPerSecond = 4;

    explicit InvitationScanner(QObject *parent = nullptr);

    QObject *videoSink() const { return m_videoSink; }
    void setVideoSink(QObject *sink);

    /// Reads the QR code in the picture at @p file; answers with found() or failed().
    Q_INVOKABLE void readFile(const QUrl &file);

Q_SIGNALS:
    void videoSinkChanged();
    /// An invitation link was found.
    void found(const QString &link);
    /// Nothing usable was found in a picture; @p message says what, in plain words.
    void failed(const QString &message);

private:
    void onFrame(const QVideoFrame &frame);
    /// Hands on @p text (what a QR code carried) if it is an invitation link.
    bool take(const QString &text);

    QPointer<QVideoSink> m_videoSink;
    QMetaObject::Connection m_frames;
    QElapsedTimer m_sinceLastFrame;
    QString m_lastText; ///< the last code read from the camera
};
