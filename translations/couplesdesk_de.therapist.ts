<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core/plan_draft</name>
    <message>
        <location filename="../src/couplesdesk/core/plan_draft.py" line="+23"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Homework until {day}</source>
        <translation>Hausaufgabe bis {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot be read ({reason})</source>
        <translation>lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has a name the plan cannot carry: please rename it (at most {limit} characters)</source>
        <translation>hat einen Namen, den der Plan nicht mitnehmen kann: Bitte benennen Sie die Datei um (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the couple a name you will recognise, such as their first names.</source>
        <translation>Geben Sie dem Paar einen Namen, an dem Sie es wiedererkennen, etwa die beiden Vornamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan ends before it starts: choose an end on or after the first day.</source>
        <translation>Der Plan endet, bevor er beginnt: Wählen Sie ein Ende am ersten Tag oder danach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan ends before today: give the couple some days ahead.</source>
        <translation>Der Plan endet vor heute: Geben Sie dem Paar noch ein paar Tage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please keep this under {limit} characters.</source>
        <translation>Bitte bleiben Sie hier unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick at least one exercise for the couple.</source>
        <translation>Wählen Sie mindestens eine Übung für das Paar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan holds at most {limit} exercises.</source>
        <translation>Ein Plan fasst höchstens {limit} Übungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say who the plan is from: the couple sees your name with it.</source>
        <translation>Sagen Sie, von wem der Plan ist: Das Paar sieht Ihren Namen dabei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please keep your name and contact under {limit} characters.</source>
        <translation>Bitte halten Sie Namen und Kontakt unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is long: please keep it under {limit} characters.</source>
        <translation>Die Notiz ist lang: Bitte halten Sie sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These days end before they start.</source>
        <translation>Diese Tage enden, bevor sie beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These days need to lie inside the plan&apos;s ({first} to {last}).</source>
        <translation>Diese Tage müssen innerhalb der Tage des Plans liegen ({first} bis {last}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” is in the plan twice: one is enough.</source>
        <translation>„{title}“ steht zweimal im Plan: Einmal genügt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The couple&apos;s name</source>
        <translation>Der Name des Paars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach you</source>
        <translation>Wie man Sie erreicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} holds {character}, which can change how the words around it read. Please delete it, or type the words again.</source>
        <translation>{field} enthält {character}, das verändern kann, wie sich die Wörter darum herum lesen. Bitte löschen Sie es oder tippen Sie die Wörter neu.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../src/couplesdesk/gui/menus.py" line="+92"/>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Export...</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>&amp;Go</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Safety page</source>
        <translation>Sicherheitsseite</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <location line="+27"/>
        <source>About CouplesDesk</source>
        <translation>Über CouplesDesk</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Export my key...</source>
        <translation>Meinen Schlüssel exportieren …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A quiet place for the two of you to practise talking and listening, at home, at your own pace. Everything stays on this computer: nothing is sent anywhere.

CouplesDesk is not therapy and not a crisis service. The Safety page says where to find help.</source>
        <translation>Ein ruhiger Ort für euch beide, um Reden und Zuhören zu üben – zu Hause, in eurem eigenen Tempo. Alles bleibt auf diesem Computer: Nichts wird irgendwohin geschickt.

CouplesDesk ist keine Therapie und kein Krisendienst. Auf der Sicherheitsseite steht, wo ihr Hilfe findet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Homework plans for the couples you work with, and the reports they choose to send you. Everything stays on this computer: nothing is sent anywhere.</source>
        <translation>Hausaufgabenpläne für die Paare, mit denen Sie arbeiten, und die Berichte, die sie Ihnen schicken möchten. Alles bleibt auf diesem Computer: Nichts wird irgendwohin geschickt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CouplesDesk {version}</source>
        <translation>CouplesDesk {version}</translation>
    </message>
</context>
<context>
    <name>plan_builder</name>
    <message>
        <location filename="../src/couplesdesk/gui/plan_builder.py" line="+100"/>
        <source>Homework plan</source>
        <translation>Hausaufgabenplan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For whom, and when</source>
        <translation>Für wen und wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Sam and Alex</source>
        <translation>z. B. Sam und Alex</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>The couple</source>
        <translation>Das Paar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Title of the plan</source>
        <translation>Titel des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s first day</source>
        <translation>Der erste Tag des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s last day</source>
        <translation>Der letzte Tag des Plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note for the couple</source>
        <translation>Eine Notiz für das Paar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for the two of them, shown with the plan (optional)</source>
        <translation>Eine Notiz für die beiden, die mit dem Plan erscheint (freiwillig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick them here, or with “Add to the plan” on the Exercises page (Ctrl+1).</source>
        <translation>Wählen Sie sie hier aus oder mit „Zum Plan hinzufügen“ auf der Seite „Übungen“ (Ctrl+1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise to add</source>
        <translation>Übung zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this exercise to the plan</source>
        <translation>Diese Übung zum Plan hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add your own exercise file…</source>
        <translation>Eigene Übungsdatei hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your own exercise file</source>
        <translation>Eigene Übungsdatei hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From you</source>
        <translation>Von Ihnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name, as the couple knows you</source>
        <translation>Ihr Name, wie das Paar Sie kennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>e.g. a phone number or email (optional)</source>
        <translation>z. B. eine Telefonnummer oder E-Mail (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>How to reach you</source>
        <translation>So erreicht man Sie</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Travelling with this plan: {files}</source>
        <translation>Reist mit diesem Plan mit: {files}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The plan is not saved yet: please look at what is marked below.</source>
        <translation>Der Plan ist noch nicht gespeichert: Bitte sehen Sie sich an, was unten markiert ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{title}” is in the plan already.</source>
        <translation>„{title}“ ist schon im Plan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own exercise file</source>
        <translation>Ihre eigene Übungsdatei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} cannot go into the plan until it is put right:</source>
        <translation>{file} kann erst in den Plan, wenn das hier behoben ist:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} uses the id “{id}” of an exercise that comes with CouplesDesk: give your version an id of its own.</source>
        <translation>{file} verwendet die ID „{id}“ einer Übung, die mit CouplesDesk kommt: Geben Sie Ihrer Fassung eine eigene ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} travels with the plan.</source>
        <translation>{file} reist mit dem Plan mit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The changes to this plan are not saved. Leave them, or go back and save them first?</source>
        <translation>Die Änderungen an diesem Plan sind nicht gespeichert. Verwerfen oder zurückgehen und erst speichern?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave this plan?</source>
        <translation>Diesen Plan verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new plan.</source>
        <translation>Ein neuer Plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a homework plan</source>
        <translation>Einen Hausaufgabenplan öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changing {file}: saving replaces it.</source>
        <translation>Sie ändern {file}: Speichern ersetzt die Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan is not saved yet: {problem}.</source>
        <translation>Der Plan ist noch nicht gespeichert: {problem}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the homework plan</source>
        <translation>Den Hausaufgabenplan speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan could not be saved in {path}: {reason}. Nothing was changed.</source>
        <translation>Der Plan ließ sich nicht in {path} speichern: {reason}. Nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved in {path}. Send this file to the couple; they open it in CouplesDesk.</source>
        <translation>Gespeichert in {path}. Schicken Sie diese Datei dem Paar; die beiden öffnen sie in CouplesDesk.</translation>
    </message>
</context>
<context>
    <name>plan_items</name>
    <message>
        <location filename="../src/couplesdesk/gui/plan_items.py" line="+39"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Take it out</source>
        <translation>Herausnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {title} out of the plan</source>
        <translation>{title} aus dem Plan nehmen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A note for this exercise (optional)</source>
        <translation>Eine Notiz zu dieser Übung (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for {title}</source>
        <translation>Notiz zu {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How often: {title}</source>
        <translation>Wie oft: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times a week</source>
        <translation>Mal pro Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n times a week</source>
        <translation>%n-mal pro Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only on some of the plan&apos;s days</source>
        <translation>Nur an einigen Tagen des Plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day for {title}</source>
        <translation>Erster Tag für {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day for {title}</source>
        <translation>Letzter Tag für {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>plan_parts</name>
    <message>
        <location filename="../src/couplesdesk/gui/plan_parts.py" line="+33"/>
        <source>Homework plans (*{suffix});;All files (*)</source>
        <translation>Hausaufgabenpläne (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exercise files (*.toml);;All files (*)</source>
        <translation>Übungsdateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New plan (Ctrl+N)</source>
        <translation>Neuer Plan (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a plan to change it (Ctrl+Shift+O)</source>
        <translation>Einen Plan öffnen, um ihn zu ändern (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan (Ctrl+S)</source>
        <translation>Den Plan speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have no key yet (Your key, Ctrl+7): reports for this plan would not be sealed for you alone.</source>
        <translation>Sie haben noch keinen Schlüssel („Ihr Schlüssel“, Ctrl+7): Berichte zu diesem Plan wären nicht allein für Sie versiegelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your public key goes into the plan by itself, so the reports the couple sends you are sealed for you alone (Your key, Ctrl+7).</source>
        <translation>Ihr öffentlicher Schlüssel kommt von selbst in den Plan, so sind die Berichte, die das Paar Ihnen schickt, allein für Sie versiegelt („Ihr Schlüssel“, Ctrl+7).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} cannot be opened as a homework plan:</source>
        <translation>{file} lässt sich nicht als Hausaufgabenplan öffnen:</translation>
    </message>
</context>
<context>
    <name>reports_inbox</name>
    <message>
        <location filename="../src/couplesdesk/gui/reports_inbox.py" line="+50"/>
        <source>Couple</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last report</source>
        <translation>Letzter Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homework</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A couple</source>
        <translation>Ein Paar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {asked} done</source>
        <translation>{done} von {asked} erledigt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the reports couples send you, or drop them here. CouplesDesk does not screen for safety or violence: ask each partner about it on their own, in session. A report holds only what each partner chose to send; nothing left out is shown.</source>
        <translation>Öffnen Sie die Berichte, die Paare Ihnen schicken, oder ziehen Sie sie hierher. CouplesDesk prüft nicht auf Sicherheit oder Gewalt: Fragen Sie in der Sitzung jede Person einzeln danach. Ein Bericht enthält nur, was jede Person schicken wollte; was weggelassen wurde, erscheint nirgends.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open reports...</source>
        <translation>Berichte öffnen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open report files (Ctrl+O)</source>
        <translation>Berichtsdateien öffnen (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>These reports are sealed for you. Type your key&apos;s passphrase to open them:</source>
        <translation>Diese Berichte sind für Sie versiegelt. Geben Sie die Passphrase Ihres Schlüssels ein, um sie zu öffnen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s passphrase</source>
        <translation>Passphrase Ihres Schlüssels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Couples and their latest reports</source>
        <translation>Paare und ihre neuesten Berichte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open reports</source>
        <translation>Berichte öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports (*{suffix})</source>
        <translation>Berichte (*{suffix})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file} is sealed, and there is no key here yet: make or restore yours on the Your key page.</source>
        <translation>{file} ist versiegelt, und hier gibt es noch keinen Schlüssel: Erstellen oder holen Sie Ihren auf der Seite „Ihr Schlüssel“ zurück.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A flag for you</source>
        <translation>Ein Hinweis für Sie</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>“{file}” is no longer in {folder}: it may have been moved or deleted. If it was moved, open it from its new place.</source>
        <translation>„{file}“ liegt nicht mehr in {folder}: Die Datei wurde vielleicht verschoben oder gelöscht. Wenn sie verschoben wurde, öffnen Sie sie an ihrem neuen Ort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove from the list</source>
        <translation>Aus der Liste nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {file} from the list</source>
        <translation>{file} aus der Liste nehmen</translation>
    </message>
</context>
<context>
    <name>therapist_key_page</name>
    <message>
        <location filename="../src/couplesdesk/gui/therapist_key_page.py" line="+34"/>
        <source>age files (*.age);;All files (*)</source>
        <translation>age-Dateien (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+52"/>
        <location line="+91"/>
        <source>Your key</source>
        <translation>Ihr Schlüssel</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Couples can send you a report of their homework, sealed so that only you can open it. For that, CouplesDesk makes you a key: its public half goes into every plan you make; its private half stays on this computer, locked with a passphrase you choose.</source>
        <translation>Paare können Ihnen einen Bericht über ihre Hausaufgaben schicken, so versiegelt, dass nur Sie ihn öffnen können. Dafür erstellt CouplesDesk Ihnen einen Schlüssel: Seine öffentliche Hälfte kommt in jeden Plan, den Sie erstellen; seine private Hälfte bleibt auf diesem Computer, verschlossen mit einer Passphrase, die Sie wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a passphrase</source>
        <translation>Wählen Sie eine Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make my key</source>
        <translation>Meinen Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least 8 characters; a few words you will remember work well. You need it to open reports.</source>
        <translation>Mindestens 8 Zeichen; ein paar Wörter, die Sie sich merken können, eignen sich gut. Sie brauchen sie, um Berichte zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use a key backup…</source>
        <translation>Eine Schlüsselsicherung verwenden …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moving from another computer? Type the passphrase of your backup above, then:</source>
        <translation>Sie ziehen von einem anderen Computer um? Geben Sie oben die Passphrase Ihrer Sicherung ein, dann:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your key is ready. Its public half goes into every plan you save, so the reports couples send you are sealed for you alone:</source>
        <translation>Ihr Schlüssel ist bereit. Seine öffentliche Hälfte kommt in jeden Plan, den Sie speichern, so sind die Berichte, die Paare Ihnen schicken, allein für Sie versiegelt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your public key</source>
        <translation>Ihr öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep a backup</source>
        <translation>Eine Sicherung aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If your key is lost (this computer breaks, or its data folder is deleted), the reports sealed to it can never be opened again, by you or by anyone. Keep a backup somewhere safe, away from this computer.</source>
        <translation>Geht Ihr Schlüssel verloren (dieser Computer geht kaputt oder sein Datenordner wird gelöscht), lassen sich die dafür versiegelten Berichte nie wieder öffnen, weder von Ihnen noch von sonst jemandem. Bewahren Sie eine Sicherung an einem sicheren Ort auf, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup stays locked with your passphrase: you need both to use it.</source>
        <translation>Die Sicherung bleibt mit Ihrer Passphrase verschlossen: Sie brauchen beides, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up my key…</source>
        <translation>Meinen Schlüssel sichern …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open reports without CouplesDesk</source>
        <translation>Berichte ohne CouplesDesk öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the free age tool, a report opens like this:
    age -d -i key.txt report.age
For that, export your key unlocked, as a plain key file.</source>
        <translation>Mit dem freien Werkzeug age öffnet sich ein Bericht so:
    age -d -i key.txt report.age
Dafür exportieren Sie Ihren Schlüssel unverschlossen, als einfache Schlüsseldatei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whoever has the exported file can read every report sealed to you, without any passphrase. Keep it where no one else can reach it, and delete it when you no longer need it.</source>
        <translation>Wer die exportierte Datei hat, kann jeden für Sie versiegelten Bericht lesen, ohne Passphrase. Bewahren Sie sie dort auf, wo niemand sonst herankommt, und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export my key…</source>
        <translation>Meinen Schlüssel exportieren …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First, your key</source>
        <translation>Zuerst Ihr Schlüssel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Bitte geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making your key: this takes a few seconds.</source>
        <translation>Ihr Schlüssel wird erstellt: Das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First type the passphrase of your backup above.</source>
        <translation>Geben Sie zuerst oben die Passphrase Ihrer Sicherung ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your key backup</source>
        <translation>Ihre Schlüsselsicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your backup…</source>
        <translation>Ihre Sicherung wird geöffnet …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up your key</source>
        <translation>Ihren Schlüssel sichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the backup…</source>
        <translation>Die Sicherung wird gespeichert …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type your passphrase first: the key is unlocked with it.</source>
        <translation>Geben Sie zuerst Ihre Passphrase ein: Damit wird der Schlüssel aufgeschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export your key</source>
        <translation>Ihren Schlüssel exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlocking your key…</source>
        <translation>Ihr Schlüssel wird aufgeschlossen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your key is in {path}, unlocked. Whoever has this file can read your reports.</source>
        <translation>Ihr Schlüssel liegt unverschlossen in {path}. Wer diese Datei hat, kann Ihre Berichte lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is saved in {path}. Keep it somewhere safe, away from this computer.</source>
        <translation>Die Sicherung ist in {path} gespeichert. Bewahren Sie sie an einem sicheren Ort auf, nicht auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>therapist_window</name>
    <message>
        <location filename="../src/couplesdesk/gui/therapist_window.py" line="+55"/>
        <source>CouplesDesk for therapists</source>
        <translation>CouplesDesk für Therapeutinnen und Therapeuten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homework plan</source>
        <translation>Hausaufgabenplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key</source>
        <translation>Ihr Schlüssel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+229"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find exercise</source>
        <translation>Übung suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open plan...</source>
        <translation>Plan öffnen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open reports...</source>
        <translation>Berichte öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick hide</source>
        <translation>Schnell verbergen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add to the plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected exercise to the homework plan</source>
        <translation>Die gewählte Übung zum Hausaufgabenplan hinzufügen</translation>
    </message>
</context>
</TS>
