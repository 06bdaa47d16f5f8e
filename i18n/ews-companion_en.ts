<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactAction</name>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy a phone number or address to the clipboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Role</source>
        <extracomment>Label of a person&apos;s function or job</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Label of a phone number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>Button: call this phone number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <extracomment>Button: write an e-mail to this address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants – %1</source>
        <extracomment>Contacts section heading; %1 is the municipality</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, municipality or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCohort</name>
    <message>
        <source>The demo file is not an EWS demo cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo municipality %1 could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo person %1 could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project %1 could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo step %1 could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo log entry %1 could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>subject to budget approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>This date depends on the state budget for 2027. The organisers will confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date of an event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Label of the time of an event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Label of the place of an event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the video meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the video meeting is not here yet. The organisers send it before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <extracomment>Heading of the topics of a module</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button: close a form without saving</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Button: save a form</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>New log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Presented the idea to the committee; they asked for a cost plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries cannot be changed later, so that everyone can rely on the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Programme</source>
        <extracomment>Navigation entry: the programme&apos;s dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>Navigation entry: people of the programme</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <extracomment>Navigation entry: the municipality&apos;s practice project</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation entry: settings and information about the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EWS companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextEventCard</name>
    <message>
        <source>Next: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Heading of the card that shows the coming date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnDetailsForm</name>
    <message>
        <source>Your details for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other participants may see my phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other participants may see my e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnProfile</name>
    <message>
        <source>Please enter a name of at least two letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the phone number with digits only, e.g. 0211 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the e-mail address like this: name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality could not be saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your municipality first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name could not be saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose who you are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details could not be saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>Everything is saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this device, not yet sent.</source>
        <extracomment>Sync status; synchronisation with the server comes with sign-in</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeFile</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an object with &quot;de&quot; and &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;de&quot; and &quot;en&quot; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (known: module_day, learning_group, info_talk, deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video link must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module %1 is not described under &quot;modules&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date must be a real date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both start and end, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times must be given as HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants are not part of the programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the programme file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file must contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an EWS programme file (&quot;format&quot; must be &quot;ews-programme&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file has format version %1; this app reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone must be Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme has no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme file has an error at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Application and introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1</source>
        <extracomment>Heading of a module&apos;s dates in the programme; %1 is the module number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (subject to budget approval)</source>
        <extracomment>%1 is &quot;Module 3&quot;; the module depends on the budget being approved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in Düsseldorf (%1)</source>
        <extracomment>Shown under a time when the device is set to another time zone; %1 is CET or CEST</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Open</source>
        <extracomment>Status of a project step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Status of a project step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Status of a project step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <extracomment>Due date of a project step; %1 is a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by module %1 (%2)</source>
        <extracomment>A project step due by a module; %1 module number, %2 the module&apos;s first day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your municipality in the settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read the projects of other municipalities, but only change your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose in the settings who you are, so that the entry shows your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be saved on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Title and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be different when the project is done?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectInput</name>
    <message>
        <source>Please enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the date like this: 11/26/2026.</source>
        <extracomment>Shown when a date cannot be read; the example shows the expected form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a date between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the step a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a module from 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose when the step is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies in the future. Please log what has already happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the project a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Practice project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the project of a municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the project of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your municipality in the settings. Then you can plan your practice project here and log its progress, also without internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are reading the project of %1. You can only change your own municipality&apos;s project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Heading of the list of a project&apos;s steps (milestones)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet. Add the first step of your project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress log</source>
        <extracomment>Heading of the project&apos;s progress log</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSummary</name>
    <message>
        <source>Project without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>%1 is the goal of the practice project</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done, %3 in progress</source>
        <extracomment>Progress of a project; %1 done steps, %2 all steps, %3 steps in progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you sign in, this choice stays on this device. It decides which project you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality not in the list? Enter its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list? Enter your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is stored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and places from the EWS 7 brochure of the ISI Institut für soziale Innovation. All times are German time (Düsseldorf).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Change step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Talk to the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes care of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By module 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By module 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By module 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By module 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By which module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <extracomment>Placeholder of a date field; shows the expected form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TentativeMark</name>
    <message>
        <source>subject to budget approval</source>
        <extracomment>Mark of a date that depends on the state budget being approved</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormatter</name>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>Date format of list rows (QDate::toString syntax): weekday, day, month, year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/dd/yyyy</source>
        <extracomment>Format of a plain date (QDate::toString syntax), e.g. a step&apos;s due date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEST</source>
        <extracomment>Central European Summer Time, shown after times when the device is in another zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approx. %1</source>
        <extracomment>%1 is a time range; the programme gives these times as approximate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>Today, %1</source>
        <extracomment>Heading of today&apos;s sessions; %1 is today&apos;s date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happening now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
