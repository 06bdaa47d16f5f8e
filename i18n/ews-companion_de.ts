<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessDesk</name>
    <message>
        <source>The server cannot be reached. Inviting and signing out need a connection; please try again when you are online.</source>
        <translation>Der Server ist nicht erreichbar. Zum Einladen und Abmelden braucht es eine Verbindung; bitte versuchen Sie es wieder, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>This device has been signed out by the organisers.</source>
        <translation>Dieses Gerät wurde von der Organisation abgemeldet.</translation>
    </message>
    <message>
        <source>Only the organisers invite people and sign them out.</source>
        <translation>Nur das Organisationsteam lädt ein und meldet ab.</translation>
    </message>
    <message>
        <source>Too many steps at once; please wait a minute.</source>
        <translation>Zu viele Schritte auf einmal; bitte warten Sie eine Minute.</translation>
    </message>
    <message>
        <source>There is a municipality of that name already.</source>
        <translation>Eine Kommune mit diesem Namen gibt es schon.</translation>
    </message>
    <message>
        <source>This municipality no longer exists; please choose another.</source>
        <translation>Diese Kommune gibt es nicht mehr; bitte wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>An organiser of that name signs in already. To add a further device of hers or his, choose &quot;Further device&quot; beside the name.</source>
        <translation>Eine Person dieses Namens aus dem Organisationsteam ist schon angemeldet. Für ein weiteres Gerät wählen Sie „Weiteres Gerät“ bei ihrem Namen.</translation>
    </message>
    <message>
        <source>Several contacts have that name. Give one of them another name under Contacts first.</source>
        <translation>Mehrere Kontakte haben diesen Namen. Ändern Sie zuerst unter „Kontakte“ den Namen eines von ihnen.</translation>
    </message>
    <message>
        <source>You cannot sign yourself out here; use &quot;Sign out&quot; in the settings.</source>
        <translation>Sich selbst können Sie hier nicht abmelden; nutzen Sie „Abmelden“ in den Einstellungen.</translation>
    </message>
    <message>
        <source>This is no longer there; the list has been updated.</source>
        <translation>Das gibt es nicht mehr; die Liste ist jetzt aktuell.</translation>
    </message>
    <message>
        <source>Please enter a name of at most 100 characters.</source>
        <translation>Bitte geben Sie einen Namen mit höchstens 100 Zeichen ein.</translation>
    </message>
    <message>
        <source>The server could not do this (%1).</source>
        <extracomment>%1 is an HTTP status number</extracomment>
        <translation>Der Server konnte das nicht ausführen (%1).</translation>
    </message>
    <message>
        <source>Connect this device to the server as an organiser first (Settings).</source>
        <translation>Verbinden Sie dieses Gerät zuerst als Organisationsteam mit dem Server (Einstellungen).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>signed in on %1</source>
        <translation>angemeldet am %1</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>valid until it is used</source>
        <translation>gültig, bis er benutzt wird</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>%1 has been added.</source>
        <extracomment>%1 is a municipality&apos;s name</extracomment>
        <translation>%1 ist hinzugefügt.</translation>
    </message>
    <message>
        <source>Please choose the municipality.</source>
        <translation>Bitte wählen Sie die Kommune.</translation>
    </message>
    <message>
        <source>Valid once, until %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Gilt einmal, bis %1.</translation>
    </message>
    <message>
        <source>The invitation for %1 is ready.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>Die Einladung für %1 ist fertig.</translation>
    </message>
    <message>
        <source>Make an invitation first.</source>
        <translation>Erstellen Sie zuerst eine Einladung.</translation>
    </message>
    <message>
        <source>The invitation has ended: its code can no longer be used.</source>
        <translation>Die Einladung ist beendet: Ihr Code funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The device has been signed out. What was entered on it and sent stays; it receives nothing new.</source>
        <translation>Das Gerät ist abgemeldet. Was darauf eingetragen und gesendet wurde, bleibt; es bekommt nichts Neues mehr.</translation>
    </message>
    <message>
        <source>The person has been signed out on every device.</source>
        <translation>Die Person ist auf allen Geräten abgemeldet.</translation>
    </message>
    <message>
        <source>Moved: from now on they write in the project of %1.</source>
        <extracomment>%1 is a municipality&apos;s name</extracomment>
        <translation>Umgezogen: Ab jetzt schreibt die Person im Projekt von %1.</translation>
    </message>
    <message>
        <source>The server cannot do this just now; please try again in a minute.</source>
        <translation>Der Server kann das gerade nicht ausführen. Bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <source>Erased. Every device drops the data at its next sync.</source>
        <translation>Gelöscht. Jedes Gerät entfernt die Daten beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>The programme is closed. Its personal data will be erased on the date shown.</source>
        <translation>Die Entwicklungswerkstatt ist abgeschlossen. Ihre personenbezogenen Daten werden am angezeigten Tag gelöscht.</translation>
    </message>
    <message>
        <source>The programme is open again; nothing will be erased.</source>
        <translation>Die Entwicklungswerkstatt ist wieder offen; nichts wird gelöscht.</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Invitations and devices</source>
        <extracomment>Title of the page where organisers invite people and sign devices out</extracomment>
        <translation>Einladungen und Geräte</translation>
    </message>
    <message>
        <source>An invitation is a link with a QR code, or a code to type, that signs one person in once. Inviting and signing out need a connection to the server.</source>
        <translation>Eine Einladung ist ein Link mit QR-Code oder ein Code zum Eintippen. Damit meldet sich eine Person einmal an. Zum Einladen und Abmelden braucht es eine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Connect this device to the server as an organiser first (Settings).</source>
        <translation>Verbinden Sie dieses Gerät zuerst als Organisationsteam mit dem Server (Einstellungen).</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <extracomment>Button: an organiser invites a participant or an organiser
----------
Title of the form that makes an invitation</extracomment>
        <translation>Jemanden einladen</translation>
    </message>
    <message>
        <source>Add a municipality</source>
        <translation>Kommune hinzufügen</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Button: load the lists again from the server</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <extracomment>Heading: invitations whose code nobody has used yet</extracomment>
        <translation>Noch nicht benutzt</translation>
    </message>
    <message>
        <source>End invitation</source>
        <extracomment>Button: the invitation&apos;s code can no longer be used</extracomment>
        <translation>Einladung beenden</translation>
    </message>
    <message>
        <source>People and their devices</source>
        <extracomment>Heading: people who can sign in, with their devices</extracomment>
        <translation>Personen und ihre Geräte</translation>
    </message>
    <message>
        <source>No device signed in.</source>
        <translation>Kein Gerät angemeldet.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Button: one device (a lost phone) can no longer sync</extracomment>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out “%1” of %2? It can no longer exchange anything with the server; what was sent from it stays.</source>
        <extracomment>%1 is a device, %2 a person&apos;s name</extracomment>
        <translation>„%1“ von %2 abmelden? Das Gerät kann dann nichts mehr mit dem Server austauschen; was von ihm gesendet wurde, bleibt.</translation>
    </message>
    <message>
        <source>Further device</source>
        <extracomment>Button: an invitation for another device of this person (an office PC)</extracomment>
        <translation>Weiteres Gerät</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>Button: the participant changes to another municipality</extracomment>
        <translation>Kommune wechseln</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <extracomment>Button: the person can no longer sign in on any device</extracomment>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign %1 out on every device? Their codes not used yet end too. What they wrote stays.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>%1 auf allen Geräten abmelden? Noch nicht benutzte Codes enden auch. Was die Person geschrieben hat, bleibt.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Bitte geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Please choose the municipality.</source>
        <translation>Bitte wählen Sie die Kommune.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>Participant of a municipality</source>
        <translation>Teilnehmende Person einer Kommune</translation>
    </message>
    <message>
        <source>Organiser</source>
        <extracomment>An organiser belongs to no municipality</extracomment>
        <translation>Organisationsteam</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation>Bitte wählen …</translation>
    </message>
    <message>
        <source>The code is valid once, for 30 days. You can show the invitation on screen or print it as a letter.</source>
        <translation>Der Code gilt einmal, 30 Tage lang. Sie können die Einladung auf dem Bildschirm zeigen oder als Brief drucken.</translation>
    </message>
    <message>
        <source>Name of the municipality</source>
        <translation>Name der Kommune</translation>
    </message>
    <message>
        <source>e.g. Kreis Lippe</source>
        <translation>z. B. Kreis Lippe</translation>
    </message>
    <message>
        <source>Move %1</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>%1: Kommune wechseln</translation>
    </message>
    <message>
        <source>From now on they write in the practice project of the municipality chosen. What they wrote so far stays where it is.</source>
        <translation>Ab jetzt schreibt die Person im Praxisprojekt der gewählten Kommune. Was sie bisher geschrieben hat, bleibt, wo es ist.</translation>
    </message>
    <message>
        <source>Erase data</source>
        <extracomment>Button: everything stored about the person is deleted for good</extracomment>
        <translation>Daten löschen</translation>
    </message>
    <message>
        <source>Erase everything stored about %1 for good? Their sign-in, devices, contact details and own notes are deleted, on every device too. What they wrote in the practice project stays, shown as by a “former participant”.</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>Alles, was über %1 gespeichert ist, endgültig löschen? Anmeldung, Geräte, Kontaktdaten und eigene Notizen werden gelöscht, auch auf allen Geräten. Was %1 im Praxisprojekt geschrieben hat, bleibt stehen, ohne Namen („ehemalige Teilnehmerin/ehemaliger Teilnehmer“).</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <extracomment>Button: erase a person&apos;s data, cannot be undone</extracomment>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Also delete what they wrote in the practice project</source>
        <translation>Auch die Einträge im Praxisprojekt löschen</translation>
    </message>
    <message>
        <source>End of the programme</source>
        <extracomment>Heading: closing the programme and erasing its data afterwards</extracomment>
        <translation>Ende der Entwicklungswerkstatt</translation>
    </message>
    <message>
        <source>The programme is closed. On %1 the server erases everyone&apos;s data: names, contact details, devices and notes. What was written in the practice projects stays, without names.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Die Entwicklungswerkstatt ist abgeschlossen. Am %1 löscht der Server die Daten aller Beteiligten: Namen, Kontaktdaten, Geräte und Notizen. Was in den Praxisprojekten steht, bleibt ohne Namen erhalten.</translation>
    </message>
    <message>
        <source>When the programme is over, close it here. The server then erases everyone&apos;s data after the period its operator set (six months unless said otherwise).</source>
        <translation>Wenn die Entwicklungswerkstatt vorbei ist, schließen Sie sie hier ab. Der Server löscht dann die Daten aller Beteiligten nach der Frist, die sein Betreiber festgelegt hat (sechs Monate, wenn nichts anderes eingestellt ist).</translation>
    </message>
    <message>
        <source>Open the programme again</source>
        <extracomment>Button: the programme goes on; nothing is erased</extracomment>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Close the programme</source>
        <extracomment>Button: the programme is over; its data is erased later</extracomment>
        <translation>Entwicklungswerkstatt abschließen</translation>
    </message>
    <message>
        <source>Erase the data for good?</source>
        <extracomment>Title of the question before a person&apos;s data is erased</extracomment>
        <translation>Daten endgültig löschen?</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <extracomment>Title of the question before a device or a person is signed out</extracomment>
        <translation>Abmelden?</translation>
    </message>
</context>
<context>
    <name>AnnouncementDesk</name>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Participants of %1</source>
        <extracomment>Whom an announcement goes to; %1 is a municipality</extracomment>
        <translation>Teilnehmende aus %1</translation>
    </message>
    <message>
        <source>To everyone</source>
        <translation>An alle</translation>
    </message>
    <message>
        <source>To the participants of %1</source>
        <translation>An die Teilnehmenden aus %1</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Wartet auf eine Verbindung</translation>
    </message>
    <message>
        <source>Please write the announcement.</source>
        <translation>Bitte schreiben Sie die Mitteilung.</translation>
    </message>
    <message>
        <source>The announcement is longer than 1,000 characters.</source>
        <translation>Die Mitteilung ist länger als 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>This municipality cannot be found any more.</source>
        <translation>Diese Kommune gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The announcement could not be saved on this device.</source>
        <translation>Die Mitteilung konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>AnnouncementPage</name>
    <message>
        <source>Announcements</source>
        <extracomment>Title of the page where organisers write to the participants</extracomment>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <source>Participants see an announcement under “What&apos;s new” and, where their device can show one, as a notification.</source>
        <translation>Die Teilnehmenden sehen eine Mitteilung unter „Neu“ und, wo ihr Gerät das kann, als Benachrichtigung.</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Label: whom an announcement goes to</extracomment>
        <translation>An</translation>
    </message>
    <message>
        <source>e.g. Tomorrow we meet in seminar room 3, not in the hall.</source>
        <translation>z. B. Morgen treffen wir uns in Seminarraum 3, nicht im Saal.</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button: the announcement goes to the participants chosen</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Saved. It goes out with the next connection.</source>
        <translation>Gespeichert. Sie geht mit der nächsten Verbindung hinaus.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Take back</source>
        <extracomment>Button: the announcement disappears from every device</extracomment>
        <translation>Zurücknehmen</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The EWS companion: programme, contacts and practice project, also offline.</source>
        <translation>Der EWS-Begleiter: Programm, Kontakte und Praxisprojekt, auch ohne Internet.</translation>
    </message>
    <message>
        <source>Keep the data in &lt;folder&gt;.</source>
        <translation>Die Daten im &lt;Ordner&gt; ablegen.</translation>
    </message>
    <message>
        <source>Load example municipalities and people (marked as examples) and use the first one.</source>
        <translation>Beispielkommunen und -personen laden (als Beispiel gekennzeichnet) und die erste verwenden.</translation>
    </message>
    <message>
        <source>Pretend the time is &lt;instant&gt; (ISO 8601, e.g. 2026-11-26T11:00:00+01:00).</source>
        <translation>So tun, als wäre es &lt;Zeitpunkt&gt; (ISO 8601, z. B. 2026-11-26T11:00:00+01:00).</translation>
    </message>
    <message>
        <source>Use &lt;language&gt;: de or en.</source>
        <translation>&lt;Sprache&gt; verwenden: de oder en.</translation>
    </message>
    <message>
        <source>Window size, e.g. 390x844.</source>
        <translation>Fenstergröße, z. B. 390x844.</translation>
    </message>
    <message>
        <source>Render the window to the PNG &lt;file&gt; and quit.</source>
        <translation>Das Fenster als PNG in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>--now needs a time like 2026-11-26T11:00:00+01:00, not &quot;%1&quot;.</source>
        <translation>--now braucht eine Zeit wie 2026-11-26T11:00:00+01:00, nicht „%1“.</translation>
    </message>
    <message>
        <source>--language must be de or en, not &quot;%1&quot;.</source>
        <translation>--language muss de oder en sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--page must be one of: %1.</source>
        <translation>--page muss eines davon sein: %1.</translation>
    </message>
    <message>
        <source>--size needs width x height, e.g. 390x844, not &quot;%1&quot;.</source>
        <translation>--size braucht Breite x Höhe, z. B. 390x844, nicht „%1“.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;address&gt; when starting (with --sign-in-code).</source>
        <translation>Beim Start am Server unter &lt;Adresse&gt; anmelden (mit --sign-in-code).</translation>
    </message>
    <message>
        <source>The one-time sign-in &lt;code&gt;.</source>
        <translation>Der einmalige Anmelde-&lt;Code&gt;.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-&lt;Fingerabdruck&gt; vertrauen.</translation>
    </message>
    <message>
        <source>--server and --sign-in-code go together.</source>
        <translation>--server und --sign-in-code gehören zusammen.</translation>
    </message>
    <message>
        <source>With --demo: see the app as the example organiser does (comments, no own project).</source>
        <translation>Mit --demo: die App so sehen, wie die Beispiel-Organisatorin sie sieht (Hinweise, kein eigenes Projekt).</translation>
    </message>
    <message>
        <source>Open &lt;page&gt;: programme, event, contacts, contact, project, step, log, settings, search, news, overview, comment.</source>
        <translation>&lt;Seite&gt; öffnen: programme, event, contacts, contact, project, step, log, settings, search, news, overview, comment.</translation>
    </message>
    <message>
        <source>--organiser goes with --demo.</source>
        <translation>--organiser geht nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>An invitation link (ews-companion://join?…): sign in with it when starting.</source>
        <translation>Ein Einladungslink (ews-companion://join?…): beim Start damit anmelden.</translation>
    </message>
    <message>
        <source>Only one invitation link at a time.</source>
        <translation>Nur ein Einladungslink auf einmal.</translation>
    </message>
</context>
<context>
    <name>AttachmentDesk</name>
    <message>
        <source>Photo is being sent (%1 %)</source>
        <extracomment>%1: how much of it the server has, in percent</extracomment>
        <translation>Foto wird übertragen (%1 %)</translation>
    </message>
    <message>
        <source>File is being sent (%1 %)</source>
        <extracomment>%1: how much of it the server has, in percent</extracomment>
        <translation>Datei wird übertragen (%1 %)</translation>
    </message>
    <message>
        <source>Photo is sent as soon as there is a connection</source>
        <translation>Foto wird übertragen, sobald eine Verbindung besteht</translation>
    </message>
    <message>
        <source>File is sent as soon as there is a connection</source>
        <translation>Datei wird übertragen, sobald eine Verbindung besteht</translation>
    </message>
    <message>
        <source>sent</source>
        <extracomment>A photo or file of one&apos;s own that the server has: everyone who may see it does</extracomment>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>Please choose a file on this device.</source>
        <translation>Bitte wählen Sie eine Datei auf diesem Gerät.</translation>
    </message>
    <message>
        <source>The file could not be saved on this device.</source>
        <translation>Die Datei konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Only the person who added a file removes it.</source>
        <translation>Nur wer eine Datei hinzugefügt hat, kann sie entfernen.</translation>
    </message>
    <message>
        <source>The file could not be removed on this device.</source>
        <translation>Die Datei konnte auf diesem Gerät nicht entfernt werden.</translation>
    </message>
    <message>
        <source>This file is no longer there.</source>
        <translation>Diese Datei gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The file is being fetched; open it again in a moment.</source>
        <translation>Die Datei wird geladen; öffnen Sie sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The note could not be saved on this device.</source>
        <translation>Die Notiz konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This file is not waiting to be sent.</source>
        <translation>Diese Datei wartet nicht darauf, übertragen zu werden.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Photo is being fetched …</source>
        <extracomment>In place of a photo not on the device yet</extracomment>
        <translation>Foto wird geladen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button under one&apos;s own photo or file</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <extracomment>Button under a log entry, step or note: add a photo or a document to it
----------
Title of the dialog that picks a photo or document to add</extracomment>
        <translation>Foto oder Datei anhängen</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</source>
        <translation>Fotos und Dokumente (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <extracomment>Title of the question before removing one&apos;s photo or file</extracomment>
        <translation>Diese Datei entfernen?</translation>
    </message>
    <message>
        <source>It goes for everyone who reads the project.</source>
        <translation>Sie verschwindet für alle, die das Projekt lesen.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <extracomment>Button under a log entry, step or note: take a photo with the camera for it</extracomment>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>It goes from all your devices.</source>
        <translation>Sie verschwindet von allen Ihren Geräten.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Button under one&apos;s own photo or file the server refused</extracomment>
        <translation>Nochmal versuchen</translation>
    </message>
    <message>
        <source>Send %1 again</source>
        <translation>%1 nochmal senden</translation>
    </message>
</context>
<context>
    <name>BrochureTable</name>
    <message>
        <source>Line %1: the heading “%2” names %3, but %4 follow beneath it.</source>
        <translation>Zeile %1: Die Überschrift „%2“ nennt %3, darunter stehen aber %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n Präsenzmodul</numerusform>
            <numerusform>%n Präsenzmodule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning group meeting(s)</source>
        <translation>
            <numerusform>%n Lerngruppentreffen</numerusform>
            <numerusform>%n Lerngruppentreffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (“%2”) is neither a deadline, a talk, a module nor a learning group meeting; it was not taken.</source>
        <translation>Zeile %1 („%2“) ist weder eine Frist noch ein Gesprächstermin, ein Präsenzmodul oder ein Lerngruppentreffen; sie wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): no date could be read in “%3”; it was not taken.</source>
        <translation>Zeile %1 („%2“): In „%3“ steht kein lesbares Datum; sie wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3 comes before the date above it (%4). Taken as %5 (a %6), which follows it%7 – please check.</source>
        <translation>Zeile %1 („%2“): Der %3 liegt vor dem Termin darüber (%4). Übernommen als %5 (ein %6), der darauf folgt%7 – bitte prüfen.</translation>
    </message>
    <message>
        <source> and matches the weekday written</source>
        <translation> und zum angegebenen Wochentag passt</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3 comes before the date above it (%4) – please check.</source>
        <translation>Zeile %1 („%2“): Der %3 liegt vor dem Termin darüber (%4) – bitte prüfen.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3 is a %4, not a %5 – please check.</source>
        <translation>Zeile %1 („%2“): Der %3 ist ein %4, kein %5 – bitte prüfen.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): no time could be read; taken as a whole day.</source>
        <translation>Zeile %1 („%2“): Keine Uhrzeit lesbar; als ganzer Tag übernommen.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): no place of the programme matches “%3”; taken without a place.</source>
        <translation>Zeile %1 („%2“): Kein Ort des Programms passt zu „%3“; ohne Ort übernommen.</translation>
    </message>
    <message>
        <source>The text is longer than a brochure&apos;s table; from line %1 on it was not read.</source>
        <translation>Der Text ist länger als eine Tabelle der Broschüre; ab Zeile %1 wurde er nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>BrochureTablePage</name>
    <message>
        <source>Copy the table “Alle Termine und Orte im Überblick” from the brochure and paste it here. You will see what it changes before anything goes into the draft.</source>
        <translation>Kopieren Sie die Tabelle „Alle Termine und Orte im Überblick“ aus der Broschüre und fügen Sie sie hier ein. Sie sehen, was sich dadurch ändert, bevor etwas in den Entwurf kommt.</translation>
    </message>
    <message>
        <source>Paste the table here</source>
        <translation>Tabelle hier einfügen</translation>
    </message>
    <message>
        <source>Table of dates from the brochure</source>
        <translation>Terminübersicht aus der Broschüre</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Button: read the pasted table and show what it changes</extracomment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Please check before you continue:</source>
        <translation>Bitte prüfen Sie vor dem Übernehmen:</translation>
    </message>
    <message>
        <source>No dates could be read. Copy the whole table, with its columns.</source>
        <translation>Es konnten keine Termine gelesen werden. Kopieren Sie die ganze Tabelle mit ihren Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) read, %1 of them change the programme.</source>
        <translation>
            <numerusform>%n Termin gelesen, davon ändern %1 das Programm.</numerusform>
            <numerusform>%n Termine gelesen, davon ändern %1 das Programm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take into the draft</source>
        <extracomment>Button: the changes of the pasted table go into the draft (not yet published)</extracomment>
        <translation>In den Entwurf übernehmen</translation>
    </message>
    <message>
        <source>From the brochure</source>
        <extracomment>Title of the page where the brochure&apos;s table of dates is pasted</extracomment>
        <translation>Aus der Broschüre</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>EWS 7 programme</source>
        <extracomment>Name of the calendar the programme&apos;s dates are exported as</extracomment>
        <translation>EWS 7 – Programm</translation>
    </message>
    <message>
        <source>This date is no longer in the programme.</source>
        <translation>Diesen Termin gibt es im Programm nicht mehr.</translation>
    </message>
    <message>
        <source>ews7-programme.ics</source>
        <extracomment>File name of the exported programme (no spaces, ends in .ics)</extracomment>
        <translation>ews7-programm.ics</translation>
    </message>
    <message>
        <source>ews7-date-%1.ics</source>
        <extracomment>File name of one exported date; %1 is its day (no spaces, ends in .ics)</extracomment>
        <translation>ews7-termin-%1.ics</translation>
    </message>
    <message>
        <source>The dates were handed to your calendar program. If it asks, confirm adding them.</source>
        <translation>Die Termine wurden an Ihr Kalenderprogramm übergeben. Falls es nachfragt, bestätigen Sie das Hinzufügen.</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1. Open it with your calendar program to add the dates.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Im Ordner „Downloads“ gespeichert als %1. Öffnen Sie die Datei mit Ihrem Kalenderprogramm, um die Termine zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>CalendarSubscription</name>
    <message>
        <source>The server cannot be reached. Please try again when you are online.</source>
        <translation>Der Server ist nicht erreichbar. Bitte versuchen Sie es noch einmal, sobald Sie Internet haben.</translation>
    </message>
    <message>
        <source>The server could not make the subscription (%1).</source>
        <extracomment>%1 is an HTTP status number</extracomment>
        <translation>Der Server konnte das Abo nicht einrichten (%1).</translation>
    </message>
    <message>
        <source>Your calendar subscription is ready. Add its address to your calendar program: changes by the organisers then appear there by themselves.</source>
        <translation>Ihr Kalender-Abo ist eingerichtet. Tragen Sie die Adresse in Ihrem Kalenderprogramm ein: Änderungen der Organisation erscheinen dort dann von selbst.</translation>
    </message>
    <message>
        <source>The server could not end the subscription (%1).</source>
        <translation>Der Server konnte das Abo nicht beenden (%1).</translation>
    </message>
    <message>
        <source>The calendar subscription has ended. Its address no longer works.</source>
        <translation>Das Kalender-Abo ist beendet. Die Adresse funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>This device has been signed out by the organisers.</source>
        <translation>Die Organisatorinnen haben dieses Gerät abgemeldet.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>The server cannot do this just now; please try again in a minute.</source>
        <translation>Der Server kann das gerade nicht ausführen. Bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
</context>
<context>
    <name>CalendarSubscriptionForm</name>
    <message>
        <source>Your calendar program can follow the programme under this address. Keep it to yourself: anyone with it can read the programme.</source>
        <translation>Unter dieser Adresse kann Ihr Kalenderprogramm das Programm abonnieren. Geben Sie sie nicht weiter: Wer sie kennt, kann das Programm lesen.</translation>
    </message>
    <message>
        <source>Your calendar program can follow the programme: new, moved and cancelled dates then appear there by themselves.</source>
        <translation>Ihr Kalenderprogramm kann das Programm abonnieren: Neue, verschobene und abgesagte Termine erscheinen dort dann von selbst.</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <extracomment>Label of the field showing the calendar subscription&apos;s address</extracomment>
        <translation>Adresse des Abos</translation>
    </message>
    <message>
        <source>Set up a calendar subscription</source>
        <extracomment>Button: make a calendar subscription address</extracomment>
        <translation>Kalender-Abo einrichten</translation>
    </message>
    <message>
        <source>Open in your calendar</source>
        <extracomment>Button: open the subscription in the calendar program</extracomment>
        <translation>Im Kalender öffnen</translation>
    </message>
    <message>
        <source>No calendar program took the address. Copy it and add it in your calendar program as a subscription.</source>
        <translation>Kein Kalenderprogramm hat die Adresse übernommen. Kopieren Sie sie und fügen Sie sie in Ihrem Kalenderprogramm als Abo hinzu.</translation>
    </message>
    <message>
        <source>Copy address</source>
        <extracomment>Button: copy the subscription&apos;s address</extracomment>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse kopiert.</translation>
    </message>
    <message>
        <source>End subscription</source>
        <extracomment>Button: end the calendar subscription (its address stops working)</extracomment>
        <translation>Abo beenden</translation>
    </message>
</context>
<context>
    <name>ChangeWording</name>
    <message>
        <source>New date</source>
        <extracomment>What changed about a date: it is new</extracomment>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Takes place after all</source>
        <translation>Findet doch statt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Subject to budget approval again</source>
        <translation>Wieder unter Haushaltsvorbehalt</translation>
    </message>
    <message>
        <source>Moved, before: %1</source>
        <extracomment>%1 is when the date was before (&quot;Thu, 26 Nov, 10:00 – 16:00&quot;)</extracomment>
        <translation>Verschoben, vorher: %1</translation>
    </message>
    <message>
        <source>Other place or room</source>
        <translation>Anderer Ort oder Raum</translation>
    </message>
    <message>
        <source>Video link removed</source>
        <translation>Videolink entfernt</translation>
    </message>
    <message>
        <source>New video link</source>
        <translation>Neuer Videolink</translation>
    </message>
    <message>
        <source>Title, topics or note changed</source>
        <translation>Titel, Themen oder Hinweis geändert</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <source>practice-projects-%1</source>
        <extracomment>File name of the report of all projects; %1 the date (no spaces)</extracomment>
        <translation>praxisprojekte-%1</translation>
    </message>
    <message>
        <source>Practice projects of EWS 7</source>
        <translation>Praxisprojekte der EWS 7</translation>
    </message>
    <message>
        <source>A report can be made as a document to print or as a table.</source>
        <translation>Ein Bericht entsteht als Dokument zum Drucken oder als Tabelle.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button: do not do what was asked about</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ContactAction</name>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy a phone number or address to the clipboard</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>ContactDesk</name>
    <message>
        <source>Please choose whether the person organises, facilitates or gives a talk.</source>
        <translation>Bitte wählen Sie, ob die Person das Programm leitet, begleitet oder einen Vortrag hält.</translation>
    </message>
    <message>
        <source>This contact cannot be found any more.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Bitte geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) / -.</source>
        <translation>Eine Telefonnummer besteht nur aus Ziffern, Leerzeichen und + ( ) / -.</translation>
    </message>
    <message>
        <source>The e-mail address looks incomplete (name@example.org).</source>
        <translation>Die E-Mail-Adresse scheint unvollständig (name@beispiel.de).</translation>
    </message>
    <message>
        <source>A text is too long: names and organisations up to 200 characters, the phone number up to 30.</source>
        <translation>Ein Text ist zu lang: Namen und Organisationen bis 200 Zeichen, die Telefonnummer bis 30.</translation>
    </message>
    <message>
        <source>The contact could not be saved on this device.</source>
        <translation>Der Kontakt konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ContactEditDialog</name>
    <message>
        <source>Organiser</source>
        <extracomment>What a person is in the programme</extracomment>
        <translation>Organisation und Leitung</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>What a person is in the programme</extracomment>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Invited speaker</source>
        <extracomment>What a person is in the programme: invited to give a talk</extracomment>
        <translation>Referentin / Referent</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Correct the name</source>
        <translation>Namen korrigieren</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Kontakt ändern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone, e-mail and what is shared with others are changed only by the participant.</source>
        <translation>Telefon, E-Mail und was andere sehen dürfen, ändert nur die teilnehmende Person selbst.</translation>
    </message>
    <message>
        <source>Part in the programme</source>
        <extracomment>Label: what a person is in the programme (organiser, facilitator, speaker)</extracomment>
        <translation>Aufgabe im Programm</translation>
    </message>
    <message>
        <source>Function (German)</source>
        <extracomment>Label of a person&apos;s function or job, in German</extracomment>
        <translation>Funktion (deutsch)</translation>
    </message>
    <message>
        <source>e.g. Projektleitung</source>
        <translation>z. B. Projektleitung</translation>
    </message>
    <message>
        <source>Function (English, optional)</source>
        <translation>Funktion (englisch, freiwillig)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Role</source>
        <extracomment>Label of a person&apos;s function or job</extracomment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Label of a phone number</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>Button: call this phone number</extracomment>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>No phone number given.</source>
        <translation>Keine Telefonnummer angegeben.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <extracomment>Button: write an e-mail to this address</extracomment>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>No e-mail address given.</source>
        <translation>Keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Add to your contacts</source>
        <extracomment>Hands this person to the phone&apos;s or computer&apos;s address book</extracomment>
        <translation>Zu den Kontakten hinzufügen</translation>
    </message>
    <message>
        <source>Correct the name</source>
        <extracomment>Button: an organiser corrects how a participant&apos;s name is written</extracomment>
        <translation>Namen korrigieren</translation>
    </message>
    <message>
        <source>Change contact</source>
        <extracomment>Button: an organiser changes a contact of the programme</extracomment>
        <translation>Kontakt ändern</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Participant of EWS 7 for %1</source>
        <extracomment>Note on a participant&apos;s contact card; %1 is the municipality</extracomment>
        <translation>Teilnehmerin oder Teilnehmer der EWS 7 für %1</translation>
    </message>
    <message>
        <source>Organiser of EWS 7</source>
        <translation>Organisation der EWS 7</translation>
    </message>
    <message>
        <source>Facilitator at EWS 7</source>
        <translation>Moderation bei der EWS 7</translation>
    </message>
    <message>
        <source>EWS 7</source>
        <extracomment>The group the address book files the programme&apos;s people under</extracomment>
        <translation>EWS 7</translation>
    </message>
    <message>
        <source>ews7-contacts.vcf</source>
        <extracomment>File name of every contact of the programme (no spaces, ends in .vcf)</extracomment>
        <translation>ews7-kontakte.vcf</translation>
    </message>
    <message>
        <source>This person is no longer in the contacts.</source>
        <translation>Diese Person ist nicht mehr in den Kontakten.</translation>
    </message>
    <message>
        <source>Handed to your address book. If it asks, confirm adding the contact.</source>
        <translation>An Ihr Adressbuch übergeben. Falls es nachfragt, bestätigen Sie das Hinzufügen.</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1. Open it with your address book to add the contact.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Im Ordner „Downloads“ gespeichert als %1. Öffnen Sie die Datei mit Ihrem Adressbuch, um den Kontakt zu übernehmen.</translation>
    </message>
    <message>
        <source>Speaker at EWS 7</source>
        <translation>Vortrag bei der EWS 7</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Organisers</source>
        <translation>Organisation und Leitung</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Participants – %1</source>
        <extracomment>Contacts section heading; %1 is the municipality</extracomment>
        <translation>Teilnehmende – %1</translation>
    </message>
    <message>
        <source>Organiser</source>
        <extracomment>What one person is in the programme</extracomment>
        <translation>Organisation und Leitung</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>What one person is in the programme</extracomment>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Participant – %1</source>
        <extracomment>What one person is in the programme; %1 is the municipality</extracomment>
        <translation>Teilnehmende – %1</translation>
    </message>
    <message>
        <source>Speakers</source>
        <extracomment>Contacts section heading: people invited to give a talk</extracomment>
        <translation>Referentinnen und Referenten</translation>
    </message>
    <message>
        <source>Speaker</source>
        <extracomment>What one person is in the programme: invited to give a talk</extracomment>
        <translation>Referentin / Referent</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>Add everyone to your contacts</source>
        <extracomment>Hands every person of the programme to the phone&apos;s or computer&apos;s address book</extracomment>
        <translation>Alle zu den Kontakten hinzufügen</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <extracomment>Button: an organiser adds an organiser, facilitator or speaker</extracomment>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Invitations and devices</source>
        <extracomment>Button: to the page where organisers invite people and sign devices out</extracomment>
        <translation>Einladungen und Geräte</translation>
    </message>
    <message>
        <source>Name or municipality</source>
        <translation>Name oder Kommune</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>in a file on this device that only you can read</source>
        <translation>in einer Datei auf diesem Gerät, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>in this device&apos;s keychain</source>
        <translation>im Passwortspeicher dieses Geräts</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>subject to budget approval</source>
        <translation>unter Haushaltsvorbehalt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Mark of a date the organisers cancelled</extracomment>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>DateEditDialog</name>
    <message>
        <source>Change date</source>
        <translation>Termin ändern</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Title (German)</source>
        <translation>Titel (Deutsch)</translation>
    </message>
    <message>
        <source>Title (English, optional)</source>
        <translation>Titel (Englisch, freiwillig)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>e.g. 26.11.2026</source>
        <extracomment>Example of a day as it is typed</extracomment>
        <translation>z. B. 26.11.2026</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Leave both times empty for a whole day, such as a deadline.</source>
        <translation>Beide Uhrzeiten leer lassen für einen ganzen Tag, etwa eine Frist.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>Kein Ort</translation>
    </message>
    <message>
        <source>Room (optional)</source>
        <translation>Raum (freiwillig)</translation>
    </message>
    <message>
        <source>e.g. Seminar room 2</source>
        <translation>z. B. Seminarraum 2</translation>
    </message>
    <message>
        <source>Video link (optional)</source>
        <translation>Videolink (freiwillig)</translation>
    </message>
    <message>
        <source>Note for the participants (optional)</source>
        <translation>Hinweis für die Teilnehmenden (freiwillig)</translation>
    </message>
    <message>
        <source>Subject to budget approval</source>
        <translation>Unter Haushaltsvorbehalt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Reason participants see</source>
        <translation>Grund, den die Teilnehmenden sehen</translation>
    </message>
    <message>
        <source>e.g. The facilitator is ill.</source>
        <translation>z. B. Die Moderatorin ist krank.</translation>
    </message>
    <message>
        <source>Saved in the draft. Participants see the change once you publish the draft.</source>
        <translation>Wird im Entwurf gespeichert. Die Teilnehmenden sehen die Änderung, sobald Sie den Entwurf veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>DateNoteForm</name>
    <message>
        <source>My note</source>
        <extracomment>Heading of the person&apos;s own note on a date</extracomment>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Only you see it, on all your devices.</source>
        <translation>Nur Sie sehen sie, auf allen Ihren Geräten.</translation>
    </message>
    <message>
        <source>What you want to remember about this date</source>
        <extracomment>Placeholder of the note field on a date&apos;s page</extracomment>
        <translation>Was Sie sich merken möchten</translation>
    </message>
    <message>
        <source>Not about a step</source>
        <extracomment>First entry of the choice which project step a note belongs to</extracomment>
        <translation>Zu keinem Schritt</translation>
    </message>
    <message>
        <source>Step of your project this note is about</source>
        <translation>Schritt Ihres Projekts, zu dem die Notiz gehört</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation>Auf diesem Gerät gespeichert</translation>
    </message>
</context>
<context>
    <name>DateNotes</name>
    <message>
        <source>A note can be at most %1 characters long; this one has %2.</source>
        <extracomment>%1 is the most characters a note may have, %2 how many it has</extracomment>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein; diese hat %2.</translation>
    </message>
    <message>
        <source>This step no longer exists. Choose another one or none.</source>
        <translation>Diesen Schritt gibt es nicht mehr. Wählen Sie einen anderen oder keinen.</translation>
    </message>
    <message>
        <source>The note could not be saved on this device. It is still in the field.</source>
        <translation>Die Notiz konnte auf diesem Gerät nicht gespeichert werden. Sie steht weiter im Feld.</translation>
    </message>
</context>
<context>
    <name>DatePage</name>
    <message>
        <source>This date depends on the state budget for 2027. The organisers will confirm it.</source>
        <translation>Dieser Termin hängt vom Landeshaushalt 2027 ab. Die Organisatorinnen bestätigen ihn.</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date of an event</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Label of the time of an event</extracomment>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Label of the place of an event (room, place and address below it)</extracomment>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <extracomment>Opens the place&apos;s address in a map or route planner</extracomment>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Join the video meeting</source>
        <translation>Am Videotreffen teilnehmen</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <extracomment>Hands this date to the calendar program</extracomment>
        <translation>In den Kalender übernehmen</translation>
    </message>
    <message>
        <source>Remind me of this date</source>
        <translation>An diesen Termin erinnern</translation>
    </message>
    <message>
        <source>The link to the video meeting is not here yet. The organisers send it before the meeting.</source>
        <translation>Der Link zum Videotreffen ist noch nicht da. Die Organisatorinnen schicken ihn vor dem Treffen.</translation>
    </message>
    <message>
        <source>Topics</source>
        <extracomment>Heading of the topics of a module</extracomment>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <extracomment>A cancelled date with the organisers&apos; reason (%1)</extracomment>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>This date is cancelled.</source>
        <translation>Dieser Termin ist abgesagt.</translation>
    </message>
    <message>
        <source>Change this date</source>
        <extracomment>Button for organisers: change this date in the draft of the programme</extracomment>
        <translation>Diesen Termin ändern</translation>
    </message>
    <message>
        <source>Route, costs, what to bring</source>
        <extracomment>Button on a date at the venue: opens route, costs and what to bring</extracomment>
        <translation>Anreise, Kosten, Mitbringen</translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Month before</source>
        <extracomment>Calendar: to the month before</extracomment>
        <translation>Monat davor</translation>
    </message>
    <message>
        <source>Month after</source>
        <extracomment>Calendar: to the month after</extracomment>
        <translation>Monat danach</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale the calendar names months and days in: de_DE in German</extracomment>
        <translation>de_DE</translation>
    </message>
</context>
<context>
    <name>DemoCohort</name>
    <message>
        <source>The demo file is not an EWS demo cohort.</source>
        <translation>Die Beispieldatei enthält keine EWS-Beispielgruppe.</translation>
    </message>
    <message>
        <source>The demo municipality %1 could not be stored.</source>
        <translation>Die Beispielkommune %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo person %1 could not be stored.</source>
        <translation>Die Beispielperson %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo project %1 could not be stored.</source>
        <translation>Das Beispielprojekt %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo step %1 could not be stored.</source>
        <translation>Der Beispielschritt %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo log entry %1 could not be stored.</source>
        <translation>Der Beispieleintrag %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo kept text %1 could not be stored.</source>
        <translation>Der Beispieltext %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo news of %1 could not be stored.</source>
        <translation>Die Neuigkeiten des Beispiels %1 konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <source>The example photo could not be made.</source>
        <translation>Das Beispielfoto konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The example photo could not be kept.</source>
        <translation>Das Beispielfoto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The example photo could not be saved.</source>
        <translation>Das Beispielfoto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The example slides could not be written.</source>
        <translation>Die Beispielfolien konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The example slides could not be kept.</source>
        <translation>Die Beispielfolien konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The example materials could not be saved.</source>
        <translation>Die Beispielmaterialien konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The example note could not be saved.</source>
        <translation>Die Beispiel-Notiz konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DeviceFiles</name>
    <message>
        <source>This is not a photo the app can read.</source>
        <translation>Dieses Foto kann die App nicht lesen.</translation>
    </message>
    <message>
        <source>The photo could not be saved on this device.</source>
        <translation>Das Foto konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The app keeps photos, PDFs and office documents.</source>
        <translation>Die App nimmt Fotos, PDFs und Office-Dokumente auf.</translation>
    </message>
    <message>
        <source>The file is not of the kind its name says.</source>
        <translation>Die Datei ist nicht von der Art, die ihr Name angibt.</translation>
    </message>
    <message>
        <source>The file could not be saved on this device.</source>
        <translation>Die Datei konnte auf diesem Gerät nicht gespeichert werden.</translation>
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
        <translation>Entwurf des Programms</translation>
    </message>
    <message>
        <source>The draft is empty. Open a date and change it, or add a date: the participants see nothing of it until you publish.</source>
        <translation>Der Entwurf ist leer. Öffnen Sie einen Termin und ändern Sie ihn, oder fügen Sie einen Termin hinzu: Die Teilnehmenden sehen davon nichts, bis Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Participants do not see these changes yet. Publish them together with a note.</source>
        <translation>Die Teilnehmenden sehen diese Änderungen noch nicht. Veröffentlichen Sie sie gemeinsam mit einer Mitteilung.</translation>
    </message>
    <message>
        <source>Add a date</source>
        <extracomment>Button: a new date in the draft of the programme</extracomment>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Button: change a date of the draft</extracomment>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Discard change</source>
        <extracomment>Button: the date goes back to how it is published</extracomment>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Entered at the same time: %1</source>
        <translation>Gleichzeitig eingegeben: %1</translation>
    </message>
    <message>
        <source>Another organiser changed this text at the same time. Your text is in the draft; this one was replaced.</source>
        <translation>Eine andere Organisatorin hat diesen Text gleichzeitig geändert. Ihr Text steht im Entwurf; dieser wurde ersetzt.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Note to everyone</source>
        <translation>Mitteilung an alle</translation>
    </message>
    <message>
        <source>e.g. Learning group 3 moves by a week; module 3 is confirmed.</source>
        <translation>z. B. Die 3. Lerngruppe ist eine Woche später; Modul 3 ist bestätigt.</translation>
    </message>
    <message>
        <source>Publish for everyone</source>
        <extracomment>Button: the draft reaches every participant, with the note</extracomment>
        <translation>Für alle veröffentlichen</translation>
    </message>
    <message>
        <source>Published. The participants get it with their next connection.</source>
        <translation>Veröffentlicht. Die Teilnehmenden bekommen es bei ihrer nächsten Verbindung.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the server to publish.</source>
        <translation>Wartet auf eine Verbindung zum Server, um zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Dates from the brochure</source>
        <extracomment>Button: paste the table of dates from the printed brochure</extracomment>
        <translation>Termine aus der Broschüre</translation>
    </message>
</context>
<context>
    <name>FileDownload</name>
    <message>
        <source>There is no room for the file on this device.</source>
        <translation>Auf diesem Gerät ist kein Platz für die Datei.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This file is no longer on the server.</source>
        <translation>Diese Datei ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The file arrived damaged several times.</source>
        <translation>Die Datei ist mehrmals beschädigt angekommen.</translation>
    </message>
</context>
<context>
    <name>FileHandoff</name>
    <message>
        <source>The file can only be saved in a folder on this device.</source>
        <translation>Die Datei kann nur in einem Ordner auf diesem Gerät gespeichert werden.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <extracomment>%1 is the reason the system gives</extracomment>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1 and opened.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Im Ordner „Downloads“ als %1 gespeichert und geöffnet.</translation>
    </message>
    <message>
        <source>Saved in your downloads folder as %1.</source>
        <extracomment>%1 is the file&apos;s name</extracomment>
        <translation>Im Ordner „Downloads“ als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The file could not be saved in your downloads folder.</source>
        <translation>Die Datei konnte nicht in Ihrem Download-Ordner gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The file is no longer on this device; please add it again.</source>
        <translation>Die Datei ist nicht mehr auf diesem Gerät; bitte fügen Sie sie noch einmal hinzu.</translation>
    </message>
</context>
<context>
    <name>FileUpload</name>
    <message>
        <source>The file cannot be read on this device.</source>
        <translation>Die Datei kann auf diesem Gerät nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (%1).</translation>
    </message>
    <message>
        <source>This file is larger than the server takes.</source>
        <translation>Diese Datei ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Your municipality has used all the room the server keeps for its files; the organisers can help.</source>
        <translation>Ihre Kommune hat den Platz für Dateien auf dem Server aufgebraucht; das Organisationsteam kann helfen.</translation>
    </message>
    <message>
        <source>The server takes photos (JPEG, PNG), PDFs and office documents.</source>
        <translation>Der Server nimmt Fotos (JPEG, PNG), PDFs und Office-Dokumente an.</translation>
    </message>
    <message>
        <source>The file is not of the kind its name says.</source>
        <translation>Die Datei ist nicht von der Art, die ihr Name angibt.</translation>
    </message>
    <message>
        <source>The file arrived damaged several times.</source>
        <translation>Die Datei ist mehrmals beschädigt angekommen.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich neu an.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button: close a form without saving</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button: save a form</extracomment>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>InvitationLink</name>
    <message>
        <source>This is too long to be an invitation link.</source>
        <translation>Das ist zu lang für einen Einladungslink.</translation>
    </message>
    <message>
        <source>This is not an invitation link of the EWS companion.</source>
        <translation>Das ist kein Einladungslink des EWS-Begleiters.</translation>
    </message>
    <message>
        <source>The invitation names no server address starting with https://.</source>
        <translation>Die Einladung nennt keine Serveradresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>The invitation has no sign-in code.</source>
        <translation>Die Einladung enthält keinen Anmeldecode.</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint in the invitation is damaged.</source>
        <translation>Der Fingerabdruck des Zertifikats in der Einladung ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Invitation for %1</source>
        <extracomment>Title of the page that shows one invitation</extracomment>
        <translation>Einladung für %1</translation>
    </message>
    <message>
        <source>Hold the phone&apos;s camera to this code: the app opens and signs the person in. Nothing to type, no warning.</source>
        <translation>Halten Sie die Kamera des Smartphones auf diesen Code: Die App öffnet sich und meldet die Person an. Ohne Tippen, ohne Warnung.</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>QR-Code der Einladung</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Or send this link:</source>
        <extracomment>Above the invitation link, to send by e-mail or chat</extracomment>
        <translation>Oder senden Sie diesen Link:</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Einladungslink</translation>
    </message>
    <message>
        <source>Copy link</source>
        <extracomment>Button: the invitation link goes to the clipboard</extracomment>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>The link has been copied.</source>
        <translation>Der Link ist kopiert.</translation>
    </message>
    <message>
        <source>Letter to print</source>
        <extracomment>Heading: the invitation as a letter on paper</extracomment>
        <translation>Brief zum Ausdrucken</translation>
    </message>
    <message>
        <source>One page in plain German: what the app is, how to get it, the QR code and the code in large letters.</source>
        <translation>Eine Seite in einfachem Deutsch: was die App ist, wo es sie gibt, der QR-Code und der Code in großer Schrift.</translation>
    </message>
    <message>
        <source>Where to get the app</source>
        <extracomment>Label of a field: printed in the letter</extracomment>
        <translation>Wo es die App gibt</translation>
    </message>
    <message>
        <source>e.g. In the app store under “EWS-Begleiter”</source>
        <translation>z. B. Im App-Store unter „EWS-Begleiter“</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
</context>
<context>
    <name>InvitationScanner</name>
    <message>
        <source>This QR code is not an invitation to the programme.</source>
        <translation>Dieser QR-Code ist keine Einladung zur Entwicklungswerkstatt.</translation>
    </message>
    <message>
        <source>The picture cannot be opened.</source>
        <translation>Das Bild lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The picture is too large. Please take a smaller one.</source>
        <translation>Das Bild ist zu groß. Bitte nehmen Sie ein kleineres.</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Diese Datei ist kein Bild, das sich lesen lässt.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture. Take the picture so that the whole code is sharp and fills a good part of it.</source>
        <translation>Im Bild ist kein QR-Code zu finden. Nehmen Sie das Bild so auf, dass der ganze Code scharf ist und einen guten Teil des Bildes füllt.</translation>
    </message>
</context>
<context>
    <name>KeptTextBox</name>
    <message>
        <source>Kept text</source>
        <translation>Aufbewahrter Text</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy a kept text to the clipboard</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>A folded kept text: tap to read it</extracomment>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>KeptTexts</name>
    <message>
        <source>Goal of the project</source>
        <translation>Ziel des Projekts</translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation>Titel des Projekts</translation>
    </message>
    <message>
        <source>Notes of the step “%1”</source>
        <translation>Notizen zum Schritt „%1“</translation>
    </message>
    <message>
        <source>Title of the step “%1”</source>
        <extracomment>Where a kept text belongs; %1 is the current title of a step</extracomment>
        <translation>Titel des Schritts „%1“</translation>
    </message>
    <message>
        <source>%1, also entered by %2</source>
        <extracomment>%1 is where the text belongs (e.g. the notes of a step), %2 a person&apos;s name</extracomment>
        <translation>%1, auch eingegeben von %2</translation>
    </message>
    <message>
        <source>%1, also entered on another device</source>
        <translation>%1, auch eingegeben auf einem anderen Gerät</translation>
    </message>
    <message>
        <source>This text is no longer kept.</source>
        <translation>Dieser Text ist nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <source>The change could not be saved on this device.</source>
        <translation>Die Änderung konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <source>Question to the organisers</source>
        <extracomment>Mark of a log entry that asks the organisers something</extracomment>
        <translation>Frage an die Organisatorinnen</translation>
    </message>
    <message>
        <source>Before: “%1”</source>
        <extracomment>An earlier wording of a corrected log entry; %1 the text</extracomment>
        <translation>Vorher: „%1“</translation>
    </message>
    <message>
        <source>Correct</source>
        <extracomment>Button under one&apos;s own log entry: change its text or withdraw it</extracomment>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Correct the entry of %1</source>
        <translation>Eintrag vom %1 korrigieren</translation>
    </message>
    <message>
        <source>Hide earlier wording</source>
        <extracomment>Button: hide what a corrected log entry said before</extracomment>
        <translation>Frühere Fassung ausblenden</translation>
    </message>
    <message>
        <source>Show earlier wording</source>
        <extracomment>Button: show what a corrected log entry said before</extracomment>
        <translation>Frühere Fassung zeigen</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>New log entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation>Datum des Eintrags</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>e.g. Presented the idea to the committee; they asked for a cost plan.</source>
        <translation>z. B. Idee im Ausschuss vorgestellt; gewünscht wird ein Kostenplan.</translation>
    </message>
    <message>
        <source>A question to the organisers</source>
        <extracomment>In the new log entry: the entry asks the organisers something</extracomment>
        <translation>Frage an die Organisatorinnen</translation>
    </message>
    <message>
        <source>Correct the entry of %1</source>
        <extracomment>Title of the form that corrects one&apos;s own log entry; %1 its date</extracomment>
        <translation>Eintrag vom %1 korrigieren</translation>
    </message>
    <message>
        <source>If you correct an entry later, everyone sees when, and what it said before.</source>
        <translation>Korrigieren Sie einen Eintrag später, sehen alle, wann, und was vorher dastand.</translation>
    </message>
    <message>
        <source>Withdraw the entry</source>
        <extracomment>Button in the correction form: the entry stays in the log, marked withdrawn</extracomment>
        <translation>Eintrag zurückziehen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Programme</source>
        <extracomment>Navigation entry: the programme&apos;s dates</extracomment>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Navigation entry: people of the programme</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation entry: settings and information about the app</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>EWS companion</source>
        <translation>EWS-Begleiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Button in the title bar: search dates, people and projects</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>New: %1</source>
        <extracomment>Button in the title bar: what changed since the person last looked; %1 how many</extracomment>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changes since you last looked: %1</source>
        <translation>Änderungen seit Ihrem letzten Blick: %1</translation>
    </message>
    <message>
        <source>Nothing new since you last looked</source>
        <translation>Nichts Neues seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>Projects</source>
        <extracomment>Navigation entry: the municipality&apos;s practice project (for organisers: all projects)</extracomment>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Saved in the draft.</source>
        <translation>Im Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Taken into the draft. Check it, then publish it.</source>
        <translation>In den Entwurf übernommen. Prüfen Sie ihn, dann veröffentlichen Sie ihn.</translation>
    </message>
    <message>
        <source>Saved. Everyone sees it after the next connection.</source>
        <translation>Gespeichert. Alle sehen es nach der nächsten Verbindung.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Title of the privacy notice shown at first start</extracomment>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Understood</source>
        <extracomment>Button: the privacy notice was read</extracomment>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Show your phone and e-mail?</source>
        <extracomment>Title: may others see the person&apos;s phone and e-mail</extracomment>
        <translation>Telefon und E-Mail zeigen?</translation>
    </message>
    <message>
        <source>May the other participants of the programme see your phone number and e-mail address? The organisers always see them. You can change this in the settings at any time.</source>
        <translation>Dürfen die anderen Teilnehmenden der Entwicklungswerkstatt Ihre Telefonnummer und E-Mail-Adresse sehen? Die Organisation sieht sie immer. Sie können das jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Show them</source>
        <extracomment>Button: others may see phone and e-mail</extracomment>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Do not show</source>
        <translation>Nicht zeigen</translation>
    </message>
    <message>
        <source>Others can see your phone and e-mail.</source>
        <translation>Andere Teilnehmende sehen jetzt Ihre Telefonnummer und E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Only the organisers see your phone and e-mail.</source>
        <translation>Ihre Telefonnummer und E-Mail-Adresse sieht nur die Organisation.</translation>
    </message>
    <message>
        <source>Saved. Participants see it after their next sync.</source>
        <translation>Gespeichert. Die Teilnehmenden sehen es nach ihrem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Materials</source>
        <extracomment>Navigation entry: the programme&apos;s pool of materials (slides, handouts, links)</extracomment>
        <translation>Materialien</translation>
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
        <translation>wird übertragen</translation>
    </message>
    <message>
        <source>kept on this device</source>
        <translation>auf diesem Gerät behalten</translation>
    </message>
    <message>
        <source>on this device</source>
        <translation>auf diesem Gerät</translation>
    </message>
</context>
<context>
    <name>MaterialDesk</name>
    <message>
        <source>Please give the material a title.</source>
        <translation>Bitte geben Sie dem Material einen Titel.</translation>
    </message>
    <message>
        <source>The title or the topic is too long.</source>
        <translation>Der Titel oder das Thema ist zu lang.</translation>
    </message>
    <message>
        <source>The description is at most 1,000 characters long.</source>
        <translation>Die Beschreibung hat höchstens 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>A material belongs to module 1 to 4, or to none.</source>
        <translation>Ein Material gehört zu Modul 1 bis 4 oder zu keinem.</translation>
    </message>
    <message>
        <source>Please choose a file or give a link, one of them.</source>
        <translation>Bitte wählen Sie eine Datei oder geben Sie einen Link an – eins von beiden.</translation>
    </message>
    <message>
        <source>Please choose a file on this device.</source>
        <translation>Bitte wählen Sie eine Datei auf diesem Gerät.</translation>
    </message>
    <message>
        <source>The file could not be saved on this device.</source>
        <translation>Die Datei konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A link begins with https:// and is one address.</source>
        <translation>Ein Link beginnt mit https:// und ist eine einzige Adresse.</translation>
    </message>
    <message>
        <source>The material could not be saved on this device.</source>
        <translation>Das Material konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A material is changed by the person who posted it or by the organisers.</source>
        <translation>Ein Material ändern die Person, die es eingestellt hat, und das Organisationsteam.</translation>
    </message>
    <message>
        <source>A material is removed by the person who posted it or by the organisers.</source>
        <translation>Ein Material entfernen die Person, die es eingestellt hat, und das Organisationsteam.</translation>
    </message>
    <message>
        <source>The material could not be removed on this device.</source>
        <translation>Das Material konnte auf diesem Gerät nicht entfernt werden.</translation>
    </message>
    <message>
        <source>This material is no longer there.</source>
        <translation>Dieses Material gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The file is being fetched; open it again in a moment.</source>
        <translation>Die Datei wird geladen; öffnen Sie sie gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Change the material</source>
        <translation>Material ändern</translation>
    </message>
    <message>
        <source>Post a material</source>
        <translation>Material einstellen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Short description (optional)</source>
        <translation>Kurze Beschreibung (freiwillig)</translation>
    </message>
    <message>
        <source>e.g. The slides of the talk on volunteer agencies.</source>
        <translation>z. B. Die Folien zum Vortrag über Freiwilligenagenturen.</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kurze Beschreibung</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>No module</source>
        <extracomment>The material belongs to no module</extracomment>
        <translation>Kein Modul</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Modul 1</translation>
    </message>
    <message>
        <source>Module 2</source>
        <translation>Modul 2</translation>
    </message>
    <message>
        <source>Module 3</source>
        <translation>Modul 3</translation>
    </message>
    <message>
        <source>Module 4</source>
        <translation>Modul 4</translation>
    </message>
    <message>
        <source>Topic (optional)</source>
        <translation>Thema (freiwillig)</translation>
    </message>
    <message>
        <source>e.g. Volunteer agencies</source>
        <translation>z. B. Freiwilligenagenturen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>A file</source>
        <extracomment>The material is a file (slides, handout, template)</extracomment>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>A link</source>
        <extracomment>The material is a link to a web page</extracomment>
        <translation>Ein Link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Everyone in the programme sees it. Photos, PDFs and office documents up to 25 MB; a photo is made smaller and its location removed.</source>
        <translation>Alle in der Entwicklungswerkstatt sehen es. Fotos, PDFs und Office-Dokumente bis 25 MB; ein Foto wird verkleinert und sein Aufnahmeort entfernt.</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</source>
        <translation>Fotos und Dokumente (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp)</translation>
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
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove this material?</source>
        <translation>Dieses Material entfernen?</translation>
    </message>
    <message>
        <source>It goes for everyone in the programme.</source>
        <translation>Es verschwindet für alle in der Entwicklungswerkstatt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>This material was removed.</source>
        <translation>Dieses Material wurde entfernt.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>No module</source>
        <translation>Kein Modul</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Posted by</source>
        <extracomment>Who put the material into the pool</extracomment>
        <translation>Eingestellt von</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The file is sent as soon as there is a connection; then everyone sees the material.</source>
        <translation>Die Datei wird übertragen, sobald eine Verbindung besteht; dann sehen alle das Material.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Keep on this device</source>
        <extracomment>Switch on a material&apos;s page: the file stays on the device for use offline</extracomment>
        <translation>Auf diesem Gerät behalten</translation>
    </message>
    <message>
        <source>The file is on this device and opens without internet.</source>
        <translation>Die Datei ist auf diesem Gerät und öffnet sich auch ohne Internet.</translation>
    </message>
    <message>
        <source>The file is fetched when you open it. The materials of a module are fetched in the days around it.</source>
        <translation>Die Datei wird geladen, wenn Sie sie öffnen. Die Materialien eines Moduls werden in den Tagen davor und danach von selbst geladen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>Module %1</source>
        <extracomment>A group of materials: those of module %1</extracomment>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>Other materials</source>
        <extracomment>A group of materials that belong to no module</extracomment>
        <translation>Weitere Materialien</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Materials</source>
        <extracomment>Title of the page with the programme&apos;s materials</extracomment>
        <translation>Materialien</translation>
    </message>
    <message>
        <source>The material is saved; everyone sees it once it is sent.</source>
        <translation>Das Material ist gespeichert; alle sehen es, sobald es übertragen ist.</translation>
    </message>
    <message>
        <source>Find materials …</source>
        <extracomment>Placeholder of the field that searches the materials</extracomment>
        <translation>Materialien finden …</translation>
    </message>
    <message>
        <source>Find materials</source>
        <translation>Materialien finden</translation>
    </message>
    <message>
        <source>All modules</source>
        <extracomment>Filter of the materials: those of every module</extracomment>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Modul 1</translation>
    </message>
    <message>
        <source>Module 2</source>
        <translation>Modul 2</translation>
    </message>
    <message>
        <source>Module 3</source>
        <translation>Modul 3</translation>
    </message>
    <message>
        <source>Module 4</source>
        <translation>Modul 4</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Post a material</source>
        <extracomment>Button: put a material (file or link) into the programme&apos;s pool</extracomment>
        <translation>Material einstellen</translation>
    </message>
    <message>
        <source>No material found for “%1”.</source>
        <translation>Kein Material zu „%1“ gefunden.</translation>
    </message>
    <message>
        <source>No materials yet. Organisers and participants post slides, handouts, templates and links here for everyone in the programme.</source>
        <translation>Noch keine Materialien. Organisationsteam und Teilnehmende stellen hier Folien, Handouts, Vorlagen und Links für alle in der Entwicklungswerkstatt ein.</translation>
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
        <translation>eingegangen am %1</translation>
    </message>
    <message>
        <source>New step: %1</source>
        <translation>Neuer Schritt: %1</translation>
    </message>
    <message>
        <source>Step “%1” is now: %2</source>
        <extracomment>%1 is a step&apos;s title, %2 its status now (&quot;Done&quot;)</extracomment>
        <translation>Schritt „%1“ ist jetzt: %2</translation>
    </message>
    <message>
        <source>Step removed: %1</source>
        <translation>Schritt entfernt: %1</translation>
    </message>
    <message>
        <source>Step changed: %1</source>
        <translation>Schritt geändert: %1</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>Neuer Eintrag unter „Fortschritt“</translation>
    </message>
    <message>
        <source>New log entry by %1</source>
        <translation>Neuer Eintrag von %1 unter „Fortschritt“</translation>
    </message>
    <message>
        <source>Comment from the organisers</source>
        <translation>Hinweis der Organisation</translation>
    </message>
    <message>
        <source>Comment changed by %1</source>
        <extracomment>%1 is the organiser who changed their comment</extracomment>
        <translation>Hinweis geändert von %1</translation>
    </message>
    <message>
        <source>Comment by %1</source>
        <extracomment>%1 is the organiser who wrote the comment</extracomment>
        <translation>Hinweis von %1</translation>
    </message>
    <message>
        <source>Release %1 of %2: %3</source>
        <extracomment>A release&apos;s note in &quot;What changed&quot;: %1 its number, %2 its day, %3 the note</extracomment>
        <translation>Änderungsmitteilung %1 vom %2: %3</translation>
    </message>
    <message>
        <source>Taken together, the dates are as they were before.</source>
        <translation>Alles zusammen genommen sind die Termine wie vorher.</translation>
    </message>
    <message>
        <source>The programme has changed</source>
        <translation>Das Programm hat sich geändert</translation>
    </message>
    <message>
        <source>The programme has changed (%1 releases)</source>
        <translation>Das Programm hat sich geändert (%1 Mitteilungen)</translation>
    </message>
    <message>
        <source>Announcement from the organisers</source>
        <translation>Mitteilung der Organisation</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Mitteilung von %1</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <source>What&apos;s new</source>
        <extracomment>Title of the page of changes since the person last looked</extracomment>
        <translation>Was ist neu?</translation>
    </message>
    <message>
        <source>Nothing has changed since you last looked.</source>
        <translation>Seit Ihrem letzten Blick hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Changed since you last looked. Once you leave this page, it counts as seen.</source>
        <translation>Das hat sich seit Ihrem letzten Blick geändert. Wenn Sie diese Seite verlassen, gilt es als gesehen.</translation>
    </message>
    <message>
        <source>Write an announcement</source>
        <extracomment>Button: organisers write a message to all or some participants</extracomment>
        <translation>Mitteilung schreiben</translation>
    </message>
</context>
<context>
    <name>NextDateCard</name>
    <message>
        <source>Next: %1, %2, %3</source>
        <translation>Als Nächstes: %1, %2, %3</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Heading of the card that shows the coming date</extracomment>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>The programme is over</source>
        <translation>Das Programm ist zu Ende</translation>
    </message>
</context>
<context>
    <name>OrganiserNoteDialog</name>
    <message>
        <source>Comment for %1</source>
        <extracomment>Title of the form for an organiser&apos;s comment on a project</extracomment>
        <translation>Hinweis für %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>The whole project</source>
        <translation>Das ganze Projekt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>e.g. An answer to their question, or a tip for the next step</source>
        <translation>z. B. eine Antwort oder ein Tipp</translation>
    </message>
    <message>
        <source>Everyone in the programme can read it, like the project itself.</source>
        <translation>Alle im Programm können ihn lesen, wie das Projekt selbst.</translation>
    </message>
</context>
<context>
    <name>OrganiserNotes</name>
    <message>
        <source>The organisers</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>on “%1”</source>
        <extracomment>Where an organiser&apos;s note belongs; %1 is the title of a step</extracomment>
        <translation>zu „%1“</translation>
    </message>
    <message>
        <source>Only the organisers write comments on projects.</source>
        <translation>Hinweise zu Projekten schreiben nur die Organisatorinnen.</translation>
    </message>
    <message>
        <source>Please choose the municipality whose project you want to comment on.</source>
        <translation>Bitte wählen Sie die Kommune, zu deren Projekt Sie einen Hinweis schreiben möchten.</translation>
    </message>
    <message>
        <source>Please write the comment first.</source>
        <translation>Bitte schreiben Sie zuerst den Hinweis.</translation>
    </message>
    <message>
        <source>A comment can be at most 4,000 characters long; this one has %1.</source>
        <extracomment>%1 is how many characters the comment has</extracomment>
        <translation>Ein Hinweis darf höchstens 4.000 Zeichen lang sein; dieser hat %1.</translation>
    </message>
    <message>
        <source>This step is not part of the project (any more).</source>
        <translation>Dieser Schritt gehört nicht (mehr) zum Projekt.</translation>
    </message>
    <message>
        <source>The comment could not be saved on this device.</source>
        <translation>Der Hinweis konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>OwnDetailsForm</name>
    <message>
        <source>Your details for the group</source>
        <translation>Ihre Angaben für die Gruppe</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
    <message>
        <source>Other participants may see my phone number</source>
        <translation>Andere Teilnehmende dürfen meine Telefonnummer sehen</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Other participants may see my e-mail address</source>
        <translation>Andere Teilnehmende dürfen meine E-Mail-Adresse sehen</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Meine Angaben speichern</translation>
    </message>
</context>
<context>
    <name>OwnProfile</name>
    <message>
        <source>Please enter a name of at least two letters.</source>
        <translation>Bitte geben Sie einen Namen mit mindestens zwei Buchstaben ein.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Please enter the phone number with digits only, e.g. 0211 123456.</source>
        <translation>Bitte geben Sie die Telefonnummer nur mit Ziffern ein, z. B. 0211 123456.</translation>
    </message>
    <message>
        <source>Please enter the e-mail address like this: name@example.org.</source>
        <translation>Bitte geben Sie die E-Mail-Adresse so ein: name@beispiel.de.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 steht schon in der Liste.</translation>
    </message>
    <message>
        <source>The municipality could not be saved on this device.</source>
        <translation>Die Kommune konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Please choose your municipality first.</source>
        <translation>Bitte wählen Sie zuerst Ihre Kommune.</translation>
    </message>
    <message>
        <source>Your name could not be saved on this device.</source>
        <translation>Ihr Name konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Please choose who you are first.</source>
        <translation>Bitte wählen Sie zuerst, wer Sie sind.</translation>
    </message>
    <message>
        <source>Your details could not be saved on this device.</source>
        <translation>Ihre Angaben konnten auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>Everything is saved on this device.</source>
        <translation>Alles ist auf diesem Gerät gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this device, not yet sent.</source>
        <extracomment>Sync status; synchronisation with the server comes with sign-in</extracomment>
        <translation>
            <numerusform>%n Änderung auf diesem Gerät gespeichert, noch nicht übertragen.</numerusform>
            <numerusform>%n Änderungen auf diesem Gerät gespeichert, noch nicht übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether everything is saved cannot be read right now.</source>
        <translation>Ob alles gespeichert ist, lässt sich gerade nicht lesen.</translation>
    </message>
</context>
<context>
    <name>PersonalDataExport</name>
    <message>
        <source>The server cannot be reached. Please try again when you are online.</source>
        <translation>Der Server ist nicht erreichbar. Bitte versuchen Sie es noch einmal, sobald Sie Internet haben.</translation>
    </message>
    <message>
        <source>This device is no longer signed in.</source>
        <translation>Dieses Gerät ist nicht mehr angemeldet.</translation>
    </message>
    <message>
        <source>The server cannot do this just now; please try again in a minute.</source>
        <translation>Der Server kann das gerade nicht ausführen. Bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your data is saved in %1: as a PDF to read and as a JSON file for other programs.</source>
        <extracomment>%1 is the folder the two files were saved in</extracomment>
        <translation>Ihre Daten sind im Ordner %1 gespeichert: als PDF zum Lesen und als JSON-Datei für andere Programme.</translation>
    </message>
</context>
<context>
    <name>PersonalDataForm</name>
    <message>
        <source>Download my data</source>
        <extracomment>Button: everything the server stores about the person, as PDF and JSON</extracomment>
        <translation>Meine Daten herunterladen</translation>
    </message>
</context>
<context>
    <name>PhotoCaptureDialog</name>
    <message>
        <source>Take a photo</source>
        <extracomment>Title of the camera view that takes a photo for a log entry or a step</extracomment>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Take photo</source>
        <extracomment>Button in the camera view: take the photo</extracomment>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>The photo is made smaller and its location removed before it is sent.</source>
        <translation>Das Foto wird verkleinert und sein Aufnahmeort entfernt, bevor es übertragen wird.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>What is stored: your name and municipality; your phone and e-mail if you enter them; your notes on dates; what you write in your municipality&apos;s practice project.</source>
        <translation>Was gespeichert wird: Ihr Name und Ihre Kommune; Ihre Telefonnummer und E-Mail-Adresse, wenn Sie sie eintragen; Ihre Notizen zu Terminen; was Sie im Praxisprojekt Ihrer Kommune schreiben.</translation>
    </message>
    <message>
        <source>Who sees what: your notes only you. Your practice project the participants of your municipality and the organisers. Your phone and e-mail the organisers, and other participants only if you allow it.</source>
        <translation>Wer was sieht: Ihre Notizen nur Sie. Das Praxisprojekt die Teilnehmenden Ihrer Kommune und die Organisation. Telefon und E-Mail die Organisation, andere Teilnehmende nur, wenn Sie es erlauben.</translation>
    </message>
    <message>
        <source>Where: on this device and on the server %1, run by the organisers of the programme or on their behalf. Nothing goes anywhere else.</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Wo: auf diesem Gerät und auf dem Server %1, den die Organisation der Entwicklungswerkstatt betreibt oder betreiben lässt. Sonst geht nichts irgendwohin.</translation>
    </message>
    <message>
        <source>Where: on this device only, until you sign in to the programme&apos;s server.</source>
        <translation>Wo: nur auf diesem Gerät, bis Sie sich beim Server der Entwicklungswerkstatt anmelden.</translation>
    </message>
    <message>
        <source>Your rights: with “Download my data” you get everything the server stores about you. The organisers erase your data on request; it then disappears from every device too.</source>
        <translation>Ihre Rechte: Mit „Meine Daten herunterladen“ bekommen Sie alles, was der Server über Sie speichert. Auf Wunsch löscht die Organisation Ihre Daten; dann verschwinden sie auch von allen Geräten.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDesk</name>
    <message>
        <source>No difference to the published programme</source>
        <translation>Kein Unterschied zum veröffentlichten Programm</translation>
    </message>
    <message>
        <source>This date cannot be found any more.</source>
        <translation>Diesen Termin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Please give the date a German title.</source>
        <translation>Bitte geben Sie dem Termin einen deutschen Titel.</translation>
    </message>
    <message>
        <source>Please enter the day as day.month.year, for example 26.11.2026.</source>
        <translation>Bitte geben Sie den Tag als Tag.Monat.Jahr ein, zum Beispiel 26.11.2026.</translation>
    </message>
    <message>
        <source>Please enter the times as hours:minutes, for example 10:00, or leave both empty for a whole day.</source>
        <translation>Bitte geben Sie die Uhrzeiten als Stunden:Minuten ein, zum Beispiel 10:00, oder lassen Sie beide leer für einen ganzen Tag.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>The video link must be one address starting with https://.</source>
        <translation>Der Videolink muss eine Adresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>A text is too long: titles up to 200 characters, the room up to 100, the reason for a cancellation up to 300.</source>
        <translation>Ein Text ist zu lang: Titel bis 200 Zeichen, der Raum bis 100, der Grund einer Absage bis 300.</translation>
    </message>
    <message>
        <source>The draft could not be saved on this device.</source>
        <translation>Der Entwurf konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Please write a note that tells everyone what changed.</source>
        <translation>Bitte schreiben Sie eine Mitteilung, die allen sagt, was sich geändert hat.</translation>
    </message>
    <message>
        <source>The note is longer than 2,000 characters.</source>
        <translation>Die Mitteilung ist länger als 2.000 Zeichen.</translation>
    </message>
    <message>
        <source>The draft does not change anything yet: there is nothing to publish.</source>
        <translation>Der Entwurf ändert noch nichts: Es gibt nichts zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The release could not be saved on this device.</source>
        <translation>Die Veröffentlichung konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Already in the programme like this</source>
        <translation>Steht schon so im Programm</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>The table does not change anything in the programme.</source>
        <translation>Die Tabelle ändert nichts am Programm.</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>Kein Ort</translation>
    </message>
</context>
<context>
    <name>ProgrammeFile</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a text</source>
        <translation>das Feld „%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>das Feld „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an object with &quot;de&quot; and &quot;en&quot;</source>
        <translation>das Feld „%1“ muss ein Objekt mit „de“ und „en“ sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;de&quot; and &quot;en&quot; lists</source>
        <translation>muss ein Objekt mit den Listen „de“ und „en“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation>„%1“ muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>das Feld „%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation>das Feld „%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (known: module_day, learning_group, info_talk, deadline)</source>
        <translation>unbekannte Art „%1“ (bekannt: module_day, learning_group, info_talk, deadline)</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;</source>
        <translation>unbekannter Ort „%1“</translation>
    </message>
    <message>
        <source>the video link must start with https://</source>
        <translation>der Link zum Videotreffen muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>module %1 is not described under &quot;modules&quot;</source>
        <translation>Modul %1 ist unter „modules“ nicht beschrieben</translation>
    </message>
    <message>
        <source>the date must be a real date as YYYY-MM-DD</source>
        <translation>das Datum muss ein echtes Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>give both start and end, or neither</source>
        <translation>bitte Beginn und Ende angeben oder keins von beiden</translation>
    </message>
    <message>
        <source>times must be given as HH:MM</source>
        <translation>Uhrzeiten bitte als HH:MM angeben</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <source>participants are not part of the programme file</source>
        <translation>Teilnehmende gehören nicht in die Programmdatei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Cannot open the programme file %1: %2</source>
        <translation>Die Programmdatei %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The programme file is larger than %1 KiB.</source>
        <translation>Die Programmdatei ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The programme file is not valid JSON (at character %1: %2).</source>
        <translation>Die Programmdatei ist kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <source>The programme file must contain a JSON object.</source>
        <translation>Die Programmdatei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>This is not an EWS programme file (&quot;format&quot; must be &quot;ews-programme&quot;).</source>
        <translation>Das ist keine EWS-Programmdatei („format“ muss „ews-programme“ sein).</translation>
    </message>
    <message>
        <source>The programme file has format version %1; this app reads version %2.</source>
        <translation>Die Programmdatei hat die Formatversion %1; diese App liest Version %2.</translation>
    </message>
    <message>
        <source>the time zone must be Europe/Berlin</source>
        <translation>die Zeitzone muss Europe/Berlin sein</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>die Kennung „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>the programme has no dates</source>
        <translation>das Programm enthält keine Termine</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The programme file has an error at %1</source>
        <translation>Die Programmdatei hat einen Fehler bei %1</translation>
    </message>
    <message>
        <source>this time does not exist in Düsseldorf on that day (the clocks go forward)</source>
        <translation>diese Uhrzeit gibt es an dem Tag in Düsseldorf nicht (Umstellung auf Sommerzeit)</translation>
    </message>
    <message>
        <source>module %1 is described twice</source>
        <translation>Modul %1 ist doppelt beschrieben</translation>
    </message>
    <message>
        <source>a reason for a cancellation is given, but &quot;cancelled&quot; is not true</source>
        <translation>ein Grund für eine Absage steht da, aber &quot;cancelled&quot; ist nicht true</translation>
    </message>
    <message>
        <source>the reason for the cancellation is longer than 300 characters</source>
        <translation>der Grund für die Absage ist länger als 300 Zeichen</translation>
    </message>
    <message>
        <source>the learning platform&apos;s link must be one https:// address</source>
        <translation>der Link zur Lernplattform muss eine Adresse sein, die mit https:// beginnt</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Application and introduction</source>
        <translation>Bewerbung und Kennenlernen</translation>
    </message>
    <message>
        <source>Module %1</source>
        <extracomment>Heading of a module&apos;s dates in the programme; %1 is the module number</extracomment>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>%1 (subject to budget approval)</source>
        <extracomment>%1 is &quot;Module 3&quot;; the module depends on the budget being approved</extracomment>
        <translation>%1 (unter Haushaltsvorbehalt)</translation>
    </message>
    <message>
        <source>Time in Düsseldorf (%1)</source>
        <extracomment>Shown under a time when the device is set to another time zone; %1 is CET or CEST</extracomment>
        <translation>Uhrzeit in Düsseldorf (%1)</translation>
    </message>
    <message>
        <source>New date</source>
        <extracomment>Mark of a date the organisers added</extracomment>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Mark of a date the organisers cancelled</extracomment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Moved – before: %1</source>
        <extracomment>A date the organisers moved; %1 is when it was before</extracomment>
        <translation>Verschoben – vorher: %1</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>Mark of a date that was subject to budget approval and now takes place for sure</extracomment>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Takes place after all</source>
        <extracomment>Mark of a date that was cancelled and now takes place after all</extracomment>
        <translation>Findet doch statt</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Termine</translation>
    </message>
    <message>
        <source>Add all dates to your calendar</source>
        <extracomment>Hands every date of the programme to the calendar program</extracomment>
        <translation>Alle Termine in den Kalender übernehmen</translation>
    </message>
    <message>
        <source>Change the programme</source>
        <extracomment>Button for organisers: change the programme (in a draft first)</extracomment>
        <translation>Programm ändern</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n date(s) changed</source>
        <extracomment>Button for organisers; %n is how many dates the draft changes</extracomment>
        <translation>
            <numerusform>Entwurf: %n Termin geändert</numerusform>
            <numerusform>Entwurf: %n Termine geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide past dates</source>
        <extracomment>Button: the dates that are over leave the list again</extracomment>
        <translation>Vergangene Termine ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>Show %n past date(s)</source>
        <extracomment>Button: shows the dates that are over; %n how many</extracomment>
        <translation>
            <numerusform>%n vergangenen Termin zeigen</numerusform>
            <numerusform>%n vergangene Termine zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>At the venue: route, costs, what to bring</source>
        <extracomment>Button: opens what participants need at the venue</extracomment>
        <translation>Vor Ort: Anreise, Kosten, Mitbringen</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Please choose your municipality in the settings first.</source>
        <translation>Bitte wählen Sie zuerst in den Einstellungen Ihre Kommune.</translation>
    </message>
    <message>
        <source>You can read the projects of other municipalities, but only change your own.</source>
        <translation>Sie können die Projekte anderer Kommunen lesen, aber nur Ihr eigenes ändern.</translation>
    </message>
    <message>
        <source>The project could not be saved on this device.</source>
        <translation>Das Projekt konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Title and goal</source>
        <translation>Titel und Ziel</translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation>Titel des Projekts</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What should be different when the project is done?</source>
        <translation>Was soll anders sein, wenn das Projekt fertig ist?</translation>
    </message>
</context>
<context>
    <name>ProjectInput</name>
    <message>
        <source>Please enter a date.</source>
        <translation>Bitte geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translation>Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Please enter a date between %1 and %2.</source>
        <translation>Bitte geben Sie ein Datum zwischen %1 und %2 ein.</translation>
    </message>
    <message>
        <source>Please give the step a title.</source>
        <translation>Bitte geben Sie dem Schritt einen Titel.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Der Titel ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>Die Notizen sind zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Please choose a status.</source>
        <translation>Bitte wählen Sie einen Stand.</translation>
    </message>
    <message>
        <source>Please choose a module from 1 to 4.</source>
        <translation>Bitte wählen Sie ein Modul von 1 bis 4.</translation>
    </message>
    <message>
        <source>Please choose when the step is due.</source>
        <translation>Bitte wählen Sie, bis wann der Schritt erledigt sein soll.</translation>
    </message>
    <message>
        <source>Please write what happened.</source>
        <translation>Bitte schreiben Sie, was passiert ist.</translation>
    </message>
    <message>
        <source>The entry is too long (at most %1 characters).</source>
        <translation>Der Eintrag ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The date lies in the future. Please log what has already happened.</source>
        <translation>Das Datum liegt in der Zukunft. Bitte tragen Sie ein, was schon passiert ist.</translation>
    </message>
    <message>
        <source>Please give the project a title.</source>
        <translation>Bitte geben Sie dem Projekt einen Titel.</translation>
    </message>
    <message>
        <source>The goal is too long (at most %1 characters).</source>
        <translation>Das Ziel ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Please enter the date as day.month.year, for example 20.12.2026, or just 20.12.</source>
        <translation>Bitte das Datum als Tag.Monat.Jahr eingeben, zum Beispiel 20.12.2026, oder nur 20.12.</translation>
    </message>
    <message>
        <source>Please enter the year too, for example 20.12.2026.</source>
        <translation>Bitte auch das Jahr eingeben, zum Beispiel 20.12.2026.</translation>
    </message>
</context>
<context>
    <name>ProjectLog</name>
    <message>
        <source>Please choose in the settings who you are, so that the entry shows your name.</source>
        <translation>Bitte wählen Sie in den Einstellungen, wer Sie sind – dann steht Ihr Name am Eintrag.</translation>
    </message>
    <message>
        <source>The entry could not be saved on this device.</source>
        <translation>Der Eintrag konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>former participant</source>
        <translation>ehemalige Teilnehmerin/ehemaliger Teilnehmer</translation>
    </message>
    <message>
        <source>withdrawn by its writer</source>
        <extracomment>Beside a log entry its writer withdrew, before the server has it</extracomment>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <extracomment>Beside a log entry its writer withdrew; %1 the day</extracomment>
        <translation>zurückgezogen am %1</translation>
    </message>
    <message>
        <source>corrected by its writer</source>
        <extracomment>Beside a log entry its writer corrected, before the server has it</extracomment>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>corrected on %1</source>
        <extracomment>Beside a log entry its writer corrected; %1 the day</extracomment>
        <translation>korrigiert am %1</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only the person who wrote an entry can correct it.</source>
        <translation>Nur wer einen Eintrag geschrieben hat, kann ihn korrigieren.</translation>
    </message>
    <message>
        <source>The correction could not be saved on this device.</source>
        <translation>Die Korrektur konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Practice project</source>
        <translation>Praxisprojekt</translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation>Auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>Read the project of a municipality</source>
        <translation>Projekt einer Kommune lesen</translation>
    </message>
    <message>
        <source>Show the project of</source>
        <translation>Projekt anzeigen von</translation>
    </message>
    <message>
        <source>Choose your municipality in the settings. Then you can plan your practice project here and log its progress, also without internet.</source>
        <translation>Wählen Sie in den Einstellungen Ihre Kommune. Dann können Sie hier Ihr Praxisprojekt planen und festhalten, wie es vorangeht – auch ohne Internet.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>You are reading the project of %1. You can only change your own municipality&apos;s project.</source>
        <translation>Sie lesen das Projekt von %1. Ändern können Sie nur das Projekt Ihrer eigenen Kommune.</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Heading of the list of a project&apos;s steps (milestones)</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No steps yet. Add the first step of your project.</source>
        <translation>Noch keine Schritte. Legen Sie den ersten Schritt Ihres Projekts an.</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Noch keine Schritte.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Progress log</source>
        <extracomment>Heading of the project&apos;s progress log</extracomment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Write an entry</source>
        <translation>Eintrag schreiben</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>Entered at the same time</source>
        <extracomment>Heading of texts kept because two people changed the same thing at once</extracomment>
        <translation>Gleichzeitig eingegeben</translation>
    </message>
    <message>
        <source>Two people changed the same text before they saw each other&apos;s change. The later one is shown in the project; the earlier one is kept here.</source>
        <translation>Zwei Personen haben denselben Text geändert, bevor sie die Änderung der anderen gesehen haben. Die spätere steht im Projekt, die frühere wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Use this text</source>
        <extracomment>Button: put a kept text back in place of the current one</extracomment>
        <translation>Diesen Text verwenden</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button: a kept text is not needed any more</extracomment>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The step “%1” is removed for everyone in your municipality. The progress log stays as it is.</source>
        <translation>Der Schritt „%1“ wird für alle in Ihrer Kommune entfernt. Die Einträge unter „Fortschritt“ bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Remove this step?</source>
        <translation>Diesen Schritt entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: confirm removing a step</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Comments from the organisers</source>
        <extracomment>Heading of the organisers&apos; comments on a practice project</extracomment>
        <translation>Hinweise der Organisation</translation>
    </message>
    <message>
        <source>Report for your administration</source>
        <extracomment>Heading: the project as a report for the municipality&apos;s administration</extracomment>
        <translation>Bericht für Ihre Verwaltung</translation>
    </message>
    <message>
        <source>The project with its steps and log, as a PDF to pass on or as a table for a spreadsheet.</source>
        <translation>Das Projekt mit seinen Schritten und Einträgen: als PDF zum Weitergeben oder als Tabelle, zum Beispiel für Excel.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Button: save the project report as a PDF file</extracomment>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>All projects at a glance</source>
        <extracomment>Button on the project page: every municipality&apos;s progress at a glance</extracomment>
        <translation>Alle Projekte im Überblick</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <extracomment>Button for organisers: write a comment the municipality&apos;s participants see</extracomment>
        <translation>Hinweis schreiben</translation>
    </message>
    <message>
        <source>Log entries</source>
        <extracomment>Label of a choice: which log entries the report holds</extracomment>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>Choice of the report&apos;s period: every log entry</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>Choice of the report&apos;s period; %1 e.g. &quot;Module 2 (26.11.2026)&quot;</extracomment>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Done. Saved on this device.</source>
        <translation>Erledigt. Auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <source>Open again. Saved on this device.</source>
        <translation>Wieder offen. Auf diesem Gerät gespeichert.</translation>
    </message>
    <message>
        <source>As a table</source>
        <extracomment>Button: the project&apos;s steps and log as a table for a spreadsheet program (a CSV file)</extracomment>
        <translation>Als Tabelle</translation>
    </message>
</context>
<context>
    <name>ProjectReport</name>
    <message>
        <source>Entwicklungswerkstatt für kommunale Engagementstrategien 7 – practice project</source>
        <extracomment>Top line of the report: the programme&apos;s full name</extracomment>
        <translation>Entwicklungswerkstatt für kommunale Engagementstrategien 7 – Praxisprojekt</translation>
    </message>
    <message>
        <source>No title given yet</source>
        <translation>Noch ohne Titel</translation>
    </message>
    <message>
        <source>Goal:</source>
        <extracomment>In the report, before the project&apos;s goal</extracomment>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>In the report: the day it was made; %1 is a date
----------
Right of the running head of every page of a report; %1 is a date</extracomment>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Heading in the report</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Noch keine Schritte.</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>First column of a step&apos;s row in the table export</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <extracomment>Mark of a step past its due date, in the report</extracomment>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Progress log</source>
        <extracomment>Heading in the report: the project&apos;s log entries</extracomment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>Notes from the organisers</source>
        <extracomment>Heading in the report: comments of the organisers</extracomment>
        <translation>Hinweise der Organisation</translation>
    </message>
    <message>
        <source>Practice project %1</source>
        <translation>Praxisprojekt %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>Titel oder Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>practice-project-%1-%2</source>
        <extracomment>File name of the report; %1 the municipality, %2 the date (no spaces)</extracomment>
        <translation>praxisprojekt-%1-%2</translation>
    </message>
    <message>
        <source>since module %1 (%2)</source>
        <extracomment>Which log entries a report holds; %1 a module&apos;s number, %2 its first day</extracomment>
        <translation>seit Modul %1 (%2)</translation>
    </message>
    <message>
        <source>Module %1 (%2)</source>
        <translation>Modul %1 (%2)</translation>
    </message>
    <message>
        <source>No municipality has a project yet.</source>
        <translation>Noch keine Kommune hat ein Projekt.</translation>
    </message>
    <message>
        <source>Entries %1.</source>
        <extracomment>In the report: which log entries it holds; %1 e.g. &quot;since module 2 (26.11.2026)&quot;</extracomment>
        <translation>Einträge %1.</translation>
    </message>
    <message>
        <source>question to the organisers</source>
        <translation>Frage an die Organisation</translation>
    </message>
    <message>
        <source>EWS companion</source>
        <extracomment>Author of a report, in its PDF metadata</extracomment>
        <translation>EWS-Begleiter</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Foot of every page of a report; %1 the page, %2 all pages</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>EWS 7 – practice projects, as of %1</source>
        <extracomment>First cell of the table export: what it is; %1 the date it was made</extracomment>
        <translation>EWS 7 – Praxisprojekte, Stand %1</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <source>Municipality</source>
        <extracomment>Column headings of the table export</extracomment>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The overdue column of the table export</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>First column of a log entry&apos;s row in the table export</extracomment>
        <translation>Frage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done, %2 in progress</source>
        <extracomment>In the report; %1 steps done, %n all steps, %2 steps in progress</extracomment>
        <translation>
            <numerusform>%1 von %n Schritt erledigt, %2 in Arbeit</numerusform>
            <numerusform>%1 von %n Schritten erledigt, %2 in Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>A report can be made as a document to print or as a table.</source>
        <translation>Ein Bericht entsteht als Dokument zum Drucken oder als Tabelle.</translation>
    </message>
</context>
<context>
    <name>ProjectSteps</name>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Status of a project step</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Status of a project step</extracomment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Status of a project step</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>Due date of a project step; %1 is a date</extracomment>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>by module %1 (%2)</source>
        <extracomment>A project step due by a module; %1 module number, %2 the module&apos;s first day</extracomment>
        <translation>bis Modul %1 (%2)</translation>
    </message>
    <message>
        <source>by module %1</source>
        <translation>bis Modul %1</translation>
    </message>
    <message>
        <source>Please choose someone of your municipality to take care of the step.</source>
        <translation>Bitte wählen Sie eine Person Ihrer Kommune, die sich um den Schritt kümmert.</translation>
    </message>
    <message>
        <source>The step could not be saved on this device.</source>
        <translation>Der Schritt konnte auf diesem Gerät nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation>Diesen Schritt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Please choose a status.</source>
        <translation>Bitte wählen Sie einen Stand.</translation>
    </message>
    <message>
        <source>The step could not be removed on this device.</source>
        <translation>Der Schritt konnte auf diesem Gerät nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>Who takes care of a project step: the person using the app</extracomment>
        <translation>Ihr Schritt</translation>
    </message>
    <message>
        <source>Module %1 · %2</source>
        <extracomment>A module to pick as a step&apos;s due date; %1 its number, %2 its first day</extracomment>
        <translation>Modul %1 · %2</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>Project without a title</source>
        <translation>Projekt ohne Titel</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>%1 is the goal of the practice project</extracomment>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Edit title and goal</source>
        <translation>Titel und Ziel ändern</translation>
    </message>
    <message>
        <source>No steps planned yet</source>
        <translation>Noch keine Schritte geplant</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done, %2 in progress</source>
        <extracomment>Progress of a project; %1 done steps, %n all steps, %2 steps in progress</extracomment>
        <translation>
            <numerusform>%1 von %n Schritt erledigt, %2 in Arbeit</numerusform>
            <numerusform>%1 von %n Schritten erledigt, %2 in Arbeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsOverview</name>
    <message>
        <source>Last activity %1</source>
        <extracomment>%1 is the date of the last entry or change in a project</extracomment>
        <translation>Zuletzt aktiv am %1</translation>
    </message>
    <message>
        <source>Nothing entered yet</source>
        <translation>Noch nichts eingetragen</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Noch keine Schritte</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>%1 steps done of %2</extracomment>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 in Arbeit</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <extracomment>Steps not done whose due date has passed</extracomment>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Nothing written since module %1</source>
        <extracomment>In the overview of all projects; %1 a module&apos;s number</extracomment>
        <translation>Seit Modul %1 nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>ProjectsOverviewDelegate</name>
    <message>
        <source>Open questions: %1</source>
        <translation>Offene Fragen: %1</translation>
    </message>
    <message>
        <source>Question: “%1”</source>
        <extracomment>An open question to the organisers, quoted; %1 is its text</extracomment>
        <translation>Frage: „%1“</translation>
    </message>
</context>
<context>
    <name>ProjectsOverviewPage</name>
    <message>
        <source>All projects</source>
        <extracomment>Title of the overview of all municipalities&apos; projects</extracomment>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Open questions to the organisers: %1. They count as answered once the organisers comment on the project.</source>
        <translation>Offene Fragen an die Organisatorinnen: %1. Eine Frage gilt als beantwortet, sobald die Organisatorinnen einen Hinweis zum Projekt schreiben.</translation>
    </message>
    <message>
        <source>No open questions to the organisers.</source>
        <translation>Keine offenen Fragen an die Organisatorinnen.</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Label of a choice: which projects the overview shows</extracomment>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>alle Projekte</translation>
    </message>
    <message>
        <source>with open questions</source>
        <translation>mit offenen Fragen</translation>
    </message>
    <message>
        <source>with overdue steps</source>
        <translation>mit überfälligen Schritten</translation>
    </message>
    <message>
        <source>nothing written since …</source>
        <extracomment>Projects nobody wrote in since the module chosen beside began</extracomment>
        <translation>seit … nichts geschrieben</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Label of a choice: the order of the projects</extracomment>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>open questions first</source>
        <translation>offene Fragen zuerst</translation>
    </message>
    <message>
        <source>most overdue steps first</source>
        <translation>meiste überfällige Schritte zuerst</translation>
    </message>
    <message>
        <source>longest without an entry first</source>
        <translation>am längsten ohne Eintrag zuerst</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>Label of a choice: the module that &quot;nothing written since&quot; and the report&apos;s log count from</extracomment>
        <translation>Seit</translation>
    </message>
    <message>
        <source>These projects as PDF</source>
        <extracomment>Button: the projects shown as one PDF, to take to a module</extracomment>
        <translation>Diese Projekte als PDF</translation>
    </message>
    <message>
        <source>No project matches this choice.</source>
        <translation>Kein Projekt passt zu dieser Auswahl.</translation>
    </message>
    <message>
        <source>As a table</source>
        <extracomment>Button: the projects as one table, for a spreadsheet program (a CSV file)</extracomment>
        <translation>Als Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) shown</source>
        <extracomment>Heading over the list of projects; %n how many the choice above shows</extracomment>
        <translation>
            <numerusform>%n Projekt wird gezeigt</numerusform>
            <numerusform>%n Projekte werden gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullToSync</name>
    <message>
        <source>Release to update</source>
        <extracomment>Shown while a list is pulled down: letting go updates from the server</extracomment>
        <translation>Loslassen zum Aktualisieren</translation>
    </message>
    <message>
        <source>Pull down to update</source>
        <translation>Nach unten ziehen zum Aktualisieren</translation>
    </message>
</context>
<context>
    <name>QrScanDialog</name>
    <message>
        <source>Scan the QR code</source>
        <extracomment>Title of the camera view that reads the invitation&apos;s QR code</extracomment>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <source>Hold the camera over the QR code in your invitation letter.</source>
        <translation>Halten Sie die Kamera über den QR-Code in Ihrem Einladungsbrief.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <source>New step “%1”</source>
        <extracomment>A refused change; %1 is the title of a step</extracomment>
        <translation>Neuer Schritt „%1“</translation>
    </message>
    <message>
        <source>Removal of a step</source>
        <translation>Entfernen eines Schritts</translation>
    </message>
    <message>
        <source>Change of a step</source>
        <translation>Änderung eines Schritts</translation>
    </message>
    <message>
        <source>Change of a step to “%1”</source>
        <translation>Änderung eines Schritts zu „%1“</translation>
    </message>
    <message>
        <source>Entry in the progress log</source>
        <translation>Eintrag unter „Fortschritt“</translation>
    </message>
    <message>
        <source>Title and goal of the project</source>
        <translation>Titel und Ziel des Projekts</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Ihre Kontaktdaten</translation>
    </message>
    <message>
        <source>Hiding a kept text</source>
        <translation>Ausblenden eines aufbewahrten Texts</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>Eine Änderung</translation>
    </message>
    <message>
        <source>You may not change this, for example because it belongs to another municipality&apos;s project.</source>
        <translation>Sie dürfen das nicht ändern, zum Beispiel weil es zum Projekt einer anderen Kommune gehört.</translation>
    </message>
    <message>
        <source>Someone removed this in the meantime.</source>
        <translation>Jemand hat das inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The server did not accept the content (%1).</source>
        <extracomment>%1 is the server&apos;s explanation (in English)</extracomment>
        <translation>Der Server hat den Inhalt nicht angenommen (%1).</translation>
    </message>
    <message>
        <source>Change of a date in the draft</source>
        <translation>Änderung eines Termins im Entwurf</translation>
    </message>
    <message>
        <source>Change of the date “%1” in the draft</source>
        <translation>Änderung des Termins „%1“ im Entwurf</translation>
    </message>
    <message>
        <source>Publishing the draft of the programme</source>
        <translation>Veröffentlichung des Programmentwurfs</translation>
    </message>
    <message>
        <source>Your municipality&apos;s project has used all the room the server keeps for it. Please ask the organisers.</source>
        <translation>Das Praxisprojekt Ihrer Kommune hat den ganzen Platz belegt, den der Server dafür bereithält. Bitte wenden Sie sich an das Organisationsteam.</translation>
    </message>
</context>
<context>
    <name>ReminderPlan</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
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
        <translation>%1 (unter Haushaltsvorbehalt)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsForm</name>
    <message>
        <source>Remind me before my dates</source>
        <translation>Vor meinen Terminen erinnern</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>3 hours before</source>
        <translation>3 Stunden vorher</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 Tage vorher</translation>
    </message>
    <message>
        <source>When to remind</source>
        <extracomment>Label of the choice how long before a date its reminder comes</extracomment>
        <translation>Wann erinnern</translation>
    </message>
    <message>
        <source>Without a choice of your own: the first day of each module, the learning groups and the deadlines. On each date&apos;s page you can change that.</source>
        <translation>Wenn Sie nichts anderes wählen: an den ersten Tag jedes Moduls, die Treffen der Lerngruppe und die Fristen. Auf der Seite jedes Termins können Sie das ändern.</translation>
    </message>
    <message>
        <source>Allow reminders</source>
        <extracomment>Button: asks the device to let the app show reminders</extracomment>
        <translation>Erinnerungen erlauben</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders appear on this device even when the app is closed.</source>
        <translation>Erinnerungen erscheinen auf diesem Gerät, auch wenn die App geschlossen ist.</translation>
    </message>
    <message>
        <source>This device does not allow the app to show notifications yet, so reminders cannot appear.</source>
        <translation>Dieses Gerät erlaubt der App noch keine Mitteilungen. Erinnerungen können deshalb nicht erscheinen.</translation>
    </message>
    <message>
        <source>Reminders are switched off.</source>
        <translation>Erinnerungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>There is no upcoming date to remind you of.</source>
        <translation>Es steht kein Termin an, an den erinnert werden kann.</translation>
    </message>
    <message>
        <source>Next reminder: %1, %2, for “%3”</source>
        <extracomment>%1 is a date, %2 a time, %3 the title of the date reminded of</extracomment>
        <translation>Nächste Erinnerung: %1 um %2, für „%3“</translation>
    </message>
    <message>
        <source>Announcement from the organisers</source>
        <translation>Mitteilung der Organisation</translation>
    </message>
    <message>
        <source>Announcement from %1</source>
        <translation>Mitteilung von %1</translation>
    </message>
    <message>
        <source>Reminders appear on this device while the app is open.</source>
        <translation>Erinnerungen erscheinen auf diesem Gerät, solange die App geöffnet ist.</translation>
    </message>
    <message>
        <source>Reminders cannot appear on this device: it shows no notifications.</source>
        <translation>Auf diesem Gerät können keine Erinnerungen erscheinen: Es zeigt keine Mitteilungen an.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Dates</source>
        <extracomment>Group of search results: dates of the programme</extracomment>
        <translation>Termine</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Group of search results: people of the programme</extracomment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Practice projects</source>
        <extracomment>Group of search results: the municipalities&apos; practice projects</extracomment>
        <translation>Praxisprojekte</translation>
    </message>
    <message>
        <source>Step · %1</source>
        <extracomment>A search result: a step of a municipality&apos;s project; %1 the municipality</extracomment>
        <translation>Schritt · %1</translation>
    </message>
    <message>
        <source>Entry of %1 · %2</source>
        <extracomment>A search result: a log entry; %1 its date, %2 the municipality</extracomment>
        <translation>Eintrag vom %1 · %2</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search page</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Dates, people, projects …</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation>Termine, Personen, Projekte …</translation>
    </message>
    <message>
        <source>Type a word to search the programme, the people and every municipality&apos;s practice project. This works without internet.</source>
        <translation>Geben Sie ein Wort ein, um im Programm, in den Kontakten und in den Praxisprojekten aller Kommunen zu suchen. Das geht auch ohne Internet.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
</context>
<context>
    <name>ServerSignIn</name>
    <message>
        <source>Please enter the server address, starting with https://</source>
        <translation>Bitte geben Sie die Adresse des Servers ein, beginnend mit https://</translation>
    </message>
    <message>
        <source>Please enter the sign-in code you were given.</source>
        <translation>Bitte geben Sie den Anmeldecode ein, den Sie bekommen haben.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in could not be saved on this device.</source>
        <translation>Die Anmeldung ließ sich auf diesem Gerät nicht speichern.</translation>
    </message>
    <message>
        <source>This code is unknown, used already or past its date. Ask the organisers for a new one.</source>
        <translation>Dieser Code ist unbekannt, schon benutzt oder abgelaufen. Bitten Sie die Organisation um einen neuen.</translation>
    </message>
    <message>
        <source>The server cannot sign you in just now. Your code stays valid; please try again in a minute.</source>
        <translation>Der Server kann Sie gerade nicht anmelden. Ihr Code bleibt gültig; bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <source>This device does not know this server yet. Compare its fingerprint below with the one in your invitation letter. Only if both are the same, choose “They match”.</source>
        <translation>Dieses Gerät kennt den Server noch nicht. Vergleichen Sie seinen Fingerabdruck unten mit dem in Ihrem Einladungsbrief. Nur wenn beide gleich sind, wählen Sie „Stimmt überein“.</translation>
    </message>
    <message>
        <source>This server is not the one your invitation names, so this device did not sign in. Please ask the organisers.</source>
        <translation>Dieser Server ist nicht der aus Ihrer Einladung, deshalb hat sich das Gerät nicht angemeldet. Bitte fragen Sie das Organisationsteam.</translation>
    </message>
</context>
<context>
    <name>ServerSignInForm</name>
    <message>
        <source>Server address</source>
        <translation>Adresse des Servers</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <extracomment>The invitation link works here too: everything in it is taken from it</extracomment>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server. What you typed is kept here, so that you can copy it.</source>
        <translation>
            <numerusform>%n Änderung wurde vom Server abgelehnt. Was Sie eingegeben haben, bleibt hier erhalten, damit Sie es kopieren können.</numerusform>
            <numerusform>%n Änderungen wurden vom Server abgelehnt. Was Sie eingegeben haben, bleibt hier erhalten, damit Sie es kopieren können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button: a refused change has been read and is not needed any more</extracomment>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Connected to %1. This device stays signed in until you sign out.</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Verbunden mit %1. Dieses Gerät bleibt angemeldet, bis Sie sich abmelden.</translation>
    </message>
    <message>
        <source>Picture of the invitation</source>
        <extracomment>Title of the dialog that picks a picture of the invitation letter</extracomment>
        <translation>Bild der Einladung</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Signing in …</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <extracomment>Button: open the camera to read the invitation&apos;s QR code</extracomment>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <source>QR code from a picture</source>
        <extracomment>Button: read the invitation&apos;s QR code from a photo or screenshot</extracomment>
        <translation>QR-Code aus einem Bild</translation>
    </message>
    <message>
        <source>Or type what your invitation letter says:</source>
        <extracomment>Before the fields for the server address and the code</extracomment>
        <translation>Oder tippen Sie ab, was in Ihrem Einladungsbrief steht:</translation>
    </message>
    <message>
        <source>They match</source>
        <extracomment>Button after the server&apos;s fingerprint was shown: it is the same as in the letter</extracomment>
        <translation>Stimmt überein</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As on this device</source>
        <translation>Wie auf diesem Gerät</translation>
    </message>
    <message>
        <source>Until you sign in, this choice stays on this device. It decides which project you can change.</source>
        <translation>Bis Sie sich anmelden, bleibt diese Auswahl auf diesem Gerät. Sie legt fest, welches Projekt Sie ändern können.</translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation>Ihre Kommune wählen</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Ihre Kommune</translation>
    </message>
    <message>
        <source>Municipality not in the list? Enter its name</source>
        <translation>Kommune fehlt? Namen eingeben</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation>Auf diesem Gerät gespeichert</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Not in the list? Enter your name</source>
        <translation>Sie fehlen? Namen eingeben</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Über diese App</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Dates and places from the EWS 7 brochure of the ISI Institut für soziale Innovation. All times are German time (Düsseldorf).</source>
        <translation>Termine und Orte aus der Broschüre zur EWS 7 des ISI Institut für soziale Innovation. Alle Uhrzeiten sind deutsche Zeit (Düsseldorf).</translation>
    </message>
    <message>
        <source>Whose device is this?</source>
        <translation>Wem gehört dieses Gerät?</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Set by your sign-in. It decides which project you can change.</source>
        <translation>Kommt aus Ihrer Anmeldung. Sie legt fest, welches Projekt Sie ändern können.</translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <extracomment>Heading: the programme in the person&apos;s own calendar program, kept up to date</extracomment>
        <translation>Kalender-Abo</translation>
    </message>
    <message>
        <source>Reminders</source>
        <extracomment>Heading: reminders before the programme&apos;s dates</extracomment>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Text size</source>
        <extracomment>Heading: how large text is shown</extracomment>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Much larger</source>
        <translation>Viel größer</translation>
    </message>
    <message>
        <source>This device belongs to the organisers. Your own phone number and e-mail address are changed under Contacts, on your contact&apos;s page.</source>
        <translation>Dieses Gerät gehört zur Organisation. Ihre eigene Telefonnummer und E-Mail-Adresse ändern Sie unter Kontakte, auf der Seite Ihres Kontakts.</translation>
    </message>
    <message>
        <source>Privacy and my data</source>
        <extracomment>Heading: what is stored about the person, who sees it, and their rights</extracomment>
        <translation>Datenschutz und meine Daten</translation>
    </message>
    <message>
        <source>Photos and files on this device</source>
        <extracomment>Heading: how much room photos and files may take on the device</extracomment>
        <translation>Fotos und Dateien auf diesem Gerät</translation>
    </message>
    <message>
        <source>They take %1 now. Above the room chosen here, the ones unused longest go; they are fetched again when needed. What is not sent yet and what you keep on this device always stays.</source>
        <extracomment>%1: how much room they take now, e.g. &quot;120 MB&quot;</extracomment>
        <translation>Sie belegen jetzt %1. Über dem hier gewählten Platz werden die am längsten nicht genutzten entfernt und bei Bedarf neu geladen. Was noch nicht übertragen ist und was Sie auf diesem Gerät behalten, bleibt immer.</translation>
    </message>
    <message>
        <source>At most %1 MB</source>
        <extracomment>A choice of room for photos and files; %1 a number of megabytes</extracomment>
        <translation>Höchstens %1 MB</translation>
    </message>
    <message>
        <source>Room for photos and files</source>
        <translation>Platz für Fotos und Dateien</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihr Schritt</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <extracomment>Accessible name of the box that marks a project step done; %1 is its title</extracomment>
        <translation>Erledigt: %1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Change step</source>
        <translation>Schritt ändern</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <source>e.g. Talk to the mayor</source>
        <translation>z. B. Gespräch mit dem Bürgermeister</translation>
    </message>
    <message>
        <source>Title of the step</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Who takes care of it?</source>
        <translation>Wer kümmert sich darum?</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>By a module</source>
        <translation>Bis zu einem Modul</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>Bis zu einem Datum</translation>
    </message>
    <message>
        <source>By which module</source>
        <translation>Bis zu welchem Modul</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Your notes on dates about this step</source>
        <extracomment>Heading in a step: the person&apos;s own notes on dates that point to this step</extracomment>
        <translation>Ihre Notizen zu Terminen, die zu diesem Schritt gehören</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <extracomment>Placeholder of a date field; shows the expected form</extracomment>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <extracomment>Button beside a date field: opens a calendar to pick the day</extracomment>
        <translation>Im Kalender wählen</translation>
    </message>
    <message>
        <source>In a week</source>
        <extracomment>Quick choices for a due date</extracomment>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>In zwei Wochen</translation>
    </message>
    <message>
        <source>In four weeks</source>
        <translation>In vier Wochen</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <extracomment>Heading in a step: its photos and files</extracomment>
        <translation>Fotos und Dateien</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>Not connected to the server: %n change(s) only on this device.</source>
        <translation>
            <numerusform>Nicht mit dem Server verbunden: %n Änderung nur auf diesem Gerät.</numerusform>
            <numerusform>Nicht mit dem Server verbunden: %n Änderungen nur auf diesem Gerät.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Exchanging changes with the server …</source>
        <translation>Änderungen werden mit dem Server abgeglichen …</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting, they are sent when the connection is back.</source>
        <translation>
            <numerusform>Offline: %n Änderung wartet und wird gesendet, sobald wieder Verbindung besteht.</numerusform>
            <numerusform>Offline: %n Änderungen warten und werden gesendet, sobald wieder Verbindung besteht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden.</numerusform>
            <numerusform>%n Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected; not exchanged yet.</source>
        <translation>Verbunden; noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Offline. Nothing is waiting to be sent.</source>
        <translation>Keine Verbindung. Es wartet nichts darauf, übertragen zu werden.</translation>
    </message>
    <message>
        <source>Everything sent, %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Alles übertragen, %1 Uhr.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>This device has been signed out by the organisers.</source>
        <translation>Die Organisatorinnen haben dieses Gerät abgemeldet.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>What the server sent could not be stored on this device.</source>
        <translation>Was der Server geschickt hat, ließ sich auf diesem Gerät nicht speichern.</translation>
    </message>
    <message>
        <source>The server is busy; the app tries again shortly.</source>
        <translation>Der Server ist gerade ausgelastet; die App versucht es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>TentativeMark</name>
    <message>
        <source>subject to budget approval</source>
        <extracomment>Mark of a date that depends on the state budget being approved</extracomment>
        <translation>unter Haushaltsvorbehalt</translation>
    </message>
</context>
<context>
    <name>TimeFormatter</name>
    <message>
        <source>CEST</source>
        <extracomment>Central European Summer Time, shown after times when the device is in another zone</extracomment>
        <translation>MESZ</translation>
    </message>
    <message>
        <source>CET</source>
        <translation>MEZ</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>approx. %1</source>
        <extracomment>%1 is a time range; the programme gives these times as approximate</extracomment>
        <translation>ca. %1</translation>
    </message>
    <message>
        <source>over</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>happening now</source>
        <translation>läuft gerade</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>Today, %1</source>
        <extracomment>Heading of today&apos;s sessions; %1 is today&apos;s date</extracomment>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>happening now</source>
        <translation>läuft gerade</translation>
    </message>
</context>
<context>
    <name>VenueDetails</name>
    <message>
        <source>Only the organisers change what participants need at the venue.</source>
        <translation>Nur das Organisationsteam ändert die Angaben für vor Ort.</translation>
    </message>
    <message>
        <source>Each text may have up to %1 characters.</source>
        <extracomment>%1 is the most characters a text may have (1.000)</extracomment>
        <translation>Jeder Text darf bis zu %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The learning platform&apos;s link must be one address starting with https://.</source>
        <translation>Die Adresse der Lernplattform muss mit https:// beginnen und darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This could not be saved on this device. Please try again.</source>
        <translation>Das konnte auf diesem Gerät nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>VenueEditDialog</name>
    <message>
        <source>Change the venue details</source>
        <extracomment>Title of the organisers&apos; form for the venue page</extracomment>
        <translation>Angaben für vor Ort ändern</translation>
    </message>
    <message>
        <source>Getting there (German)</source>
        <translation>Anreise (Deutsch)</translation>
    </message>
    <message>
        <source>Getting there (English, optional)</source>
        <translation>Anreise (Englisch, freiwillig)</translation>
    </message>
    <message>
        <source>Costs (German)</source>
        <translation>Kosten (Deutsch)</translation>
    </message>
    <message>
        <source>Costs (English, optional)</source>
        <translation>Kosten (Englisch, freiwillig)</translation>
    </message>
    <message>
        <source>What to bring (German)</source>
        <translation>Mitbringen (Deutsch)</translation>
    </message>
    <message>
        <source>What to bring (English, optional)</source>
        <translation>Mitbringen (Englisch, freiwillig)</translation>
    </message>
    <message>
        <source>Address of the learning platform (optional)</source>
        <translation>Adresse der Lernplattform (freiwillig)</translation>
    </message>
    <message>
        <source>Participants see the change after their next sync.</source>
        <translation>Die Teilnehmenden sehen die Änderung nach ihrem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>e.g. From the main station by tram to the stop …, then a five-minute walk.</source>
        <translation>z. B. Vom Hauptbahnhof mit der Straßenbahn bis zur Haltestelle …, dann fünf Minuten zu Fuß.</translation>
    </message>
</context>
<context>
    <name>VenuePage</name>
    <message>
        <source>At the venue</source>
        <extracomment>Title of the page with what participants need at the venue</extracomment>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>The organisers have not named a venue yet.</source>
        <translation>Das Organisationsteam hat noch keinen Tagungsort genannt.</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Label of the venue&apos;s postal address</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Plan the route</source>
        <extracomment>Opens a route planner with the way to the venue</extracomment>
        <translation>Route planen</translation>
    </message>
    <message>
        <source>Getting there</source>
        <extracomment>Heading: how to get to the venue</extracomment>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>Costs</source>
        <extracomment>Heading: what is paid for and what participants pay themselves</extracomment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What to bring</source>
        <extracomment>Heading: what participants bring to a module</extracomment>
        <translation>Mitbringen</translation>
    </message>
    <message>
        <source>Learning platform</source>
        <extracomment>Heading: the programme&apos;s website for learning between the modules</extracomment>
        <translation>Lernplattform</translation>
    </message>
    <message>
        <source>Between the modules you learn and share material on the learning platform.</source>
        <translation>Zwischen den Modulen lernen Sie auf der Lernplattform und teilen dort Material.</translation>
    </message>
    <message>
        <source>The organisers will give its address here as soon as it is set.</source>
        <translation>Das Organisationsteam nennt die Adresse hier, sobald sie feststeht.</translation>
    </message>
    <message>
        <source>Open the learning platform</source>
        <extracomment>Opens the learning platform in the browser</extracomment>
        <translation>Lernplattform öffnen</translation>
    </message>
    <message>
        <source>Change these details</source>
        <extracomment>Button for organisers: change what participants read on this page</extracomment>
        <translation>Diese Angaben ändern</translation>
    </message>
</context>
</TS>
