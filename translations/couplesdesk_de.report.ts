<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>homework_import</name>
    <message>
        <location filename="../src/couplesdesk/gui/homework_import.py" line="+33"/>
        <source>Open homework</source>
        <translation>Hausaufgaben öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Homework plans ({pattern})</source>
        <translation>Hausaufgabenpläne ({pattern})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is not homework CouplesDesk can open</source>
        <translation>Das sind keine Hausaufgaben, die CouplesDesk öffnen kann</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{name}” could not be read as homework.</source>
        <translation>„{name}“ ließ sich nicht als Hausaufgabe lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” is not written in the plan format, so it may be damaged or not homework at all.</source>
        <translation>„{name}“ ist nicht im Format eines Plans geschrieben. Vielleicht ist die Datei beschädigt oder gar keine Hausaufgabe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” could not be opened as homework: it {reason}.</source>
        <translation>„{name}“ ließ sich nicht als Hausaufgabe öffnen ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it came from your therapist, ask them for a new copy.</source>
        <translation>Kommt die Datei aus eurer Therapie, bittet dort um eine neue Kopie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been added.</source>
        <translation>Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace your homework?</source>
        <translation>Eure Hausaufgaben ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have this plan from {therapist}. Replace it with this version? What you have done for it so far still counts.</source>
        <translation>Diesen Plan von {therapist} habt ihr schon. Wollt ihr ihn durch diese Fassung ersetzen? Was ihr bisher dafür gemacht habt, zählt weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the one we have</source>
        <translation>Unseren behalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+23"/>
        <source>Homework not added</source>
        <translation>Hausaufgaben nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The exercises that come with it could not be saved: {problem}. Nothing has been added.</source>
        <translation>Die Übungen, die dazugehören, ließen sich nicht speichern: {problem}. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It could not be saved: {problem}. Nothing has been added.</source>
        <translation>Das ließ sich nicht speichern: {problem}. Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>homework_preview</name>
    <message>
        <location filename="../src/couplesdesk/gui/homework_preview.py" line="+33"/>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Homework</source>
        <translation>Hausaufgaben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Homework from {therapist}</source>
        <translation>Hausaufgaben von {therapist}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{title}”, {days}</source>
        <translation>„{title}“, {days}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to reach {therapist}: {contact}</source>
        <translation>So erreicht ihr {therapist}: {contact}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What it asks, until {day}</source>
        <translation>Was dazugehört, bis zum {day}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An exercise that comes with it</source>
        <translation>Eine Übung, die dazugehört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises that come with it</source>
        <translation>Übungen, die dazugehören</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>•  {title}, about %n minutes: {summary}</source>
        <translation>•  {title}, etwa %n Minuten: {summary}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>•  {file} cannot be used as it is:</source>
        <translation>•  {file} lässt sich so nicht verwenden:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepting adds it to Today. Nothing is sent anywhere.</source>
        <translation>Wenn ihr annehmt, steht der Plan unter „Heute“. Nichts wird irgendwohin geschickt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What needs fixing in the file</source>
        <translation>Was in der Datei korrigiert werden muss</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This plan cannot be accepted as it is, so nothing has been added. {therapist} can send a corrected file.</source>
        <translation>So kann der Plan nicht angenommen werden, deshalb wurde nichts hinzugefügt. {therapist} kann euch eine korrigierte Datei schicken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
</context>
<context>
    <name>homework_review</name>
    <message>
        <location filename="../src/couplesdesk/gui/homework_review.py" line="+43"/>
        <source>It went well</source>
        <translation>Es lief gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was hard</source>
        <translation>Es war schwer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Answer together, or each on your own: both are fine.</source>
        <translation>Antwortet gemeinsam oder jede Person für sich: Beides ist gut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Each of us, privately</source>
        <translation>Jede Person für sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A line about it, if you like (optional)</source>
        <translation>Ein Satz dazu, wenn du magst (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line about how it went, optional</source>
        <translation>Ein Satz dazu, wie es lief, freiwillig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How did it go? A word for {therapist}, if you like.</source>
        <translation>Wie lief es? Ein Wort für {therapist}, wenn ihr mögt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, what you say here is locked with your own passphrase.</source>
        <translation>{name}, was du hier sagst, wird mit deiner eigenen Passphrase verschlossen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name}&apos;s turn. {other}, please look away for a moment. {name}, what you say here is locked with your own passphrase, like your private answers: type it to go on.</source>
        <translation>{name} ist dran. {other}, bitte schau kurz weg. {name}, was du hier sagst, wird wie deine privaten Antworten mit deiner eigenen Passphrase verschlossen: Gib sie ein, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&apos;s turn. {other}, please look away for a moment.</source>
        <translation>{name} ist dran. {other}, bitte schau kurz weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m {name}, ready</source>
        <translation>Ich bin {name}, bereit</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name}, just for you, locked with your passphrase</source>
        <translation>{name}, nur für dich, mit deiner Passphrase verschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, just for you</source>
        <translation>{name}, nur für dich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, just for you: your partner will not see this, and it stays locked with your passphrase</source>
        <translation>{name}, nur für dich: Dein Gegenüber sieht das nicht, und es bleibt mit deiner Passphrase verschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, just for you: your partner will not see this</source>
        <translation>{name}, nur für dich: Dein Gegenüber sieht das nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That could not be saved: {problem}</source>
        <translation>Das ließ sich nicht speichern: {problem}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Thank you. It is kept for when you review your homework with your therapist.</source>
        <translation>Danke. Es wird aufbewahrt, bis ihr eure Hausaufgaben in der Therapie besprecht.</translation>
    </message>
</context>
<context>
    <name>report/compose</name>
    <message>
        <location filename="../src/couplesdesk/report/compose.py" line="+28"/>
        <source>I&apos;d like to talk about something with you on my own.</source>
        <translation>Ich möchte gern etwas allein mit Ihnen besprechen.</translation>
    </message>
</context>
<context>
    <name>report/gather</name>
    <message>
        <location filename="../src/couplesdesk/report/gather.py" line="+124"/>
        <source>It went well</source>
        <translation>Es lief gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was hard</source>
        <translation>Es war schwer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{how}: {line}</source>
        <translation>{how}: {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
</context>
<context>
    <name>report/reading</name>
    <message>
        <location filename="../src/couplesdesk/report/reading.py" line="+29"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For our session with {therapist}</source>
        <translation>Für unsere Sitzung mit {therapist}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For our session</source>
        <translation>Für unsere Sitzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{couple} · from {first} to {last}</source>
        <translation>{couple} · vom {first} bis zum {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared on {day}; each of them chose what is in it.</source>
        <translation>Erstellt am {day}; was darin steht, hat jede Person selbst ausgewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it has been going</source>
        <translation>Wie es in letzter Zeit lief</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For you alone</source>
        <translation>Nur für Sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {name}</source>
        <translation>Von {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n times a week</source>
        <translation>%n-mal pro Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done once</source>
        <translation>einmal gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done %n times</source>
        <translation>%n-mal gemacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} ({often}): {done}</source>
        <translation>{title} ({often}): {done}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not done once</source>
        <translation>einmal nicht gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not done %n times</source>
        <translation>%n-mal nicht gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} ({often}): {done}, {missed}</source>
        <translation>{title} ({often}): {done}, {missed}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The homework</source>
        <translation>Die Hausaufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} ({first} to {last})</source>
        <translation>{title} ({first} bis {last})</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>What we chose to share</source>
        <translation>Was wir teilen möchten</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nothing from the exercises this time.</source>
        <translation>Diesmal nichts aus den Übungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{asked} · {who}</source>
        <translation>{asked} · {who}</translation>
    </message>
</context>
<context>
    <name>report/sealing</name>
    <message>
        <location filename="../src/couplesdesk/report/sealing.py" line="+70"/>
        <source>The therapist&apos;s key in this plan is not one a report can be sealed to. Ask your therapist for the plan again; nothing was saved.</source>
        <translation>Mit dem Schlüssel in diesem Plan lässt sich kein Bericht versiegeln. Bittet in eurer Therapie noch einmal um den Plan; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file} could not be read ({problem}).</source>
        <translation>{file} ließ sich nicht lesen ({problem}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is not an age identity (it starts with AGE-SECRET-KEY-1), so the report stays closed.</source>
        <translation>Das ist keine age-Identität (sie beginnt mit AGE-SECRET-KEY-1), deshalb bleibt der Bericht verschlossen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} is sealed for a therapist: it opens with their key only.</source>
        <translation>{file} ist für eine Therapeutin oder einen Therapeuten versiegelt und öffnet sich nur mit deren Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} was sealed for a different key, so it does not open with yours. It may be meant for another therapist, or sealed to a key you had before. Nothing in it was read.</source>
        <translation>{file} wurde für einen anderen Schlüssel versiegelt und öffnet sich deshalb nicht mit Ihrem. Vielleicht ist er für jemand anderen bestimmt oder für einen Schlüssel, den Sie früher hatten. Nichts darin wurde gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} has been changed or damaged since it was sealed, so it is not opened: nothing in it can be trusted. Ask the couple to send it again.</source>
        <translation>{file} wurde seit dem Versiegeln verändert oder beschädigt und wird deshalb nicht geöffnet: Auf nichts darin ist Verlass. Bitten Sie das Paar, den Bericht noch einmal zu schicken.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>this is not a CouplesDesk session report.</source>
        <translation>Das ist kein Sitzungsbericht von CouplesDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this report was made by a newer CouplesDesk. Update CouplesDesk to read it.</source>
        <translation>Dieser Bericht stammt aus einer neueren Version von CouplesDesk. Aktualisieren Sie CouplesDesk, um ihn zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not a CouplesDesk session report.</source>
        <translation>{file} ist kein Sitzungsbericht von CouplesDesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this report is incomplete, so it is not shown.</source>
        <translation>Dieser Bericht ist unvollständig und wird deshalb nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>report_parts</name>
    <message>
        <location filename="../src/couplesdesk/gui/report_parts.py" line="+46"/>
        <source>Your homework, as both of you see it on Today</source>
        <translation>Eure Hausaufgaben, so wie ihr beide sie unter „Heute“ seht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written together</source>
        <translation>gemeinsam geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{exercise} · {day} · {who}</source>
        <translation>{exercise} · {day} · {who}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How the homework went: done and not done</source>
        <translation>Wie die Hausaufgaben liefen: gemacht und nicht gemacht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Yours together: it goes in only if both of you tick it.</source>
        <translation>Gehört euch beiden: Es kommt nur hinein, wenn ihr es beide ankreuzt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add the pictures from our Progress page</source>
        <translation>Die Bilder von unserer Seite „Verlauf“ mitschicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the pictures from our Progress page too</source>
        <translation>Auch die Bilder von unserer Seite „Verlauf“ schicken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only how often you did things together: the days you both shared, your pauses, where your boundaries stand. No words and no ratings. Decide together: they go in only if you tick this box.</source>
        <translation>Nur, wie oft ihr etwas gemeinsam gemacht habt: die Tage, an denen ihr beide etwas geteilt habt, eure Pausen und wo eure Grenzen stehen. Keine Worte und keine Bewertungen. Entscheidet gemeinsam: Die Bilder kommen nur hinein, wenn ihr hier ein Häkchen setzt.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>your partner</source>
        <translation>dein Gegenüber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, what would you like {therapist} to see?</source>
        <translation>{name}, was soll {therapist} sehen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick what you&apos;d like to send. Nothing is ticked until you choose, and leaving something out is never shown to anyone. {other} won&apos;t see your choices on this screen.</source>
        <translation>Kreuz an, was du schicken möchtest. Nichts ist angekreuzt, bevor du wählst, und was du weglässt, sieht niemand. {other} sieht deine Auswahl auf diesem Bildschirm nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing of yours from these days could go in. You can still write a note below.</source>
        <translation>Aus diesen Tagen kann nichts von dir hinein. Unten kannst du trotzdem eine Nachricht schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send this to {therapist}: {what}</source>
        <translation>An {therapist} schicken: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Just for {therapist}</source>
        <translation>Nur für {therapist}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only {therapist} reads this: it never shows on the shared screen, and it is not in your own copy.</source>
        <translation>Das liest nur {therapist}: Es erscheint nie auf dem gemeinsamen Bildschirm und steht nicht in eurer eigenen Kopie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A note for {therapist} (if you like)</source>
        <translation>Eine Nachricht für {therapist} (wenn du magst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note for {therapist} alone</source>
        <translation>Eine Nachricht nur für {therapist}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;d like to talk about something with {therapist} on my own.</source>
        <translation>Ich möchte über etwas allein sprechen – nur {therapist} und ich.</translation>
    </message>
</context>
<context>
    <name>report_ready</name>
    <message>
        <location filename="../src/couplesdesk/gui/report_ready.py" line="+29"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save a copy for us (PDF)...</source>
        <translation>Eine Kopie für uns speichern (PDF) …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ready for {therapist}</source>
        <translation>Fertig für {therapist}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you both. Save the report as one file and send it to {therapist} as you usually would: it is sealed, so only {therapist} can open it.</source>
        <translation>Danke euch beiden. Speichert den Bericht als eine Datei und schickt ihn so an {therapist}, wie ihr es sonst auch tut: Er ist versiegelt, nur {therapist} kann ihn öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you both. Save the report as one file, and bring it to your session.</source>
        <translation>Danke euch beiden. Speichert den Bericht als eine Datei und bringt ihn zu eurer Sitzung mit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is not sealed: anyone who gets the file can read it, including what each of you wrote just for {therapist}. Keep it safe, and hand it over in person or in a way you trust.</source>
        <translation>Er ist nicht versiegelt: Wer die Datei bekommt, kann sie lesen, auch was ihr jeweils nur für {therapist} geschrieben habt. Bewahrt sie gut auf und gebt sie persönlich weiter oder auf einem Weg, dem ihr vertraut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the report for {therapist}...</source>
        <translation>Den Bericht für {therapist} speichern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own copy holds what you both chose to send, and nothing either of you wrote just for {therapist}.</source>
        <translation>Eure eigene Kopie enthält, was ihr beide schicken wolltet, und nichts von dem, was eine oder einer von euch nur für {therapist} geschrieben hat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+21"/>
        <source>Not saved. {problem}</source>
        <translation>Nicht gespeichert. {problem}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Saved to {file}. Only {therapist} can open it.</source>
        <translation>Gespeichert unter {file}. Nur {therapist} kann ihn öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {file}.</source>
        <translation>Gespeichert unter {file}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your copy is saved to {file}.</source>
        <translation>Eure Kopie ist gespeichert unter {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong: {problem}</source>
        <translation>Da ist etwas schiefgegangen: {problem}</translation>
    </message>
</context>
<context>
    <name>report_view</name>
    <message>
        <location filename="../src/couplesdesk/gui/report_view.py" line="+33"/>
        <location line="+27"/>
        <source>Open a report to read it here.</source>
        <translation>Öffnen Sie einen Bericht, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The report</source>
        <translation>Der Bericht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} (sealed for you)</source>
        <translation>{file} (für Sie versiegelt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} (not sealed: anyone who had the file could read it)</source>
        <translation>{file} (nicht versiegelt: Wer die Datei hatte, konnte sie lesen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{line} · a flag for you</source>
        <translation>{line} · ein Hinweis für Sie</translation>
    </message>
</context>
<context>
    <name>session_report</name>
    <message>
        <location filename="../src/couplesdesk/gui/session_report.py" line="+72"/>
        <location line="+47"/>
        <location line="+292"/>
        <source>Prepare for our session</source>
        <translation>Unsere Sitzung vorbereiten</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Together, choose the days the report covers. Then each of you, in turn, picks what of your own to send. Nothing goes in unless its author chooses it.</source>
        <translation>Wählt gemeinsam die Tage, um die es im Bericht geht. Dann sucht ihr nacheinander jeweils aus, was ihr von euch selbst schicken möchtet. Nichts kommt hinein, was die Person, die es geschrieben hat, nicht auswählt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Vom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See what could go in</source>
        <translation>Ansehen, was hinein könnte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What could go in</source>
        <translation>Was hinein könnte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>your therapist</source>
        <translation>eure Therapeut:in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For {therapist}: {title}.</source>
        <translation>Für {therapist}: {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no homework plan from a therapist here, so the report is just for you to bring along.</source>
        <translation>Hier gibt es keinen Hausaufgabenplan aus einer Therapie, also ist der Bericht nur zum Mitbringen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This report can&apos;t be sealed: there is no key from {therapist} in your plan. Anyone who gets the file can read it, so hand it over in person or in a way you trust.</source>
        <translation>Dieser Bericht lässt sich nicht versiegeln: In eurem Plan steht kein Schlüssel von {therapist}. Wer die Datei bekommt, kann sie lesen, also gebt sie persönlich weiter oder auf einem Weg, dem ihr vertraut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first day is after the last one: choose the days again.</source>
        <translation>Der erste Tag liegt nach dem letzten: Wählt die Tage bitte noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking through these days...</source>
        <translation>Wir sehen uns diese Tage an …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only what you have both already seen. Nothing here goes to {therapist} yet: next, {first} and then {second} each choose their own, on their own.</source>
        <translation>Nur, was ihr beide schon gesehen habt. Noch geht nichts davon an {therapist}: Als Nächstes wählt erst {first}, dann {second}, jeweils allein, das eigene aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing you have both seen in these days could go in. Each of you can still write a note for {therapist}, on your own.</source>
        <translation>Aus diesen Tagen kann nichts hinein, was ihr beide gesehen habt. Jede Person kann trotzdem allein eine Nachricht für {therapist} schreiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next: {name} chooses</source>
        <translation>Weiter: {name} wählt aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hand the screen to {name}.</source>
        <translation>Bildschirm übergeben an {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What {name} chooses, and anything {name} writes for {therapist}, is for {name} alone. {other}, please look away or step out for a moment.</source>
        <translation>Was {name} auswählt und für {therapist} schreibt, ist nur für {name}. {other}, bitte schau kurz weg oder geh für einen Moment hinaus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&apos;m {name}, show me</source>
        <translation>Ich bin {name}, zeig es mir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s passphrase or PIN</source>
        <translation>Passphrase oder PIN von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s personal passphrase or PIN</source>
        <translation>Persönliche Passphrase oder PIN von {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, please type your passphrase first.</source>
        <translation>{name}, bitte gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: hand over to {name}</source>
        <translation>Fertig: an {name} übergeben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Something went wrong: {problem}</source>
        <translation>Da ist etwas schiefgegangen: {problem}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A report for your therapist, made together: you choose the days, then each of you picks what of your own to send. Nothing goes in unless its author chooses it (Ctrl+R).</source>
        <translation>Ein Bericht für eure Therapie, gemeinsam gemacht: Ihr wählt die Tage, dann sucht jede Person aus, was sie von sich schicken möchte. Nichts kommt hinein, was die Person, die es geschrieben hat, nicht auswählt (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prepare for our session...</source>
        <translation>Unsere Sitzung vorbereiten …</translation>
    </message>
</context>
</TS>
