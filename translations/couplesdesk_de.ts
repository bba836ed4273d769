<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dates</name>
    <message>
        <location filename="../src/couplesdesk/core/i18n.py" line="+53"/>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dddd</source>
        <translation>dddd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
</context>
<context>
    <name>language_section</name>
    <message>
        <location filename="../src/couplesdesk/gui/language_section.py" line="+44"/>
        <location line="+18"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The language CouplesDesk speaks, in its own words and in the exercises. The computer&apos;s language, unless you choose one here.</source>
        <translation>Die Sprache, in der CouplesDesk mit euch spricht – in der App und in den Übungen. Wenn ihr hier nichts wählt, die Sprache des Computers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved. CouplesDesk was started in one language for this time; the one you chose applies when it next starts.</source>
        <translation>Gespeichert. CouplesDesk wurde diesmal in einer festen Sprache gestartet; eure Wahl gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved. {reason}</source>
        <translation>Nicht gespeichert. {reason}</translation>
    </message>
</context>
</TS>
