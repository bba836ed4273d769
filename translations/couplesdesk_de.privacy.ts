<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>autostart</name>
    <message>
        <location filename="../src/couplesdesk/autostart.py" line="+73"/>
        <source>a path with a line break cannot be started from a desktop entry</source>
        <translation>ein Pfad mit einem Zeilenumbruch lässt sich nicht über einen Autostart-Eintrag starten</translation>
    </message>
</context>
<context>
    <name>core/reminders</name>
    <message>
        <location filename="../src/couplesdesk/core/reminders.py" line="+202"/>
        <source>Time to share one thing</source>
        <translation>Zeit, eine Sache zu teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few quiet minutes for the two of you, when you&apos;re ready.</source>
        <translation>Ein paar ruhige Minuten für euch beide, wenn ihr so weit seid.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The talk you planned</source>
        <translation>Euer geplantes Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It&apos;s {time}, the time you chose to talk again.</source>
        <translation>Es ist {time} – die Zeit, die ihr gewählt habt, um wieder miteinander zu reden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A little homework is waiting for today, whenever suits you both.</source>
        <translation>Für heute wartet eine kleine Hausaufgabe auf euch, wann immer es euch beiden passt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Homework for today</source>
        <translation>Hausaufgabe für heute</translation>
    </message>
</context>
<context>
    <name>damage_window</name>
    <message>
        <location filename="../src/couplesdesk/gui/damage_window.py" line="+33"/>
        <source>{weekday} {date} at {time}</source>
        <translation>{weekday}, {date}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{exercises}, {answers}, {boundaries}, {agreements}</source>
        <translation>{exercises}, {answers}, {boundaries}, {agreements}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 boundary</source>
        <translation>1 Grenze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 agreement</source>
        <translation>1 Vereinbarung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{count} exercises</source>
        <translation>{count} Übungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} boundaries</source>
        <translation>{count} Grenzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} agreements</source>
        <translation>{count} Vereinbarungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} answers</source>
        <translation>{count} Antworten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your data needs a moment of care</source>
        <translation>Eure Daten brauchen kurz eure Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go back to this backup</source>
        <translation>Zu dieser Sicherung zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save what can still be read</source>
        <translation>Retten, was lesbar ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open CouplesDesk</source>
        <translation>CouplesDesk öffnen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{reason} Nothing has been deleted.</source>
        <translation>{reason} Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup to go back to. CouplesDesk can save what can still be read into a new database (the damaged file is kept, renamed, in the same folder).</source>
        <translation>Es gibt keine Sicherung, zu der ihr zurückkehren könnt. CouplesDesk kann alles, was noch lesbar ist, in eine neue Datenbank retten (die beschädigte Datei bleibt umbenannt im selben Ordner erhalten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your newest good backup is from {when}. It holds {what}. You can go back to it (the damaged file is kept, renamed), or save what can still be read from the damaged one.</source>
        <translation>Eure neueste intakte Sicherung ist vom {when}. Sie enthält {what}. Ihr könnt zu ihr zurückkehren (die beschädigte Datei bleibt umbenannt erhalten) oder retten, was sich aus der beschädigten Datei noch lesen lässt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Going back to the backup...</source>
        <translation>Die Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving what can still be read...</source>
        <translation>Lesbares wird gerettet …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done: your data is back as it was at the backup ({what}).</source>
        <translation>Fertig: Eure Daten sind wieder so wie zum Zeitpunkt der Sicherung ({what}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{exercises} and {answers}</source>
        <translation>{exercises} und {answers}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: {what} were saved into a new database.</source>
        <translation>Fertig: {what} wurden in eine neue Datenbank gerettet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} The damaged file is kept as {file}.</source>
        <translation>{done} Die beschädigte Datei bleibt als {file} erhalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That did not work: {reason}. Your files are as they were; you can try again.</source>
        <translation>Das hat nicht geklappt: {reason}. Eure Dateien sind unverändert; ihr könnt es noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the saved copy did not check out</source>
        <translation>die gerettete Kopie hat die Prüfung nicht bestanden</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../src/couplesdesk/gui/database.py" line="+58"/>
        <source>Something went wrong reading your data ({reason}).</source>
        <translation>Beim Lesen eurer Daten ist etwas schiefgegangen ({reason}).</translation>
    </message>
</context>
<context>
    <name>delete_section</name>
    <message>
        <location filename="../src/couplesdesk/gui/delete_section.py" line="+36"/>
        <source>forget everything</source>
        <translation>alles vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is deleted is gone for good: from this computer and from every backup, and it cannot be brought back. An exercise you left half-way can be deleted on Today; a boundary on the Boundaries page.</source>
        <translation>Was ihr löscht, ist endgültig weg: von diesem Computer und aus jeder Sicherung, und es lässt sich nicht zurückholen. Eine halb fertige Übung könnt ihr auf der Seite „Heute“ löschen, eine Grenze auf der Seite „Grenzen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private data is what one of you wrote or chose in private and never showed the other. Each of you decides about your own, alone at the screen.</source>
        <translation>Private Daten sind das, was jemand von euch für sich geschrieben oder gewählt und dem Gegenüber nie gezeigt hat. Über die eigenen entscheidet ihr jeweils allein am Bildschirm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget everything removes your names, every exercise and answer, every boundary and agreement, every pause, your settings and every backup, and CouplesDesk starts again as on the first day.</source>
        <translation>„Alles vergessen“ entfernt eure Namen, jede Übung und Antwort, jede Grenze und Vereinbarung, jede Pause, eure Einstellungen und jede Sicherung – und CouplesDesk beginnt wieder wie am ersten Tag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise files you added stay, and so does encryption, with the same passphrase.</source>
        <translation>Übungsdateien, die ihr hinzugefügt habt, bleiben, ebenso die Verschlüsselung mit demselben Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise files you added stay.</source>
        <translation>Übungsdateien, die ihr hinzugefügt habt, bleiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CouplesDesk forgets everything it keeps: both your names, every exercise you did or started, every answer (private ones too), every boundary, agreement, pause and planned talk, and your settings.

Every backup, and every copy kept aside in the data folder, is removed now as well. None of it can be brought back.

Then CouplesDesk starts again as on the first day. {stays}</source>
        <translation>CouplesDesk vergisst alles, was es aufbewahrt: eure beiden Namen, jede Übung, die ihr gemacht oder begonnen habt, jede Antwort (auch die privaten), jede Grenze, Vereinbarung, Pause und jedes geplante Gespräch sowie eure Einstellungen.

Auch jede Sicherung und jede beiseitegelegte Kopie im Datenordner wird jetzt entfernt. Nichts davon lässt sich zurückholen.

Danach beginnt CouplesDesk wieder wie am ersten Tag. {stays}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Partner A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forget everything...</source>
        <translation>Alles vergessen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete {name}&apos;s private data...</source>
        <translation>Privates von {name} löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name}&apos;s private data, with {name} alone at the screen</source>
        <translation>Private Daten von {name} löschen, mit {name} allein am Bildschirm</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forget everything?</source>
        <translation>Alles vergessen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget everything</source>
        <translation>Alles vergessen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everything is forgotten. CouplesDesk starts again, as on the first day.</source>
        <translation>Alles ist vergessen. CouplesDesk beginnt neu, wie am ersten Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is forgotten. CouplesDesk starts again, as on the first day. These copies could not be removed; please delete them yourself: {files}</source>
        <translation>Alles ist vergessen. CouplesDesk beginnt neu, wie am ersten Tag. Diese Kopien ließen sich nicht entfernen; bitte löscht sie selbst: {files}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht geklappt: {reason}</translation>
    </message>
</context>
<context>
    <name>deleting</name>
    <message>
        <location filename="../src/couplesdesk/gui/deleting.py" line="+41"/>
        <source>It is gone for both of you, from this computer and from every backup, and cannot be brought back.</source>
        <translation>Es ist dann für euch beide weg, von diesem Computer und aus jeder Sicherung, und lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+48"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>To be sure, type “{phrase}” here:</source>
        <translation>Zur Sicherheit tippt hier „{phrase}“ ein:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type {phrase} to confirm</source>
        <translation>Zum Bestätigen „{phrase}“ eintippen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing was deleted. {reason}</source>
        <translation>Es wurde nichts gelöscht. {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+196"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>That cannot be deleted just now</source>
        <translation>Das lässt sich gerade nicht löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the boundary it kept</source>
        <translation>die darin festgehaltene Grenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agreement it kept</source>
        <translation>die darin getroffene Vereinbarung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the {count} boundaries it kept</source>
        <translation>die {count} darin festgehaltenen Grenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the {count} agreements it kept</source>
        <translation>die {count} darin getroffenen Vereinbarungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the talk you planned</source>
        <translation>das geplante Gespräch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written in it yet.</source>
        <translation>Darin wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything written in it goes.</source>
        <translation>Alles, was darin geschrieben wurde, wird gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything written in it goes: what each of you wrote, private words too.</source>
        <translation>Alles, was darin geschrieben wurde, wird gelöscht: was ihr beide geschrieben habt, auch Privates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{things} goes with it.</source>
        <translation>{things} wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{things} go with it.</source>
        <translation>{things} werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is gone from this computer and from every backup, and cannot be brought back.</source>
        <translation>Es ist dann von diesem Computer und aus jeder Sicherung weg und lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+15"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Stated by both of you.</source>
        <translation>Von euch beiden formuliert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s boundary.</source>
        <translation>Eine Grenze von {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete this boundary?</source>
        <translation>Diese Grenze löschen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you agreed on together.</source>
        <translation>Was ihr gemeinsam vereinbart habt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this agreement?</source>
        <translation>Diese Vereinbarung löschen?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete this boundary...</source>
        <translation>Diese Grenze löschen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected boundary</source>
        <translation>Die ausgewählte Grenze löschen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>your partner</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {name} alone</source>
        <translation>Nur für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the screen to {name}. This is for {name} alone: {other}, please look away or step out for a moment.</source>
        <translation>Bitte übergebt den Bildschirm an {name}. Das hier ist nur für {name}: {other}, schau bitte kurz weg oder geh einen Moment hinaus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m {name}, go on</source>
        <translation>Ich bin {name}, weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your private data is deleted</source>
        <translation>Deine privaten Daten sind gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is gone from this computer and from every backup. You can call {other} back now.</source>
        <translation>Sie sind von diesem Computer und aus jeder Sicherung entfernt. Du kannst {other} jetzt wieder dazuholen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing private to delete, {name}</source>
        <translation>Nichts Privates zu löschen, {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing you wrote on your own is kept here unseen by {other}.</source>
        <translation>Hier ist nichts gespeichert, was du für dich geschrieben hast und {other} nicht gesehen hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything you wrote or chose in private and never showed {other}, in one exercise, goes: from this computer and from every backup, for good.

What you shared together stays, and so does everything of {other}&apos;s.</source>
        <translation>Alles, was du in einer Übung für dich geschrieben oder gewählt und {other} nie gezeigt hast, wird gelöscht: von diesem Computer und aus jeder Sicherung, endgültig.

Was ihr miteinander geteilt habt, bleibt, ebenso alles von {other}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything you wrote or chose in private and never showed {other}, in {count} exercises, goes: from this computer and from every backup, for good.

What you shared together stays, and so does everything of {other}&apos;s.</source>
        <translation>Alles, was du in {count} Übungen für dich geschrieben oder gewählt und {other} nie gezeigt hast, wird gelöscht: von diesem Computer und aus jeder Sicherung, endgültig.

Was ihr miteinander geteilt habt, bleibt, ebenso alles von {other}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}, delete your private data?</source>
        <translation>{name}, deine privaten Daten löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete my private data</source>
        <translation>Meine privaten Daten löschen</translation>
    </message>
</context>
<context>
    <name>encryption_flow</name>
    <message>
        <location filename="../src/couplesdesk/gui/encryption_flow.py" line="+73"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The two passphrases are not the same. Please type it twice, the same way.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Bitte tippt es zweimal gleich ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt with a passphrase</source>
        <translation>Mit einem Passwort verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase you will both remember: a few words work well. CouplesDesk will ask for it each time it opens. Next you will get a recovery key, the only way in if the passphrase is forgotten.</source>
        <translation>Wählt ein Passwort, das ihr euch beide merken könnt – ein paar Wörter eignen sich gut. CouplesDesk fragt bei jedem Öffnen danach. Danach bekommt ihr einen Notfallschlüssel: den einzigen Weg hinein, falls das Passwort vergessen wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>New passphrase</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The same passphrase again</source>
        <translation>Dasselbe Passwort noch einmal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the passphrase</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase you use now (or your recovery key), then the new one twice. Your recovery key stays the same.</source>
        <translation>Tippt das jetzige Passwort (oder euren Notfallschlüssel) ein, dann zweimal das neue. Euer Notfallschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase or recovery key</source>
        <translation>Jetziges Passwort oder Notfallschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same new passphrase again</source>
        <translation>Dasselbe neue Passwort noch einmal</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Turn encryption off</source>
        <translation>Verschlüsselung ausschalten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your words, their history and every backup will be stored unencrypted again, readable by anyone who can open the data folder as you. Type the passphrase to confirm.</source>
        <translation>Eure Texte, ihr Verlauf und jede Sicherung werden dann wieder unverschlüsselt gespeichert – lesbar für alle, die den Datenordner unter eurem Benutzerkonto öffnen können. Tippt zum Bestätigen das Passwort ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase or recovery key</source>
        <translation>Passwort oder Notfallschlüssel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your recovery key</source>
        <translation>Euer Notfallschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption is on. This recovery key opens your data if the passphrase is ever forgotten. It is shown only now: write it down, print it or save it, and keep it away from this computer.</source>
        <translation>Die Verschlüsselung ist an. Dieser Notfallschlüssel öffnet eure Daten, falls das Passwort einmal vergessen wird. Er wird nur jetzt angezeigt: Schreibt ihn auf, druckt ihn aus oder speichert ihn, und bewahrt ihn nicht auf diesem Computer auf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a file...</source>
        <translation>Als Datei speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>Wir haben den Notfallschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the recovery key</source>
        <translation>Notfallschlüssel speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CouplesDesk recovery key.txt</source>
        <translation>CouplesDesk-Notfallschlüssel.txt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CouplesDesk recovery key

{code}

It opens your CouplesDesk data if the passphrase is forgotten.
</source>
        <translation>CouplesDesk-Notfallschlüssel

{code}

Er öffnet eure CouplesDesk-Daten, falls das Passwort vergessen wird.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: {reason}.</source>
        <translation>Nicht gespeichert: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to {path}. Keep that file away from this computer, for example on paper.</source>
        <translation>Gespeichert unter {path}. Bewahrt sie nicht auf diesem Computer auf, sondern zum Beispiel ausgedruckt auf Papier.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht geklappt: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Encrypting your data and every backup. This takes a moment.</source>
        <translation>Eure Daten und jede Sicherung werden verschlüsselt. Das dauert einen Moment.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Turning encryption off for your data and every backup.</source>
        <translation>Die Verschlüsselung wird für eure Daten und jede Sicherung ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passphrase is changed.</source>
        <translation>Das Passwort ist geändert.</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../src/couplesdesk/gui/lock.py" line="+170"/>
        <location line="+7"/>
        <source>CouplesDesk is locked</source>
        <translation>CouplesDesk ist gesperrt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type your passphrase to open it.</source>
        <translation>Tippt euer Passwort ein, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>passphrase_panel</name>
    <message>
        <location filename="../src/couplesdesk/gui/passphrase_panel.py" line="+56"/>
        <source>Passphrase</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase, or your recovery key</source>
        <translation>Passwort oder euer Notfallschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CouplesDesk will then open without the passphrase for anyone signed in to this computer as you. That guards against a lost or stolen computer, not against someone who shares this account.</source>
        <translation>CouplesDesk öffnet sich dann ohne Passwort für alle, die unter eurem Benutzerkonto an diesem Computer angemeldet sind. Das schützt bei einem verlorenen oder gestohlenen Computer, aber nicht vor jemandem, der dieses Konto mitbenutzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+64"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Forgotten it? Type your recovery key instead: the 14 groups of letters and digits you kept when you turned encryption on.</source>
        <translation>Vergessen? Tippt stattdessen euren Notfallschlüssel ein: die 14 Gruppen aus Buchstaben und Ziffern, die ihr beim Einschalten der Verschlüsselung aufbewahrt habt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opening...</source>
        <translation>Wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>personal_ask</name>
    <message>
        <location filename="../src/couplesdesk/gui/personal_ask.py" line="+24"/>
        <source>Forgotten it? It can&apos;t be recovered. Choose Not now; on the Privacy page you can let it go, and what it kept locked stays unreadable for good.</source>
        <translation>Vergessen? Es lässt sich nicht wiederherstellen. Wähle „Nicht jetzt“; auf der Seite „Privatsphäre“ kannst du es verwerfen – was damit verschlossen war, bleibt dann für immer unlesbar.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+133"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name}&apos;s passphrase</source>
        <translation>Das Passwort von {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s passphrase or PIN</source>
        <translation>Passwort oder PIN von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s personal passphrase or PIN</source>
        <translation>Eigenes Passwort oder PIN von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now; nothing of {name}&apos;s is opened</source>
        <translation>Nicht jetzt; nichts von {name} wird geöffnet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening...</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That isn&apos;t {name}&apos;s passphrase either. To keep guessing slow, you can try again in {count} seconds.</source>
        <translation>Das ist auch nicht das Passwort von {name}. Damit niemand schnell raten kann, kannst du es in {count} Sekunden noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That isn&apos;t {name}&apos;s passphrase either. To keep guessing slow, you can try again in a second.</source>
        <translation>Das ist auch nicht das Passwort von {name}. Damit niemand schnell raten kann, kannst du es in einer Sekunde noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can try again now.</source>
        <translation>Du kannst es jetzt noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>personal_gate</name>
    <message>
        <location filename="../src/couplesdesk/gui/personal_gate.py" line="+30"/>
        <source>Forgotten it? It can&apos;t be recovered. Leave for now; on the Privacy page you can let it go, and what it kept locked stays unreadable for good.</source>
        <translation>Vergessen? Es lässt sich nicht wiederherstellen. Verlass die Übung fürs Erste; auf der Seite „Privatsphäre“ kannst du es verwerfen – was damit verschlossen war, bleibt dann für immer unlesbar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+187"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+37"/>
        <source>{name}&apos;s passphrase</source>
        <translation>Das Passwort von {name}</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{name}, please type your passphrase to go on: your answers here are kept locked with it.</source>
        <translation>{name}, bitte tippe dein Passwort ein, um weiterzumachen: Deine Antworten hier sind damit verschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This part is for {name} alone. {name}, please type your passphrase to see it. {other}, please look away for a moment.</source>
        <translation>Dieser Teil ist nur für {name}. {name}, bitte tippe dein Passwort ein, um ihn zu sehen. {other}, schau bitte einen Moment weg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s answers here are kept locked with {name}&apos;s passphrase. {name}, please type it to open them. Once you have both read them, they are shared between you.</source>
        <translation>Die Antworten von {name} sind hier mit dem Passwort von {name} verschlossen. {name}, bitte tippe es ein, um sie zu öffnen. Sobald ihr sie beide gelesen habt, gehören sie euch gemeinsam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the answers</source>
        <translation>Die Antworten öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What comes next depends on answers kept locked with {name}&apos;s passphrase. {name}, please type it to go on. Nothing of yours is shown.</source>
        <translation>Wie es weitergeht, hängt von Antworten ab, die mit dem Passwort von {name} verschlossen sind. {name}, bitte tippe es ein, um weiterzumachen. Von dir wird dabei nichts angezeigt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name}&apos;s passphrase or PIN</source>
        <translation>Passwort oder PIN von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s personal passphrase or PIN</source>
        <translation>Eigenes Passwort oder PIN von {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening...</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That isn&apos;t {name}&apos;s passphrase either. To keep guessing slow, you can try again in {count} seconds.</source>
        <translation>Das ist auch nicht das Passwort von {name}. Damit niemand schnell raten kann, kannst du es in {count} Sekunden noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That isn&apos;t {name}&apos;s passphrase either. To keep guessing slow, you can try again in a second.</source>
        <translation>Das ist auch nicht das Passwort von {name}. Damit niemand schnell raten kann, kannst du es in einer Sekunde noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You can try again now.</source>
        <translation>Du kannst es jetzt noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>personal_section</name>
    <message>
        <location filename="../src/couplesdesk/gui/personal_section.py" line="+21"/>
        <source>Each of you can choose a passphrase, or a PIN of six digits or more, that only you know. CouplesDesk then asks for it before your private steps, and keeps what you write alone locked with it: your partner can&apos;t read it, and nor can anyone who copies the data folder, even with the shared passphrase. What you read together is shared from then on. A few words are far harder to guess than a PIN.

It can&apos;t be recovered. If you forget it, what it kept locked stays unreadable for good.</source>
        <translation>Ihr könnt euch jeweils ein eigenes Passwort wählen, das nur ihr selbst kennt, oder eine PIN mit mindestens sechs Ziffern. CouplesDesk fragt dann vor euren privaten Schritten danach und verschließt damit, was ihr allein schreibt: Die andere Person kann es nicht lesen, und auch niemand, der den Datenordner kopiert, selbst mit dem gemeinsamen Passwort nicht. Was ihr zusammen lest, gehört euch ab dann gemeinsam. Ein paar Wörter sind viel schwerer zu erraten als eine PIN.

Es lässt sich nicht wiederherstellen. Wer es vergisst, kann das, was damit verschlossen war, nie wieder lesen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two are not the same. Please type it twice, the same way.</source>
        <translation>Die beiden stimmen nicht überein. Bitte tippe es zweimal gleich ein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your own passphrases</source>
        <translation>Eure eigenen Passwörter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Set a passphrase...</source>
        <translation>Passwort festlegen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change...</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove...</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgotten it?...</source>
        <translation>Vergessen? …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name}: set. What {name} writes alone is kept locked with it.</source>
        <translation>{name}: eigenes Passwort festgelegt. Was {name} allein schreibt, ist damit verschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: no personal passphrase.</source>
        <translation>{name}: kein eigenes Passwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{action} ({name}&apos;s personal passphrase)</source>
        <translation>{action} (eigenes Passwort von {name})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That is the passphrase you both use to open CouplesDesk. Please choose one only you know.</source>
        <translation>Das ist das Passwort, mit dem ihr beide CouplesDesk öffnet. Bitte wähle eines, das nur du kennst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}, choose a passphrase or a PIN that only you know. {other}, please look away for a moment.

It can&apos;t be recovered: if {name} forgets it, what it keeps locked stays unreadable for good. {name}&apos;s earlier private and sealed answers are locked with it now too; backups made before today still hold them as they were, until those backups are replaced (within six months).</source>
        <translation>{name}, wähle ein Passwort oder eine PIN, die nur du kennst. {other}, schau bitte einen Moment weg.

Es lässt sich nicht wiederherstellen: Wenn {name} es vergisst, bleibt, was damit verschlossen ist, für immer unlesbar. Auch die früheren privaten und versiegelten Antworten von {name} werden jetzt damit verschlossen; Sicherungen von vor heute enthalten sie noch so, wie sie waren, bis diese Sicherungen ersetzt werden (innerhalb von sechs Monaten).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s new passphrase or PIN</source>
        <translation>Neues Passwort oder neue PIN von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>The same again</source>
        <translation>Dasselbe noch einmal</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{name}&apos;s own passphrase</source>
        <translation>Das eigene Passwort von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set it</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}&apos;s passphrase now</source>
        <translation>Jetziges Passwort von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new passphrase or PIN</source>
        <translation>Das neue Passwort oder die neue PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, type the passphrase you use now, then the new one twice. Nothing else changes.</source>
        <translation>{name}, tippe dein jetziges Passwort ein, dann zweimal das neue. Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {name}&apos;s passphrase</source>
        <translation>Passwort von {name} ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s passphrase is changed.</source>
        <translation>Das Passwort von {name} ist geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s private and sealed answers will no longer be locked with it. They stay private: CouplesDesk never shows them to {other}. But anyone who opens the data folder could read them. Type it to confirm.</source>
        <translation>Die privaten und versiegelten Antworten von {name} sind dann nicht mehr damit verschlossen. Sie bleiben privat: CouplesDesk zeigt sie {other} nie. Aber wer den Datenordner öffnet, könnte sie lesen. Tippe es zum Bestätigen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove {name}&apos;s passphrase</source>
        <translation>Passwort von {name} entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s passphrase</source>
        <translation>Das Passwort von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has no personal passphrase now.</source>
        <translation>{name} hat jetzt kein eigenes Passwort mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A forgotten passphrase can&apos;t be recovered, by anyone. If {name} lets it go, what it kept locked stays unreadable for good, for both of you; everything else stays as it is, and {name} can set a new one.</source>
        <translation>Ein vergessenes Passwort kann niemand wiederherstellen. Wenn {name} es verwirft, bleibt, was damit verschlossen war, für immer unlesbar – für euch beide. Alles andere bleibt, wie es ist, und {name} kann ein neues festlegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let {name}&apos;s passphrase go?</source>
        <translation>Das Passwort von {name} verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let it go</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s passphrase is let go. {name} can set a new one.</source>
        <translation>Das Passwort von {name} ist verworfen. {name} kann ein neues festlegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}&apos;s passphrase is set.</source>
        <translation>Das Passwort von {name} ist festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s passphrase is set. 1 earlier answer is locked with it now.</source>
        <translation>Das Passwort von {name} ist festgelegt. 1 frühere Antwort ist jetzt damit verschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s passphrase is set. {count} earlier answers are locked with it now.</source>
        <translation>Das Passwort von {name} ist festgelegt. {count} frühere Antworten sind jetzt damit verschlossen.</translation>
    </message>
</context>
<context>
    <name>privacy_offer</name>
    <message>
        <location filename="../src/couplesdesk/gui/privacy_offer.py" line="+31"/>
        <source>Keep it private</source>
        <translation>Privat halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One more thing, if you like</source>
        <translation>Noch eine Sache, wenn ihr mögt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you write here stays on this computer. Anyone who can open your user account&apos;s files could read it, though. A passphrase you both know encrypts it, and CouplesDesk then asks for it when it opens. You can also do this later, on the Privacy page.</source>
        <translation>Was ihr hier schreibt, bleibt auf diesem Computer. Wer die Dateien eures Benutzerkontos öffnen kann, könnte es allerdings lesen. Ein Passwort, das ihr beide kennt, verschlüsselt es, und CouplesDesk fragt dann beim Öffnen danach. Ihr könnt das auch später auf der Seite „Privatsphäre“ tun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a passphrase...</source>
        <translation>Passwort festlegen …</translation>
    </message>
</context>
<context>
    <name>privacy_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/privacy_page.py" line="+31"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 5 minutes away</source>
        <translation>Nach 5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After 15 minutes away</source>
        <translation>Nach 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an hour away</source>
        <translation>Nach einer Stunde</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt with a passphrase...</source>
        <translation>Mit einem Passwort verschlüsseln …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the passphrase...</source>
        <translation>Passwort ändern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn encryption off...</source>
        <translation>Verschlüsselung ausschalten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember on this computer (open without the passphrase)</source>
        <translation>Auf diesem Computer merken (ohne Passwort öffnen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anyone signed in to this computer as you could then open CouplesDesk. It guards against a lost or stolen computer, not against someone who shares this account.</source>
        <translation>Alle, die unter eurem Benutzerkonto an diesem Computer angemeldet sind, könnten CouplesDesk dann öffnen. Das schützt bei einem verlorenen oder gestohlenen Computer, aber nicht vor jemandem, der dieses Konto mitbenutzt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On. Your answers, their history and every backup are stored encrypted; CouplesDesk asks for the passphrase when it opens.</source>
        <translation>An. Eure Antworten, ihr Verlauf und jede Sicherung werden verschlüsselt gespeichert; CouplesDesk fragt beim Öffnen nach dem Passwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off. Your words are stored as they are in {folder}: anyone who can open that folder as you can read them. A passphrase encrypts the database and every backup.</source>
        <translation>Aus. Eure Texte liegen unverschlüsselt in {folder}: Wer diesen Ordner unter eurem Benutzerkonto öffnen kann, kann sie lesen. Ein Passwort verschlüsselt die Datenbank und jede Sicherung.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock covers the whole window and shows nothing of what you wrote. With encryption on, it opens with your passphrase. It never locks during a pause.</source>
        <translation>Die Sperre verdeckt das ganze Fenster und zeigt nichts von dem, was ihr geschrieben habt. Ist die Verschlüsselung an, öffnet sie sich mit eurem Passwort. Während einer Pause sperrt sie nie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Jetzt sperren (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock by itself</source>
        <translation>Automatisch sperren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock by itself:</source>
        <translation>Automatisch sperren:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved. {reason}</source>
        <translation>Nicht gespeichert. {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quick hide</source>
        <translation>Schnell ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H switches at once to a plain, empty notes screen, for when someone walks in. What is being written in private at that moment is thrown away, and nothing records that you hid the app. Press Ctrl+Shift+H again to come back.</source>
        <translation>Ctrl+Shift+H wechselt sofort zu einer schlichten, leeren Notizseite – für den Fall, dass jemand hereinkommt. Was gerade privat geschrieben wird, wird verworfen, und nirgends wird festgehalten, dass ihr die App ausgeblendet habt. Mit Ctrl+Shift+H kommt ihr zurück.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide now (Ctrl+Shift+H)</source>
        <translation>Jetzt ausblenden (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>reminders_section</name>
    <message>
        <location filename="../src/couplesdesk/gui/reminders_section.py" line="+21"/>
        <source>While CouplesDesk is running, it can remind you with a small notification from your desktop. A reminder never shows anything either of you wrote: only what it is about, and when.</source>
        <translation>Solange CouplesDesk läuft, kann es euch mit einer kleinen Benachrichtigung auf dem Bildschirm erinnern. Eine Erinnerung zeigt nie etwas, das ihr geschrieben habt – nur, worum es geht und wann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is shown in quiet hours. A reminder that falls in them waits until they end, or is let go if its moment has passed by then.</source>
        <translation>In den Ruhezeiten erscheint nichts. Eine Erinnerung, die in sie fällt, wartet, bis sie vorbei sind – oder entfällt, wenn ihr Moment bis dahin vorüber ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CouplesDesk then opens in the background when you sign in to this computer (its icon in the tray), so reminders can come. Closing its window quits it, as always.</source>
        <translation>CouplesDesk startet dann beim Anmelden an diesem Computer im Hintergrund (mit seinem Symbol im Infobereich), damit Erinnerungen kommen können. Wenn ihr das Fenster schließt, wird es wie immer beendet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind us</source>
        <translation>Uns erinnern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start quietly with the computer</source>
        <translation>Leise mit dem Computer starten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share one thing, each day at</source>
        <translation>Eine Sache teilen, jeden Tag um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of the daily share reminder</source>
        <translation>Uhrzeit der täglichen Erinnerung ans Teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A talk you planned, at its time</source>
        <translation>Ein geplantes Gespräch, zur vereinbarten Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homework from your therapist, at</source>
        <translation>Hausaufgaben aus eurer Therapie, um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of the homework reminder</source>
        <translation>Uhrzeit der Hausaufgaben-Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours from</source>
        <translation>Ruhezeiten von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours until</source>
        <translation>Ruhezeiten bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the days you have not both shared yet.</source>
        <translation>An den Tagen, an denen ihr noch nicht beide geteilt habt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the days something is still to do.</source>
        <translation>An den Tagen, an denen noch etwas zu tun ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiet hours, from</source>
        <translation>Ruhezeiten, von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The time for the daily share and homework is in your quiet hours.</source>
        <translation>Die Uhrzeiten fürs tägliche Teilen und für die Hausaufgaben liegen in euren Ruhezeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time for the daily share is in your quiet hours.</source>
        <translation>Die Uhrzeit fürs tägliche Teilen liegt in euren Ruhezeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time for homework is in your quiet hours.</source>
        <translation>Die Uhrzeit für die Hausaufgaben liegt in euren Ruhezeiten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved. {reason}</source>
        <translation>Nicht gespeichert. {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not change how CouplesDesk starts: {reason}</source>
        <translation>Wie CouplesDesk startet, ließ sich nicht ändern: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CouplesDesk will start quietly when you sign in.</source>
        <translation>CouplesDesk startet künftig leise, wenn ihr euch anmeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CouplesDesk will no longer start by itself.</source>
        <translation>CouplesDesk startet nicht mehr von selbst.</translation>
    </message>
</context>
<context>
    <name>storage/couple</name>
    <message>
        <location filename="../src/couplesdesk/storage/couple.py" line="+53"/>
        <source>both partners need a name</source>
        <translation>ihr braucht beide einen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the two names need to be different, so the app can tell you apart</source>
        <translation>die beiden Namen müssen sich unterscheiden, damit die App euch auseinanderhalten kann</translation>
    </message>
</context>
<context>
    <name>storage/encryption</name>
    <message>
        <location filename="../src/couplesdesk/storage/encryption.py" line="+55"/>
        <source>That passphrase does not open this data folder. Check Caps Lock and the keyboard layout, and try again, or use the recovery key.</source>
        <translation>Dieses Passwort öffnet den Datenordner nicht. Prüft die Feststelltaste und die Tastaturbelegung und versucht es noch einmal – oder nehmt den Notfallschlüssel.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The key file {path} cannot be read ({reason}). The recovery key still opens your data.</source>
        <translation>Die Schlüsseldatei {path} lässt sich nicht lesen ({reason}). Mit dem Notfallschlüssel lassen sich eure Daten trotzdem öffnen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A passphrase needs at least {count} characters. A few words you will remember work well.</source>
        <translation>Ein Passwort braucht mindestens {count} Zeichen. Ein paar Wörter, die ihr euch merken könnt, eignen sich gut.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This data folder is encrypted already.</source>
        <translation>Dieser Datenordner ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This data folder is not encrypted.</source>
        <translation>Dieser Datenordner ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The converted copy of {file} did not match; nothing was changed.</source>
        <translation>Die umgewandelte Kopie von {file} stimmte nicht überein; es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>storage/errors</name>
    <message>
        <location filename="../src/couplesdesk/storage/errors.py" line="+81"/>
        <source>The CouplesDesk database is in use by another program ({path}). Close any other CouplesDesk window, or a sync tool holding the file, and try again.</source>
        <translation>Die CouplesDesk-Datenbank wird gerade von einem anderen Programm benutzt ({path}). Schließt jedes andere CouplesDesk-Fenster oder ein Synchronisierungsprogramm, das die Datei festhält, und versucht es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so CouplesDesk cannot save. Free some space; what you typed is still on screen and will be saved once there is room.</source>
        <translation>Die Festplatte ist voll, deshalb kann CouplesDesk nicht speichern. Macht etwas Platz frei; was ihr getippt habt, steht noch auf dem Bildschirm und wird gespeichert, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CouplesDesk could not read or write {path} (a disk error). Check the disk or the folder it is on; what you typed is still on screen and will be saved once the disk answers again.</source>
        <translation>CouplesDesk konnte {path} nicht lesen oder schreiben (ein Festplattenfehler). Prüft die Festplatte oder den Ordner darauf; was ihr getippt habt, steht noch auf dem Bildschirm und wird gespeichert, sobald die Festplatte wieder antwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CouplesDesk database at {path} is damaged and cannot be opened. Your copies made before each upgrade are in the &apos;backups&apos; folder next to it. Move the damaged file aside and start CouplesDesk again to begin fresh, or restore a backup.</source>
        <translation>Die CouplesDesk-Datenbank unter {path} ist beschädigt und lässt sich nicht öffnen. Die Kopien, die vor jedem Update gemacht wurden, liegen daneben im Ordner „backups“. Legt die beschädigte Datei beiseite und startet CouplesDesk neu, um frisch anzufangen, oder stellt eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CouplesDesk cannot write to {path}. Check that the folder exists and that you may write to it.</source>
        <translation>CouplesDesk kann nicht in {path} schreiben. Prüft, ob der Ordner existiert und ob ihr darin schreiben dürft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database could not be used ({reason}).</source>
        <translation>Die Datenbank ließ sich nicht verwenden ({reason}).</translation>
    </message>
</context>
<context>
    <name>storage/personal</name>
    <message>
        <location filename="../src/couplesdesk/storage/personal.py" line="+63"/>
        <source>That isn&apos;t {name}&apos;s passphrase. Nothing was shown. Check Caps Lock, and try again.</source>
        <translation>Das ist nicht das Passwort von {name}. Es wurde nichts angezeigt. Prüfe die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Several tries in a row did not match, so this slows down a little: you can try again in a second.</source>
        <translation>Mehrere Versuche hintereinander haben nicht gepasst, deshalb geht es jetzt etwas langsamer: Du kannst es in einer Sekunde noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}&apos;s answers are kept locked with {name}&apos;s passphrase, and it is not open now, so this was not saved. {name}, please type your passphrase first.</source>
        <translation>Die Antworten von {name} sind mit dem Passwort von {name} verschlossen, und es ist gerade nicht geöffnet – deshalb wurde das nicht gespeichert. {name}, bitte tippe zuerst dein Passwort ein.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Several tries in a row did not match, so this slows down a little: you can try again in {count} seconds.</source>
        <translation>Mehrere Versuche hintereinander haben nicht gepasst, deshalb geht es jetzt etwas langsamer: Du kannst es in {count} Sekunden noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A PIN needs at least {count} digits.</source>
        <translation>Eine PIN braucht mindestens {count} Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A passphrase needs at least {characters} characters (or use a PIN of {digits} digits or more).</source>
        <translation>Ein Passwort braucht mindestens {characters} Zeichen (oder nimm eine PIN mit mindestens {digits} Ziffern).</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>{name} has a personal passphrase already.</source>
        <translation>{name} hat bereits ein eigenes Passwort.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Set up both partners&apos; names first.</source>
        <translation>Tragt bitte zuerst eure beiden Namen ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has no personal passphrase.</source>
        <translation>{name} hat kein eigenes Passwort.</translation>
    </message>
</context>
<context>
    <name>storage/store</name>
    <message>
        <location filename="../src/couplesdesk/storage/store.py" line="+144"/>
        <source>CouplesDesk cannot open {path}: {reason}.</source>
        <translation>CouplesDesk kann {path} nicht öffnen: {reason}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The database at {path} is not encrypted, though this folder&apos;s key file says it should be. Nothing has been changed.</source>
        <translation>Die Datenbank unter {path} ist nicht verschlüsselt, obwohl die Schlüsseldatei dieses Ordners es vorsieht. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The CouplesDesk database at {path} is missing. Nothing has been changed; your backups are in {folder}.</source>
        <translation>Die CouplesDesk-Datenbank unter {path} fehlt. Es wurde nichts verändert; eure Sicherungen liegen in {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CouplesDesk database at {path} is empty (0 bytes). Nothing has been changed; your backups are in {folder}.</source>
        <translation>Die CouplesDesk-Datenbank unter {path} ist leer (0 Byte). Es wurde nichts verändert; eure Sicherungen liegen in {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CouplesDesk database at {path} is not a database any more (its first bytes are wrong). Nothing has been changed; your backups are in {folder}.</source>
        <translation>Die CouplesDesk-Datenbank unter {path} ist keine Datenbank mehr (ihr Anfang stimmt nicht). Es wurde nichts verändert; eure Sicherungen liegen in {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CouplesDesk database at {path} {problem}. Nothing has been changed; your backups are in {folder}.</source>
        <translation>Mit der CouplesDesk-Datenbank unter {path} stimmt etwas nicht ({problem}). Es wurde nichts verändert; eure Sicherungen liegen in {folder}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The CouplesDesk database at {path} is damaged ({problem}). Nothing more will be written to it.</source>
        <translation>Die CouplesDesk-Datenbank unter {path} ist beschädigt ({problem}). Es wird nichts mehr hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This database ({path}) was written by a newer version of CouplesDesk. Install the newer version to open it; the file has not been changed.</source>
        <translation>Diese Datenbank ({path}) wurde von einer neueren Version von CouplesDesk geschrieben. Installiert die neuere Version, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>unlock_window</name>
    <message>
        <location filename="../src/couplesdesk/gui/unlock_window.py" line="+31"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your CouplesDesk data is encrypted. Type your passphrase to open it.</source>
        <translation>Eure CouplesDesk-Daten sind verschlüsselt. Tippt euer Passwort ein, um sie zu öffnen.</translation>
    </message>
</context>
</TS>
