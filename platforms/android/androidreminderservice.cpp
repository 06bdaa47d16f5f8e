// SPDX-License-Identifier: GPL-3.0-or-later
#include "androidreminderservice.h"

#include <QCoreApplication>
#include <QJniObject>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr char scheduler[] = "de/ews/companion/ReminderScheduler";

/// What ReminderScheduler.availability answers.
constexpr jint notAllowed = 2;

/// The shape ReminderScheduler.schedule reads.
QByteArray toJson(const QList<Reminder> &reminders)
{
    QJsonArray array;
    for (const Reminder &reminder : reminders) {
        array.append(QJsonObject {
            { u"key"_s, reminder.key },
            { u"eventId"_s, reminder.eventId },
            { u"fireAtMillis"_s, reminder.fireAt.toMSecsSinceEpoch() },
            { u"title"_s, reminder.title },
            { u"text"_s, reminder.text },
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}
}

ReminderService::Availability AndroidReminderService::availability() const
{
    const QJniObject context = QNativeInterface::QAndroidApplication::context();
    const jint answer = QJniObject::callStaticMethod<jint>(
        scheduler, "availability", "(Landroid/content/Context;)I", context.object());
    return answer == notAllowed ? Availability::NotAllowed : Availability::Always;
}

void AndroidReminderService::requestPermission()
{
    // Only an activity can ask; the context is one while the app runs in front.
    if (!QNativeInterface::QAndroidApplication::isActivityContext())
        return;
    const QJniObject activity = QNativeInterface::QAndroidApplication::context();
    QJniObject::callStaticMethod<void>(
        scheduler, "requestPermission", "(Landroid/app/Activity;)V", activity.object());
}

void AndroidReminderService::schedule(const QList<Reminder> &reminders)
{
    const QJniObject context = QNativeInterface::QAndroidApplication::context();
    const QJniObject json = QJniObject::fromString(QString::fromUtf8(toJson(reminders)));
    QJniObject::callStaticMethod<void>(scheduler, "schedule",
        "(Landroid/content/Context;Ljava/lang/String;)V", context.object(), json.object<jstring>());
}
