<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>pause_bar</name>
    <message>
        <location filename="../src/couplesdesk/gui/pause_bar.py" line="+43"/>
        <source>1 minute left</source>
        <translation>Noch 1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n minutes left</source>
        <translation>Noch %n Minuten</translation>
    </message>
</context>
<context>
    <name>steps/timer</name>
    <message>
        <location filename="../src/couplesdesk/gui/steps/timer.py" line="+42"/>
        <source>Time left: 1 minute</source>
        <translation>Verbleibende Zeit: 1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left: %n minutes</source>
        <translation>Verbleibende Zeit: %n Minuten</translation>
    </message>
</context>
</TS>
