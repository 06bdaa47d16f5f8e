// SPDX-License-Identifier: GPL-3.0-or-later
#include "iosreminderservice.h"

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

// Qt builds Objective-C++ with manual reference counting; the releases below rely on it.
#if __has_feature(objc_arc)
#error "iosreminderservice.mm is written for manual reference counting (no -fobjc-arc)"
#endif

/// Without a delegate that says otherwise, iOS drops a notification that arrives while the
/// app is in front.
@interface EwsReminderPresenter : NSObject <UNUserNotificationCenterDelegate>
@end

@implementation EwsReminderPresenter
- (void)userNotificationCenter:(UNUserNotificationCenter *)center
       willPresentNotification:(UNNotification *)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions))completionHandler
{
    Q_UNUSED(center);
    Q_UNUSED(notification);
    completionHandler(UNNotificationPresentationOptionBanner | UNNotificationPresentationOptionList
        | UNNotificationPresentationOptionSound);
}
@end

namespace {
using Availability = ReminderService::Availability;

void fetchAvailability(std::shared_ptr<std::atomic<Availability>> cache)
{
    [[UNUserNotificationCenter currentNotificationCenter]
        getNotificationSettingsWithCompletionHandler:^(UNNotificationSettings *settings) {
            switch (settings.authorizationStatus) {
            case UNAuthorizationStatusAuthorized:
            case UNAuthorizationStatusProvisional: // shown quietly, in the notification centre
            case UNAuthorizationStatusEphemeral:
                cache->store(Availability::Always);
                break;
            default: // not asked yet, or refused
                cache->store(Availability::NotAllowed);
                break;
            }
        }];
}

/// The reminder's time as a calendar date in UTC, so that it comes at the same moment after
/// the phone has moved to another time zone.
NSDateComponents *dateComponents(const QDateTime &fireAt)
{
    NSCalendar *calendar = [NSCalendar calendarWithIdentifier:NSCalendarIdentifierGregorian];
    calendar.timeZone = [NSTimeZone timeZoneForSecondsFromGMT:0];
    NSDateComponents *components =
        [calendar components:NSCalendarUnitYear | NSCalendarUnitMonth | NSCalendarUnitDay
                  | NSCalendarUnitHour | NSCalendarUnitMinute | NSCalendarUnitSecond
                    fromDate:fireAt.toNSDate()];
    components.calendar = calendar;
    components.timeZone = calendar.timeZone;
    return components;
}
}

IosReminderService::IosReminderService()
    : m_availability(std::make_shared<std::atomic<Availability>>(Availability::NotAllowed))
    , m_presenter([[EwsReminderPresenter alloc] init])
{
    // The center keeps its delegate weakly; m_presenter keeps it alive.
    [UNUserNotificationCenter currentNotificationCenter].delegate = m_presenter;
    fetchAvailability(m_availability);
}

IosReminderService::~IosReminderService()
{
    UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
    if (center.delegate == m_presenter)
        center.delegate = nil;
    [m_presenter release];
}

ReminderService::Availability IosReminderService::availability() const
{
    // Asks again for the next time: the person may change it in the Settings app meanwhile.
    fetchAvailability(m_availability);
    return m_availability->load();
}

void IosReminderService::requestPermission()
{
    auto cache = m_availability;
    [[UNUserNotificationCenter currentNotificationCenter]
        requestAuthorizationWithOptions:UNAuthorizationOptionAlert | UNAuthorizationOptionSound
                      completionHandler:^(BOOL granted, NSError *error) {
                          Q_UNUSED(granted);
                          Q_UNUSED(error);
                          fetchAvailability(cache);
                      }];
}

void IosReminderService::schedule(const QList<Reminder> &reminders)
{
    @autoreleasepool {
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        // The app schedules no other notifications, so all pending ones are reminders.
        [center removeAllPendingNotificationRequests];
        // A time that has passed matches no calendar trigger: that reminder was shown, or
        // came too late. Of the rest (ordered by time) the nearest are kept; a later
        // schedule(), once some have been shown, adds the following ones.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qsizetype added = 0;
        for (const Reminder &reminder : reminders) {
            if (reminder.fireAt <= now)
                continue;
            if (++added > maximumPending)
                break;
            UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
            content.title = reminder.title.toNSString();
            content.body = reminder.text.toNSString();
            content.sound = [UNNotificationSound defaultSound];
            content.userInfo = @{ @"eventId" : reminder.eventId.toNSString() };
            UNCalendarNotificationTrigger *trigger = [UNCalendarNotificationTrigger
                triggerWithDateMatchingComponents:dateComponents(reminder.fireAt)
                                          repeats:NO];
            UNNotificationRequest *request =
                [UNNotificationRequest requestWithIdentifier:reminder.key.toNSString()
                                                     content:content
                                                     trigger:trigger];
            [content release];
            [center addNotificationRequest:request withCompletionHandler:nil];
        }
    }
}
