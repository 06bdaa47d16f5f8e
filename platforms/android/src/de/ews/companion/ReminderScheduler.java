// SPDX-License-Identifier: GPL-3.0-or-later
package de.ews.companion;

import android.app.Activity;
import android.app.AlarmManager;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.content.pm.PackageManager;
import android.net.Uri;
import android.os.Build;
import android.util.Log;

import java.util.HashSet;
import java.util.Set;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Hands the app's reminders to the AlarmManager, so that they appear while the app is not
 * running. Called from C++ (AndroidReminderService) and, after a restart of the phone, from
 * ReminderReceiver.
 */
public final class ReminderScheduler
{
    static final String ACTION_SHOW = "de.ews.companion.SHOW_REMINDER";
    static final String EXTRA_KEY = "key";
    static final String EXTRA_TITLE = "title";
    static final String EXTRA_TEXT = "text";

    /** Numbers of ReminderService::Availability on the C++ side. */
    private static final int ALWAYS = 0;
    private static final int NOT_ALLOWED = 2;

    private static final String TAG = "EwsReminders";
    private static final String PREFERENCES = "reminders";
    private static final String SCHEDULED = "scheduled";
    /** API 33; spelled out so that the code also compiles against an older SDK. */
    private static final String POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS";
    /** Qt counts its own permission requests up from 0; this one stays out of their way. */
    private static final int PERMISSION_REQUEST = 0x4557;

    private ReminderScheduler() { }

    /**
     * Replaces the scheduled reminders with {@code remindersJson}, an array of
     * {key, eventId, fireAtMillis, title, text}. The list is kept, because the system forgets
     * every alarm when the phone restarts.
     */
    public static synchronized void schedule(Context context, String remindersJson)
    {
        JSONArray reminders;
        try {
            reminders = new JSONArray(remindersJson);
        } catch (JSONException e) {
            Log.w(TAG, "reminders not scheduled: " + e.getMessage());
            return;
        }
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        SharedPreferences preferences = preferences(context);

        Set<String> keys = new HashSet<>();
        for (int i = 0; i < reminders.length(); ++i)
            keys.add(reminders.optJSONObject(i).optString("key"));
        Set<String> scheduledBefore = new HashSet<>();
        JSONArray previous = scheduled(preferences);
        for (int i = 0; i < previous.length(); ++i) {
            String key = previous.optJSONObject(i).optString("key");
            scheduledBefore.add(key);
            if (keys.contains(key))
                continue;
            PendingIntent old = PendingIntent.getBroadcast(context, 0, alarmIntent(context, key),
                    PendingIntent.FLAG_NO_CREATE | PendingIntent.FLAG_IMMUTABLE);
            if (old != null) {
                alarms.cancel(old);
                old.cancel();
            }
        }

        long now = System.currentTimeMillis();
        for (int i = 0; i < reminders.length(); ++i) {
            JSONObject reminder = reminders.optJSONObject(i);
            String key = reminder.optString("key");
            long fireAt = reminder.optLong("fireAtMillis");
            // Its alarm has gone off, or is about to (inexact): setting it again would show it
            // twice. One whose time passed before it was ever scheduled goes off at once.
            if (fireAt <= now && scheduledBefore.contains(key))
                continue;
            Intent intent = alarmIntent(context, key)
                    .putExtra(EXTRA_KEY, key)
                    .putExtra(EXTRA_TITLE, reminder.optString("title"))
                    .putExtra(EXTRA_TEXT, reminder.optString("text"));
            // FLAG_UPDATE_CURRENT: a reminder whose text changed keeps its alarm, with new text.
            PendingIntent show = PendingIntent.getBroadcast(context, 0, intent,
                    PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
            // Inexact but delivered in Doze, and needs no SCHEDULE_EXACT_ALARM: a reminder the
            // day before may come a few minutes late.
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, fireAt, show);
        }
        preferences.edit().putString(SCHEDULED, reminders.toString()).apply();
    }

    /** After a restart: schedules again what was scheduled, without what has passed meanwhile. */
    static synchronized void restore(Context context)
    {
        JSONArray previous = scheduled(preferences(context));
        JSONArray upcoming = new JSONArray();
        long now = System.currentTimeMillis();
        for (int i = 0; i < previous.length(); ++i) {
            JSONObject reminder = previous.optJSONObject(i);
            if (reminder != null && reminder.optLong("fireAtMillis") > now)
                upcoming.put(reminder);
        }
        schedule(context, upcoming.toString());
    }

    /** 0 (Always) or 2 (NotAllowed): whether the person lets the app show notifications. */
    public static int availability(Context context)
    {
        if (Build.VERSION.SDK_INT >= 33 && !granted(context))
            return NOT_ALLOWED;
        NotificationManager notifications = context.getSystemService(NotificationManager.class);
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.N
                && !notifications.areNotificationsEnabled())
            return NOT_ALLOWED;
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.O) {
            // The person may have switched off only the reminders.
            NotificationChannel channel =
                    notifications.getNotificationChannel(ReminderReceiver.CHANNEL_ID);
            if (channel != null && channel.getImportance() == NotificationManager.IMPORTANCE_NONE)
                return NOT_ALLOWED;
        }
        return ALWAYS;
    }

    /**
     * Android 13 and later ask the person before an app may show notifications; earlier
     * versions allow them from the installation on.
     */
    public static void requestPermission(final Activity activity)
    {
        if (Build.VERSION.SDK_INT < 33 || granted(activity))
            return;
        // Called from Qt's thread; the dialog belongs to the activity's.
        activity.runOnUiThread(() -> activity.requestPermissions(
                new String[] { POST_NOTIFICATIONS }, PERMISSION_REQUEST));
    }

    /**
     * One alarm per key: the data makes the intents differ (extras do not), so that each
     * reminder has its own PendingIntent.
     */
    private static Intent alarmIntent(Context context, String key)
    {
        return new Intent(context, ReminderReceiver.class)
                .setAction(ACTION_SHOW)
                .setData(Uri.fromParts("ews-reminder", key, null));
    }

    private static boolean granted(Context context)
    {
        return context.checkSelfPermission(POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED;
    }

    private static SharedPreferences preferences(Context context)
    {
        return context.getSharedPreferences(PREFERENCES, Context.MODE_PRIVATE);
    }

    private static JSONArray scheduled(SharedPreferences preferences)
    {
        try {
            return new JSONArray(preferences.getString(SCHEDULED, "[]"));
        } catch (JSONException e) {
            return new JSONArray();
        }
    }
}
