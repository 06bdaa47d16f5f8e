// SPDX-License-Identifier: GPL-3.0-or-later
package de.ews.companion;

import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.os.Build;

/**
 * Shows a reminder when its alarm goes off, and schedules the reminders again after a restart
 * of the phone (which forgets every alarm). Runs without the app's Qt part.
 */
public class ReminderReceiver extends BroadcastReceiver
{
    static final String CHANNEL_ID = "reminders";
    private static final String CHANNEL_NAME = "Erinnerungen an Termine";

    @Override
    public void onReceive(Context context, Intent intent)
    {
        String action = intent.getAction();
        if (Intent.ACTION_BOOT_COMPLETED.equals(action))
            ReminderScheduler.restore(context);
        else if (ReminderScheduler.ACTION_SHOW.equals(action))
            show(context, intent);
    }

    private static void show(Context context, Intent alarm)
    {
        NotificationManager notifications = context.getSystemService(NotificationManager.class);
        Notification.Builder builder;
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            // Creating an existing channel changes nothing the person has set.
            notifications.createNotificationChannel(new NotificationChannel(CHANNEL_ID,
                    CHANNEL_NAME, NotificationManager.IMPORTANCE_DEFAULT));
            builder = new Notification.Builder(context, CHANNEL_ID);
        } else {
            builder = legacyBuilder(context);
        }
        // The manifest's @mipmap/ic_launcher, without depending on the package the build gives R.
        builder.setSmallIcon(context.getApplicationInfo().icon)
                .setContentTitle(alarm.getStringExtra(ReminderScheduler.EXTRA_TITLE))
                .setContentText(alarm.getStringExtra(ReminderScheduler.EXTRA_TEXT))
                .setCategory(Notification.CATEGORY_REMINDER)
                .setAutoCancel(true);
        Intent launch =
                context.getPackageManager().getLaunchIntentForPackage(context.getPackageName());
        if (launch != null)
            builder.setContentIntent(PendingIntent.getActivity(context, 0, launch,
                    PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE));
        // The key as tag: one notification per reminder; one shown again replaces itself.
        notifications.notify(alarm.getStringExtra(ReminderScheduler.EXTRA_KEY), 0, builder.build());
    }

    /** Before Android 8 there are no channels. */
    @SuppressWarnings("deprecation")
    private static Notification.Builder legacyBuilder(Context context)
    {
        return new Notification.Builder(context);
    }
}
