<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>agreements_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/agreements_page.py" line="+72"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the two of you have agreed on, newest first. Agreements can change as you do: say where each one stands, and word it again when it no longer fits.</source>
        <translation>Worauf ihr euch geeinigt habt, das Neueste zuerst. Vereinbarungen dürfen sich mit euch verändern: Haltet fest, wo jede gerade steht, und formuliert sie neu, wenn sie nicht mehr passt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your agreements, newest first</source>
        <translation>Eure Vereinbarungen, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read that exercise again</source>
        <translation>Diese Übung noch einmal lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the exercise this agreement came from, in History</source>
        <translation>Die Übung, aus der diese Vereinbarung stammt, im Verlauf lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where it stands now</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status of the selected agreement</source>
        <translation>Stand der ausgewählten Vereinbarung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>Stand speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the new status of the selected agreement</source>
        <translation>Den neuen Stand der ausgewählten Vereinbarung speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete this agreement...</source>
        <translation>Diese Vereinbarung löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected agreement</source>
        <translation>Die ausgewählte Vereinbarung löschen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No agreements yet</source>
        <translation>Noch keine Vereinbarungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the two of you agree on something in an exercise, such as Getting uncomfortable together or Our pursue-withdraw loop, it is kept here with the day you made it, so you can come back to it and see whether it still fits.</source>
        <translation>Wenn ihr euch in einer Übung auf etwas einigt, etwa in „Gemeinsam aus der Komfortzone“ oder „Unser Kreislauf aus Drängen und Rückzug“, wird es hier mit dem Tag aufbewahrt, an dem ihr es vereinbart habt. So könnt ihr darauf zurückkommen und schauen, ob es noch passt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your agreements could not be read just now. {reason}</source>
        <translation>Eure Vereinbarungen konnten gerade nicht gelesen werden. {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not from an exercise</source>
        <translation>Nicht aus einer Übung</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Made {day}, in {exercise}</source>
        <translation>Getroffen: {day}, in „{exercise}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made {day}</source>
        <translation>Getroffen: {day}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Status changed to {status}.</source>
        <translation>Stand geändert: {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo: set the status back to {status}</source>
        <translation>Rückgängig: den Stand wieder auf „{status}“ setzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>The status could not be saved. {reason}</source>
        <translation>Der Stand konnte nicht gespeichert werden. {reason}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Status set back to {status}.</source>
        <translation>Stand zurückgesetzt: {status}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new wording could not be saved. {reason}</source>
        <translation>Die neue Fassung konnte nicht gespeichert werden. {reason}</translation>
    </message>
</context>
<context>
    <name>boundaries_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/boundaries_page.py" line="+81"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What each of you has asked for, newest first. Come back to them now and then: has a boundary been heard, or does it need a little more time?</source>
        <translation>Worum ihr einander gebeten habt, das Neueste zuerst. Schaut ab und zu wieder hinein: Ist eine Grenze gehört worden, oder braucht sie noch etwas Zeit?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your boundaries, newest first</source>
        <translation>Eure Grenzen, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated</source>
        <translation>Ausgesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Where it stands now</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status of the selected boundary</source>
        <translation>Stand der ausgewählten Grenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save status</source>
        <translation>Stand speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the new status of the selected boundary</source>
        <translation>Den neuen Stand der ausgewählten Grenze speichern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No boundaries yet</source>
        <translation>Noch keine Grenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A boundary is one calm, clear sentence about what is and isn&apos;t OK for you, and what you need instead. You put it into words together in the Boundary statement exercise; each one you agree on is kept here, so you can come back to it and see where it stands.</source>
        <translation>Eine Grenze ist ein ruhiger, klarer Satz darüber, was für dich in Ordnung ist und was nicht, und was du stattdessen brauchst. Ihr fasst sie gemeinsam in der Übung „Eine Grenze aussprechen“ in Worte; jede, auf die ihr euch einigt, wird hier aufbewahrt, damit ihr zu ihr zurückkommen und sehen könnt, wo sie steht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the Boundary statement exercise</source>
        <translation>Die Übung „Eine Grenze aussprechen“ beginnen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your boundaries could not be read just now. {reason}</source>
        <translation>Eure Grenzen konnten gerade nicht gelesen werden. {reason}</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Agreed by both of you · stated {day}</source>
        <translation>Von euch beiden vereinbart · ausgesprochen: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {name} · stated {day}</source>
        <translation>Von {name} · ausgesprochen: {day}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The status could not be saved. {reason}</source>
        <translation>Der Stand konnte nicht gespeichert werden. {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status changed to {status}.</source>
        <translation>Stand geändert: {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo: set the status back to {status}</source>
        <translation>Rückgängig: den Stand wieder auf „{status}“ setzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status set back to {status}.</source>
        <translation>Stand zurückgesetzt: {status}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new wording could not be kept. {reason}</source>
        <translation>Die neue Fassung konnte nicht gespeichert werden. {reason}</translation>
    </message>
</context>
<context>
    <name>core/progress_data</name>
    <message>
        <location filename="../src/couplesdesk/core/progress_data.py" line="+63"/>
        <source>far apart</source>
        <translation>weit voneinander entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very close</source>
        <translation>sehr nah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
</context>
<context>
    <name>export/collect</name>
    <message>
        <location filename="../src/couplesdesk/export/collect.py" line="+204"/>
        <source>the agreed time</source>
        <translation>die vereinbarte Uhrzeit</translation>
    </message>
</context>
<context>
    <name>export/files</name>
    <message>
        <location filename="../src/couplesdesk/export/files.py" line="+36"/>
        <source>Not written: {folder} is encrypted, and an export is a plain file that anyone who finds it can read. Keeping it beside the encrypted data would undo that protection, so choose a place outside the data folder.</source>
        <translation>Nicht gespeichert: {folder} ist verschlüsselt, und ein Export ist eine einfache Datei, die alle lesen können, die sie finden. Neben den verschlüsselten Daten würde sie diesen Schutz aufheben; wählt deshalb einen Ort außerhalb des Datenordners.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not written: {folder} is a folder. Name the file to write, e.g. {example}.</source>
        <translation>Nicht gespeichert: {folder} ist ein Ordner. Gebt der Datei einen Namen, z. B. {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>our-journal.md</source>
        <translation>unser-tagebuch.md</translation>
    </message>
</context>
<context>
    <name>export/formats</name>
    <message>
        <location filename="../src/couplesdesk/export/formats.py" line="+69"/>
        <source>Nothing was written in these days.</source>
        <translation>In diesen Tagen wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (not finished)</source>
        <translation> (nicht beendet)</translation>
    </message>
</context>
<context>
    <name>export/journal</name>
    <message>
        <location filename="../src/couplesdesk/export/journal.py" line="+17"/>
        <source>you came back together</source>
        <translation>ihr seid wieder zusammengekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you made it longer</source>
        <translation>ihr habt sie verlängert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exercise was left during it</source>
        <translation>die Übung wurde währenddessen verlassen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A pause of {minutes}, called by {name}</source>
        <translation>Eine Pause von {minutes}, gewünscht von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pause of {minutes}</source>
        <translation>Eine Pause von {minutes}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported on {day}, from {start} to {end}.</source>
        <translation>Exportiert am {day}, vom {start} bis zum {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {day}, from {start} on.</source>
        <translation>Exportiert am {day}, ab dem {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {day}, up to {end}.</source>
        <translation>Exportiert am {day}, bis zum {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported on {day}.</source>
        <translation>Exportiert am {day}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boundary kept: {words}</source>
        <translation>Festgehaltene Grenze: {words}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement kept: {words}</source>
        <translation>Festgehaltene Vereinbarung: {words}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{names}: our journal</source>
        <translation>{names}: unser Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our journal</source>
        <translation>Unser Tagebuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holds private answers of {names}, by their own choice.</source>
        <translation>Enthält private Antworten von {names}, auf eigenen Wunsch.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../src/couplesdesk/gui/export_dialog.py" line="+51"/>
        <source>A journal to read or print (PDF)</source>
        <translation>Ein Tagebuch zum Lesen oder Drucken (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal as plain text (Markdown)</source>
        <translation>Ein Tagebuch als einfacher Text (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, for another program (JSON)</source>
        <translation>Alles, für ein anderes Programm (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings, for a spreadsheet (CSV)</source>
        <translation>Bewertungen, für eine Tabellenkalkulation (CSV)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All of it</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last three months</source>
        <translation>Die letzten drei Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last year</source>
        <translation>Das letzte Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days</source>
        <translation>Tage auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take your history with you</source>
        <translation>Euren Verlauf mitnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what you have both shared: a journal to read or print, everything for another program, or your ratings for a spreadsheet. What either of you kept private stays out, unless that person adds their own.</source>
        <translation>Speichert, was ihr beide geteilt habt: ein Tagebuch zum Lesen oder Drucken, alles für ein anderes Programm oder eure Bewertungen für eine Tabellenkalkulation. Was jemand von euch privat behalten hat, bleibt draußen, außer diese Person fügt ihr Eigenes selbst hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export...</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the export as</source>
        <translation>Export speichern unter</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which days</source>
        <translation>Welche Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each of you kept private, and answers not yet revealed, stay out of the file. Each of you may add your own, and only your own.</source>
        <translation>Was ihr jeweils privat behalten habt und noch nicht aufgedeckte Antworten bleiben draußen. Jede Person darf ihr Eigenes hinzufügen, und nur ihr Eigenes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as...</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No, leave them out</source>
        <translation>Nein, draußen lassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}&apos;s private answers: added, by {name}&apos;s own choice.</source>
        <translation>Private Antworten von {name}: hinzugefügt, auf eigenen Wunsch von {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take them out</source>
        <translation>Wieder herausnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s private answers: left out.</source>
        <translation>Private Antworten von {name}: bleiben draußen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: add mine...</source>
        <translation>{name}: meine hinzufügen …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only {name}, please.</source>
        <translation>Bitte nur {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, this adds what you kept private, and your answers not yet revealed, to the file. Whoever opens the file can read them, {other} too. Add them only if you want to.</source>
        <translation>{name}, damit kommt in die Datei, was du privat behalten hast, und deine noch nicht aufgedeckten Antworten. Wer die Datei öffnet, kann sie lesen, auch {other}. Füge sie nur hinzu, wenn du das möchtest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, add mine</source>
        <translation>Ja, meine hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}, your private answers are kept locked with your own passphrase. Type it to add them to the file; they are locked again once the file is saved.</source>
        <translation>{name}, deine privaten Antworten sind mit deiner eigenen Passphrase verschlossen. Gib sie ein, um sie der Datei hinzuzufügen; sobald die Datei gespeichert ist, sind sie wieder verschlossen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}&apos;s private answers stay out of the file: they are kept locked with {name}&apos;s passphrase.</source>
        <translation>Die privaten Antworten von {name} bleiben draußen: Sie sind mit der Passphrase von {name} verschlossen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The first day is after the last one: choose the days again.</source>
        <translation>Der erste Tag liegt nach dem letzten: Wählt die Tage bitte noch einmal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It holds {first} and {second}&apos;s private answers too.</source>
        <translation>Sie enthält auch private Antworten von {first} und {second}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds {first}&apos;s private answers too.</source>
        <translation>Sie enthält auch private Antworten von {first}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds what you both may see.</source>
        <translation>Sie enthält, was ihr beide sehen dürft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to {file}.</source>
        <translation>Gespeichert unter {file}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}&apos;s answers kept locked with {name}&apos;s passphrase were left out, as it was closed before the file was made. To add them, {name} can choose “add mine” again.</source>
        <translation>Die mit der Passphrase von {name} verschlossenen Antworten sind draußen geblieben, weil sie wieder verschlossen wurden, bevor die Datei entstand. Um sie hinzuzufügen, kann {name} noch einmal „meine hinzufügen“ wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not protected by your passphrase: keep it somewhere safe.</source>
        <translation>Sie ist nicht durch eure Passphrase geschützt: Bewahrt sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved. {reason}</source>
        <translation>Nicht gespeichert. {reason}</translation>
    </message>
</context>
<context>
    <name>history_filters</name>
    <message>
        <location filename="../src/couplesdesk/gui/history_filters.py" line="+25"/>
        <source>Any time</source>
        <translation>Die ganze Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 4 weeks</source>
        <translation>Die letzten 4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between two dates</source>
        <translation>Zwischen zwei Tagen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show one exercise only</source>
        <translation>Nur eine Übung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one kind of exercise only</source>
        <translation>Nur eine Art von Übung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the exercises with one partner&apos;s words</source>
        <translation>Die Übungen mit den Worten einer Person zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone&apos;s words</source>
        <translation>Worte von allen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a stretch of time only</source>
        <translation>Nur einen Zeitraum zeigen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From this day</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To this day</source>
        <translation>Bis zu diesem Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}&apos;s words</source>
        <translation>Worte von {name}</translation>
    </message>
</context>
<context>
    <name>history_model</name>
    <message>
        <location filename="../src/couplesdesk/gui/history_model.py" line="+57"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of {day}</source>
        <translation>Woche ab dem {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · on your own</source>
        <translation> · allein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · not finished: you can pick it up again</source>
        <translation> · nicht beendet: lässt sich fortsetzen</translation>
    </message>
</context>
<context>
    <name>history_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/history_page.py" line="+101"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to both of you</source>
        <translation>Wieder zu zweit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide what was written alone, and look together again</source>
        <translation>Allein Geschriebenes ausblenden und wieder gemeinsam schauen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every exercise you have done, newest first, by week</source>
        <translation>Jede Übung, die ihr gemacht habt, die neueste zuerst, nach Wochen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Your history could not be read just now. {reason}</source>
        <translation>Euer Verlauf konnte gerade nicht gelesen werden. {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your first exercise will appear here</source>
        <translation>Hier erscheint eure erste Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every exercise you do together is kept here, week by week, so you can come back to it: what you were asked, what you said to each other, what you agreed. A few minutes of Share one thing is a gentle place to begin.</source>
        <translation>Jede Übung, die ihr gemeinsam macht, wird hier Woche für Woche aufbewahrt, damit ihr darauf zurückkommen könnt: was ihr gefragt wurdet, was ihr einander gesagt habt, worauf ihr euch geeinigt habt. Ein paar Minuten „Eine Sache teilen“ sind ein sanfter Anfang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start Share one thing</source>
        <translation>„Eine Sache teilen“ beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing here for these choices</source>
        <translation>Nichts für diese Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing you have done matches all of them. Try fewer, or another stretch of time.</source>
        <translation>Nichts, was ihr gemacht habt, passt zu all diesen Angaben. Versucht es mit weniger Angaben oder einem anderen Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This exercise could not be read just now. {reason}</source>
        <translation>Diese Übung konnte gerade nicht gelesen werden. {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Words written alone stay with the one who wrote them.</source>
        <translation>Was jemand allein geschrieben hat, bleibt bei der Person, die es geschrieben hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s own view: what {name} wrote alone is showing. {other}, please look away.</source>
        <translation>Nur für {name}: Was {name} allein geschrieben hat, ist zu sehen. {other}, bitte schau kurz weg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s own view</source>
        <translation>Nur für {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what {name} wrote alone, to {name} only</source>
        <translation>Zeigen, was {name} allein geschrieben hat, nur für {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hand the screen to {name}.</source>
        <translation>Bildschirm an {name} übergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What {name} wrote alone is for {name}&apos;s eyes. {other}, please look away or step out for a moment.</source>
        <translation>Was {name} allein geschrieben hat, ist nur für {name} bestimmt. {other}, bitte schau weg oder geh kurz hinaus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m {name}, show me</source>
        <translation>Ich bin {name}, zeig es mir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am {name}; show what I wrote alone</source>
        <translation>Ich bin {name}; zeig, was ich allein geschrieben habe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now; stay with what both of you may see</source>
        <translation>Jetzt nicht; bei dem bleiben, was ihr beide sehen dürft</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What {name} wrote alone is kept locked with {name}&apos;s own passphrase. {name}, please type it to read it again. {other}, please look away for a moment.</source>
        <translation>Was {name} allein geschrieben hat, ist mit der eigenen Passphrase von {name} verschlossen. {name}, bitte gib sie ein, um es wieder zu lesen. {other}, bitte schau kurz weg.</translation>
    </message>
</context>
<context>
    <name>history_transcript</name>
    <message>
        <location filename="../src/couplesdesk/gui/history_transcript.py" line="+37"/>
        <source>Your own words, kept for the two of you.</source>
        <translation>Eure eigenen Worte, für euch beide aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s own words, kept for {name}.</source>
        <translation>Die eigenen Worte von {name}, nur für {name} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing written.</source>
        <translation>Nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back to your history</source>
        <translation>Zurück zum Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick up where you left off</source>
        <translation>Dort weitermachen, wo ihr aufgehört habt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you did, screen by screen</source>
        <translation>Was ihr gemacht habt, Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · for {therapist}&apos;s homework</source>
        <translation> · als Hausaufgabe von {therapist}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · not finished yet</source>
        <translation> · noch nicht beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This exercise has changed since then (or is no longer in your library), so its questions may read differently now, or be missing.</source>
        <translation>Diese Übung hat sich seitdem geändert (oder ist nicht mehr in eurer Bibliothek), daher können ihre Fragen jetzt anders lauten oder fehlen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A pause</source>
        <translation>Eine Pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you kept</source>
        <translation>Was ihr festgehalten habt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Both of you</source>
        <translation>Ihr beide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A boundary of both of you · {status} now</source>
        <translation>Eine Grenze von euch beiden · jetzt: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s boundary · {status} now</source>
        <translation>Grenze von {name} · jetzt: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An agreement · {status} now</source>
        <translation>Eine Vereinbarung · jetzt: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worded since: “{words}”</source>
        <translation>Inzwischen so formuliert: „{words}“</translation>
    </message>
</context>
<context>
    <name>journal_pdf</name>
    <message>
        <location filename="../src/couplesdesk/gui/journal_pdf.py" line="+83"/>
        <source> (not finished)</source>
        <translation> (nicht beendet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How it has been going</source>
        <translation>Wie es euch ergangen ist</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was written in these days.</source>
        <translation>In diesen Tagen wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This exercise has nothing more to show.</source>
        <translation>Diese Übung hat nichts weiter zu zeigen.</translation>
    </message>
</context>
<context>
    <name>kept_parts</name>
    <message>
        <location filename="../src/couplesdesk/gui/kept_parts.py" line="+24"/>
        <source>You want to talk it through together; mark it once you have.</source>
        <translation>Ihr möchtet gemeinsam darüber reden; markiert sie als besprochen, sobald ihr das getan habt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have talked it through together.</source>
        <translation>Ihr habt gemeinsam darüber gesprochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heard, but not agreed; it may need a talk, or a therapist&apos;s help.</source>
        <translation>Gehört, aber vorerst keine Zustimmung; vielleicht braucht es ein Gespräch oder therapeutische Unterstützung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Said out loud; not yet said back by each of you.</source>
        <translation>Ausgesprochen; ihr habt sie einander noch nicht zurückgesagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of you said back what they heard.</source>
        <translation>Ihr habt beide zurückgesagt, was bei euch angekommen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each of you would like some time to take it in.</source>
        <translation>Ihr möchtet euch beide etwas Zeit nehmen, um sie aufzunehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Said out loud; not yet said back by {other}.</source>
        <translation>Ausgesprochen; {other} hat sie noch nicht zurückgesagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{other} said back what they heard.</source>
        <translation>{other} hat zurückgesagt, was angekommen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{other} would like some time to take it in.</source>
        <translation>{other} möchte sich etwas Zeit nehmen, um sie aufzunehmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are keeping to it.</source>
        <translation>Ihr haltet euch daran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of you would like to look at it again together. That is part of keeping it alive.</source>
        <translation>Jemand von euch möchte sie noch einmal gemeinsam anschauen. Auch das gehört dazu, sie lebendig zu halten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You no longer need it. It stays here, as part of your story.</source>
        <translation>Ihr braucht sie nicht mehr. Sie bleibt hier, als Teil eurer Geschichte.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last status change</source>
        <translation>Die letzte Änderung des Stands rückgängig machen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Until {day}, it read: “{words}”</source>
        <translation>Bis {day} lautete sie: „{words}“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>And {count} wording before that.</source>
        <translation>Und davor {count} frühere Fassung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And {count} wordings before that.</source>
        <translation>Und davor {count} frühere Fassungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New words for the boundary</source>
        <translation>Neue Worte für die Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the wording of the boundary</source>
        <translation>Die Grenze neu formulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the new words of the boundary</source>
        <translation>Die neuen Worte der Grenze behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words it has now will stay in the boundary&apos;s history.</source>
        <translation>Die jetzigen Worte bleiben in der Geschichte der Grenze erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New words for the agreement</source>
        <translation>Neue Worte für die Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the wording of the agreement</source>
        <translation>Die Vereinbarung neu formulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the new words of the agreement</source>
        <translation>Die neuen Worte der Vereinbarung behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words it has now will stay in the agreement&apos;s history.</source>
        <translation>Die jetzigen Worte bleiben in der Geschichte der Vereinbarung erhalten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change the wording</source>
        <translation>Neu formulieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the new wording</source>
        <translation>Neue Fassung behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave it as it was</source>
        <translation>So lassen, wie es war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the words as they were</source>
        <translation>Die Worte so lassen, wie sie waren</translation>
    </message>
</context>
<context>
    <name>kept_words</name>
    <message>
        <location filename="../src/couplesdesk/gui/kept_words.py" line="+25"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stated</source>
        <translation>ausgesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heard</source>
        <translation>gehört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs time</source>
        <translation>braucht Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to talk about</source>
        <translation>noch zu besprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talked through</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not agreed</source>
        <translation>nicht zugestimmt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keeping</source>
        <translation>gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs another look</source>
        <translation>noch einmal anschauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>library_list</name>
    <message>
        <location filename="../src/couplesdesk/gui/library_list.py" line="+46"/>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{category} · about {minutes} min · {who}</source>
        <translation>{category} · etwa {minutes} Min. · {who}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{title} (start here)</source>
        <translation>{title} (hier beginnen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  ·  your own</source>
        <translation>  ·  eure eigene</translation>
    </message>
</context>
<context>
    <name>library_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/library_page.py" line="+44"/>
        <source>listening</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>**Start here:** a good first exercise for the two of you, short and gentle.</source>
        <translation>**Hier beginnen:** eine gute erste Übung für euch beide, kurz und sanft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{category} · about {minutes} minutes · {who} · {cadence}</source>
        <translation>{category} · etwa {minutes} Minuten · {who} · {cadence}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>## Before you start</source>
        <translation>## Bevor ihr beginnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Steps at a glance</source>
        <translation>## Die Schritte im Überblick</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>## Ideas drawn from</source>
        <translation>## Die Ideen stammen aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>*This exercise comes from your own exercises folder.*</source>
        <translation>*Diese Übung stammt aus eurem eigenen Übungsordner.*</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+2"/>
        <source>Search exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show exercises in category</source>
        <translation>Übungen einer Kategorie zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About the selected exercise</source>
        <translation>Über die ausgewählte Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start this exercise</source>
        <translation>Diese Übung beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the selected exercise</source>
        <translation>Die ausgewählte Übung beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the search and show every exercise</source>
        <translation>Die Suche leeren und alle Übungen zeigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Problems with exercise files</source>
        <translation>Probleme mit Übungsdateien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} exercise file could not be loaded.</source>
        <translation>{count} Übungsdatei konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} exercise files could not be loaded.</source>
        <translation>{count} Übungsdateien konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other exercises are fine. Fix the file and restart CouplesDesk to see it here.</source>
        <translation>Die anderen Übungen sind in Ordnung. Korrigiert die Datei und startet CouplesDesk neu, damit sie hier erscheint.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No exercise matches “{words}” in {category}.</source>
        <translation>Keine Übung in „{category}“ passt zu „{words}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exercise matches “{words}”.</source>
        <translation>Keine Übung passt zu „{words}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exercise matches anything in {category}.</source>
        <translation>In „{category}“ gibt es keine passende Übung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exercise matches anything.</source>
        <translation>Keine Übung passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another word may find it: try what you would like to work on, such as “{first}”, “{second}” or “{third}”. Or clear the search to see them all.</source>
        <translation>Vielleicht findet ein anderes Wort sie: Versucht es mit dem, woran ihr arbeiten möchtet, etwa „{first}“, „{second}“ oder „{third}“. Oder leert die Suche, um alle zu sehen.</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../src/couplesdesk/gui/pickers.py" line="+37"/>
        <source>There is already a file called {name} there. Replace it with this one?</source>
        <translation>Dort gibt es schon eine Datei namens {name}. Soll sie durch diese ersetzt werden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>progress_drawing</name>
    <message>
        <location filename="../src/couplesdesk/gui/progress_drawing.py" line="+92"/>
        <source>3</source>
        <translation>2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You both shared</source>
        <translation>Ihr habt beide etwas geteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break</source>
        <translation>Eine Auszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>progress_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/progress_page.py" line="+163"/>
        <source>{title}, a picture</source>
        <translation>{title}, ein Bild</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Progress</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Your progress could not be read just now. {reason}</source>
        <translation>Euer Rückblick konnte gerade nicht gelesen werden. {reason}</translation>
    </message>
</context>
<context>
    <name>progress_words</name>
    <message>
        <location filename="../src/couplesdesk/gui/progress_words.py" line="+19"/>
        <source>A look back at the time you&apos;ve made for each other, week by week. Every week counts, the quiet ones too.</source>
        <translation>Ein Blick zurück auf die Zeit, die ihr euch füreinander genommen habt, Woche für Woche. Jede Woche zählt, auch die stillen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days you both shared</source>
        <translation>Tage, an denen ihr beide etwas geteilt habt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you both share one thing on a few days, those days will show here, week by week. A sentence or two each is plenty.</source>
        <translation>Wenn ihr beide an ein paar Tagen eine Sache teilt, erscheinen diese Tage hier, Woche für Woche. Ein oder zwei Sätze pro Person genügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share one thing</source>
        <translation>Eine Sache teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you take a pause, it will show here, week by week, with whether you came back by the time you named. The Pause button at the top is there whenever either of you needs it.</source>
        <translation>Wenn ihr eine Pause macht, erscheint sie hier, Woche für Woche, und auch, ob ihr zur genannten Zeit zurückgekommen seid. Der Knopf „Pause“ oben ist da, wann immer jemand von euch ihn braucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you agree on a boundary in the Boundary statement exercise, it will show here, with where it stands.</source>
        <translation>Wenn ihr euch in der Übung „Eine Grenze aussprechen“ auf eine Grenze einigt, erscheint sie hier, mit ihrem Stand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the Boundary statement exercise</source>
        <translation>Die Übung „Eine Grenze aussprechen“ beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a weekly check-in</source>
        <translation>Ein Wochengespräch beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Wochengespräche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>back by the time you named</source>
        <translation>zur genannten Zeit zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back later than that</source>
        <translation>später zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still open in the app</source>
        <translation>in der App noch offen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one</source>
        <translation>eine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eleven</source>
        <translation>elf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twelve</source>
        <translation>zwölf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} weeks</source>
        <translation>{number} Wochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} day</source>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} days</source>
        <translation>{count} Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} pause</source>
        <translation>{count} Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} pauses</source>
        <translation>{count} Pausen</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>{count} needing time</source>
        <translation>{count} braucht noch Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} needing time</source>
        <comment>more than one</comment>
        <translation>{count} brauchen noch Zeit</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>d</source>
        <translation>d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You both shared on {days} in the last {weeks}, and took a break on {break_days}. Nothing is counted during a break.</source>
        <translation>Ihr habt in den letzten {weeks} an {days} beide etwas geteilt und euch an {break_days} eine Auszeit genommen. Während einer Auszeit wird nichts gezählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You both shared on {days} in the last {weeks}.</source>
        <translation>Ihr habt in den letzten {weeks} an {days} beide etwas geteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last {weeks}, you took a break. Nothing is counted during a break.</source>
        <translation>In den letzten {weeks} habt ihr euch eine Auszeit genommen. Während einer Auszeit wird nichts gezählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last {weeks}.</source>
        <translation>In den letzten {weeks}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A calendar from {first} to {last}.</source>
        <translation>Ein Kalender von {first} bis {last}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days you both shared: {days}.</source>
        <translation>Tage, an denen ihr beide etwas geteilt habt: {days}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No day shared by you both in these weeks.</source>
        <translation>In diesen Wochen gab es noch keinen Tag, an dem ihr beide etwas geteilt habt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break you took: {days}.</source>
        <translation>Eine Auszeit, die ihr euch genommen habt: {days}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today is {day}.</source>
        <translation>Heute ist {day}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From your weekly check-ins over the last six months: each of you on your own line, with the numbers you chose to show each other.</source>
        <translation>Aus euren Wochengesprächen der letzten sechs Monate: jede Person auf einer eigenen Linie, mit den Zahlen, die ihr einander zeigen wolltet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{low} is {low_label}, {high} is {high_label}.</source>
        <translation>{low} heißt {low_label}, {high} heißt {high_label}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} on {day}</source>
        <translation>{value} am {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {points}.</source>
        <translation>{name}: {points}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you do the weekly check-in and choose to show your {scale} number, it will show here, week by week, on a line of your own.</source>
        <translation>Wenn ihr das Wochengespräch macht und eure Zahl für „{title}“ zeigen möchtet, erscheint sie hier, Woche für Woche, auf einer eigenen Linie für jede Person.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You took {pauses} in the last {weeks}, and came back by the time you named.</source>
        <translation>Ihr habt in den letzten {weeks} {pauses} gemacht und seid zur genannten Zeit zurückgekommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You took {pauses} in the last {weeks}, and came back each time by the time you named.</source>
        <translation>Ihr habt in den letzten {weeks} {pauses} gemacht und seid jedes Mal zur genannten Zeit zurückgekommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You took {pauses} in the last {weeks}. After {on_time} of them, you came back by the time you named.</source>
        <translation>Ihr habt in den letzten {weeks} {pauses} gemacht. Nach {on_time} davon seid ihr zur genannten Zeit zurückgekommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You took {pauses} in the last {weeks}.</source>
        <translation>Ihr habt in den letzten {weeks} {pauses} gemacht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} {how}</source>
        <translation>{count}-mal {how}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the week of {day}: {pauses}, {kinds}</source>
        <translation>die Woche ab dem {day}: {pauses}, {kinds}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bars for each week from the week of {day}.</source>
        <translation>Balken für jede Woche ab der Woche vom {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pause in the other weeks.</source>
        <translation>In den anderen Wochen gab es keine Pause.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needing time</source>
        <translation>braucht Zeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} {status}</source>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have 1 boundary, {status}.</source>
        <translation>Ihr habt 1 Grenze, Stand: {status}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have {total} boundaries, both {status}.</source>
        <translation>Ihr habt {total} Grenzen; bei beiden ist der Stand: {status}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have {total} boundaries, all {status}.</source>
        <translation>Ihr habt {total} Grenzen; bei allen ist der Stand: {status}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have {total} boundaries: {counts}.</source>
        <translation>Ihr habt {total} Grenzen: {counts}.</translation>
    </message>
</context>
<context>
    <name>search_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/search_page.py" line="+54"/>
        <source>Look back through what the two of you have shared: answers you have both seen, boundaries and agreements. Words either of you kept private are never searched.</source>
        <translation>Schaut zurück auf das, was ihr geteilt habt: Antworten, die ihr beide gesehen habt, Grenzen und Vereinbarungen. Was jemand von euch privat behalten hat, wird nie durchsucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Words from your answers, boundaries and agreements</source>
        <translation>Worte aus euren Antworten, Grenzen und Vereinbarungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search what you have shared</source>
        <translation>Durchsuchen, was ihr geteilt habt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The exercise this comes from</source>
        <translation>Die Übung, aus der das stammt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry on with this exercise</source>
        <translation>Mit dieser Übung weitermachen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An exercise</source>
        <translation>Eine Übung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing found for “{words}”. Try fewer words, or the start of a word.</source>
        <translation>Nichts gefunden für „{words}“. Versucht es mit weniger Wörtern oder dem Anfang eines Wortes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The search could not be done just now. {reason}</source>
        <translation>Die Suche hat gerade nicht geklappt. {reason}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kept on its own, not during an exercise.</source>
        <translation>Für sich festgehalten, nicht während einer Übung.</translation>
    </message>
</context>
</TS>
