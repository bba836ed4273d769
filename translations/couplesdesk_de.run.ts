<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core/describe</name>
    <message>
        <location filename="../src/couplesdesk/core/describe.py" line="+12"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>for the two of you</source>
        <translation>für euch beide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on your own</source>
        <translation>für dich allein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partner A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the speaker</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener</source>
        <translation>Person 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {role}</source>
        <translation>Rolle „{role}“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>each of you, in private</source>
        <translation>jede Person für sich, privat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>together</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the agreed time</source>
        <translation>die vereinbarte Zeit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{title} ({who}, kept private, if you like, while it runs)</source>
        <translation>{title} ({who}, bleibt privat, wenn ihr möchtet, während sie läuft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} ({who}, kept private)</source>
        <translation>{title} ({who}, bleibt privat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} ({who}, if you like, while it runs)</source>
        <translation>{title} ({who}, wenn ihr möchtet, während sie läuft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({who})</source>
        <translation>{title} ({who})</translation>
    </message>
</context>
<context>
    <name>core/engine/base</name>
    <message>
        <location filename="../src/couplesdesk/core/engine/base.py" line="+151"/>
        <source>both of you</source>
        <translation>euch beide</translation>
    </message>
</context>
<context>
    <name>core/engine/moving</name>
    <message>
        <location filename="../src/couplesdesk/core/engine/moving.py" line="+80"/>
        <source>This is the first step.</source>
        <translation>Das ist der erste Schritt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back stops here: {name}&apos;s private answers stay private.</source>
        <translation>Zurück geht hier nicht weiter: Die privaten Antworten von {name} bleiben privat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back stops here: {name}&apos;s answers stay sealed until you reveal them together.</source>
        <translation>Zurück geht hier nicht weiter: Die Antworten von {name} bleiben verborgen, bis ihr sie gemeinsam aufdeckt.</translation>
    </message>
</context>
<context>
    <name>core/engine/progress</name>
    <message>
        <location filename="../src/couplesdesk/core/engine/progress.py" line="+37"/>
        <source>Part {part} of {parts} · your turn, {step} of {steps}</source>
        <translation>Teil {part} von {parts} · du bist dran, {step} von {steps}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part {part} of {parts}</source>
        <translation>Teil {part} von {parts}</translation>
    </message>
</context>
<context>
    <name>core/engine/timing</name>
    <message>
        <location filename="../src/couplesdesk/core/engine/timing.py" line="+60"/>
        <source>Choose between {low} and {high} minutes.</source>
        <translation>Wählt zwischen {low} und {high} Minuten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This pause is over; its length can no longer change.</source>
        <translation>Diese Pause ist vorbei; ihre Länge lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} minutes would have ended at {time}; choose a longer pause.</source>
        <translation>{minutes} Minuten wären um {time} zu Ende gewesen; wählt eine längere Pause.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>A pause keeps the time it named: it ends at {time}.</source>
        <translation>Eine Pause hält die Zeit, die sie genannt hat: Sie endet um {time}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This timer runs to its end.</source>
        <translation>Dieser Timer läuft bis zum Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the timer first.</source>
        <translation>Startet zuerst den Timer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the people doing this exercise can end its timer early.</source>
        <translation>Nur wer diese Übung macht, kann ihren Timer früher beenden.</translation>
    </message>
</context>
<context>
    <name>core/model/choosing</name>
    <message>
        <location filename="../src/couplesdesk/core/model/choosing.py" line="+67"/>
        <source>Choose one of the answers.</source>
        <translation>Wähle eine der Antworten.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Prefer not to say</source>
        <translation>Möchte ich nicht sagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value}, between {low} ({min}) and {high} ({max})</source>
        <translation>{value}, zwischen {low} ({min}) und {high} ({max})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a number, or &apos;Prefer not to say&apos;.</source>
        <translation>Wähle eine Zahl oder „Möchte ich nicht sagen“.</translation>
    </message>
</context>
<context>
    <name>core/model/talking</name>
    <message>
        <location filename="../src/couplesdesk/core/model/talking.py" line="+51"/>
        <source>Finish the turns first, or leave for now.</source>
        <translation>Bringt zuerst alle Runden zu Ende.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Both of you need to confirm first.</source>
        <translation>Zuerst müsst ihr beide bestätigen.</translation>
    </message>
</context>
<context>
    <name>core/model/timing</name>
    <message>
        <location filename="../src/couplesdesk/core/model/timing.py" line="+114"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the pause first.</source>
        <translation>Startet zuerst die Pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the timer first.</source>
        <translation>Startet zuerst den Timer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next opens at {time}, or when you&apos;re ready.</source>
        <translation>„Weiter“ geht ab {time}, oder sobald du so weit bist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next opens at {time}, or when you&apos;re both ready.</source>
        <translation>„Weiter“ geht ab {time}, oder sobald ihr beide so weit seid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next opens at {time}.</source>
        <translation>„Weiter“ geht ab {time}.</translation>
    </message>
</context>
<context>
    <name>core/transcript</name>
    <message>
        <location filename="../src/couplesdesk/core/transcript.py" line="+173"/>
        <source>{name} called a pause of {minutes} minutes at {start}, to be back at {back}.</source>
        <translation>{name} hat um {start} eine Pause von {minutes} Minuten ausgerufen, um {back} wieder da zu sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pause of {minutes} minutes at {start}, to be back at {back}.</source>
        <translation>Eine Pause von {minutes} Minuten um {start}, um {back} wieder da zu sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose to take longer.</source>
        <translation>Ihr habt euch entschieden, länger zu brauchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose a time to talk instead.</source>
        <translation>Ihr habt stattdessen eine Zeit zum Reden ausgemacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was taken back before it ran out.</source>
        <translation>Sie wurde zurückgenommen, bevor sie abgelaufen war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You came back together at {time}.</source>
        <translation>Um {time} seid ihr wieder zusammengekommen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A pause</source>
        <translation>Eine Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking turns</source>
        <translation>Abwechselnd reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing places</source>
        <translation>Rollen tauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreeing</source>
        <translation>Sich einigen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The timer was not started.</source>
        <translation>Der Timer wurde nicht gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A timer of {minutes} minutes.</source>
        <translation>Ein Timer von {minutes} Minuten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You took turns: 1 round of {minutes} minutes each.</source>
        <translation>Ihr habt abwechselnd geredet: 1 Runde mit je {minutes} Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You took turns: {count} rounds of {minutes} minutes each.</source>
        <translation>Ihr habt abwechselnd geredet: {count} Runden mit je {minutes} Minuten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You began taking turns ({count} rounds of {minutes} minutes each) and left off part of the way.</source>
        <translation>Ihr habt angefangen, abwechselnd zu reden ({count} Runden mit je {minutes} Minuten), und unterwegs aufgehört.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>You began taking turns (1 round of {minutes} minutes each) and left off part of the way.</source>
        <translation>Ihr habt angefangen, abwechselnd zu reden (1 Runde mit je {minutes} Minuten), und unterwegs aufgehört.</translation>
    </message>
</context>
<context>
    <name>pause_bar</name>
    <message>
        <location filename="../src/couplesdesk/gui/pause_bar.py" line="+32"/>
        <source>Paused until {time}</source>
        <translation>Pause bis {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused until {time}. Go to the pause (Ctrl+P)</source>
        <translation>Pause bis {time}. Zur Pause gehen (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause over: check in</source>
        <translation>Pause vorbei: kommt zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pause ended at {time}. Go to the pause to check in (Ctrl+P)</source>
        <translation>Die Pause ist um {time} zu Ende gegangen. Zur Pause gehen und zusammenkommen (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Call a timed pause (Ctrl+P)</source>
        <translation>Eine Pause mit fester Dauer machen (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call a timed pause: step away and name when you come back (Ctrl+P)</source>
        <translation>Eine Pause machen: kurz Abstand nehmen und sagen, wann ihr zurück seid (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The pause is over</source>
        <translation>Die Pause ist vorbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to come back together and check in with each other.</source>
        <translation>Zeit, wieder zusammenzukommen und einander zu fragen, wie es euch geht.</translation>
    </message>
</context>
<context>
    <name>run_finish</name>
    <message>
        <location line="+10"/>
        <source>Your shared boundary is in your list of boundaries, marked “{status}”:</source>
        <translation>Eure gemeinsame Grenze steht jetzt in eurer Liste der Grenzen, markiert als „{status}“:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s boundary is in your list of boundaries, marked “{status}”:</source>
        <translation>Die Grenze von {name} steht jetzt in eurer Liste der Grenzen, markiert als „{status}“:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your agreement is saved, with today&apos;s date:</source>
        <translation>Eure Vereinbarung ist gespeichert, mit dem heutigen Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will pick up the talk {when}. Today shows it until then.</source>
        <translation>Ihr redet {when} weiter. Bis dahin steht es auf der Seite „Heute“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The end of the exercise, and what it kept</source>
        <translation>Das Ende der Übung und was sie festgehalten hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to Today</source>
        <translation>Zurück zu „Heute“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Thank you for taking the time.</source>
        <translation>Danke, dass du dir die Zeit genommen hast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you both for taking the time.</source>
        <translation>Danke, dass ihr euch beide die Zeit genommen habt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From “{title}” today:</source>
        <translation>Aus „{title}“ heute:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You finished “{title}”</source>
        <translation>Du hast „{title}“ abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You finished “{title}”.</source>
        <translation>Du hast „{title}“ abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You finished “{title}” together.</source>
        <translation>Ihr habt „{title}“ gemeinsam abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>run_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/run_page.py" line="+73"/>
        <source>The current step</source>
        <translation>Der aktuelle Schritt</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Carry on, or start afresh?</source>
        <translation>Weitermachen oder neu anfangen?</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{name}&apos;s turn</source>
        <translation>{name} ist dran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>All done</source>
        <translation>Geschafft</translation>
    </message>
</context>
<context>
    <name>run_parts</name>
    <message>
        <location filename="../src/couplesdesk/gui/run_parts.py" line="+100"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the previous step (Alt+Left)</source>
        <translation>Zurück zum vorigen Schritt (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave for now</source>
        <translation>Später weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the exercise for now; it is kept and can be resumed (Esc)</source>
        <translation>Die Übung für jetzt verlassen; sie bleibt erhalten und ihr könnt später weitermachen (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step (Ctrl+Enter)</source>
        <translation>Nächster Schritt (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>run_progress</name>
    <message>
        <location filename="../src/couplesdesk/gui/run_progress.py" line="+84"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>run_question</name>
    <message>
        <location filename="../src/couplesdesk/gui/run_question.py" line="+20"/>
        <source>Time to hand over</source>
        <translation>Bildschirm übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the screen to {name}.</source>
        <translation>Gebt den Bildschirm an {name} weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This part is for {name} alone. {other}, please look away or step out for a moment.</source>
        <translation>Dieser Teil ist nur für {name}. {other}, schau bitte kurz weg oder geh für einen Moment hinaus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;m {name}, show me</source>
        <translation>Ich bin {name}, zeig es mir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am {name}; show my private step</source>
        <translation>Ich bin {name}; meinen privaten Schritt zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next step is for both of you, with the screen shared.</source>
        <translation>Der nächste Schritt ist für euch beide, am gemeinsamen Bildschirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next step is for {name}, with the screen shared.</source>
        <translation>Der nächste Schritt ist für {name}, am gemeinsamen Bildschirm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Together again</source>
        <translation>Wieder zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come back to the screen together.</source>
        <translation>Kommt wieder gemeinsam an den Bildschirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We&apos;re both here</source>
        <translation>Wir sind beide da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are both here; continue</source>
        <translation>Wir sind beide da; weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is doing this exercise?</source>
        <translation>Wer macht diese Übung?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started it before? Choose your name to carry on where you left off.</source>
        <translation>Schon einmal angefangen? Wähle deinen Namen, um dort weiterzumachen, wo du aufgehört hast.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Carry on where I left off</source>
        <translation>Dort weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start afresh</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Welcome back, {name}.</source>
        <translation>Schön, dass du wieder da bist, {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You left this {when}, part of the way through. It is kept for you alone. Carry on where you left off, or start afresh?</source>
        <translation>Du hast diese Übung {when} unterbrochen. Sie ist nur für dich aufgehoben. Möchtest du dort weitermachen, wo du aufgehört hast, oder neu anfangen?</translation>
    </message>
</context>
<context>
    <name>safety_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/safety_page.py" line="+30"/>
        <source>
# Safety first

CouplesDesk is a place to **practise** talking and listening at home. It is not therapy,
and it is not crisis help. It cannot tell whether a home is safe, and it does not try to.

## Stop at any moment

You can stop any exercise at any point: press **Esc** or choose *Leave for now*. What you
wrote is kept, and you can pick it up later, or never. Calling a **pause** (the button at the
top of the window, or **Ctrl+P**) is always allowed.

## When these exercises are not the right tool

Please do not use couples exercises while there is violence, threats or fear at home, or
while one of you controls the other&apos;s money, phone, friends or whereabouts. Talking things
through together can make things more dangerous when one partner is not safe. Nobody has to
explain why they would rather not do an exercise.

## If you feel afraid or unsafe

- You are not to blame, and you do not have to decide anything today.
- If you are in danger now, call **{emergency_number}**.
- {local_helpline_sentence}
- {helpline_directory} lists verified helplines in many countries. A website you visit stays
  in your browser&apos;s history; a private window, or another device, leaves less behind.
- If you are thinking about harming yourself, contact a crisis line or emergency services now.

## Your privacy

Everything stays on this computer. Nothing is sent anywhere. What one of you writes in
private is never shown to the other unless its author chooses to share it.
</source>
        <translation>
# Sicherheit zuerst

CouplesDesk ist ein Ort, um zu Hause das Reden und Zuhören zu **üben**. Es ist keine Therapie
und keine Krisenhilfe. Es kann nicht erkennen, ob ein Zuhause sicher ist, und versucht es auch nicht.

## Jederzeit aufhören

Ihr könnt jede Übung an jeder Stelle beenden: Drückt **Esc** oder wählt *Später weiter*.
Was ihr geschrieben habt, bleibt erhalten, und ihr könnt später daran weitermachen – oder nie.
Eine **Pause** (der Knopf oben im Fenster oder **Ctrl+P**) ist immer erlaubt.

## Wenn diese Übungen nicht das Richtige sind

Bitte macht keine Paarübungen, solange es bei euch zu Hause Gewalt, Drohungen oder Angst gibt
oder solange eine Person von euch das Geld, das Handy, die Freundschaften oder den Aufenthaltsort
der anderen kontrolliert. Gemeinsam über alles zu reden, kann die Lage gefährlicher machen, wenn
eine Person nicht sicher ist. Niemand muss erklären, warum eine Übung gerade nicht passt.

## Wenn du Angst hast oder dich nicht sicher fühlst

- Du bist nicht schuld, und du musst heute nichts entscheiden.
- Wenn du jetzt in Gefahr bist, ruf **{emergency_number}** an.
- {local_helpline_sentence}
- Unter {helpline_directory} findest du geprüfte Hilfetelefone in vielen Ländern. Eine Website,
  die du besuchst, bleibt im Verlauf deines Browsers; ein privates Fenster oder ein anderes Gerät
  hinterlässt weniger Spuren.
- Wenn du daran denkst, dir etwas anzutun, wende dich jetzt an ein Krisentelefon oder den Notruf.

## Eure Privatsphäre

Alles bleibt auf diesem Computer. Nichts wird irgendwohin geschickt. Was eine Person von euch
privat schreibt, sieht die andere nie, es sei denn, wer es geschrieben hat, entscheidet sich,
es zu teilen.
</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A domestic-violence helpline listens and helps you plan, in confidence: {helpline}.</source>
        <translation>Ein Hilfetelefon gegen häusliche Gewalt hört dir zu und hilft dir, die nächsten Schritte zu planen, vertraulich: {helpline}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk to {helpline}: they listen and help you plan, in confidence. Your doctor or a counsellor can also tell you where to turn.</source>
        <translation>Wende dich an {helpline}: Dort hört man dir zu und hilft dir, die nächsten Schritte zu planen, vertraulich. Auch deine Hausarztpraxis kann dir sagen, wohin du dich wenden kannst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Safety information</source>
        <translation>Informationen zur Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide now (Ctrl+Shift+H)</source>
        <translation>Sofort ausblenden (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this screen now</source>
        <translation>Diesen Bildschirm sofort ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switches at once to a plain, empty notes screen. Ctrl+Shift+H comes back.</source>
        <translation>Wechselt sofort zu einer schlichten, leeren Notizseite. Mit Ctrl+Shift+H kommst du zurück.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Emergency number where you live</source>
        <translation>Notrufnummer dort, wo du wohnst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A helpline where you live, with its number</source>
        <translation>Ein Hilfetelefon dort, wo du wohnst, mit Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the name and number your therapist gave you</source>
        <translation>z. B. Name und Nummer von deiner Therapeutin oder deinem Therapeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the emergency number and helpline</source>
        <translation>Notrufnummer und Hilfetelefon speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpline</source>
        <translation>Hilfetelefon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The help the exercises name. Change it to what applies where you live.</source>
        <translation>Die Hilfe, die die Übungen nennen. Passt sie an das an, was bei euch gilt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not saved. {reason}</source>
        <translation>Nicht gespeichert. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. The exercises name this help from now on.</source>
        <translation>Gespeichert. Die Übungen nennen ab jetzt diese Hilfe.</translation>
    </message>
</context>
<context>
    <name>steps/answers</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/answers.py" line="+39"/>
        <source>{value} of {max}</source>
        <translation>{value} von {max}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value}, on a scale from {min} to {max}</source>
        <translation>{value} auf einer Skala von {min} bis {max}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>leaning towards {end}</source>
        <translation>eher {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>somewhere in between</source>
        <translation>irgendwo dazwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}: {where}</source>
        <translation>{number}: {where}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Answer (long: it scrolls)</source>
        <translation>Antwort (lang: lässt sich scrollen)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(nothing chosen)</source>
        <translation>(nichts gewählt)</translation>
    </message>
</context>
<context>
    <name>steps/choice</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/choice.py" line="+53"/>
        <source>Choose as many as fit.</source>
        <translation>Wähle alles, was passt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{prompt} From {min} {low} to {max} {high}</source>
        <translation>{prompt} Von {min} {low} bis {max} {high}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>Prefer not to say</source>
        <translation>Möchte ich nicht sagen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{value} of {max}</source>
        <translation>{value} von {max}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not said</source>
        <translation>Nicht gesagt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a number</source>
        <translation>Wähle eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No number chosen yet</source>
        <translation>Noch keine Zahl gewählt</translation>
    </message>
</context>
<context>
    <name>steps/extras</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/extras.py" line="+22"/>
        <source>Show what I chose</source>
        <translation>Zeigen, was ich gewählt habe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what I wrote</source>
        <translation>Zeigen, was ich geschrieben habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it private</source>
        <translation>Für mich behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;ll say it myself, in my own words</source>
        <translation>Ich sage es selbst, mit meinen eigenen Worten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Both of you</source>
        <translation>Ihr beide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {answer}</source>
        <translation>{name}: {answer}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(Nothing to show here.)</source>
        <translation>(Hier gibt es nichts zu zeigen.)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only you decide whether your partner sees this. When it is time to share:</source>
        <translation>Nur du entscheidest, ob dein Gegenüber das sieht. Wenn es ans Teilen geht:</translation>
    </message>
</context>
<context>
    <name>steps/limits</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/limits.py" line="+23"/>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer can hold up to {limit} characters, so the rest was not added. Everything before it is kept.</source>
        <translation>In diese Antwort passen bis zu {limit} Zeichen, darum wurde der Rest nicht eingefügt. Alles davor bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>steps/pause_details</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/pause_details.py" line="+50"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All optional. Change any of it while the pause runs.</source>
        <translation>Alles freiwillig. Ihr könnt es ändern, solange die Pause läuft.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who called the pause?</source>
        <translation>Wer hat die Pause gebraucht?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not said</source>
        <translation>Nicht gesagt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who called the pause: {name}</source>
        <translation>Wer die Pause gebraucht hat: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Length of the pause, {low} to {high} minutes</source>
        <translation>Länge der Pause, {low} bis {high} Minuten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The return time is now {time}. Tell each other.</source>
        <translation>Ihr kommt jetzt um {time} wieder zusammen. Sagt es einander.</translation>
    </message>
</context>
<context>
    <name>steps/read</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/read.py" line="+25"/>
        <source>Time to swap. {first}: {first_role}. {second}: {second_role}.</source>
        <translation>Zeit zu tauschen. {first}: {first_role}. {second}: {second_role}.</translation>
    </message>
</context>
<context>
    <name>steps/reveal</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/reveal.py" line="+51"/>
        <source>Both answers, side by side</source>
        <translation>Beide Antworten nebeneinander</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>{name}&apos;s answer</source>
        <translation>Antwort von {name}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>In {name}&apos;s own words, if and when {name} wants.</source>
        <translation>Mit den eigenen Worten von {name}, wenn und sobald {name} möchte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing written)</source>
        <translation>(nichts geschrieben)</translation>
    </message>
</context>
<context>
    <name>steps/schedule</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/schedule.py" line="+42"/>
        <source>dddd d MMMM, HH:mm</source>
        <comment>date and time format</comment>
        <translation>dddd, d. MMMM, HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en_GB</source>
        <comment>the locale for day and month names</comment>
        <translation>de_DE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you will talk, before {when}</source>
        <translation>Wann ihr redet, spätestens {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any time until {when}. It will show on Today, so neither of you has to hold it in mind.</source>
        <translation>Jederzeit bis {when}. Es steht dann auf der Seite „Heute“, so muss niemand von euch daran denken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You will pick this up {when}, in under an hour.</source>
        <translation>Ihr redet {when} weiter, in weniger als einer Stunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will pick this up {when}, in about 1 hour.</source>
        <translation>Ihr redet {when} weiter, in etwa einer Stunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will pick this up {when}, in about {count} hours.</source>
        <translation>Ihr redet {when} weiter, in etwa {count} Stunden.</translation>
    </message>
</context>
<context>
    <name>steps/talk</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/talk.py" line="+37"/>
        <source>Start the turn</source>
        <translation>Redezeit starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the speaker&apos;s timed turn</source>
        <translation>Die Redezeit der sprechenden Person starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Next turn</source>
        <translation>Nächste Redezeit</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>This turn is done; go to the next turn</source>
        <translation>Diese Redezeit ist vorbei; weiter zur nächsten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All turns are done.</source>
        <translation>Alle Runden sind geschafft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank each other. Go on when you are ready.</source>
        <translation>Dankt einander. Macht weiter, wenn ihr so weit seid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Round {round} of {rounds}: {speaker} speaks, {listener} listens</source>
        <translation>Runde {round} von {rounds}: {speaker} spricht, {listener} hört zu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{speaker}: {speak}

{listener}: {listen}</source>
        <translation>{speaker}: {speak}

{listener}: {listen}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time. Finish your sentence.</source>
        <translation>Die Zeit ist um. Sprich deinen Satz zu Ende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is done</source>
        <translation>{name} ist fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{listener}, say back in your own words what you heard {speaker} say: just what you heard, no answers or advice.

{speaker}, tell {listener} whether that is what you meant.</source>
        <translation>{listener}, sag mit deinen eigenen Worten, was du von {speaker} gehört hast: nur, was du gehört hast, keine Antworten und keine Ratschläge.

{speaker}, sag {listener}, ob du das so gemeint hast.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} shares:</source>
        <translation>{name} teilt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What {name} heard, in {name}&apos;s words</source>
        <translation>Was {name} gehört hat, mit den Worten von {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, write or say what you heard: “What I hear you saying is…”</source>
        <translation>{name}, schreib oder sag, was du gehört hast: „Ich höre, dass du …“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: Got it</source>
        <translation>{name}: Genau so</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: Not quite</source>
        <translation>{name}: Nicht ganz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: There is more</source>
        <translation>{name}: Da ist noch mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: That&apos;s all</source>
        <translation>{name}: Das ist alles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is there more?</source>
        <translation>Ist da noch mehr?</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{name} feels heard. Go on when you are ready.</source>
        <translation>{name} fühlt sich gehört. Macht weiter, wenn ihr so weit seid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: “Yes, that&apos;s it.”</source>
        <translation>{name}: „Ja, genau das.“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(Not shown here: it has not been revealed to both of you.)</source>
        <translation>(Hier nicht zu sehen: Es ist noch nicht für euch beide aufgedeckt.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing written yet)</source>
        <translation>(noch nichts geschrieben)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Once you both confirm, it is kept in your list of boundaries, with today&apos;s date.</source>
        <translation>Sobald ihr beide bestätigt, kommt sie in eure Liste der Grenzen, mit dem heutigen Datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once you both confirm, it is saved, with today&apos;s date.</source>
        <translation>Sobald ihr beide bestätigt, wird sie gespeichert, mit dem heutigen Datum.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read it together. When it is true for you, confirm it.</source>
        <translation>Lest es gemeinsam. Wenn es für dich stimmt, bestätige es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming means: it was said, and it was heard. You can come back to it at any time.</source>
        <translation>Bestätigen heißt: Es wurde gesagt, und es wurde gehört. Ihr könnt jederzeit darauf zurückkommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{author} confirms it is their boundary; {other} confirms having heard it. You can come back to it at any time.</source>
        <translation>{author} bestätigt, dass es die eigene Grenze ist; {other} bestätigt, sie gehört zu haben. Ihr könnt jederzeit darauf zurückkommen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I agree</source>
        <translation>Ich stimme zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That&apos;s my boundary</source>
        <translation>Das ist meine Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I heard it</source>
        <translation>Ich habe sie gehört</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: {word}</source>
        <translation>{name}: {word}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has confirmed: {word}</source>
        <translation>{name} hat bestätigt: {word}</translation>
    </message>
</context>
<context>
    <name>steps/text</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/text.py" line="+38"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <translation>Was ich brauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Weil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My move</source>
        <translation>Was ich tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your move</source>
        <translation>Was du dann tust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My next move</source>
        <translation>Was ich darauf tue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {low} to {high} words.</source>
        <translation>Etwa {low} bis {high} Wörter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it short: up to about {count} words.</source>
        <translation>Fass dich kurz: bis zu etwa {count} Wörter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to about {count} words.</source>
        <translation>Bis zu etwa {count} Wörter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try for at least {count} words.</source>
        <translation>Versuch es mit mindestens {count} Wörtern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{word}”: {message}</source>
        <translation>„{word}“: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your answer: {question}</source>
        <translation>Deine Antwort: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write here. It is saved as you type.</source>
        <translation>Schreib hier. Es wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{blank}: {hint}</source>
        <translation>{blank}: {hint}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: {words}</source>
        <translation>Zum Beispiel: {words}</translation>
    </message>
</context>
<context>
    <name>steps/timer</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/timer.py" line="+54"/>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>Atemhilfe: einatmen, während der Kreis wächst, ausatmen, während er schrumpft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Start the pause</source>
        <translation>Pause starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Length, {low} to {high} minutes</source>
        <translation>Länge, {low} bis {high} Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Need more than {minutes} minutes? Then set a time to talk within the next day instead.</source>
        <translation>Braucht ihr mehr als {minutes} Minuten? Dann macht lieber eine Zeit zum Reden innerhalb des nächsten Tages aus.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>More ideas</source>
        <translation>Mehr Ideen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details, if you like</source>
        <translation>Details, wenn ihr mögt</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Back together at {time}</source>
        <translation>Wieder zusammen um {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timer ends at {time}.</source>
        <translation>Der Timer endet um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pause is over. When you&apos;re both back at the screen, press Next.</source>
        <translation>Die Pause ist vorbei. Wenn ihr beide wieder am Bildschirm seid, drückt „Weiter“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You&apos;re ready: the timer has ended.</source>
        <translation>Du bist so weit: Der Timer ist beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You&apos;re both ready: the timer has ended.</source>
        <translation>Ihr seid beide so weit: Der Timer ist beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time is up.</source>
        <translation>Die Zeit ist um.</translation>
    </message>
</context>
<context>
    <name>steps/timer_finish</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/timer_finish.py" line="+51"/>
        <source>Ready before the time is up?</source>
        <translation>Schon so weit, bevor die Zeit um ist?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready before the time is up? When you both are, each of you say so, and the timer ends.</source>
        <translation>Schon so weit, bevor die Zeit um ist? Sobald ihr es beide hier sagt, endet der Timer.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>I&apos;m ready to finish</source>
        <translation>Ich bin so weit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m ready to finish: end the timer now</source>
        <translation>Ich bin so weit: den Timer jetzt beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: I&apos;m ready to finish</source>
        <translation>{name}: Ich bin so weit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is ready to finish; press to take it back</source>
        <translation>{name} ist so weit; drücken, um es zurückzunehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: I&apos;m ready to finish early</source>
        <translation>{name}: Ich bin schon früher so weit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is ready to finish. The timer runs on until you both are.</source>
        <translation>{name} ist so weit. Der Timer läuft weiter, bis ihr beide so weit seid.</translation>
    </message>
</context>
</TS>
