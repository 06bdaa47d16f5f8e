// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class AppSettings;
class DisplayContext;
class FileCache;

/// How much room the photos and files on this device may take ("Speicher für Fotos und
/// Dateien"), as the person sees and sets it in Settings: above it, the files used longest ago
/// go (FileCache), never one still to be sent or kept offline.
class DeviceStorage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /// The most, in megabytes (100 to 5,000; 500 unless the person chose otherwise).
    Q_PROPERTY(int limitMegabytes READ limitMegabytes WRITE setLimitMegabytes NOTIFY changed)
    /// What the files take now, as people read it: "120 MB".
    Q_PROPERTY(QString usedText READ usedText NOTIFY changed)

public:
    DeviceStorage(FileCache &cache, AppSettings &settings, DisplayContext &context,
        QObject *parent = nullptr);

    static constexpr int smallestMegabytes = 100;
    static constexpr int largestMegabytes = 5000;

    int limitMegabytes() const;
    void setLimitMegabytes(int megabytes);
    QString usedText() const;
    /// Makes room down to the limit (after a file arrived); says so if anything changed.
    Q_INVOKABLE void tidy();

Q_SIGNALS:
    void changed();

private:
    FileCache &m_cache;
    AppSettings &m_settings;
    DisplayContext &m_context;
};
