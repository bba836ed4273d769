<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app</name>
    <message>
        <location filename="../src/couplesdesk/gui/app.py" line="+93" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CouplesDesk hit an unexpected problem. Everything you wrote up to a moment ago is saved.

The details are in the log file:
{path}</source>
        <translation>CouplesDesk ist auf ein unerwartetes Problem gestoßen. Alles, was ihr bis eben geschrieben habt, ist gespeichert.

Die Einzelheiten stehen in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <location line="+93" />
        <source>CouplesDesk cannot use its data folder {folder}: {reason}.</source>
        <translation>CouplesDesk kann seinen Datenordner {folder} nicht verwenden: {reason}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CouplesDesk cannot open your data</source>
        <translation>CouplesDesk kann eure Daten nicht öffnen</translation>
    </message>
</context>
<context>
    <name>both_confirm</name>
    <message>
        <location filename="../src/couplesdesk/gui/both_confirm.py" line="+28" />
        <source>Talked through?</source>
        <translation>Besprochen?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mark this boundary as talked through only once the two of you have talked it through together. Each of you, press your own button.</source>
        <translation>Markiert diese Grenze erst dann als besprochen, wenn ihr beide sie zusammen besprochen habt. Drückt dafür jeweils euren eigenen Knopf.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{name}: yes, we talked it through</source>
        <translation>{name}: Ja, wir haben sie besprochen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{name} said yes</source>
        <translation>{name} hat Ja gesagt</translation>
    </message>
</context>
<context>
    <name>core/clock</name>
    <message>
        <location filename="../src/couplesdesk/core/clock.py" line="+67" />
        <source>{weekday} {time}</source>
        <translation>{weekday}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{day}, {time}</source>
        <translation>{day}, {time} Uhr</translation>
    </message>
</context>
<context>
    <name>core/describe</name>
    <message>
        <location line="+12" />
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calming</source>
        <translation>Zur Ruhe kommen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check in</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Listening</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reflection</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repair</source>
        <translation>Wieder zueinander finden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Understanding</source>
        <translation>Verstehen</translation>
    </message>
    </context>
<context>
    <name>core/homework/words</name>
    <message>
        <location filename="../src/couplesdesk/core/homework/words.py" line="+24" />
        <location line="+2" />
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>twice a week</source>
        <translation>zweimal pro Woche</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n times a week</source>
        <translation><numerusform>%n-mal pro Woche</numerusform><numerusform>%n-mal pro Woche</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{title}: on {day}</source>
        <translation>{title}: am {day}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{title}: once, any day {span}</source>
        <translation>{title}: einmal, an einem Tag eurer Wahl, {span}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{title}: {often}, {span}</source>
        <translation>{title}: {often}, {span}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>From {therapist}, until {day}</source>
        <translation>Von {therapist}, bis zum {day}</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../src/couplesdesk/core/i18n.py" line="+61" />
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dddd</source>
        <translation>dddd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+77" />
        <source>MMMM</source>
        <translation>MMMM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>d</source>
        <translation>d.</translation>
    </message>
</context>
<context>
    <name>delete_section</name>
    <message>
        <location line="+9" />
        <source>The therapist's key kept here goes too: reports sealed to it can then be opened only with a backup of the key, if one was kept.</source>
        <translation>Auch der hier gespeicherte Schlüssel der Therapeutin oder des Therapeuten wird gelöscht: Berichte, die damit verschlossen sind, lassen sich dann nur noch mit einer Sicherung des Schlüssels öffnen, falls es eine gibt.</translation>
    </message>
    </context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../src/couplesdesk/gui/first_run.py" line="+33" />
        <source>Terracotta</source>
        <translation>Terrakotta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sage</source>
        <translation>Salbei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lake blue</source>
        <translation>Seeblau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Plum</source>
        <translation>Pflaume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ochre</source>
        <translation>Ocker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rose</source>
        <translation>Altrosa</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A name cannot hold {character}, which changes how the words around it read; please type the name again.</source>
        <translation>Ein Name darf kein {character} enthalten, weil das verändert, wie die Wörter drumherum gelesen werden. Bitte gib den Namen noch einmal ein.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Both partners need a name.</source>
        <translation>Ihr braucht beide einen Namen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two names need to be different, so the app can tell you apart.</source>
        <translation>Die beiden Namen müssen sich unterscheiden, damit die App euch auseinanderhalten kann.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>First partner's name</source>
        <translation>Name der ersten Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Alex</source>
        <translation>z. B. Alex</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Second partner's name</source>
        <translation>Name der zweiten Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Sam</source>
        <translation>z. B. Sam</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First partner's colour</source>
        <translation>Farbe der ersten Person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Second partner's colour</source>
        <translation>Farbe der zweiten Person</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One of you</source>
        <translation>Die eine Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The other</source>
        <translation>Die andere Person</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Welcome to CouplesDesk</source>
        <translation>Willkommen bei CouplesDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A quiet place for two partners to practise talking and listening, one small exercise at a time; and for the therapists who give them homework. Who is here?</source>
        <translation>Ein ruhiger Ort für zwei, um Reden und Zuhören zu üben, eine kleine Übung nach der anderen – und für Therapeutinnen und Therapeuten, die ihnen Hausaufgaben mitgeben. Wer ist hier?</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+70" />
        <source>Save your names and continue</source>
        <translation>Eure Namen speichern und weiter</translation>
    </message>
    <message>
        <location line="-60" />
        <source>We are a couple</source>
        <translation>Wir sind ein Paar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I am a therapist</source>
        <translation>Ich arbeite therapeutisch</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Sit together at this computer. First, tell us your names, and pick a colour each: the app uses it whenever it says whose turn it is.</source>
        <translation>Setzt euch zusammen an diesen Computer. Sagt uns zuerst eure Namen und sucht euch jeweils eine Farbe aus: Die App zeigt sie immer dann, wenn sie sagt, wer an der Reihe ist.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>In therapist mode you can read every exercise and build homework plans for the couples you see. Couples' exercises are never run here.

First, CouplesDesk makes you a key, locked with a passphrase you choose, so that what couples send back to you stays for your eyes only. You can switch to couple mode in the settings at any time.</source>
        <translation>Im Therapiemodus kannst du jede Übung lesen und Hausaufgabenpläne für die Paare zusammenstellen, mit denen du arbeitest. Übungen von Paaren laufen hier nie.

Zuerst erstellt CouplesDesk dir einen Schlüssel, gesichert mit einer Passphrase deiner Wahl, damit das, was Paare dir zurückschicken, nur für deine Augen bestimmt bleibt. In den Einstellungen kannst du jederzeit in den Paarmodus wechseln.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Continue in therapist mode</source>
        <translation>Im Therapiemodus weiter</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Safety information</source>
        <translation>Hinweise zu eurer Sicherheit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>We have read this</source>
        <translation>Wir haben das gelesen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>We have read the safety information; open CouplesDesk</source>
        <translation>Wir haben die Hinweise zur Sicherheit gelesen; CouplesDesk öffnen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to your names and colours</source>
        <translation>Zurück zu euren Namen und Farben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You can read this again at any time on the Safety page.</source>
        <translation>Ihr könnt das jederzeit auf der Sicherheitsseite noch einmal lesen.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Your names and colours</source>
        <translation>Eure Namen und Farben</translation>
    </message>
</context>
<context>
    <name>history_page</name>
    <message>
        <location line="+1" />
        <source>Prepare for our session...</source>
        <translation>Unsere Sitzung vorbereiten …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A report for your therapist, made together (Ctrl+R)</source>
        <translation>Ein Bericht für eure Therapie, gemeinsam gemacht (Ctrl+R)</translation>
    </message>
    </context>
<context>
    <name>homework_card</name>
    <message>
        <location filename="../src/couplesdesk/gui/homework_card.py" line="+24" />
        <source>If some days slipped by, that is all right: any day is a good day to pick it up again.</source>
        <translation>Wenn ein paar Tage durchgerutscht sind, ist das in Ordnung: Jeder Tag ist ein guter Tag, um wieder einzusteigen.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Seeing your therapist soon? Choose together what to bring.</source>
        <translation>Steht bald eine Sitzung an? Sucht gemeinsam aus, was ihr mitbringen möchtet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prepare for our session...</source>
        <translation>Unsere Sitzung vorbereiten …</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Homework</source>
        <translation>Hausaufgaben</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove this plan...</source>
        <translation>Diesen Plan entfernen …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the homework plan from {therapist}...</source>
        <translation>Den Aufgabenplan von {therapist} entfernen …</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Do it again: {title}</source>
        <translation>Noch einmal: {title}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start: {title}</source>
        <translation>Beginnen: {title}</translation>
    </message>
</context>
<context>
    <name>language_section</name>
    <message>
        <location filename="../src/couplesdesk/gui/language_section.py" line="+45" />
        <location line="+9" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-14" />
        <source>The language CouplesDesk speaks, in its own words and in the exercises. The computer's language, unless you choose one here.</source>
        <translation>Die Sprache, in der CouplesDesk mit euch spricht – in der App und in den Übungen. Wenn ihr hier nichts wählt, die Sprache des Computers.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The computer's language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Saved. CouplesDesk was started in one language for this time; the one you chose applies when it next starts.</source>
        <translation>Gespeichert. CouplesDesk wurde diesmal in einer festen Sprache gestartet; eure Wahl gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Not saved. {reason}</source>
        <translation>Nicht gespeichert. {reason}</translation>
    </message>
</context>
<context>
    <name>looks_section</name>
    <message>
        <location filename="../src/couplesdesk/gui/looks_section.py" line="+25" />
        <source>As the computer is set</source>
        <translation>Wie am Computer eingestellt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>100% (the usual size)</source>
        <translation>100 % (die übliche Größe)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+14" />
        <source>How it looks</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Dark is gentler on the eyes late in the evening. Larger text makes everything bigger, the words of the exercises too; Ctrl and + or - change it from anywhere, Ctrl and 0 sets it back.</source>
        <translation>Dunkel schont die Augen spät am Abend. Größere Schrift macht alles größer, auch die Texte der Übungen; Ctrl und + oder - ändern sie von überall, Ctrl und 0 stellt sie zurück.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../src/couplesdesk/gui/main_window.py" line="+119" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+51" />
        <source>Names and colours</source>
        <translation>Namen und Farben</translation>
    </message>
    <message>
        <location line="-49" />
        <source>Change your names and colours (Ctrl+,)</source>
        <translation>Eure Namen und Farben ändern (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+44" />
        <source>Open homework...</source>
        <translation>Aufgaben öffnen …</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Open your therapist's homework (Ctrl+O)</source>
        <translation>Hausaufgaben aus eurer Therapie öffnen (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Call a pause</source>
        <translation>Um eine Pause bitten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prepare for our session</source>
        <translation>Unsere Sitzung vorbereiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quick hide</source>
        <translation>Schnell ausblenden</translation>
    </message>
</context>
<context>
    <name>mode</name>
    <message>
        <location filename="../src/couplesdesk/gui/mode.py" line="+37" />
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht geklappt: {reason}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>For therapists</source>
        <translation>Für Therapeutinnen und Therapeuten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Therapist mode is for giving couples homework: the exercise library and a plan builder. Everything the two of you wrote stays here, untouched.</source>
        <translation>Der Therapiemodus ist dafür da, Paaren Hausaufgaben mitzugeben: die Übungssammlung und ein Planer. Alles, was ihr beide geschrieben habt, bleibt hier, unberührt.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Switch to therapist mode</source>
        <translation>In den Therapiemodus wechseln</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Couple mode</source>
        <translation>Paarmodus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Couple mode is for two partners doing the exercises together. Your key and your plans stay here, untouched, for when you switch back.</source>
        <translation>Der Paarmodus ist für zwei, die die Übungen gemeinsam machen. Dein Schlüssel und deine Pläne bleiben hier, unberührt, bis du zurückwechselst.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Switch to couple mode</source>
        <translation>In den Paarmodus wechseln</translation>
    </message>
</context>
<context>
    <name>text_size</name>
    <message>
        <location filename="../src/couplesdesk/gui/text_size.py" line="+69" />
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Usual text size</source>
        <translation>Übliche Schriftgröße</translation>
    </message>
</context>
<context>
    <name>therapist_key_page</name>
    <message>
        <location line="+12" />
        <source>When you step away</source>
        <translation>Wenn Sie den Platz verlassen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When no one has used this window for a while, it locks by itself: the reports you opened leave the screen, and open again only with your passphrase. Ctrl+L locks it at once.</source>
        <translation>Wird dieses Fenster eine Weile nicht benutzt, sperrt es sich von selbst: Die geöffneten Berichte verschwinden vom Bildschirm und öffnen sich erst wieder mit Ihrer Passphrase. Ctrl+L sperrt es sofort.</translation>
    </message>
    </context>
<context>
    <name>today_cards</name>
    <message>
        <location filename="../src/couplesdesk/gui/today_cards.py" line="+19" />
        <source>Illness, travel, a hard week: a break stops all counting and reminders on Today. Nothing you shared is lost, and you can come back whenever you like.</source>
        <translation>Krankheit, eine Reise, eine schwere Woche: Eine Auszeit hält alles Zählen und alle Erinnerungen auf „Heute“ an. Nichts, was ihr geteilt habt, geht verloren, und ihr könnt zurückkommen, wann immer ihr mögt.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Your talk</source>
        <translation>Euer Gespräch</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You chose this time to pick up your talk after a pause. Come back to it gently, when you're both there.</source>
        <translation>Diese Zeit habt ihr gewählt, um euer Gespräch nach einer Pause wieder aufzunehmen. Kommt behutsam darauf zurück, wenn ihr beide da seid.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Your talk: {when}</source>
        <translation>Euer Gespräch: {when}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Your rhythm: about</source>
        <translation>Euer Rhythmus: etwa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How many days a week you hope to share on</source>
        <translation>An wie vielen Tagen pro Woche ihr gern etwas teilen möchtet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+25" />
        <source>We're taking a break</source>
        <translation>Auszeit nehmen</translation>
    </message>
    <message>
        <location line="-3" />
        <source>We're back</source>
        <translation>Wir sind zurück</translation>
    </message>
    <message>
        <location line="+1" />
        <source>We're back: end the break</source>
        <translation>Wir sind zurück: Auszeit beenden</translation>
    </message>
    <message>
        <location line="+4" />
        <source>We're taking a break: stop counting and reminders</source>
        <translation>Wir nehmen uns eine Auszeit: Zählen und Erinnerungen anhalten</translation>
    </message>
</context>
<context>
    <name>today_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/today_page.py" line="+78" />
        <source>Partner A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partner B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <location line="+80" />
        <location line="+2" />
        <source>Go to the pause</source>
        <translation>Zur Pause</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sharing today</source>
        <translation>Heute teilen</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+204" />
        <source>Share one thing</source>
        <translation>Eine Sache teilen</translation>
    </message>
    <message>
        <location line="-192" />
        <source>Pick up where you left off</source>
        <translation>Da weitermachen, wo ihr aufgehört habt</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Your latest boundaries</source>
        <translation>Eure neuesten Grenzen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No boundaries yet. When one of you states a boundary in the Boundary statement exercise, it is kept here, so you can come back to it.</source>
        <translation>Noch keine Grenzen. Wenn jemand von euch in der Übung „Eine Grenze aussprechen“ eine Grenze benennt, wird sie hier aufbewahrt, damit ihr darauf zurückkommen könnt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All boundaries</source>
        <translation>Alle Grenzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show all boundaries</source>
        <translation>Alle Grenzen zeigen</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Today's overview could not be read just now. {reason}</source>
        <translation>Die Übersicht für heute konnte gerade nicht gelesen werden. {reason}</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Carry on sharing</source>
        <translation>Weiter teilen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Carry on with today's Share one thing, where you left off</source>
        <translation>Mit dem heutigen „Eine Sache teilen“ da weitermachen, wo ihr aufgehört habt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start Share one thing</source>
        <translation>„Eine Sache teilen“ beginnen</translation>
    </message>
    <message>
        <location line="+87" />
        <source>That change could not be saved just now. {reason}</source>
        <translation>Diese Änderung konnte gerade nicht gespeichert werden. {reason}</translation>
    </message>
</context>
<context>
    <name>today_rows</name>
    <message>
        <location filename="../src/couplesdesk/gui/today_rows.py" line="+72" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete...</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Left off {when}</source>
        <translation>Zuletzt {when}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resume {title}, left off {when}</source>
        <translation>{title} fortsetzen, zuletzt {when}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete {title}...</source>
        <translation>{title} löschen …</translation>
    </message>
</context>
<context>
    <name>today_words</name>
    <message>
        <location filename="../src/couplesdesk/gui/today_words.py" line="+16" />
        <source>{greeting}, {a} and {b}</source>
        <translation>{greeting}, {a} und {b}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{weekday}, {day}</source>
        <translation>{weekday}, {day}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name} called this pause. Take the time you need; you will check in with each other then.</source>
        <translation>{name} hat um diese Pause gebeten. Nehmt euch die Zeit, die ihr braucht; danach sprecht ihr kurz miteinander, wie es euch geht.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You are taking a pause. Take the time you need; you will check in with each other then.</source>
        <translation>Ihr macht gerade eine Pause. Nehmt euch die Zeit, die ihr braucht; danach sprecht ihr kurz miteinander, wie es euch geht.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paused until {time}</source>
        <translation>Pause bis {time} Uhr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to the pause (until {time})</source>
        <translation>Zur Pause (bis {time} Uhr)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} called it. When you are both ready, come back together and check in.</source>
        <translation>{name} hatte darum gebeten. Wenn ihr beide so weit seid, kommt wieder zusammen und sprecht darüber, wie es euch geht.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When you are both ready, come back together and check in.</source>
        <translation>Wenn ihr beide so weit seid, kommt wieder zusammen und sprecht darüber, wie es euch geht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The pause ended at {time}</source>
        <translation>Die Pause ist um {time} Uhr zu Ende gegangen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to the pause, to check in together</source>
        <translation>Zur Pause, um gemeinsam nachzuspüren</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You both shared today. Thank you for making the time for each other.</source>
        <translation>Ihr habt heute beide etwas geteilt. Danke, dass ihr euch Zeit füreinander genommen habt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sharing can wait until after your pause.</source>
        <translation>Das Teilen kann bis nach eurer Pause warten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sharing is here whenever you want it.</source>
        <translation>Das Teilen ist da, wann immer ihr mögt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{done} has shared today; {waiting} hasn't yet.</source>
        <translation>{done} hat heute schon etwas geteilt, {waiting} noch nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing shared yet today. A sentence or two each is plenty.</source>
        <translation>Heute noch nichts geteilt. Ein, zwei Sätze von jeder Person reichen völlig.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Show %n more of {older} older ones</source>
        <translation><numerusform>%n weitere von {older} älteren zeigen</numerusform><numerusform>%n weitere von {older} älteren zeigen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Show %n more</source>
        <translation><numerusform>%n weitere zeigen</numerusform><numerusform>%n weitere zeigen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Show %n more unfinished exercise(s)</source>
        <translation><numerusform>%n weitere unfertige Übung zeigen</numerusform><numerusform>%n weitere unfertige Übungen zeigen</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>1 older run belongs to an exercise no longer in your library.</source>
        <translation>Ein älterer Durchgang gehört zu einer Übung, die nicht mehr in eurer Sammlung ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n older runs belong to exercises no longer in your library.</source>
        <translation><numerusform>%n älterer Durchgang gehört zu Übungen, die nicht mehr in eurer Sammlung sind.</numerusform><numerusform>%n ältere Durchgänge gehören zu Übungen, die nicht mehr in eurer Sammlung sind.</numerusform></translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../src/couplesdesk/gui/tray.py" line="+22" />
        <source>Open CouplesDesk</source>
        <translation>CouplesDesk öffnen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit CouplesDesk</source>
        <translation>CouplesDesk beenden</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../src/couplesdesk/gui/words.py" line="+38" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>both of you</source>
        <translation>ihr beide</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+17" />
        <source>today at {time}</source>
        <translation>heute um {time} Uhr</translation>
    </message>
    <message>
        <location line="-15" />
        <source>yesterday at {time}</source>
        <translation>gestern um {time} Uhr</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+19" />
        <source>on {weekday} at {time}</source>
        <translation>am {weekday} um {time} Uhr</translation>
    </message>
    <message>
        <location line="-18" />
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>tonight at {time}</source>
        <translation>heute Abend um {time} Uhr</translation>
    </message>
    <message>
        <location line="+6" />
        <source>tomorrow at {time}</source>
        <translation>morgen um {time} Uhr</translation>
    </message>
    <message>
        <location line="+4" />
        <source>on {day} at {time}</source>
        <translation>am {day} um {time} Uhr</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>You're taking a break. Nothing is counted and nothing is asked of you; whatever you shared before is kept.</source>
        <translation>Ihr nehmt euch eine Auszeit. Nichts wird gezählt, nichts wird von euch erwartet; was ihr vorher geteilt habt, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You're taking a break since {day}. Nothing is counted and nothing is asked of you; whatever you shared before is kept.</source>
        <translation>Ihr nehmt euch seit {day} eine Auszeit. Nichts wird gezählt, nichts wird von euch erwartet; was ihr vorher geteilt habt, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Welcome back. This week is a short one, and there's no hurry.</source>
        <translation>Schön, dass ihr wieder da seid. Diese Woche ist eine kurze, und es eilt nichts.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Welcome back. You both shared on %n day(s) this week.</source>
        <translation><numerusform>Schön, dass ihr wieder da seid. Ihr habt diese Woche an %n Tag beide etwas geteilt.</numerusform><numerusform>Schön, dass ihr wieder da seid. Ihr habt diese Woche an %n Tagen beide etwas geteilt.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>No day shared by you both yet this week. Any day is a good day to begin.</source>
        <translation>Diese Woche habt ihr noch an keinem Tag beide etwas geteilt. Jeder Tag ist ein guter Tag, um anzufangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>You both shared on %n day(s) this week, as you hoped.</source>
        <translation><numerusform>Ihr habt diese Woche an %n Tag beide etwas geteilt, so wie ihr es euch vorgenommen hattet.</numerusform><numerusform>Ihr habt diese Woche an %n Tagen beide etwas geteilt, so wie ihr es euch vorgenommen hattet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>You both shared on %n day(s) this week.</source>
        <translation><numerusform>Ihr habt diese Woche an %n Tag beide etwas geteilt.</numerusform><numerusform>Ihr habt diese Woche an %n Tagen beide etwas geteilt.</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Now: you planned it for {time}</source>
        <translation>Jetzt: Ihr hattet es für {time} Uhr geplant</translation>
    </message>
</context>
</TS>
