// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicestorage.h"

#include "appsettings.h"
#include "displaycontext.h"
#include "filecache.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 megabyte = qint64(1000) * 1000;
const QString limitKey = u"files/limitMegabytes"_s;
}

DeviceStorage::DeviceStorage(
    FileCache &cache, AppSettings &settings, DisplayContext &context, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_settings(settings)
    , m_context(context)
{
    connect(&m_context, &DisplayContext::changed, this, &DeviceStorage::changed);
}

int DeviceStorage::limitMegabytes() const
{
    const int chosen
        = m_settings.value(limitKey, int(FileCache::defaultLimitBytes / megabyte)).toInt();
    return std::clamp(chosen, smallestMegabytes, largestMegabytes);
}

void DeviceStorage::setLimitMegabytes(int megabytes)
{
    const int bounded = std::clamp(megabytes, smallestMegabytes, largestMegabytes);
    if (bounded == limitMegabytes())
        return;
    m_settings.setValue(limitKey, bounded);
    tidy();
    Q_EMIT changed();
}

QString DeviceStorage::usedText() const
{
    const qint64 used = qMax<qint64>(0, m_cache.bytesKept());
    //: Room the photos and files take on the device; %1 a number of megabytes
    return tr("%1 MB").arg(
        m_context.locale().toString(double(used) / megabyte, 'f', used < 10 * megabyte ? 1 : 0));
}

void DeviceStorage::tidy()
{
    if (!m_cache.evictTo(qint64(limitMegabytes()) * megabyte).isEmpty())
        Q_EMIT changed();
}
