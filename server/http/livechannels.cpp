// SPDX-License-Identifier: GPL-3.0-or-later
#include "livechannels.h"

quint64 LiveChannels::subscribe(const QStringList &topics, Deliver deliver)
{
    const std::lock_guard lock(m_mutex);
    const quint64 id = m_next++;
    m_listeners.insert(id, { topics, std::move(deliver) });
    for (const QString &topic : topics)
        m_byTopic[topic].append(id);
    return id;
}

void LiveChannels::unsubscribe(quint64 id)
{
    const std::lock_guard lock(m_mutex);
    const auto listener = m_listeners.constFind(id);
    if (listener == m_listeners.cend())
        return;
    for (const QString &topic : listener->topics) {
        auto ids = m_byTopic.find(topic);
        if (ids == m_byTopic.end())
            continue;
        ids->removeOne(id);
        if (ids->isEmpty())
            m_byTopic.erase(ids);
    }
    m_listeners.erase(listener);
}

void LiveChannels::publish(const QString &topic, qint64 sequence, const QByteArray &message)
{
    const std::string text = message.toStdString();
    const std::lock_guard lock(m_mutex);
    for (const quint64 id : m_byTopic.value(topic))
        m_listeners.value(id).deliver(topic, sequence, text);
}

int LiveChannels::listeners() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_listeners.size());
}
