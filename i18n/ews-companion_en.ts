<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessDesk</name>
    <message>
        <source>The server cannot be reached. Inviting and signing out need a connection; please try again when you are online.</source>
        <translation>The server cannot be reached. Inviting and signing out need a connection; please try again when you are online.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>This device has been signed out by the organisers.</source>
        <translation>This device has been signed out by the organisers.</translation>
    </message>
    <message>
        <source>Only the organisers invite people and sign them out.</source>
        <translation>Only the organisers invite people and sign them out.</translation>
    </message>
    <message>
        <source>Too many steps at once; please wait a minute.</source>
        <translation>Too many steps at once; please wait a minute.</translation>
    </message>
    <message>
        <source>There is a municipality of that name already.</source>
        <translation>There is a municipality of that name already.</translation>
    </message>
    <message>
        <source>This municipality no longer exists; please choose another.</source>
        <translation>This municipality no longer exists; please choose another.</translation>
    </message>
    <message>
        <source>An organiser of that name signs in already. To add a further device of hers or his, choose &quot;Further device&quot; beside the name.</source>
        <translation>An organiser of that name signs in already. To add a further device of hers or his, choose &quot;Further device&quot; beside the name.</translation>
    </message>
    <message>
        <source>Several contacts have that name. Give one of them another name under Contacts first.</source>
        <translation>Several contacts have that name. Give one of them another name under Contacts first.</translation>
    </message>
    <message>
        <source>You cannot sign yourself out here; use &quot;Sign out&quot; in the settings.</source>
        <translation>You cannot sign yourself out here; use &quot;Sign out&quot; in the settings.</translation>
    </message>
    <message>
        <source>This is no longer there; the list has been updated.</source>
        <translation>This is no longer there; the list has been updated.</translation>
    </message>
    <message>
        <source>Please enter a name of at most 100 characters.</source>
        <translation>Please enter a name of at most 100 characters.</translation>
    </message>
    <message>
        <source>The server could not do this (%1).</source>
        <extracomment>%1 is an HTTP status number</extracomment>
        <translation>The server could not do this (%1).</translation>
    </message>
    <message>
        <source>Connect this device to the server as an organiser first (Settings).</source>
        <translation>Connect this device to the server as an organiser first (Settings).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>signed in on %1</source>
        <translation>signed in on %1</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>valid until it is used</source>
        <translation>valid until it is used</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>expired on %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>%1 has been added.</source>
        <extracomment>%1 is a municipality&apos;s name</extracomment>
        <translation>%1 has been added.</translation>
    </message>
    <message>
        <source>Please choose the municipality.</source>
        <translation>Please choose the municipality.</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Valid once, until %1.</translation>
    </message>
    <message>
        <source>The invitation for %1 is ready.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>The invitation for %1 is ready.</translation>
    </message>
    <message>
        <source>Make an invitation first.</source>
        <translation>Make an invitation first.</translation>
    </message>
    <message>
        <source>The invitation has ended: its code can no longer be used.</source>
        <translation>The invitation has ended: its code can no longer be used.</translation>
    </message>
    <message>
        <source>The device has been signed out. What was entered on it and sent stays; it receives nothing new.</source>
        <translation>The device has been signed out. What was entered on it and sent stays; it receives nothing new.</translation>
    </message>
    <message>
        <source>The person has been signed out on every device.</source>
        <translation>The person has been signed out on every device.</translation>
    </message>
    <message>
        <source>Moved: from now on they write in the project of %1.</source>
        <extracomment>%1 is a municipality&apos;s name</extracomment>
        <translation>Moved: from now on they write in the project of %1.</translation>
    </message>
    <message>
        <source>The server cannot do this just now; please try again in a minute.</source>
        <translation>The server cannot do this just now; please try again in a minute.</translation>
    </message>
    <message>
        <source>Erased. Every device drops the data at its next sync.</source>
        <translation>Erased. Every device drops the data at its next sync.</translation>
    </message>
    <message>
        <source>The programme is closed. Its personal data will be erased on the date shown.</source>
        <translation>The programme is closed. Its personal data will be erased on the date shown.</translation>
    </message>
    <message>
        <source>The programme is open again; nothing will be erased.</source>
        <translation>The programme is open again; nothing will be erased.</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Invitations and devices</source>
        <extracomment>Title of the page where organisers invite people and sign devices out</extracomment>
        <translation>Invitations and devices</translation>
    </message>
    <message>
        <source>An invitation is a link with a QR code, or a code to type, that signs one person in once. Inviting and signing out need a connection to the server.</source>
        <translation>An invitation is a link with a QR code, or a code to type, that signs one person in once. Inviting and signing out need a connection to the server.</translation>
    </message>
    <message>
        <source>Connect this device to the server as an organiser first (Settings).</source>
        <translation>Connect this device to the server as an organiser first (Settings).</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <extracomment>Button: an organiser invites a participant or an organiser
----------
Title of the form that makes an invitation</extracomment>
        <translation>Invite someone</translation>
    </message>
    <message>
        <source>Add a municipality</source>
        <translation>Add a municipality</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Button: load the lists again from the server</extracomment>
        <translation>Update</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <extracomment>Heading: invitations whose code nobody has used yet</extracomment>
        <translation>Not used yet</translation>
    </message>
    <message>
        <source>End invitation</source>
        <extracomment>Button: the invitation&apos;s code can no longer be used</extracomment>
        <translation>End invitation</translation>
    </message>
    <message>
        <source>People and their devices</source>
        <extracomment>Heading: people who can sign in, with their devices</extracomment>
        <translation>People and their devices</translation>
    </message>
    <message>
        <source>No device signed in.</source>
        <translation>No device signed in.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Button: one device (a lost phone) can no longer sync</extracomment>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out “%1” of %2? It can no longer exchange anything with the server; what was sent from it stays.</source>
        <extracomment>%1 is a device, %2 a person&apos;s name</extracomment>
        <translation>Sign out “%1” of %2? It can no longer exchange anything with the server; what was sent from it stays.</translation>
    </message>
    <message>
        <source>Further device</source>
        <extracomment>Button: an invitation for another device of this person (an office PC)</extracomment>
        <translation>Further device</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>Button: the participant changes to another municipality</extracomment>
        <translation>Move</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <extracomment>Button: the person can no longer sign in on any device</extracomment>
        <translation>Sign out everywhere</translation>
    </message>
    <message>
        <source>Sign %1 out on every device? Their codes not used yet end too. What they wrote stays.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>Sign %1 out on every device? Their codes not used yet end too. What they wrote stays.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>Please choose the municipality.</source>
        <translation>Please choose the municipality.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As</source>
        <translation>As</translation>
    </message>
    <message>
        <source>Participant of a municipality</source>
        <translation>Participant of a municipality</translation>
    </message>
    <message>
        <source>Organiser</source>
        <extracomment>An organiser belongs to no municipality</extracomment>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>The code is valid once, for 30 days. You can show the invitation on screen or print it as a letter.</source>
        <translation>The code is valid once, for 30 days. You can show the invitation on screen or print it as a letter.</translation>
    </message>
    <message>
        <source>Name of the municipality</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <source>e.g. Kreis Lippe</source>
        <translation>e.g. Kreis Lippe</translation>
    </message>
    <message>
        <source>Move %1</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>From now on they write in the practice project of the municipality chosen. What they wrote so far stays where it is.</source>
        <translation>From now on they write in the practice project of the municipality chosen. What they wrote so far stays where it is.</translation>
    </message>
    <message>
        <source>Erase data</source>
        <extracomment>Button: everything stored about the person is deleted for good</extracomment>
        <translation>Erase data</translation>
    </message>
    <message>
        <source>Erase everything stored about %1 for good? Their sign-in, devices, contact details and own notes are deleted, on every device too. What they wrote in the practice project stays, shown as by a “former participant”.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>Erase everything stored about %1 for good? Their sign-in, devices, contact details and own notes are deleted, on every device too. What they wrote in the practice project stays, shown as by a “former participant”.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <extracomment>Button: erase a person&apos;s data, cannot be undone</extracomment>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Also delete what they wrote in the practice project</source>
        <translation>Also delete what they wrote in the practice project</translation>
    </message>
    <message>
        <source>End of the programme</source>
        <extracomment>Heading: closing the programme and erasing its data afterwards</extracomment>
        <translation>End of the programme</translation>
    </message>
    <message>
        <source>The programme is closed. On %1 the server erases everyone&apos;s data: names, contact details, devices and notes. What was written in the practice projects stays, without names.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>The programme is closed. On %1 the server erases everyone&apos;s data: names, contact details, devices and notes. What was written in the practice projects stays, without names.</translation>
    </message>
    <message>
        <source>When the programme is over, close it here. The server then erases everyone&apos;s data after the period its operator set (six months unless said otherwise).</source>
        <translation>When the programme is over, close it here. The server then erases everyone&apos;s data after the period its operator set (six months unless said otherwise).</translation>
    </message>
    <message>
        <source>Open the programme again</source>
        <extracomment>Button: the programme goes on; nothing is erased</extracomment>
        <translation>Open the programme again</translation>
    </message>
    <message>
        <source>Close the programme</source>
        <extracomment>Button: the programme is over; its data is erased later</extracomment>
        <translation>Close the programme</translation>
    </message>
    <message>
        <source>Erase the data for good?</source>
        <extracomment>Title of the question before a person&apos;s data is erased</extracomment>
        <translation>Erase the data for good?</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <extracomment>Title of the question before a device or a person is signed out</extracomment>
        <translation>Sign out?</translation>
    </message>
</context>
<context>
    <name>AnnouncementDesk</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Participants of %1</source>
        <extracomment>Whom an announcement goes to; %1 is a municipality</extracomment>
        <translation>Participants of %1</translation>
    </message>
    <message>
        <source>To everyone</source>
        <translation>To everyone</translation>
    </message>
    <message>
        <source>To the participants of %1</source>
        <translation>To the participants of %1</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Waiting for a connection</translation>
    </message>
    <message>
        <source>Please write the announcement.</source>
        <translation>Please write the announcement.</translation>
    </message>
    <message>
        <source>The announcement is longer than 1,000 characters.</source>
        <translation>The announcement is longer than 1,000 characters.</translation>
    </message>
    <message>
        <source>This municipality cannot be found any more.</source>
        <translation>This municipality cannot be found any more.</translation>
    </message>
    <message>
        <source>The announcement could not be saved on this device.</source>
        <translation>The announcement could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>AnnouncementPage</name>
    <message>
        <source>Announcements</source>
        <extracomment>Title of the page where organisers write to the participants</extracomment>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Participants see an announcement under “What&apos;s new” and, where their device can show one, as a notification.</source>
        <translation>Participants see an announcement under “What&apos;s new” and, where their device can show one, as a notification.</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Label: whom an announcement goes to</extracomment>
        <translation>To</translation>
    </message>
    <message>
        <source>e.g. Tomorrow we meet in seminar room 3, not in the hall.</source>
        <translation>e.g. Tomorrow we meet in seminar room 3, not in the hall.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button: the announcement goes to the participants chosen</extracomment>
        <translation>Send</translation>
    </message>
    <message>
        <source>Saved. It goes out with the next connection.</source>
        <translation>Saved. It goes out with the next connection.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Take back</source>
        <extracomment>Button: the announcement disappears from every device</extracomment>
        <translation>Take back</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The EWS companion: programme, contacts and practice project, also offline.</source>
        <translation>The EWS companion: programme, contacts and practice project, also offline.</translation>
    </message>
    <message>
        <source>Keep the data in &lt;folder&gt;.</source>
        <translation>Keep the data in &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>Load example municipalities and people (marked as examples) and use the first one.</source>
        <translation>Load example municipalities and people (marked as examples) and use the first one.</translation>
    </message>
    <message>
        <source>Pretend the time is &lt;instant&gt; (ISO 8601, e.g. 2026-11-26T11:00:00+01:00).</source>
        <translation>Pretend the time is &lt;instant&gt; (ISO 8601, e.g. 2026-11-26T11:00:00+01:00).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt;: de or en.</source>
        <translation>Use &lt;language&gt;: de or en.</translation>
    </message>
    <message>
        <source>Window size, e.g. 390x844.</source>
        <translation>Window size, e.g. 390x844.</translation>
    </message>
    <message>
        <source>Render the window to the PNG &lt;file&gt; and quit.</source>
        <translation>Render the window to the PNG &lt;file&gt; and quit.</translation>
    </message>
    <message>
        <source>--now needs a time like 2026-11-26T11:00:00+01:00, not &quot;%1&quot;.</source>
        <translation>--now needs a time like 2026-11-26T11:00:00+01:00, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--language must be de or en, not &quot;%1&quot;.</source>
        <translation>--language must be de or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page must be one of: %1.</source>
        <translation>--page must be one of: %1.</translation>
    </message>
    <message>
        <source>--size needs width x height, e.g. 390x844, not &quot;%1&quot;.</source>
        <translation>--size needs width x height, e.g. 390x844, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;address&gt; when starting (with --sign-in-code).</source>
        <translation>Sign in to the server at &lt;address&gt; when starting (with --sign-in-code).</translation>
    </message>
    <message>
        <source>The one-time sign-in &lt;code&gt;.</source>
        <translation>The one-time sign-in &lt;code&gt;.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</translation>
    </message>
    <message>
        <source>--server and --sign-in-code go together.</source>
        <translation>--server and --sign-in-code go together.</translation>
    </message>
    <message>
        <source>With --demo: see the app as the example organiser does (comments, no own project).</source>
        <translation>With --demo: see the app as the example organiser does (comments, no own project).</translation>
    </message>
    <message>
        <source>Open &lt;page&gt;: programme, event, contacts, contact, project, step, log, settings, search, news, overview, comment.</source>
        <translation>Open &lt;page&gt;: programme, event, contacts, contact, project, step, log, settings, search, news, overview, comment.</translation>
    </message>
    <message>
        <source>--organiser goes with --demo.</source>
        <translation>--organiser goes with --demo.</translation>
    </message>
    <message>
        <source>An invitation link (ews-companion://join?…): sign in with it when starting.</source>
        <translation>An invitation link (ews-companion://join?…): sign in with it when starting.</translation>
    </message>
    <message>
        <source>Only one invitation link at a time.</source>
        <translation>Only one invitation link at a time.</translation>
    </message>
</context>
<context>
    <name>AttachmentDesk</name>
    <message>
        <source>Photo is being sent (%1 %)</source>
        <extracomment>%1: how much of it the server has, in percent</extracomment>
        <translation>Photo is being sent (%1 %)</translation>
    </message>
    <message>
        <source>File is being sent (%1 %)</source>
        <extracomment>%1: how much of it the server has, in percent</extracomment>
        <translation>File is being sent (%1 %)</translation>
    </message>
    <message>
        <source>Photo is sent as soon as there is a connection</source>
        <translation>Photo is sent as soon as there is a connection</translation>
    </message>
    <message>
        <source>File is sent as soon as there is a connection</source>
        <translation>File is sent as soon as there is a connection</translation>
    </message>
    <message>
        <source>sent</source>
        <extracomment>A photo or file of one&apos;s own that the server has: everyone who may see it does</extracomment>
        <translation>sent</translation>
    </message>
    <message>
        <source>Please choose a file on this device.</source>
        <translation>Please choose a file on this device.</translation>
    </message>
    <message>
        <source>The file could not be saved on this device.</source>
        <translation>The file could not be saved on this device.</translation>
    </message>
    <message>
        <source>Only the person who added a file removes it.</source>
        <translation>Only the person who added a file removes it.</translation>
    </message>
    <message>
        <source>The file could not be removed on this device.</source>
        <translation>The file could not be removed on this device.</translation>
    </message>
    <message>
        <source>This file is no longer there.</source>
        <translation>This file is no longer there.</translation>
    </message>
    <message>
        <source>The file is being fetched; open it again in a moment.</source>
        <translation>The file is being fetched; open it again in a moment.</translation>
    </message>
    <message>
        <source>The note could not be saved on this device.</source>
        <translation>The note could not be saved on this device.</translation>
    </message>
    <message>
        <source>This file is not waiting to be sent.</source>
        <translation>This file is not waiting to be sent.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Photo is being fetched …</source>
        <extracomment>In place of a photo not on the device yet</extracomment>
        <translation>Photo is being fetched …</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button under one&apos;s own photo or file</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <extracomment>Button under a log entry, step or note: add a photo or a document to it
----------
Title of the dialog that picks a photo or document to add</extracomment>
        <translation>Add photo or file</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <extracomment>Title of the question before removing one&apos;s photo or file</extracomment>
        <translation>Remove this file?</translation>
    </message>
    <message>
        <source>It goes for everyone who reads the project.</source>
        <translation>It goes for everyone who reads the project.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <extracomment>Button under a log entry, step or note: take a photo with the camera for it</extracomment>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>It goes from all your devices.</source>
        <translation>It goes from all your devices.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Button under one&apos;s own photo or file the server refused</extracomment>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Send %1 again</source>
        <translation>Send %1 again</translation>
    </message>
</context>
<context>
    <name>BrochureTable</name>
    <message>
        <source>Line %1: the heading “%2” names %3, but %4 follow beneath it.</source>
        <translation>Line %1: the heading “%2” names %3, but %4 follow beneath it.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning group meeting(s)</source>
        <translation>
            <numerusform>%n learning group meeting</numerusform>
            <numerusform>%n learning group meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (“%2”) is neither a deadline, a talk, a module nor a learning group meeting; it was not taken.</source>
        <translation>Line %1 (“%2”) is neither a deadline, a talk, a module nor a learning group meeting; it was not taken.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): no date could be read in “%3”; it was not taken.</source>
        <translation>Line %1 (“%2”): no date could be read in “%3”; it was not taken.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3 comes before the date above it (%4). Taken as %5 (a %6), which follows it%7 – please check.</source>
        <translation>Line %1 (“%2”): %3 comes before the date above it (%4). Taken as %5 (a %6), which follows it%7 – please check.</translation>
    </message>
    <message>
        <source> and matches the weekday written</source>
        <translation> and matches the weekday written</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3 comes before the date above it (%4) – please check.</source>
        <translation>Line %1 (“%2”): %3 comes before the date above it (%4) – please check.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3 is a %4, not a %5 – please check.</source>
        <translation>Line %1 (“%2”): %3 is a %4, not a %5 – please check.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): no time could be read; taken as a whole day.</source>
        <translation>Line %1 (“%2”): no time could be read; taken as a whole day.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): no place of the programme matches “%3”; taken without a place.</source>
        <translation>Line %1 (“%2”): no place of the programme matches “%3”; taken without a place.</translation>
    </message>
    <message>
        <source>The text is longer than a brochure&apos;s table; from line %1 on it was not read.</source>
        <translation>The text is longer than a brochure&apos;s table; from line %1 on it was not read.</translation>
    </message>
</context>
<context>
    <name>BrochureTablePage</name>
    <message>
        <source>Copy the table “Alle Termine und Orte im Überblick” from the brochure and paste it here. You will see what it changes before anything goes into the draft.</source>
        <translation>Copy the table “Alle Termine und Orte im Überblick” from the brochure and paste it here. You will see what it changes before anything goes into the draft.</translation>
    </message>
    <message>
        <source>Paste the table here</source>
        <translation>Paste the table here</translation>
    </message>
    <message>
        <source>Table of dates from the brochure</source>
        <translation>Table of dates from the brochure</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Button: read the pasted table and show what it changes</extracomment>
        <translation>Check</translation>
    </message>
    <message>
        <source>Please check before you continue:</source>
        <translation>Please check before you continue:</translation>
    </message>
    <message>
        <source>No dates could be read. Copy the whole table, with its columns.</source>
        <translation>No dates could be read. Copy the whole table, with its columns.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) read, %1 of them change the programme.</source>
        <translation>
            <numerusform>%n date read, %1 of them change the programme.</numerusform>
            <numerusform>%n dates read, %1 of them change the programme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take into the draft</source>
        <extracomment>Button: the changes of the pasted table go into the draft (not yet published)</extracomment>
        <translation>Take into the draft</translation>
    </message>
    <message>
        <source>From the brochure</source>
        <extracomment>Title of the page where the brochure&apos;s table of dates is pasted</extracomment>
        <translation>From the brochure</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>EWS 7 programme</source>
        <extracomment>Name of the calendar the programme&apos;s dates are exported as</extracomment>
        <translation>EWS 7 programme</translation>
    </message>
    <message>
        <source>This date is no longer in the programme.</source>
        <translation>This date is no longer in the programme.</translation>
    </message>
    <message>
        <source>ews7-programme.ics</source>
        <extracomment>File name of the exported programme (no spaces, ends in .ics)</extracomment>
        <translation>ews7-programme.ics</translation>
    </message>
    <message>
        <source>ews7-date-%1.ics</source>
        <extracomment>File name of one exported date; %1 is its day (no spaces, ends in .ics)</extracomment>
        <translation>ews7-date-%1.ics</translation>
    </message>
    <message>
        <source>The dates were handed to your calendar program. If it asks, confirm adding them.</source>
        <translation>The dates were handed to your calendar program. If it asks, confirm adding them.</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1. Open it with your calendar program to add the dates.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Saved in your downloads folder as %1. Open it with your calendar program to add the dates.</translation>
    </message>
</context>
<context>
    <name>CalendarSubscription</name>
    <message>
        <source>The server cannot be reached. Please try again when you are online.</source>
        <translation>The server cannot be reached. Please try again when you are online.</translation>
    </message>
    <message>
        <source>The server could not make the subscription (%1).</source>
        <extracomment>%1 is an HTTP status number</extracomment>
        <translation>The server could not make the subscription (%1).</translation>
    </message>
    <message>
        <source>Your calendar subscription is ready. Add its address to your calendar program: changes by the organisers then appear there by themselves.</source>
        <translation>Your calendar subscription is ready. Add its address to your calendar program: changes by the organisers then appear there by themselves.</translation>
    </message>
    <message>
        <source>The server could not end the subscription (%1).</source>
        <translation>The server could not end the subscription (%1).</translation>
    </message>
    <message>
        <source>The calendar subscription has ended. Its address no longer works.</source>
        <translation>The calendar subscription has ended. Its address no longer works.</translation>
    </message>
    <message>
        <source>This device has been signed out by the organisers.</source>
        <translation>This device has been signed out by the organisers.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>The server cannot do this just now; please try again in a minute.</source>
        <translation>The server cannot do this just now; please try again in a minute.</translation>
    </message>
</context>
<context>
    <name>CalendarSubscriptionForm</name>
    <message>
        <source>Your calendar program can follow the programme under this address. Keep it to yourself: anyone with it can read the programme.</source>
        <translation>Your calendar program can follow the programme under this address. Keep it to yourself: anyone with it can read the programme.</translation>
    </message>
    <message>
        <source>Your calendar program can follow the programme: new, moved and cancelled dates then appear there by themselves.</source>
        <translation>Your calendar program can follow the programme: new, moved and cancelled dates then appear there by themselves.</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <extracomment>Label of the field showing the calendar subscription&apos;s address</extracomment>
        <translation>Subscription address</translation>
    </message>
    <message>
        <source>Set up a calendar subscription</source>
        <extracomment>Button: make a calendar subscription address</extracomment>
        <translation>Set up a calendar subscription</translation>
    </message>
    <message>
        <source>Open in your calendar</source>
        <extracomment>Button: open the subscription in the calendar program</extracomment>
        <translation>Open in your calendar</translation>
    </message>
    <message>
        <source>No calendar program took the address. Copy it and add it in your calendar program as a subscription.</source>
        <translation>No calendar program took the address. Copy it and add it in your calendar program as a subscription.</translation>
    </message>
    <message>
        <source>Copy address</source>
        <extracomment>Button: copy the subscription&apos;s address</extracomment>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Address copied.</translation>
    </message>
    <message>
        <source>End subscription</source>
        <extracomment>Button: end the calendar subscription (its address stops working)</extracomment>
        <translation>End subscription</translation>
    </message>
</context>
<context>
    <name>ChangeWording</name>
    <message>
        <source>New date</source>
        <extracomment>What changed about a date: it is new</extracomment>
        <translation>New date</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Takes place after all</source>
        <translation>Takes place after all</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Subject to budget approval again</source>
        <translation>Subject to budget approval again</translation>
    </message>
    <message>
        <source>Moved, before: %1</source>
        <extracomment>%1 is when the date was before (&quot;Thu, 26 Nov, 10:00 – 16:00&quot;)</extracomment>
        <translation>Moved, before: %1</translation>
    </message>
    <message>
        <source>Other place or room</source>
        <translation>Other place or room</translation>
    </message>
    <message>
        <source>Video link removed</source>
        <translation>Video link removed</translation>
    </message>
    <message>
        <source>New video link</source>
        <translation>New video link</translation>
    </message>
    <message>
        <source>Title, topics or note changed</source>
        <translation>Title, topics or note changed</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <source>practice-projects-%1</source>
        <extracomment>File name of the report of all projects; %1 the date (no spaces)</extracomment>
        <translation>practice-projects-%1</translation>
    </message>
    <message>
        <source>Practice projects of EWS 7</source>
        <translation>Practice projects of EWS 7</translation>
    </message>
    <message>
        <source>A report can be made as a document to print or as a table.</source>
        <translation>A report can be made as a document to print or as a table.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button: do not do what was asked about</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactAction</name>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy a phone number or address to the clipboard</extracomment>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk</name>
    <message>
        <source>Please choose whether the person organises, facilitates or gives a talk.</source>
        <translation>Please choose whether the person organises, facilitates or gives a talk.</translation>
    </message>
    <message>
        <source>This contact cannot be found any more.</source>
        <translation>This contact cannot be found any more.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) / -.</source>
        <translation>A phone number has only digits, spaces and + ( ) / -.</translation>
    </message>
    <message>
        <source>The e-mail address looks incomplete (name@example.org).</source>
        <translation>The e-mail address looks incomplete (name@example.org).</translation>
    </message>
    <message>
        <source>A text is too long: names and organisations up to 200 characters, the phone number up to 30.</source>
        <translation>A text is too long: names and organisations up to 200 characters, the phone number up to 30.</translation>
    </message>
    <message>
        <source>The contact could not be saved on this device.</source>
        <translation>The contact could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>Organiser</source>
        <extracomment>What a person is in the programme</extracomment>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>What a person is in the programme</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Invited speaker</source>
        <extracomment>What a person is in the programme: invited to give a talk</extracomment>
        <translation>Invited speaker</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Correct the name</source>
        <translation>Correct the name</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone, e-mail and what is shared with others are changed only by the participant.</source>
        <translation>Phone, e-mail and what is shared with others are changed only by the participant.</translation>
    </message>
    <message>
        <source>Part in the programme</source>
        <extracomment>Label: what a person is in the programme (organiser, facilitator, speaker)</extracomment>
        <translation>Part in the programme</translation>
    </message>
    <message>
        <source>Function (German)</source>
        <extracomment>Label of a person&apos;s function or job, in German</extracomment>
        <translation>Function (German)</translation>
    </message>
    <message>
        <source>e.g. Projektleitung</source>
        <translation>e.g. Projektleitung</translation>
    </message>
    <message>
        <source>Function (English, optional)</source>
        <translation>Function (English, optional)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Role</source>
        <extracomment>Label of a person&apos;s function or job</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Label of a phone number</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>Button: call this phone number</extracomment>
        <translation>Call</translation>
    </message>
    <message>
        <source>No phone number given.</source>
        <translation>No phone number given.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <extracomment>Button: write an e-mail to this address</extracomment>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <source>No e-mail address given.</source>
        <translation>No e-mail address given.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Add to your contacts</source>
        <extracomment>Hands this person to the phone&apos;s or computer&apos;s address book</extracomment>
        <translation>Add to your contacts</translation>
    </message>
    <message>
        <source>Correct the name</source>
        <extracomment>Button: an organiser corrects how a participant&apos;s name is written</extracomment>
        <translation>Correct the name</translation>
    </message>
    <message>
        <source>Change contact</source>
        <extracomment>Button: an organiser changes a contact of the programme</extracomment>
        <translation>Change contact</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Participant of EWS 7 for %1</source>
        <extracomment>Note on a participant&apos;s contact card; %1 is the municipality</extracomment>
        <translation>Participant of EWS 7 for %1</translation>
    </message>
    <message>
        <source>Organiser of EWS 7</source>
        <translation>Organiser of EWS 7</translation>
    </message>
    <message>
        <source>Facilitator at EWS 7</source>
        <translation>Facilitator at EWS 7</translation>
    </message>
    <message>
        <source>EWS 7</source>
        <extracomment>The group the address book files the programme&apos;s people under</extracomment>
        <translation>EWS 7</translation>
    </message>
    <message>
        <source>ews7-contacts.vcf</source>
        <extracomment>File name of every contact of the programme (no spaces, ends in .vcf)</extracomment>
        <translation>ews7-contacts.vcf</translation>
    </message>
    <message>
        <source>This person is no longer in the contacts.</source>
        <translation>This person is no longer in the contacts.</translation>
    </message>
    <message>
        <source>Handed to your address book. If it asks, confirm adding the contact.</source>
        <translation>Handed to your address book. If it asks, confirm adding the contact.</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1. Open it with your address book to add the contact.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Saved in your downloads folder as %1. Open it with your address book to add the contact.</translation>
    </message>
    <message>
        <source>Speaker at EWS 7</source>
        <translation>Speaker at EWS 7</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Participants – %1</source>
        <extracomment>Contacts section heading; %1 is the municipality</extracomment>
        <translation>Participants – %1</translation>
    </message>
    <message>
        <source>Organiser</source>
        <extracomment>What one person is in the programme</extracomment>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>What one person is in the programme</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Participant – %1</source>
        <extracomment>What one person is in the programme; %1 is the municipality</extracomment>
        <translation>Participant – %1</translation>
    </message>
    <message>
        <source>Speakers</source>
        <extracomment>Contacts section heading: people invited to give a talk</extracomment>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Speaker</source>
        <extracomment>What one person is in the programme: invited to give a talk</extracomment>
        <translation>Speaker</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
    <message>
        <source>Add everyone to your contacts</source>
        <extracomment>Hands every person of the programme to the phone&apos;s or computer&apos;s address book</extracomment>
        <translation>Add everyone to your contacts</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <extracomment>Button: an organiser adds an organiser, facilitator or speaker</extracomment>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Invitations and devices</source>
        <extracomment>Button: to the page where organisers invite people and sign devices out</extracomment>
        <translation>Invitations and devices</translation>
    </message>
    <message>
        <source>Name or municipality</source>
        <translation>Name or municipality</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>in a file on this device that only you can read</source>
        <translation>in a file on this device that only you can read</translation>
    </message>
    <message>
        <source>in this device&apos;s keychain</source>
        <translation>in this device&apos;s keychain</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>subject to budget approval</source>
        <translation>subject to budget approval</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Mark of a date the organisers cancelled</extracomment>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>DateEditDialog</name>
    <message>
        <source>Change date</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>Title (German)</translation>
    </message>
    <message>
        <source>Title (English, optional)</source>
        <translation>Title (English, optional)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>e.g. 26.11.2026</source>
        <extracomment>Example of a day as it is typed</extracomment>
        <translation>e.g. 26.11.2026</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Leave both times empty for a whole day, such as a deadline.</source>
        <translation>Leave both times empty for a whole day, such as a deadline.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>No place</translation>
    </message>
    <message>
        <source>Room (optional)</source>
        <translation>Room (optional)</translation>
    </message>
    <message>
        <source>e.g. Seminar room 2</source>
        <translation>e.g. Seminar room 2</translation>
    </message>
    <message>
        <source>Video link (optional)</source>
        <translation>Video link (optional)</translation>
    </message>
    <message>
        <source>Note for the participants (optional)</source>
        <translation>Note for the participants (optional)</translation>
    </message>
    <message>
        <source>Subject to budget approval</source>
        <translation>Subject to budget approval</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Reason participants see</source>
        <translation>Reason participants see</translation>
    </message>
    <message>
        <source>e.g. The facilitator is ill.</source>
        <translation>e.g. The facilitator is ill.</translation>
    </message>
    <message>
        <source>Saved in the draft. Participants see the change once you publish the draft.</source>
        <translation>Saved in the draft. Participants see the change once you publish the draft.</translation>
    </message>
</context>
<context>
    <name>DateNoteForm</name>
    <message>
        <source>My note</source>
        <extracomment>Heading of the person&apos;s own note on a date</extracomment>
        <translation>My note</translation>
    </message>
    <message>
        <source>Only you see it, on all your devices.</source>
        <translation>Only you see it, on all your devices.</translation>
    </message>
    <message>
        <source>What you want to remember about this date</source>
        <extracomment>Placeholder of the note field on a date&apos;s page</extracomment>
        <translation>What you want to remember about this date</translation>
    </message>
    <message>
        <source>Not about a step</source>
        <extracomment>First entry of the choice which project step a note belongs to</extracomment>
        <translation>Not about a step</translation>
    </message>
    <message>
        <source>Step of your project this note is about</source>
        <translation>Step of your project this note is about</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Remove note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation>Saved on this device</translation>
    </message>
</context>
<context>
    <name>DateNotes</name>
    <message>
        <source>A note can be at most %1 characters long; this one has %2.</source>
        <extracomment>%1 is the most characters a note may have, %2 how many it has</extracomment>
        <translation>A note can be at most %1 characters long; this one has %2.</translation>
    </message>
    <message>
        <source>This step no longer exists. Choose another one or none.</source>
        <translation>This step no longer exists. Choose another one or none.</translation>
    </message>
    <message>
        <source>The note could not be saved on this device. It is still in the field.</source>
        <translation>The note could not be saved on this device. It is still in the field.</translation>
    </message>
</context>
<context>
    <name>DatePage</name>
    <message>
        <source>This date depends on the state budget for 2027. The organisers will confirm it.</source>
        <translation>This date depends on the state budget for 2027. The organisers will confirm it.</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date of an event</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Label of the time of an event</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Label of the place of an event (room, place and address below it)</extracomment>
        <translation>Place</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <extracomment>Opens the place&apos;s address in a map or route planner</extracomment>
        <translation>Show on a map</translation>
    </message>
    <message>
        <source>Join the video meeting</source>
        <translation>Join the video meeting</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <extracomment>Hands this date to the calendar program</extracomment>
        <translation>Add to your calendar</translation>
    </message>
    <message>
        <source>Remind me of this date</source>
        <translation>Remind me of this date</translation>
    </message>
    <message>
        <source>The link to the video meeting is not here yet. The organisers send it before the meeting.</source>
        <translation>The link to the video meeting is not here yet. The organisers send it before the meeting.</translation>
    </message>
    <message>
        <source>Topics</source>
        <extracomment>Heading of the topics of a module</extracomment>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <extracomment>A cancelled date with the organisers&apos; reason (%1)</extracomment>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>This date is cancelled.</source>
        <translation>This date is cancelled.</translation>
    </message>
    <message>
        <source>Change this date</source>
        <extracomment>Button for organisers: change this date in the draft of the programme</extracomment>
        <translation>Change this date</translation>
    </message>
    <message>
        <source>Route, costs, what to bring</source>
        <extracomment>Button on a date at the venue: opens route, costs and what to bring</extracomment>
        <translation>Route, costs, what to bring</translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Month before</source>
        <extracomment>Calendar: to the month before</extracomment>
        <translation>Month before</translation>
    </message>
    <message>
        <source>Month after</source>
        <extracomment>Calendar: to the month after</extracomment>
        <translation>Month after</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale the calendar names months and days in: de_DE in German</extracomment>
        <translation>en_GB</translation>
    </message>
</context>
<context>
    <name>DemoCohort</name>
    <message>
        <source>The demo file is not an EWS demo cohort.</source>
        <translation>The demo file is not an EWS demo cohort.</translation>
    </message>
    <message>
        <source>The demo municipality %1 could not be stored.</source>
        <translation>The demo municipality %1 could not be stored.</translation>
    </message>
    <message>
        <source>The demo person %1 could not be stored.</source>
        <translation>The demo person %1 could not be stored.</translation>
    </message>
    <message>
        <source>The demo project %1 could not be stored.</source>
        <translation>The demo project %1 could not be stored.</translation>
    </message>
    <message>
        <source>The demo step %1 could not be stored.</source>
        <translation>The demo step %1 could not be stored.</translation>
    </message>
    <message>
        <source>The demo log entry %1 could not be stored.</source>
        <translation>The demo log entry %1 could not be stored.</translation>
    </message>
    <message>
        <source>The demo kept text %1 could not be stored.</source>
        <translation>The demo kept text %1 could not be stored.</translation>
    </message>
    <message>
        <source>The demo news of %1 could not be stored.</source>
        <translation>The demo news of %1 could not be stored.</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <source>The example photo could not be made.</source>
        <translation>The example photo could not be made.</translation>
    </message>
    <message>
        <source>The example photo could not be kept.</source>
        <translation>The example photo could not be kept.</translation>
    </message>
    <message>
        <source>The example photo could not be saved.</source>
        <translation>The example photo could not be saved.</translation>
    </message>
    <message>
        <source>The example slides could not be written.</source>
        <translation>The example slides could not be written.</translation>
    </message>
    <message>
        <source>The example slides could not be kept.</source>
        <translation>The example slides could not be kept.</translation>
    </message>
    <message>
        <source>The example materials could not be saved.</source>
        <translation>The example materials could not be saved.</translation>
    </message>
    <message>
        <source>The example note could not be saved.</source>
        <translation>The example note could not be saved.</translation>
    </message>
</context>
<context>
    <name>DeviceFiles</name>
    <message>
        <source>This is not a photo the app can read.</source>
        <translation>This is not a photo the app can read.</translation>
    </message>
    <message>
        <source>The photo could not be saved on this device.</source>
        <translation>The photo could not be saved on this device.</translation>
    </message>
    <message>
        <source>The app keeps photos, PDFs and office documents.</source>
        <translation>The app keeps photos, PDFs and office documents.</translation>
    </message>
    <message>
        <source>The file is not of the kind its name says.</source>
        <translation>The file is not of the kind its name says.</translation>
    </message>
    <message>
        <source>The file could not be saved on this device.</source>
        <translation>The file could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>DeviceStorage</name>
    <message>
        <source>%1 MB</source>
        <extracomment>Room the photos and files take on the device; %1 a number of megabytes</extracomment>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Draft of the programme</source>
        <translation>Draft of the programme</translation>
    </message>
    <message>
        <source>The draft is empty. Open a date and change it, or add a date: the participants see nothing of it until you publish.</source>
        <translation>The draft is empty. Open a date and change it, or add a date: the participants see nothing of it until you publish.</translation>
    </message>
    <message>
        <source>Participants do not see these changes yet. Publish them together with a note.</source>
        <translation>Participants do not see these changes yet. Publish them together with a note.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <extracomment>Button: a new date in the draft of the programme</extracomment>
        <translation>Add a date</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: change a date of the draft</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Discard change</source>
        <extracomment>Button: the date goes back to how it is published</extracomment>
        <translation>Discard change</translation>
    </message>
    <message>
        <source>Entered at the same time: %1</source>
        <translation>Entered at the same time: %1</translation>
    </message>
    <message>
        <source>Another organiser changed this text at the same time. Your text is in the draft; this one was replaced.</source>
        <translation>Another organiser changed this text at the same time. Your text is in the draft; this one was replaced.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Note to everyone</source>
        <translation>Note to everyone</translation>
    </message>
    <message>
        <source>e.g. Learning group 3 moves by a week; module 3 is confirmed.</source>
        <translation>e.g. Learning group 3 moves by a week; module 3 is confirmed.</translation>
    </message>
    <message>
        <source>Publish for everyone</source>
        <extracomment>Button: the draft reaches every participant, with the note</extracomment>
        <translation>Publish for everyone</translation>
    </message>
    <message>
        <source>Published. The participants get it with their next connection.</source>
        <translation>Published. The participants get it with their next connection.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the server to publish.</source>
        <translation>Waiting for a connection to the server to publish.</translation>
    </message>
    <message>
        <source>Dates from the brochure</source>
        <extracomment>Button: paste the table of dates from the printed brochure</extracomment>
        <translation>Dates from the brochure</translation>
    </message>
</context>
<context>
    <name>FileDownload</name>
    <message>
        <source>There is no room for the file on this device.</source>
        <translation>There is no room for the file on this device.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>This file is no longer on the server.</source>
        <translation>This file is no longer on the server.</translation>
    </message>
    <message>
        <source>The file arrived damaged several times.</source>
        <translation>The file arrived damaged several times.</translation>
    </message>
</context>
<context>
    <name>FileHandoff</name>
    <message>
        <source>The file can only be saved in a folder on this device.</source>
        <translation>The file can only be saved in a folder on this device.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <extracomment>%1 is the reason the system gives</extracomment>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1 and opened.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Saved in your downloads folder as %1 and opened.</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Saved in your downloads folder as %1.</translation>
    </message>
    <message>
        <source>The file could not be saved in your downloads folder.</source>
        <translation>The file could not be saved in your downloads folder.</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The file is no longer on this device; please add it again.</source>
        <translation>The file is no longer on this device; please add it again.</translation>
    </message>
</context>
<context>
    <name>FileUpload</name>
    <message>
        <source>The file cannot be read on this device.</source>
        <translation>The file cannot be read on this device.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>The server answered with an error (%1).</translation>
    </message>
    <message>
        <source>This file is larger than the server takes.</source>
        <translation>This file is larger than the server takes.</translation>
    </message>
    <message>
        <source>Your municipality has used all the room the server keeps for its files; the organisers can help.</source>
        <translation>Your municipality has used all the room the server keeps for its files; the organisers can help.</translation>
    </message>
    <message>
        <source>The server takes photos (JPEG, PNG), PDFs and office documents.</source>
        <translation>The server takes photos (JPEG, PNG), PDFs and office documents.</translation>
    </message>
    <message>
        <source>The file is not of the kind its name says.</source>
        <translation>The file is not of the kind its name says.</translation>
    </message>
    <message>
        <source>The file arrived damaged several times.</source>
        <translation>The file arrived damaged several times.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button: close a form without saving</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button: save a form</extracomment>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>InvitationLink</name>
    <message>
        <source>This is too long to be an invitation link.</source>
        <translation>This is too long to be an invitation link.</translation>
    </message>
    <message>
        <source>This is not an invitation link of the EWS companion.</source>
        <translation>This is not an invitation link of the EWS companion.</translation>
    </message>
    <message>
        <source>The invitation names no server address starting with https://.</source>
        <translation>The invitation names no server address starting with https://.</translation>
    </message>
    <message>
        <source>The invitation has no sign-in code.</source>
        <translation>The invitation has no sign-in code.</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint in the invitation is damaged.</source>
        <translation>The certificate&apos;s fingerprint in the invitation is damaged.</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Invitation for %1</source>
        <extracomment>Title of the page that shows one invitation</extracomment>
        <translation>Invitation for %1</translation>
    </message>
    <message>
        <source>Hold the phone&apos;s camera to this code: the app opens and signs the person in. Nothing to type, no warning.</source>
        <translation>Hold the phone&apos;s camera to this code: the app opens and signs the person in. Nothing to type, no warning.</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>QR code of the invitation</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Sign-in code</translation>
    </message>
    <message>
        <source>Or send this link:</source>
        <extracomment>Above the invitation link, to send by e-mail or chat</extracomment>
        <translation>Or send this link:</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Invitation link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <extracomment>Button: the invitation link goes to the clipboard</extracomment>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>The link has been copied.</source>
        <translation>The link has been copied.</translation>
    </message>
    <message>
        <source>Letter to print</source>
        <extracomment>Heading: the invitation as a letter on paper</extracomment>
        <translation>Letter to print</translation>
    </message>
    <message>
        <source>One page in plain German: what the app is, how to get it, the QR code and the code in large letters.</source>
        <translation>One page in plain German: what the app is, how to get it, the QR code and the code in large letters.</translation>
    </message>
    <message>
        <source>Where to get the app</source>
        <extracomment>Label of a field: printed in the letter</extracomment>
        <translation>Where to get the app</translation>
    </message>
    <message>
        <source>e.g. In the app store under “EWS-Begleiter”</source>
        <translation>e.g. In the app store under “EWS-Begleiter”</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
</context>
<context>
    <name>InvitationScanner</name>
    <message>
        <source>This QR code is not an invitation to the programme.</source>
        <translation>This QR code is not an invitation to the programme.</translation>
    </message>
    <message>
        <source>The picture cannot be opened.</source>
        <translation>The picture cannot be opened.</translation>
    </message>
    <message>
        <source>The picture is too large. Please take a smaller one.</source>
        <translation>The picture is too large. Please take a smaller one.</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>This file is not a picture that can be read.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture. Take the picture so that the whole code is sharp and fills a good part of it.</source>
        <translation>No QR code was found in the picture. Take the picture so that the whole code is sharp and fills a good part of it.</translation>
    </message>
</context>
<context>
    <name>KeptTextBox</name>
    <message>
        <source>Kept text</source>
        <translation>Kept text</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy a kept text to the clipboard</extracomment>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>A folded kept text: tap to read it</extracomment>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>KeptTexts</name>
    <message>
        <source>Goal of the project</source>
        <translation>Goal of the project</translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation>Title of the project</translation>
    </message>
    <message>
        <source>Notes of the step “%1”</source>
        <translation>Notes of the step “%1”</translation>
    </message>
    <message>
        <source>Title of the step “%1”</source>
        <extracomment>Where a kept text belongs; %1 is the current title of a step</extracomment>
        <translation>Title of the step “%1”</translation>
    </message>
    <message>
        <source>%1, also entered by %2</source>
        <extracomment>%1 is where the text belongs (e.g. the notes of a step), %2 a person&apos;s name</extracomment>
        <translation>%1, also entered by %2</translation>
    </message>
    <message>
        <source>%1, also entered on another device</source>
        <translation>%1, also entered on another device</translation>
    </message>
    <message>
        <source>This text is no longer kept.</source>
        <translation>This text is no longer kept.</translation>
    </message>
    <message>
        <source>The change could not be saved on this device.</source>
        <translation>The change could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <source>Question to the organisers</source>
        <extracomment>Mark of a log entry that asks the organisers something</extracomment>
        <translation>Question to the organisers</translation>
    </message>
    <message>
        <source>Before: “%1”</source>
        <extracomment>An earlier wording of a corrected log entry; %1 the text</extracomment>
        <translation>Before: “%1”</translation>
    </message>
    <message>
        <source>Correct</source>
        <extracomment>Button under one&apos;s own log entry: change its text or withdraw it</extracomment>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Correct the entry of %1</source>
        <translation>Correct the entry of %1</translation>
    </message>
    <message>
        <source>Hide earlier wording</source>
        <extracomment>Button: hide what a corrected log entry said before</extracomment>
        <translation>Hide earlier wording</translation>
    </message>
    <message>
        <source>Show earlier wording</source>
        <extracomment>Button: show what a corrected log entry said before</extracomment>
        <translation>Show earlier wording</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>New log entry</source>
        <translation>New log entry</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation>Date of the entry</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>e.g. Presented the idea to the committee; they asked for a cost plan.</source>
        <translation>e.g. Presented the idea to the committee; they asked for a cost plan.</translation>
    </message>
    <message>
        <source>A question to the organisers</source>
        <extracomment>In the new log entry: the entry asks the organisers something</extracomment>
        <translation>A question to the organisers</translation>
    </message>
    <message>
        <source>Correct the entry of %1</source>
        <extracomment>Title of the form that corrects one&apos;s own log entry; %1 its date</extracomment>
        <translation>Correct the entry of %1</translation>
    </message>
    <message>
        <source>If you correct an entry later, everyone sees when, and what it said before.</source>
        <translation>If you correct an entry later, everyone sees when, and what it said before.</translation>
    </message>
    <message>
        <source>Withdraw the entry</source>
        <extracomment>Button in the correction form: the entry stays in the log, marked withdrawn</extracomment>
        <translation>Withdraw the entry</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Programme</source>
        <extracomment>Navigation entry: the programme&apos;s dates</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Navigation entry: people of the programme</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation entry: settings and information about the app</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>EWS companion</source>
        <translation>EWS companion</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Button in the title bar: search dates, people and projects</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>Button in the title bar: what changed since the person last looked; %1 how many</extracomment>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changes since you last looked: %1</source>
        <translation>Changes since you last looked: %1</translation>
    </message>
    <message>
        <source>Nothing new since you last looked</source>
        <translation>Nothing new since you last looked</translation>
    </message>
    <message>
        <source>Projects</source>
        <extracomment>Navigation entry: the municipality&apos;s practice project (for organisers: all projects)</extracomment>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Saved in the draft.</source>
        <translation>Saved in the draft.</translation>
    </message>
    <message>
        <source>Taken into the draft. Check it, then publish it.</source>
        <translation>Taken into the draft. Check it, then publish it.</translation>
    </message>
    <message>
        <source>Saved. Everyone sees it after the next connection.</source>
        <translation>Saved. Everyone sees it after the next connection.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Title of the privacy notice shown at first start</extracomment>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Understood</source>
        <extracomment>Button: the privacy notice was read</extracomment>
        <translation>Understood</translation>
    </message>
    <message>
        <source>Show your phone and e-mail?</source>
        <extracomment>Title: may others see the person&apos;s phone and e-mail</extracomment>
        <translation>Show your phone and e-mail?</translation>
    </message>
    <message>
        <source>May the other participants of the programme see your phone number and e-mail address? The organisers always see them. You can change this in the settings at any time.</source>
        <translation>May the other participants of the programme see your phone number and e-mail address? The organisers always see them. You can change this in the settings at any time.</translation>
    </message>
    <message>
        <source>Show them</source>
        <extracomment>Button: others may see phone and e-mail</extracomment>
        <translation>Show them</translation>
    </message>
    <message>
        <source>Do not show</source>
        <translation>Do not show</translation>
    </message>
    <message>
        <source>Others can see your phone and e-mail.</source>
        <translation>Others can see your phone and e-mail.</translation>
    </message>
    <message>
        <source>Only the organisers see your phone and e-mail.</source>
        <translation>Only the organisers see your phone and e-mail.</translation>
    </message>
    <message>
        <source>Saved. Participants see it after their next sync.</source>
        <translation>Saved. Participants see it after their next sync.</translation>
    </message>
    <message>
        <source>Materials</source>
        <extracomment>Navigation entry: the programme&apos;s pool of materials (slides, handouts, links)</extracomment>
        <translation>Materials</translation>
    </message>
</context>
<context>
    <name>MaterialDelegate</name>
    <message>
        <source>Link</source>
        <extracomment>A material that is a link to a web page</extracomment>
        <translation>Link</translation>
    </message>
    <message>
        <source>is being sent</source>
        <translation>is being sent</translation>
    </message>
    <message>
        <source>kept on this device</source>
        <translation>kept on this device</translation>
    </message>
    <message>
        <source>on this device</source>
        <translation>on this device</translation>
    </message>
</context>
<context>
    <name>MaterialDesk</name>
    <message>
        <source>Please give the material a title.</source>
        <translation>Please give the material a title.</translation>
    </message>
    <message>
        <source>The title or the topic is too long.</source>
        <translation>The title or the topic is too long.</translation>
    </message>
    <message>
        <source>The description is at most 1,000 characters long.</source>
        <translation>The description is at most 1,000 characters long.</translation>
    </message>
    <message>
        <source>A material belongs to module 1 to 4, or to none.</source>
        <translation>A material belongs to module 1 to 4, or to none.</translation>
    </message>
    <message>
        <source>Please choose a file or give a link, one of them.</source>
        <translation>Please choose a file or give a link, one of them.</translation>
    </message>
    <message>
        <source>Please choose a file on this device.</source>
        <translation>Please choose a file on this device.</translation>
    </message>
    <message>
        <source>The file could not be saved on this device.</source>
        <translation>The file could not be saved on this device.</translation>
    </message>
    <message>
        <source>A link begins with https:// and is one address.</source>
        <translation>A link begins with https:// and is one address.</translation>
    </message>
    <message>
        <source>The material could not be saved on this device.</source>
        <translation>The material could not be saved on this device.</translation>
    </message>
    <message>
        <source>A material is changed by the person who posted it or by the organisers.</source>
        <translation>A material is changed by the person who posted it or by the organisers.</translation>
    </message>
    <message>
        <source>A material is removed by the person who posted it or by the organisers.</source>
        <translation>A material is removed by the person who posted it or by the organisers.</translation>
    </message>
    <message>
        <source>The material could not be removed on this device.</source>
        <translation>The material could not be removed on this device.</translation>
    </message>
    <message>
        <source>This material is no longer there.</source>
        <translation>This material is no longer there.</translation>
    </message>
    <message>
        <source>The file is being fetched; open it again in a moment.</source>
        <translation>The file is being fetched; open it again in a moment.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Change the material</source>
        <translation>Change the material</translation>
    </message>
    <message>
        <source>Post a material</source>
        <translation>Post a material</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Short description (optional)</source>
        <translation>Short description (optional)</translation>
    </message>
    <message>
        <source>e.g. The slides of the talk on volunteer agencies.</source>
        <translation>e.g. The slides of the talk on volunteer agencies.</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>No module</source>
        <extracomment>The material belongs to no module</extracomment>
        <translation>No module</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Module 1</translation>
    </message>
    <message>
        <source>Module 2</source>
        <translation>Module 2</translation>
    </message>
    <message>
        <source>Module 3</source>
        <translation>Module 3</translation>
    </message>
    <message>
        <source>Module 4</source>
        <translation>Module 4</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Topic (optional)</translation>
    </message>
    <message>
        <source>e.g. Volunteer agencies</source>
        <translation>e.g. Volunteer agencies</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>A file</source>
        <extracomment>The material is a file (slides, handout, template)</extracomment>
        <translation>A file</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>A link</source>
        <extracomment>The material is a link to a web page</extracomment>
        <translation>A link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Everyone in the programme sees it. Photos, PDFs and office documents up to 25 MB; a photo is made smaller and its location removed.</source>
        <translation>Everyone in the programme sees it. Photos, PDFs and office documents up to 25 MB; a photo is made smaller and its location removed.</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</translation>
    </message>
</context>
<context>
    <name>MaterialPage</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Remove this material?</source>
        <translation>Remove this material?</translation>
    </message>
    <message>
        <source>It goes for everyone in the programme.</source>
        <translation>It goes for everyone in the programme.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>This material was removed.</source>
        <translation>This material was removed.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>No module</source>
        <translation>No module</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Posted by</source>
        <extracomment>Who put the material into the pool</extracomment>
        <translation>Posted by</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The file is sent as soon as there is a connection; then everyone sees the material.</source>
        <translation>The file is sent as soon as there is a connection; then everyone sees the material.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Keep on this device</source>
        <extracomment>Switch on a material&apos;s page: the file stays on the device for use offline</extracomment>
        <translation>Keep on this device</translation>
    </message>
    <message>
        <source>The file is on this device and opens without internet.</source>
        <translation>The file is on this device and opens without internet.</translation>
    </message>
    <message>
        <source>The file is fetched when you open it. The materials of a module are fetched in the days around it.</source>
        <translation>The file is fetched when you open it. The materials of a module are fetched in the days around it.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>Module %1</source>
        <extracomment>A group of materials: those of module %1</extracomment>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Other materials</source>
        <extracomment>A group of materials that belong to no module</extracomment>
        <translation>Other materials</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Materials</source>
        <extracomment>Title of the page with the programme&apos;s materials</extracomment>
        <translation>Materials</translation>
    </message>
    <message>
        <source>The material is saved; everyone sees it once it is sent.</source>
        <translation>The material is saved; everyone sees it once it is sent.</translation>
    </message>
    <message>
        <source>Find materials …</source>
        <extracomment>Placeholder of the field that searches the materials</extracomment>
        <translation>Find materials …</translation>
    </message>
    <message>
        <source>Find materials</source>
        <translation>Find materials</translation>
    </message>
    <message>
        <source>All modules</source>
        <extracomment>Filter of the materials: those of every module</extracomment>
        <translation>All modules</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Module 1</translation>
    </message>
    <message>
        <source>Module 2</source>
        <translation>Module 2</translation>
    </message>
    <message>
        <source>Module 3</source>
        <translation>Module 3</translation>
    </message>
    <message>
        <source>Module 4</source>
        <translation>Module 4</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Post a material</source>
        <extracomment>Button: put a material (file or link) into the programme&apos;s pool</extracomment>
        <translation>Post a material</translation>
    </message>
    <message>
        <source>No material found for “%1”.</source>
        <translation>No material found for “%1”.</translation>
    </message>
    <message>
        <source>No materials yet. Organisers and participants post slides, handouts, templates and links here for everyone in the programme.</source>
        <translation>No materials yet. Organisers and participants post slides, handouts, templates and links here for everyone in the programme.</translation>
    </message>
</context>
<context>
    <name>NewsModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>When a changed date is now: %1 its date, %2 its time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <extracomment>When something arrived; %1 is a date</extracomment>
        <translation>arrived %1</translation>
    </message>
    <message>
        <source>New step: %1</source>
        <translation>New step: %1</translation>
    </message>
    <message>
        <source>Step “%1” is now: %2</source>
        <extracomment>%1 is a step&apos;s title, %2 its status now (&quot;Done&quot;)</extracomment>
        <translation>Step “%1” is now: %2</translation>
    </message>
    <message>
        <source>Step removed: %1</source>
        <translation>Step removed: %1</translation>
    </message>
    <message>
        <source>Step changed: %1</source>
        <translation>Step changed: %1</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>New log entry</translation>
    </message>
    <message>
        <source>New log entry by %1</source>
        <translation>New log entry by %1</translation>
    </message>
    <message>
        <source>Comment from the organisers</source>
        <translation>Comment from the organisers</translation>
    </message>
    <message>
        <source>Comment changed by %1</source>
        <extracomment>%1 is the organiser who changed their comment</extracomment>
        <translation>Comment changed by %1</translation>
    </message>
    <message>
        <source>Comment by %1</source>
        <extracomment>%1 is the organiser who wrote the comment</extracomment>
        <translation>Comment by %1</translation>
    </message>
    <message>
        <source>Release %1 of %2: %3</source>
        <extracomment>A release&apos;s note in &quot;What changed&quot;: %1 its number, %2 its day, %3 the note</extracomment>
        <translation>Release %1 of %2: %3</translation>
    </message>
    <message>
        <source>Taken together, the dates are as they were before.</source>
        <translation>Taken together, the dates are as they were before.</translation>
    </message>
    <message>
        <source>The programme has changed</source>
        <translation>The programme has changed</translation>
    </message>
    <message>
        <source>The programme has changed (%1 releases)</source>
        <translation>The programme has changed (%1 releases)</translation>
    </message>
    <message>
        <source>Announcement from the organisers</source>
        <translation>Announcement from the organisers</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Announcement from %1</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the page of changes since the person last looked</extracomment>
        <translation>What&apos;s new</translation>
    </message>
    <message>
        <source>Nothing has changed since you last looked.</source>
        <translation>Nothing has changed since you last looked.</translation>
    </message>
    <message>
        <source>Changed since you last looked. Once you leave this page, it counts as seen.</source>
        <translation>Changed since you last looked. Once you leave this page, it counts as seen.</translation>
    </message>
    <message>
        <source>Write an announcement</source>
        <extracomment>Button: organisers write a message to all or some participants</extracomment>
        <translation>Write an announcement</translation>
    </message>
</context>
<context>
    <name>NextDateCard</name>
    <message>
        <source>Next: %1, %2, %3</source>
        <translation>Next: %1, %2, %3</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Heading of the card that shows the coming date</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>The programme is over</source>
        <translation>The programme is over</translation>
    </message>
</context>
<context>
    <name>OrganiserNoteDialog</name>
    <message>
        <source>Comment for %1</source>
        <extracomment>Title of the form for an organiser&apos;s comment on a project</extracomment>
        <translation>Comment for %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation>The whole project</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>e.g. An answer to their question, or a tip for the next step</source>
        <translation>e.g. An answer to their question, or a tip for the next step</translation>
    </message>
    <message>
        <source>Everyone in the programme can read it, like the project itself.</source>
        <translation>Everyone in the programme can read it, like the project itself.</translation>
    </message>
</context>
<context>
    <name>OrganiserNotes</name>
    <message>
        <source>The organisers</source>
        <translation>The organisers</translation>
    </message>
    <message>
        <source>on “%1”</source>
        <extracomment>Where an organiser&apos;s note belongs; %1 is the title of a step</extracomment>
        <translation>on “%1”</translation>
    </message>
    <message>
        <source>Only the organisers write comments on projects.</source>
        <translation>Only the organisers write comments on projects.</translation>
    </message>
    <message>
        <source>Please choose the municipality whose project you want to comment on.</source>
        <translation>Please choose the municipality whose project you want to comment on.</translation>
    </message>
    <message>
        <source>Please write the comment first.</source>
        <translation>Please write the comment first.</translation>
    </message>
    <message>
        <source>A comment can be at most 4,000 characters long; this one has %1.</source>
        <extracomment>%1 is how many characters the comment has</extracomment>
        <translation>A comment can be at most 4,000 characters long; this one has %1.</translation>
    </message>
    <message>
        <source>This step is not part of the project (any more).</source>
        <translation>This step is not part of the project (any more).</translation>
    </message>
    <message>
        <source>The comment could not be saved on this device.</source>
        <translation>The comment could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>OwnDetailsForm</name>
    <message>
        <source>Your details for the group</source>
        <translation>Your details for the group</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>Other participants may see my phone number</source>
        <translation>Other participants may see my phone number</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <source>Other participants may see my e-mail address</source>
        <translation>Other participants may see my e-mail address</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Save my details</translation>
    </message>
</context>
<context>
    <name>OwnProfile</name>
    <message>
        <source>Please enter a name of at least two letters.</source>
        <translation>Please enter a name of at least two letters.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Please enter the phone number with digits only, e.g. 0211 123456.</source>
        <translation>Please enter the phone number with digits only, e.g. 0211 123456.</translation>
    </message>
    <message>
        <source>Please enter the e-mail address like this: name@example.org.</source>
        <translation>Please enter the e-mail address like this: name@example.org.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 is already in the list.</translation>
    </message>
    <message>
        <source>The municipality could not be saved on this device.</source>
        <translation>The municipality could not be saved on this device.</translation>
    </message>
    <message>
        <source>Please choose your municipality first.</source>
        <translation>Please choose your municipality first.</translation>
    </message>
    <message>
        <source>Your name could not be saved on this device.</source>
        <translation>Your name could not be saved on this device.</translation>
    </message>
    <message>
        <source>Please choose who you are first.</source>
        <translation>Please choose who you are first.</translation>
    </message>
    <message>
        <source>Your details could not be saved on this device.</source>
        <translation>Your details could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>Everything is saved on this device.</source>
        <translation>Everything is saved on this device.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this device, not yet sent.</source>
        <extracomment>Sync status; synchronisation with the server comes with sign-in</extracomment>
        <translation>
            <numerusform>%n change saved on this device, not yet sent.</numerusform>
            <numerusform>%n changes saved on this device, not yet sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether everything is saved cannot be read right now.</source>
        <translation>Whether everything is saved cannot be read right now.</translation>
    </message>
</context>
<context>
    <name>PersonalDataExport</name>
    <message>
        <source>The server cannot be reached. Please try again when you are online.</source>
        <translation>The server cannot be reached. Please try again when you are online.</translation>
    </message>
    <message>
        <source>This device is no longer signed in.</source>
        <translation>This device is no longer signed in.</translation>
    </message>
    <message>
        <source>The server cannot do this just now; please try again in a minute.</source>
        <translation>The server cannot do this just now; please try again in a minute.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Your data is saved in %1: as a PDF to read and as a JSON file for other programs.</source>
        <extracomment>%1 is the folder the two files were saved in</extracomment>
        <translation>Your data is saved in %1: as a PDF to read and as a JSON file for other programs.</translation>
    </message>
</context>
<context>
    <name>PersonalDataForm</name>
    <message>
        <source>Download my data</source>
        <extracomment>Button: everything the server stores about the person, as PDF and JSON</extracomment>
        <translation>Download my data</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <extracomment>Title of the camera view that takes a photo for a log entry or a step</extracomment>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Take photo</source>
        <extracomment>Button in the camera view: take the photo</extracomment>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>The photo is made smaller and its location removed before it is sent.</source>
        <translation>The photo is made smaller and its location removed before it is sent.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>What is stored: your name and municipality; your phone and e-mail if you enter them; your notes on dates; what you write in your municipality&apos;s practice project.</source>
        <translation>What is stored: your name and municipality; your phone and e-mail if you enter them; your notes on dates; what you write in your municipality&apos;s practice project.</translation>
    </message>
    <message>
        <source>Who sees what: your notes only you. Your practice project the participants of your municipality and the organisers. Your phone and e-mail the organisers, and other participants only if you allow it.</source>
        <translation>Who sees what: your notes only you. Your practice project the participants of your municipality and the organisers. Your phone and e-mail the organisers, and other participants only if you allow it.</translation>
    </message>
    <message>
        <source>Where: on this device and on the server %1, run by the organisers of the programme or on their behalf. Nothing goes anywhere else.</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Where: on this device and on the server %1, run by the organisers of the programme or on their behalf. Nothing goes anywhere else.</translation>
    </message>
    <message>
        <source>Where: on this device only, until you sign in to the programme&apos;s server.</source>
        <translation>Where: on this device only, until you sign in to the programme&apos;s server.</translation>
    </message>
    <message>
        <source>Your rights: with “Download my data” you get everything the server stores about you. The organisers erase your data on request; it then disappears from every device too.</source>
        <translation>Your rights: with “Download my data” you get everything the server stores about you. The organisers erase your data on request; it then disappears from every device too.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDesk</name>
    <message>
        <source>No difference to the published programme</source>
        <translation>No difference to the published programme</translation>
    </message>
    <message>
        <source>This date cannot be found any more.</source>
        <translation>This date cannot be found any more.</translation>
    </message>
    <message>
        <source>Please give the date a German title.</source>
        <translation>Please give the date a German title.</translation>
    </message>
    <message>
        <source>Please enter the day as day.month.year, for example 26.11.2026.</source>
        <translation>Please enter the day as day.month.year, for example 26.11.2026.</translation>
    </message>
    <message>
        <source>Please enter the times as hours:minutes, for example 10:00, or leave both empty for a whole day.</source>
        <translation>Please enter the times as hours:minutes, for example 10:00, or leave both empty for a whole day.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>The video link must be one address starting with https://.</source>
        <translation>The video link must be one address starting with https://.</translation>
    </message>
    <message>
        <source>A text is too long: titles up to 200 characters, the room up to 100, the reason for a cancellation up to 300.</source>
        <translation>A text is too long: titles up to 200 characters, the room up to 100, the reason for a cancellation up to 300.</translation>
    </message>
    <message>
        <source>The draft could not be saved on this device.</source>
        <translation>The draft could not be saved on this device.</translation>
    </message>
    <message>
        <source>Please write a note that tells everyone what changed.</source>
        <translation>Please write a note that tells everyone what changed.</translation>
    </message>
    <message>
        <source>The note is longer than 2,000 characters.</source>
        <translation>The note is longer than 2,000 characters.</translation>
    </message>
    <message>
        <source>The draft does not change anything yet: there is nothing to publish.</source>
        <translation>The draft does not change anything yet: there is nothing to publish.</translation>
    </message>
    <message>
        <source>The release could not be saved on this device.</source>
        <translation>The release could not be saved on this device.</translation>
    </message>
    <message>
        <source>Already in the programme like this</source>
        <translation>Already in the programme like this</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>The table does not change anything in the programme.</source>
        <translation>The table does not change anything in the programme.</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>No place</translation>
    </message>
</context>
<context>
    <name>ProgrammeFile</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a text</source>
        <translation>the field &quot;%1&quot; must be a text</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>the field &quot;%1&quot; is longer than %2 characters</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>the field &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an object with &quot;de&quot; and &quot;en&quot;</source>
        <translation>the field &quot;%1&quot; must be an object with &quot;de&quot; and &quot;en&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;de&quot; and &quot;en&quot; lists</source>
        <translation>must be an object with &quot;de&quot; and &quot;en&quot; lists</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation>&quot;%1&quot; must be a list of texts</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>the field &quot;%1&quot; must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>the field &quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>has more than %1 entries</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (known: module_day, learning_group, info_talk, deadline)</source>
        <translation>unknown kind &quot;%1&quot; (known: module_day, learning_group, info_talk, deadline)</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;</source>
        <translation>unknown place &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the video link must start with https://</source>
        <translation>the video link must start with https://</translation>
    </message>
    <message>
        <source>module %1 is not described under &quot;modules&quot;</source>
        <translation>module %1 is not described under &quot;modules&quot;</translation>
    </message>
    <message>
        <source>the date must be a real date as YYYY-MM-DD</source>
        <translation>the date must be a real date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>give both start and end, or neither</source>
        <translation>give both start and end, or neither</translation>
    </message>
    <message>
        <source>times must be given as HH:MM</source>
        <translation>times must be given as HH:MM</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>the end must be after the start</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>participants are not part of the programme file</source>
        <translation>participants are not part of the programme file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; is not an e-mail address</translation>
    </message>
    <message>
        <source>Cannot open the programme file %1: %2</source>
        <translation>Cannot open the programme file %1: %2</translation>
    </message>
    <message>
        <source>The programme file is larger than %1 KiB.</source>
        <translation>The programme file is larger than %1 KiB.</translation>
    </message>
    <message>
        <source>The programme file is not valid JSON (at character %1: %2).</source>
        <translation>The programme file is not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <source>The programme file must contain a JSON object.</source>
        <translation>The programme file must contain a JSON object.</translation>
    </message>
    <message>
        <source>This is not an EWS programme file (&quot;format&quot; must be &quot;ews-programme&quot;).</source>
        <translation>This is not an EWS programme file (&quot;format&quot; must be &quot;ews-programme&quot;).</translation>
    </message>
    <message>
        <source>The programme file has format version %1; this app reads version %2.</source>
        <translation>The programme file has format version %1; this app reads version %2.</translation>
    </message>
    <message>
        <source>the time zone must be Europe/Berlin</source>
        <translation>the time zone must be Europe/Berlin</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>the id &quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>the programme has no dates</source>
        <translation>the programme has no dates</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>The programme file has an error at %1</source>
        <translation>The programme file has an error at %1</translation>
    </message>
    <message>
        <source>this time does not exist in Düsseldorf on that day (the clocks go forward)</source>
        <translation>this time does not exist in Düsseldorf on that day (the clocks go forward)</translation>
    </message>
    <message>
        <source>module %1 is described twice</source>
        <translation>module %1 is described twice</translation>
    </message>
    <message>
        <source>a reason for a cancellation is given, but &quot;cancelled&quot; is not true</source>
        <translation>a reason for a cancellation is given, but &quot;cancelled&quot; is not true</translation>
    </message>
    <message>
        <source>the reason for the cancellation is longer than 300 characters</source>
        <translation>the reason for the cancellation is longer than 300 characters</translation>
    </message>
    <message>
        <source>the learning platform&apos;s link must be one https:// address</source>
        <translation>the learning platform&apos;s link must be one https:// address</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Application and introduction</source>
        <translation>Application and introduction</translation>
    </message>
    <message>
        <source>Module %1</source>
        <extracomment>Heading of a module&apos;s dates in the programme; %1 is the module number</extracomment>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>%1 (subject to budget approval)</source>
        <extracomment>%1 is &quot;Module 3&quot;; the module depends on the budget being approved</extracomment>
        <translation>%1 (subject to budget approval)</translation>
    </message>
    <message>
        <source>Time in Düsseldorf (%1)</source>
        <extracomment>Shown under a time when the device is set to another time zone; %1 is CET or CEST</extracomment>
        <translation>Time in Düsseldorf (%1)</translation>
    </message>
    <message>
        <source>New date</source>
        <extracomment>Mark of a date the organisers added</extracomment>
        <translation>New date</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Mark of a date the organisers cancelled</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Moved – before: %1</source>
        <extracomment>A date the organisers moved; %1 is when it was before</extracomment>
        <translation>Moved – before: %1</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>Mark of a date that was subject to budget approval and now takes place for sure</extracomment>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Takes place after all</source>
        <extracomment>Mark of a date that was cancelled and now takes place after all</extracomment>
        <translation>Takes place after all</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Add all dates to your calendar</source>
        <extracomment>Hands every date of the programme to the calendar program</extracomment>
        <translation>Add all dates to your calendar</translation>
    </message>
    <message>
        <source>Change the programme</source>
        <extracomment>Button for organisers: change the programme (in a draft first)</extracomment>
        <translation>Change the programme</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n date(s) changed</source>
        <extracomment>Button for organisers; %n is how many dates the draft changes</extracomment>
        <translation>
            <numerusform>Draft: %n date changed</numerusform>
            <numerusform>Draft: %n dates changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide past dates</source>
        <extracomment>Button: the dates that are over leave the list again</extracomment>
        <translation>Hide past dates</translation>
    </message>
    <message numerus="yes">
        <source>Show %n past date(s)</source>
        <extracomment>Button: shows the dates that are over; %n how many</extracomment>
        <translation>
            <numerusform>Show %n past date</numerusform>
            <numerusform>Show %n past dates</numerusform>
        </translation>
    </message>
    <message>
        <source>At the venue: route, costs, what to bring</source>
        <extracomment>Button: opens what participants need at the venue</extracomment>
        <translation>At the venue: route, costs, what to bring</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Please choose your municipality in the settings first.</source>
        <translation>Please choose your municipality in the settings first.</translation>
    </message>
    <message>
        <source>You can read the projects of other municipalities, but only change your own.</source>
        <translation>You can read the projects of other municipalities, but only change your own.</translation>
    </message>
    <message>
        <source>The project could not be saved on this device.</source>
        <translation>The project could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Title and goal</source>
        <translation>Title and goal</translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation>Title of the project</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>What should be different when the project is done?</source>
        <translation>What should be different when the project is done?</translation>
    </message>
</context>
<context>
    <name>ProjectInput</name>
    <message>
        <source>Please enter a date.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translation>This date does not exist. Please check day and month.</translation>
    </message>
    <message>
        <source>Please enter a date between %1 and %2.</source>
        <translation>Please enter a date between %1 and %2.</translation>
    </message>
    <message>
        <source>Please give the step a title.</source>
        <translation>Please give the step a title.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>The title is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>The notes are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Please choose a status.</source>
        <translation>Please choose a status.</translation>
    </message>
    <message>
        <source>Please choose a module from 1 to 4.</source>
        <translation>Please choose a module from 1 to 4.</translation>
    </message>
    <message>
        <source>Please choose when the step is due.</source>
        <translation>Please choose when the step is due.</translation>
    </message>
    <message>
        <source>Please write what happened.</source>
        <translation>Please write what happened.</translation>
    </message>
    <message>
        <source>The entry is too long (at most %1 characters).</source>
        <translation>The entry is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The date lies in the future. Please log what has already happened.</source>
        <translation>The date lies in the future. Please log what has already happened.</translation>
    </message>
    <message>
        <source>Please give the project a title.</source>
        <translation>Please give the project a title.</translation>
    </message>
    <message>
        <source>The goal is too long (at most %1 characters).</source>
        <translation>The goal is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Please enter the date as day.month.year, for example 20.12.2026, or just 20.12.</source>
        <translation>Please enter the date as day.month.year, for example 20.12.2026, or just 20.12.</translation>
    </message>
    <message>
        <source>Please enter the year too, for example 20.12.2026.</source>
        <translation>Please enter the year too, for example 20.12.2026.</translation>
    </message>
</context>
<context>
    <name>ProjectLog</name>
    <message>
        <source>Please choose in the settings who you are, so that the entry shows your name.</source>
        <translation>Please choose in the settings who you are, so that the entry shows your name.</translation>
    </message>
    <message>
        <source>The entry could not be saved on this device.</source>
        <translation>The entry could not be saved on this device.</translation>
    </message>
    <message>
        <source>former participant</source>
        <translation>former participant</translation>
    </message>
    <message>
        <source>withdrawn by its writer</source>
        <extracomment>Beside a log entry its writer withdrew, before the server has it</extracomment>
        <translation>withdrawn by its writer</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <extracomment>Beside a log entry its writer withdrew; %1 the day</extracomment>
        <translation>withdrawn on %1</translation>
    </message>
    <message>
        <source>corrected by its writer</source>
        <extracomment>Beside a log entry its writer corrected, before the server has it</extracomment>
        <translation>corrected by its writer</translation>
    </message>
    <message>
        <source>corrected on %1</source>
        <extracomment>Beside a log entry its writer corrected; %1 the day</extracomment>
        <translation>corrected on %1</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>This entry no longer exists.</translation>
    </message>
    <message>
        <source>Only the person who wrote an entry can correct it.</source>
        <translation>Only the person who wrote an entry can correct it.</translation>
    </message>
    <message>
        <source>The correction could not be saved on this device.</source>
        <translation>The correction could not be saved on this device.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Practice project</source>
        <translation>Practice project</translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation>Saved on this device</translation>
    </message>
    <message>
        <source>Read the project of a municipality</source>
        <translation>Read the project of a municipality</translation>
    </message>
    <message>
        <source>Show the project of</source>
        <translation>Show the project of</translation>
    </message>
    <message>
        <source>Choose your municipality in the settings. Then you can plan your practice project here and log its progress, also without internet.</source>
        <translation>Choose your municipality in the settings. Then you can plan your practice project here and log its progress, also without internet.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <source>You are reading the project of %1. You can only change your own municipality&apos;s project.</source>
        <translation>You are reading the project of %1. You can only change your own municipality&apos;s project.</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Heading of the list of a project&apos;s steps (milestones)</extracomment>
        <translation>Steps</translation>
    </message>
    <message>
        <source>No steps yet. Add the first step of your project.</source>
        <translation>No steps yet. Add the first step of your project.</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>No steps yet.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Progress log</source>
        <extracomment>Heading of the project&apos;s progress log</extracomment>
        <translation>Progress log</translation>
    </message>
    <message>
        <source>Write an entry</source>
        <translation>Write an entry</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Entered at the same time</source>
        <extracomment>Heading of texts kept because two people changed the same thing at once</extracomment>
        <translation>Entered at the same time</translation>
    </message>
    <message>
        <source>Two people changed the same text before they saw each other&apos;s change. The later one is shown in the project; the earlier one is kept here.</source>
        <translation>Two people changed the same text before they saw each other&apos;s change. The later one is shown in the project; the earlier one is kept here.</translation>
    </message>
    <message>
        <source>Use this text</source>
        <extracomment>Button: put a kept text back in place of the current one</extracomment>
        <translation>Use this text</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button: a kept text is not needed any more</extracomment>
        <translation>Hide</translation>
    </message>
    <message>
        <source>The step “%1” is removed for everyone in your municipality. The progress log stays as it is.</source>
        <translation>The step “%1” is removed for everyone in your municipality. The progress log stays as it is.</translation>
    </message>
    <message>
        <source>Remove this step?</source>
        <translation>Remove this step?</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: confirm removing a step</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Comments from the organisers</source>
        <extracomment>Heading of the organisers&apos; comments on a practice project</extracomment>
        <translation>Comments from the organisers</translation>
    </message>
    <message>
        <source>Report for your administration</source>
        <extracomment>Heading: the project as a report for the municipality&apos;s administration</extracomment>
        <translation>Report for your administration</translation>
    </message>
    <message>
        <source>The project with its steps and log, as a PDF to pass on or as a table for a spreadsheet.</source>
        <translation>The project with its steps and log, as a PDF to pass on or as a table for a spreadsheet.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Button: save the project report as a PDF file</extracomment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>All projects at a glance</source>
        <extracomment>Button on the project page: every municipality&apos;s progress at a glance</extracomment>
        <translation>All projects at a glance</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <extracomment>Button for organisers: write a comment the municipality&apos;s participants see</extracomment>
        <translation>Write a comment</translation>
    </message>
    <message>
        <source>Log entries</source>
        <extracomment>Label of a choice: which log entries the report holds</extracomment>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>Choice of the report&apos;s period: every log entry</extracomment>
        <translation>all</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>Choice of the report&apos;s period; %1 e.g. &quot;Module 2 (26.11.2026)&quot;</extracomment>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Done. Saved on this device.</source>
        <translation>Done. Saved on this device.</translation>
    </message>
    <message>
        <source>Open again. Saved on this device.</source>
        <translation>Open again. Saved on this device.</translation>
    </message>
    <message>
        <source>As a table</source>
        <extracomment>Button: the project&apos;s steps and log as a table for a spreadsheet program (a CSV file)</extracomment>
        <translation>As a table</translation>
    </message>
</context>
<context>
    <name>ProjectReport</name>
    <message>
        <source>Entwicklungswerkstatt für kommunale Engagementstrategien 7 – practice project</source>
        <extracomment>Top line of the report: the programme&apos;s full name</extracomment>
        <translation>Entwicklungswerkstatt für kommunale Engagementstrategien 7 – practice project</translation>
    </message>
    <message>
        <source>No title given yet</source>
        <translation>No title given yet</translation>
    </message>
    <message>
        <source>Goal:</source>
        <extracomment>In the report, before the project&apos;s goal</extracomment>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>In the report: the day it was made; %1 is a date
----------
Right of the running head of every page of a report; %1 is a date</extracomment>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Heading in the report</extracomment>
        <translation>Steps</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>No steps yet.</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>First column of a step&apos;s row in the table export</extracomment>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>overdue</source>
        <extracomment>Mark of a step past its due date, in the report</extracomment>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Progress log</source>
        <extracomment>Heading in the report: the project&apos;s log entries</extracomment>
        <translation>Progress log</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Notes from the organisers</source>
        <extracomment>Heading in the report: comments of the organisers</extracomment>
        <translation>Notes from the organisers</translation>
    </message>
    <message>
        <source>Practice project %1</source>
        <translation>Practice project %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>Title or text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Log entry</translation>
    </message>
    <message>
        <source>practice-project-%1-%2</source>
        <extracomment>File name of the report; %1 the municipality, %2 the date (no spaces)</extracomment>
        <translation>practice-project-%1-%2</translation>
    </message>
    <message>
        <source>since module %1 (%2)</source>
        <extracomment>Which log entries a report holds; %1 a module&apos;s number, %2 its first day</extracomment>
        <translation>since module %1 (%2)</translation>
    </message>
    <message>
        <source>Module %1 (%2)</source>
        <translation>Module %1 (%2)</translation>
    </message>
    <message>
        <source>No municipality has a project yet.</source>
        <translation>No municipality has a project yet.</translation>
    </message>
    <message>
        <source>Entries %1.</source>
        <extracomment>In the report: which log entries it holds; %1 e.g. &quot;since module 2 (26.11.2026)&quot;</extracomment>
        <translation>Entries %1.</translation>
    </message>
    <message>
        <source>question to the organisers</source>
        <translation>question to the organisers</translation>
    </message>
    <message>
        <source>EWS companion</source>
        <extracomment>Author of a report, in its PDF metadata</extracomment>
        <translation>EWS companion</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Foot of every page of a report; %1 the page, %2 all pages</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>EWS 7 – practice projects, as of %1</source>
        <extracomment>First cell of the table export: what it is; %1 the date it was made</extracomment>
        <translation>EWS 7 – practice projects, as of %1</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>all entries</translation>
    </message>
    <message>
        <source>Municipality</source>
        <extracomment>Column headings of the table export</extracomment>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The overdue column of the table export</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>First column of a log entry&apos;s row in the table export</extracomment>
        <translation>Question</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done, %2 in progress</source>
        <extracomment>In the report; %1 steps done, %n all steps, %2 steps in progress</extracomment>
        <translation>
            <numerusform>%1 of %n step done, %2 in progress</numerusform>
            <numerusform>%1 of %n steps done, %2 in progress</numerusform>
        </translation>
    </message>
    <message>
        <source>A report can be made as a document to print or as a table.</source>
        <translation>A report can be made as a document to print or as a table.</translation>
    </message>
</context>
<context>
    <name>ProjectSteps</name>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Status of a project step</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Status of a project step</extracomment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Status of a project step</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>Due date of a project step; %1 is a date</extracomment>
        <translation>due %1</translation>
    </message>
    <message>
        <source>by module %1 (%2)</source>
        <extracomment>A project step due by a module; %1 module number, %2 the module&apos;s first day</extracomment>
        <translation>by module %1 (%2)</translation>
    </message>
    <message>
        <source>by module %1</source>
        <translation>by module %1</translation>
    </message>
    <message>
        <source>Please choose someone of your municipality to take care of the step.</source>
        <translation>Please choose someone of your municipality to take care of the step.</translation>
    </message>
    <message>
        <source>The step could not be saved on this device.</source>
        <translation>The step could not be saved on this device.</translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation>This step no longer exists.</translation>
    </message>
    <message>
        <source>Please choose a status.</source>
        <translation>Please choose a status.</translation>
    </message>
    <message>
        <source>The step could not be removed on this device.</source>
        <translation>The step could not be removed on this device.</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>Who takes care of a project step: the person using the app</extracomment>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Module %1 · %2</source>
        <extracomment>A module to pick as a step&apos;s due date; %1 its number, %2 its first day</extracomment>
        <translation>Module %1 · %2</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>Project without a title</source>
        <translation>Project without a title</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>%1 is the goal of the practice project</extracomment>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>Edit title and goal</source>
        <translation>Edit title and goal</translation>
    </message>
    <message>
        <source>No steps planned yet</source>
        <translation>No steps planned yet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done, %2 in progress</source>
        <extracomment>Progress of a project; %1 done steps, %n all steps, %2 steps in progress</extracomment>
        <translation>
            <numerusform>%1 of %n step done, %2 in progress</numerusform>
            <numerusform>%1 of %n steps done, %2 in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsOverview</name>
    <message>
        <source>Last activity %1</source>
        <extracomment>%1 is the date of the last entry or change in a project</extracomment>
        <translation>Last activity %1</translation>
    </message>
    <message>
        <source>Nothing entered yet</source>
        <translation>Nothing entered yet</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>No steps yet</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>%1 steps done of %2</extracomment>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 in progress</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <extracomment>Steps not done whose due date has passed</extracomment>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Nothing written since module %1</source>
        <extracomment>In the overview of all projects; %1 a module&apos;s number</extracomment>
        <translation>Nothing written since module %1</translation>
    </message>
</context>
<context>
    <name>ProjectsOverviewDelegate</name>
    <message>
        <source>Open questions: %1</source>
        <translation>Open questions: %1</translation>
    </message>
    <message>
        <source>Question: “%1”</source>
        <extracomment>An open question to the organisers, quoted; %1 is its text</extracomment>
        <translation>Question: “%1”</translation>
    </message>
</context>
<context>
    <name>ProjectsOverviewPage</name>
    <message>
        <source>All projects</source>
        <extracomment>Title of the overview of all municipalities&apos; projects</extracomment>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Open questions to the organisers: %1. They count as answered once the organisers comment on the project.</source>
        <translation>Open questions to the organisers: %1. They count as answered once the organisers comment on the project.</translation>
    </message>
    <message>
        <source>No open questions to the organisers.</source>
        <translation>No open questions to the organisers.</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Label of a choice: which projects the overview shows</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>all projects</translation>
    </message>
    <message>
        <source>with open questions</source>
        <translation>with open questions</translation>
    </message>
    <message>
        <source>with overdue steps</source>
        <translation>with overdue steps</translation>
    </message>
    <message>
        <source>nothing written since …</source>
        <extracomment>Projects nobody wrote in since the module chosen beside began</extracomment>
        <translation>nothing written since …</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Label of a choice: the order of the projects</extracomment>
        <translation>Order</translation>
    </message>
    <message>
        <source>open questions first</source>
        <translation>open questions first</translation>
    </message>
    <message>
        <source>most overdue steps first</source>
        <translation>most overdue steps first</translation>
    </message>
    <message>
        <source>longest without an entry first</source>
        <translation>longest without an entry first</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>by name</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>Label of a choice: the module that &quot;nothing written since&quot; and the report&apos;s log count from</extracomment>
        <translation>Since</translation>
    </message>
    <message>
        <source>These projects as PDF</source>
        <extracomment>Button: the projects shown as one PDF, to take to a module</extracomment>
        <translation>These projects as PDF</translation>
    </message>
    <message>
        <source>No project matches this choice.</source>
        <translation>No project matches this choice.</translation>
    </message>
    <message>
        <source>As a table</source>
        <extracomment>Button: the projects as one table, for a spreadsheet program (a CSV file)</extracomment>
        <translation>As a table</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) shown</source>
        <extracomment>Heading over the list of projects; %n how many the choice above shows</extracomment>
        <translation>
            <numerusform>%n project shown</numerusform>
            <numerusform>%n projects shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullToSync</name>
    <message>
        <source>Release to update</source>
        <extracomment>Shown while a list is pulled down: letting go updates from the server</extracomment>
        <translation>Release to update</translation>
    </message>
    <message>
        <source>Pull down to update</source>
        <translation>Pull down to update</translation>
    </message>
</context>
<context>
    <name>QrScanDialog</name>
    <message>
        <source>Scan the QR code</source>
        <extracomment>Title of the camera view that reads the invitation&apos;s QR code</extracomment>
        <translation>Scan the QR code</translation>
    </message>
    <message>
        <source>Hold the camera over the QR code in your invitation letter.</source>
        <translation>Hold the camera over the QR code in your invitation letter.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>New step “%1”</source>
        <extracomment>A refused change; %1 is the title of a step</extracomment>
        <translation>New step “%1”</translation>
    </message>
    <message>
        <source>Removal of a step</source>
        <translation>Removal of a step</translation>
    </message>
    <message>
        <source>Change of a step</source>
        <translation>Change of a step</translation>
    </message>
    <message>
        <source>Change of a step to “%1”</source>
        <translation>Change of a step to “%1”</translation>
    </message>
    <message>
        <source>Entry in the progress log</source>
        <translation>Entry in the progress log</translation>
    </message>
    <message>
        <source>Title and goal of the project</source>
        <translation>Title and goal of the project</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Your contact details</translation>
    </message>
    <message>
        <source>Hiding a kept text</source>
        <translation>Hiding a kept text</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>A change</translation>
    </message>
    <message>
        <source>You may not change this, for example because it belongs to another municipality&apos;s project.</source>
        <translation>You may not change this, for example because it belongs to another municipality&apos;s project.</translation>
    </message>
    <message>
        <source>Someone removed this in the meantime.</source>
        <translation>Someone removed this in the meantime.</translation>
    </message>
    <message>
        <source>The server did not accept the content (%1).</source>
        <extracomment>%1 is the server&apos;s explanation (in English)</extracomment>
        <translation>The server did not accept the content (%1).</translation>
    </message>
    <message>
        <source>Change of a date in the draft</source>
        <translation>Change of a date in the draft</translation>
    </message>
    <message>
        <source>Change of the date “%1” in the draft</source>
        <translation>Change of the date “%1” in the draft</translation>
    </message>
    <message>
        <source>Publishing the draft of the programme</source>
        <translation>Publishing the draft of the programme</translation>
    </message>
    <message>
        <source>Your municipality&apos;s project has used all the room the server keeps for it. Please ask the organisers.</source>
        <translation>Your municipality&apos;s project has used all the room the server keeps for it. Please ask the organisers.</translation>
    </message>
</context>
<context>
    <name>ReminderPlan</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is &quot;today&quot;, &quot;tomorrow&quot; or a date; %2 the time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A reminder&apos;s headline: %1 is the date&apos;s title, %2 when it is</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (subject to budget approval)</source>
        <extracomment>%1 is where the date takes place; the date depends on the budget</extracomment>
        <translation>%1 (subject to budget approval)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsForm</name>
    <message>
        <source>Remind me before my dates</source>
        <translation>Remind me before my dates</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutes before</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hour before</translation>
    </message>
    <message>
        <source>3 hours before</source>
        <translation>3 hours before</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 day before</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 days before</translation>
    </message>
    <message>
        <source>When to remind</source>
        <extracomment>Label of the choice how long before a date its reminder comes</extracomment>
        <translation>When to remind</translation>
    </message>
    <message>
        <source>Without a choice of your own: the first day of each module, the learning groups and the deadlines. On each date&apos;s page you can change that.</source>
        <translation>Without a choice of your own: the first day of each module, the learning groups and the deadlines. On each date&apos;s page you can change that.</translation>
    </message>
    <message>
        <source>Allow reminders</source>
        <extracomment>Button: asks the device to let the app show reminders</extracomment>
        <translation>Allow reminders</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders appear on this device even when the app is closed.</source>
        <translation>Reminders appear on this device even when the app is closed.</translation>
    </message>
    <message>
        <source>This device does not allow the app to show notifications yet, so reminders cannot appear.</source>
        <translation>This device does not allow the app to show notifications yet, so reminders cannot appear.</translation>
    </message>
    <message>
        <source>Reminders are switched off.</source>
        <translation>Reminders are switched off.</translation>
    </message>
    <message>
        <source>There is no upcoming date to remind you of.</source>
        <translation>There is no upcoming date to remind you of.</translation>
    </message>
    <message>
        <source>Next reminder: %1, %2, for “%3”</source>
        <extracomment>%1 is a date, %2 a time, %3 the title of the date reminded of</extracomment>
        <translation>Next reminder: %1, %2, for “%3”</translation>
    </message>
    <message>
        <source>Announcement from the organisers</source>
        <translation>Announcement from the organisers</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Announcement from %1</translation>
    </message>
    <message>
        <source>Reminders appear on this device while the app is open.</source>
        <translation>Reminders appear on this device while the app is open.</translation>
    </message>
    <message>
        <source>Reminders cannot appear on this device: it shows no notifications.</source>
        <translation>Reminders cannot appear on this device: it shows no notifications.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Dates</source>
        <extracomment>Group of search results: dates of the programme</extracomment>
        <translation>Dates</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Group of search results: people of the programme</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <source>Practice projects</source>
        <extracomment>Group of search results: the municipalities&apos; practice projects</extracomment>
        <translation>Practice projects</translation>
    </message>
    <message>
        <source>Step · %1</source>
        <extracomment>A search result: a step of a municipality&apos;s project; %1 the municipality</extracomment>
        <translation>Step · %1</translation>
    </message>
    <message>
        <source>Entry of %1 · %2</source>
        <extracomment>A search result: a log entry; %1 its date, %2 the municipality</extracomment>
        <translation>Entry of %1 · %2</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search page</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>Dates, people, projects …</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation>Dates, people, projects …</translation>
    </message>
    <message>
        <source>Type a word to search the programme, the people and every municipality&apos;s practice project. This works without internet.</source>
        <translation>Type a word to search the programme, the people and every municipality&apos;s practice project. This works without internet.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>ServerSignIn</name>
    <message>
        <source>Please enter the server address, starting with https://</source>
        <translation>Please enter the server address, starting with https://</translation>
    </message>
    <message>
        <source>Please enter the sign-in code you were given.</source>
        <translation>Please enter the sign-in code you were given.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>The server refused the sign-in.</translation>
    </message>
    <message>
        <source>The sign-in could not be saved on this device.</source>
        <translation>The sign-in could not be saved on this device.</translation>
    </message>
    <message>
        <source>This code is unknown, used already or past its date. Ask the organisers for a new one.</source>
        <translation>This code is unknown, used already or past its date. Ask the organisers for a new one.</translation>
    </message>
    <message>
        <source>The server cannot sign you in just now. Your code stays valid; please try again in a minute.</source>
        <translation>The server cannot sign you in just now. Your code stays valid; please try again in a minute.</translation>
    </message>
    <message>
        <source>This device does not know this server yet. Compare its fingerprint below with the one in your invitation letter. Only if both are the same, choose “They match”.</source>
        <translation>This device does not know this server yet. Compare its fingerprint below with the one in your invitation letter. Only if both are the same, choose “They match”.</translation>
    </message>
    <message>
        <source>This server is not the one your invitation names, so this device did not sign in. Please ask the organisers.</source>
        <translation>This server is not the one your invitation names, so this device did not sign in. Please ask the organisers.</translation>
    </message>
</context>
<context>
    <name>ServerSignInForm</name>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <extracomment>The invitation link works here too: everything in it is taken from it</extracomment>
        <translation>Sign-in code</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server. What you typed is kept here, so that you can copy it.</source>
        <translation>
            <numerusform>%n change was refused by the server. What you typed is kept here, so that you can copy it.</numerusform>
            <numerusform>%n changes were refused by the server. What you typed is kept here, so that you can copy it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button: a refused change has been read and is not needed any more</extracomment>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Connected to %1. This device stays signed in until you sign out.</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Connected to %1. This device stays signed in until you sign out.</translation>
    </message>
    <message>
        <source>Picture of the invitation</source>
        <extracomment>Title of the dialog that picks a picture of the invitation letter</extracomment>
        <translation>Picture of the invitation</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Signing in …</source>
        <translation>Signing in …</translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <extracomment>Button: open the camera to read the invitation&apos;s QR code</extracomment>
        <translation>Scan QR code</translation>
    </message>
    <message>
        <source>QR code from a picture</source>
        <extracomment>Button: read the invitation&apos;s QR code from a photo or screenshot</extracomment>
        <translation>QR code from a picture</translation>
    </message>
    <message>
        <source>Or type what your invitation letter says:</source>
        <extracomment>Before the fields for the server address and the code</extracomment>
        <translation>Or type what your invitation letter says:</translation>
    </message>
    <message>
        <source>They match</source>
        <extracomment>Button after the server&apos;s fingerprint was shown: it is the same as in the letter</extracomment>
        <translation>They match</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>As on this device</source>
        <translation>As on this device</translation>
    </message>
    <message>
        <source>Until you sign in, this choice stays on this device. It decides which project you can change.</source>
        <translation>Until you sign in, this choice stays on this device. It decides which project you can change.</translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation>Choose your municipality</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Your municipality</translation>
    </message>
    <message>
        <source>Municipality not in the list? Enter its name</source>
        <translation>Municipality not in the list? Enter its name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation>Saved on this device</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Not in the list? Enter your name</source>
        <translation>Not in the list? Enter your name</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>About this app</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Dates and places from the EWS 7 brochure of the ISI Institut für soziale Innovation. All times are German time (Düsseldorf).</source>
        <translation>Dates and places from the EWS 7 brochure of the ISI Institut für soziale Innovation. All times are German time (Düsseldorf).</translation>
    </message>
    <message>
        <source>Whose device is this?</source>
        <translation>Whose device is this?</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Set by your sign-in. It decides which project you can change.</source>
        <translation>Set by your sign-in. It decides which project you can change.</translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <extracomment>Heading: the programme in the person&apos;s own calendar program, kept up to date</extracomment>
        <translation>Calendar subscription</translation>
    </message>
    <message>
        <source>Reminders</source>
        <extracomment>Heading: reminders before the programme&apos;s dates</extracomment>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Text size</source>
        <extracomment>Heading: how large text is shown</extracomment>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Much larger</source>
        <translation>Much larger</translation>
    </message>
    <message>
        <source>This device belongs to the organisers. Your own phone number and e-mail address are changed under Contacts, on your contact&apos;s page.</source>
        <translation>This device belongs to the organisers. Your own phone number and e-mail address are changed under Contacts, on your contact&apos;s page.</translation>
    </message>
    <message>
        <source>Privacy and my data</source>
        <extracomment>Heading: what is stored about the person, who sees it, and their rights</extracomment>
        <translation>Privacy and my data</translation>
    </message>
    <message>
        <source>Photos and files on this device</source>
        <extracomment>Heading: how much room photos and files may take on the device</extracomment>
        <translation>Photos and files on this device</translation>
    </message>
    <message>
        <source>They take %1 now. Above the room chosen here, the ones unused longest go; they are fetched again when needed. What is not sent yet and what you keep on this device always stays.</source>
        <extracomment>%1: how much room they take now, e.g. &quot;120 MB&quot;</extracomment>
        <translation>They take %1 now. Above the room chosen here, the ones unused longest go; they are fetched again when needed. What is not sent yet and what you keep on this device always stays.</translation>
    </message>
    <message>
        <source>At most %1 MB</source>
        <extracomment>A choice of room for photos and files; %1 a number of megabytes</extracomment>
        <translation>At most %1 MB</translation>
    </message>
    <message>
        <source>Room for photos and files</source>
        <translation>Room for photos and files</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <extracomment>Accessible name of the box that marks a project step done; %1 is its title</extracomment>
        <translation>Done: %1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Change step</source>
        <translation>Change step</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>What is to be done?</translation>
    </message>
    <message>
        <source>e.g. Talk to the mayor</source>
        <translation>e.g. Talk to the mayor</translation>
    </message>
    <message>
        <source>Title of the step</source>
        <translation>Title of the step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Who takes care of it?</source>
        <translation>Who takes care of it?</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>By a module</source>
        <translation>By a module</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>By a date</translation>
    </message>
    <message>
        <source>By which module</source>
        <translation>By which module</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Your notes on dates about this step</source>
        <extracomment>Heading in a step: the person&apos;s own notes on dates that point to this step</extracomment>
        <translation>Your notes on dates about this step</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <extracomment>Placeholder of a date field; shows the expected form</extracomment>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <extracomment>Button beside a date field: opens a calendar to pick the day</extracomment>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <source>In a week</source>
        <extracomment>Quick choices for a due date</extracomment>
        <translation>In a week</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>In two weeks</translation>
    </message>
    <message>
        <source>In four weeks</source>
        <translation>In four weeks</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <extracomment>Heading in a step: its photos and files</extracomment>
        <translation>Photos and files</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>Not connected to the server: %n change(s) only on this device.</source>
        <translation>
            <numerusform>Not connected to the server: %n change only on this device.</numerusform>
            <numerusform>Not connected to the server: %n changes only on this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>Exchanging changes with the server …</source>
        <translation>Exchanging changes with the server …</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting, they are sent when the connection is back.</source>
        <translation>
            <numerusform>Offline: %n change waiting; it is sent when the connection is back.</numerusform>
            <numerusform>Offline: %n changes waiting; they are sent when the connection is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected; not exchanged yet.</source>
        <translation>Connected; not exchanged yet.</translation>
    </message>
    <message>
        <source>Offline. Nothing is waiting to be sent.</source>
        <translation>Offline. Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <source>Everything sent, %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Everything sent, %1.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>This device has been signed out by the organisers.</source>
        <translation>This device has been signed out by the organisers.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>The server answered with an error (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>The server&apos;s answer could not be read: %1</translation>
    </message>
    <message>
        <source>What the server sent could not be stored on this device.</source>
        <translation>What the server sent could not be stored on this device.</translation>
    </message>
    <message>
        <source>The server is busy; the app tries again shortly.</source>
        <translation>The server is busy; the app tries again shortly.</translation>
    </message>
</context>
<context>
    <name>TentativeMark</name>
    <message>
        <source>subject to budget approval</source>
        <extracomment>Mark of a date that depends on the state budget being approved</extracomment>
        <translation>subject to budget approval</translation>
    </message>
</context>
<context>
    <name>TimeFormatter</name>
    <message>
        <source>CEST</source>
        <extracomment>Central European Summer Time, shown after times when the device is in another zone</extracomment>
        <translation>CEST</translation>
    </message>
    <message>
        <source>CET</source>
        <translation>CET</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>approx. %1</source>
        <extracomment>%1 is a time range; the programme gives these times as approximate</extracomment>
        <translation>approx. %1</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>happening now</source>
        <translation>happening now</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>Today, %1</source>
        <extracomment>Heading of today&apos;s sessions; %1 is today&apos;s date</extracomment>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>happening now</source>
        <translation>happening now</translation>
    </message>
</context>
<context>
    <name>VenueDetails</name>
    <message>
        <source>Only the organisers change what participants need at the venue.</source>
        <translation>Only the organisers change what participants need at the venue.</translation>
    </message>
    <message>
        <source>Each text may have up to %1 characters.</source>
        <extracomment>%1 is the most characters a text may have (1.000)</extracomment>
        <translation>Each text may have up to %1 characters.</translation>
    </message>
    <message>
        <source>The learning platform&apos;s link must be one address starting with https://.</source>
        <translation>The learning platform&apos;s link must be one address starting with https://.</translation>
    </message>
    <message>
        <source>This could not be saved on this device. Please try again.</source>
        <translation>This could not be saved on this device. Please try again.</translation>
    </message>
</context>
<context>
    <name>VenueEditDialog</name>
    <message>
        <source>Change the venue details</source>
        <extracomment>Title of the organisers&apos; form for the venue page</extracomment>
        <translation>Change the venue details</translation>
    </message>
    <message>
        <source>Getting there (German)</source>
        <translation>Getting there (German)</translation>
    </message>
    <message>
        <source>Getting there (English, optional)</source>
        <translation>Getting there (English, optional)</translation>
    </message>
    <message>
        <source>Costs (German)</source>
        <translation>Costs (German)</translation>
    </message>
    <message>
        <source>Costs (English, optional)</source>
        <translation>Costs (English, optional)</translation>
    </message>
    <message>
        <source>What to bring (German)</source>
        <translation>What to bring (German)</translation>
    </message>
    <message>
        <source>What to bring (English, optional)</source>
        <translation>What to bring (English, optional)</translation>
    </message>
    <message>
        <source>Address of the learning platform (optional)</source>
        <translation>Address of the learning platform (optional)</translation>
    </message>
    <message>
        <source>Participants see the change after their next sync.</source>
        <translation>Participants see the change after their next sync.</translation>
    </message>
    <message>
        <source>e.g. From the main station by tram to the stop …, then a five-minute walk.</source>
        <translation>e.g. From the main station by tram to the stop …, then a five-minute walk.</translation>
    </message>
</context>
<context>
    <name>VenuePage</name>
    <message>
        <source>At the venue</source>
        <extracomment>Title of the page with what participants need at the venue</extracomment>
        <translation>At the venue</translation>
    </message>
    <message>
        <source>The organisers have not named a venue yet.</source>
        <translation>The organisers have not named a venue yet.</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Label of the venue&apos;s postal address</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>Plan the route</source>
        <extracomment>Opens a route planner with the way to the venue</extracomment>
        <translation>Plan the route</translation>
    </message>
    <message>
        <source>Getting there</source>
        <extracomment>Heading: how to get to the venue</extracomment>
        <translation>Getting there</translation>
    </message>
    <message>
        <source>Costs</source>
        <extracomment>Heading: what is paid for and what participants pay themselves</extracomment>
        <translation>Costs</translation>
    </message>
    <message>
        <source>What to bring</source>
        <extracomment>Heading: what participants bring to a module</extracomment>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Learning platform</source>
        <extracomment>Heading: the programme&apos;s website for learning between the modules</extracomment>
        <translation>Learning platform</translation>
    </message>
    <message>
        <source>Between the modules you learn and share material on the learning platform.</source>
        <translation>Between the modules you learn and share material on the learning platform.</translation>
    </message>
    <message>
        <source>The organisers will give its address here as soon as it is set.</source>
        <translation>The organisers will give its address here as soon as it is set.</translation>
    </message>
    <message>
        <source>Open the learning platform</source>
        <extracomment>Opens the learning platform in the browser</extracomment>
        <translation>Open the learning platform</translation>
    </message>
    <message>
        <source>Change these details</source>
        <extracomment>Button for organisers: change what participants read on this page</extracomment>
        <translation>Change these details</translation>
    </message>
</context>
</TS>
