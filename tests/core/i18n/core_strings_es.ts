<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test-only catalogue: Spanish for core messages the shipped catalogue does not hold yet. It proves
     the contexts and source texts the code asks for at run time; it is never shipped. -->
<TS version="2.1" language="es">
<context>
    <name>JsonFields</name>
    <message>
        <source>%1 is %2, not text</source>
        <translation>%1 es %2, no texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
</context>
<context>
    <name>OrderParser</name>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>Sign-in refused (401)</source>
        <translation>Inicio de sesión rechazado (401)</translation>
    </message>
    <message>
        <source>The AccountKey or AccountSecret was refused.</source>
        <translation>Se rechazó la AccountKey o el AccountSecret.</translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <source>The server gave no details.</source>
        <translation>El servidor no dio detalles.</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsParser</name>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
</context>
</TS>
