<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NumberDesk</source>
        <translation>Acerca de NumberDesk</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>Avisos de &amp;terceros</translation>
    </message>
    <message>
        <source>Licence documents</source>
        <translation>Documentos de licencia</translation>
    </message>
    <message>
        <source>Choose a document to read it on the right</source>
        <translation>Elija un documento para leerlo a la derecha</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Enter the AccountKey and AccountSecret in the connection settings.</source>
        <translation>Escriba la AccountKey y el AccountSecret en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Connection settings incomplete</source>
        <translation>Configuración de conexión incompleta</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The API address is not a valid URL (expected something like https://api.telegent.com/v1.0).</source>
        <translation>La dirección de la API no es una URL válida (se espera algo como https://api.telegent.com/v1.0).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>La dirección de la API no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The API address must not contain a query (?…) or fragment (#…).</source>
        <translation>La dirección de la API no debe contener una consulta (?…) ni un fragmento (#…).</translation>
    </message>
    <message>
        <source>The API address must use https: credentials and customers&apos; numbers would otherwise cross the network unencrypted. Plain http is only allowed for a sandbox on this computer.</source>
        <translation>La dirección de la API debe usar https; de lo contrario, las credenciales y los números de los clientes viajarían por la red sin cifrar. Solo se permite http simple para un entorno de pruebas en este equipo.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>La dirección de la API debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>Customer cards</source>
        <translation>Tarjetas del cliente</translation>
    </message>
    <message>
        <source>Fetching QR codes</source>
        <translation>Obteniendo los códigos QR</translation>
    </message>
    <message>
        <source>How many of the QR codes have been fetched again</source>
        <translation>Cuántos de los códigos QR se han vuelto a obtener</translation>
    </message>
    <message>
        <source>Problems with the cards</source>
        <translation>Problemas con las tarjetas</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The paper size of the printed or PDF cards</source>
        <translation>El tamaño de papel de las tarjetas impresas o en PDF</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposición</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Tarjetas por página</translation>
    </message>
    <message>
        <source>One card a page, or four to a page to cut apart</source>
        <translation>Una tarjeta por página, o cuatro por página para recortar</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Línea de atención</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Shows a print preview of the cards, then prints them</source>
        <translation>Muestra una vista previa de impresión de las tarjetas y luego las imprime</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Writes the cards to a PDF file</source>
        <translation>Escribe las tarjetas en un archivo PDF</translation>
    </message>
</context>
<context>
    <name>ChangeType</name>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Swap number</source>
        <translation>Cambiar número</translation>
    </message>
    <message>
        <source>Swap SIM</source>
        <translation>Cambiar SIM</translation>
    </message>
    <message>
        <source>Replace number</source>
        <translation>Reemplazar número</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Brings a parked or inactive number live and issues an eSIM QR code.</source>
        <translation>Pone en servicio un número suspendido o inactivo y emite un código QR de eSIM.</translation>
    </message>
    <message>
        <source>Deactivates the number permanently; it may be given to someone else. Only reversible within 30 days, through another channel.</source>
        <translation>Desactiva el número de forma permanente; puede asignarse a otra persona. Solo se puede revertir en un plazo de 30 días, por otro canal.</translation>
    </message>
    <message>
        <source>Gives the customer a new number in the same area code. Cannot be undone.</source>
        <translation>Da al cliente un número nuevo con el mismo código de área. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Moves the number to a new eSIM profile and issues a new QR code; the old SIM stops working.</source>
        <translation>Pasa el número a un perfil eSIM nuevo y emite un código QR nuevo; la SIM anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>Gives the customer a new number from the requested area code or zip code, else any. Cannot be undone.</source>
        <translation>Da al cliente un número nuevo del código de área o código postal solicitado o, si no hay, de cualquier zona. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Suspends the number, keeping the number and SIM. Undo it with Activate.</source>
        <translation>Suspende el número y conserva el número y la SIM. Se deshace con Activar.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Change the status of customers&apos; mobile numbers through the Telegent mPaaS API.</source>
        <translation>Cambia el estado de los números móviles de los clientes mediante la API mPaaS de Telegent.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox on this computer and connect to it (training and demos; no real line is touched).</source>
        <translation>Inicia el entorno de pruebas integrado en este equipo y se conecta a él (capacitación y demostraciones; no se toca ninguna línea real).</translation>
    </message>
    <message>
        <source>--sandbox and --api-base cannot be combined.</source>
        <translation>--sandbox y --api-base no se pueden combinar.</translation>
    </message>
    <message>
        <source>Light or dark for this run only: system, light or dark (default: as chosen in Preferences).</source>
        <translation>Apariencia clara u oscura solo para esta ejecución: system, light o dark (predeterminada: la elegida en Preferencias).</translation>
    </message>
    <message>
        <source>--colour-scheme takes system, light or dark, not “%1”.</source>
        <translation>--colour-scheme acepta system, light o dark, no “%1”.</translation>
    </message>
    <message>
        <source>Use this API server for this run only: a temporary profile whose AccountKey and AccountSecret are asked for and never saved (e.g. %1).</source>
        <translation>Usar este servidor de la API solo en esta ejecución: un perfil temporal cuya AccountKey y cuyo AccountSecret se piden y nunca se guardan (p. ej. %1).</translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message>
        <source>Confirm status change</source>
        <translation>Confirmar el cambio de estado</translation>
    </message>
    <message>
        <source>Lists every number and the effective date of a change that cannot easily be undone; nothing is sent unless you confirm</source>
        <translation>Muestra cada número y la fecha efectiva de un cambio que no se puede deshacer fácilmente; no se envía nada a menos que usted confirme</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Qué se enviará</translation>
    </message>
    <message>
        <source>The change type and how many numbers it applies to</source>
        <translation>El tipo de cambio y a cuántos números se aplica</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>What this change does to each number and whether it can be undone</source>
        <translation>Qué hace este cambio a cada número y si se puede deshacer</translation>
    </message>
    <message>
        <source>Effective date and location</source>
        <translation>Fecha efectiva y ubicación</translation>
    </message>
    <message>
        <source>The effective date and, for swap and replace, the requested area code or zip code</source>
        <translation>La fecha efectiva y, para Cambiar número y Reemplazar número, el código de área o código postal solicitado</translation>
    </message>
    <message>
        <source>Numbers to change</source>
        <translation>Números que se cambiarán</translation>
    </message>
    <message>
        <source>Every number, in E.164 form, that this change will be sent for</source>
        <translation>Cada número, en formato E.164, para el que se enviará este cambio</translation>
    </message>
    <message>
        <source>Confirm past effective date</source>
        <translation>Confirmar fecha efectiva pasada</translation>
    </message>
    <message>
        <source>The effective date is in the past; tick this to allow sending it anyway</source>
        <translation>La fecha efectiva ya pasó; marque esta casilla para permitir enviarla de todos modos</translation>
    </message>
    <message>
        <source>Send or not</source>
        <translation>Enviar o no</translation>
    </message>
    <message>
        <source>Don&apos;t send is the default; the other button sends the change</source>
        <translation>“No enviar” es la opción predeterminada; el otro botón envía el cambio</translation>
    </message>
    <message>
        <source>Unchecked earlier requests</source>
        <translation>Solicitudes anteriores sin verificar</translation>
    </message>
    <message>
        <source>Earlier requests for these numbers whose outcome is unknown</source>
        <translation>Solicitudes anteriores para estos números cuyo resultado es desconocido</translation>
    </message>
    <message>
        <source>Confirm the numbers were checked</source>
        <translation>Confirmar que se verificaron los números</translation>
    </message>
    <message>
        <source>Tick after checking the numbers&apos; status, to allow sending again</source>
        <translation>Marque esta casilla después de verificar el estado de los números, para permitir volver a enviar</translation>
    </message>
    <message>
        <source>I have checked these numbers&apos; current status: send anyway.</source>
        <translation>Verifiqué el estado actual de estos números: enviar de todos modos.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>SANDBOX — training server on this computer (%1). Nothing sent here touches a real customer&apos;s line.</source>
        <translation>ENTORNO DE PRUEBAS — servidor de capacitación en este equipo (%1). Nada de lo que se envía aquí afecta la línea de un cliente real.</translation>
    </message>
    <message>
        <source>%1 — SANDBOX</source>
        <translation>%1 — ENTORNO DE PRUEBAS</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — sin conexión</translation>
    </message>
    <message>
        <source>Production — account %1 at %2. Requests change real customers&apos; lines.</source>
        <translation>Producción — cuenta %1 en %2. Las solicitudes cambian líneas de clientes reales.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not connected — server %1, no account set. Choose a profile under File → Accounts…</source>
        <translation>Sin conexión — servidor %1, sin cuenta configurada. Elija un perfil en Archivo → Cuentas…</translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <extracomment>%1 is the server&apos;s own message, quoted verbatim (untranslated); it already ends with punctuation, so no full stop follows the closing quote.</extracomment>
        <translation>El servidor dijo: “%1”</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <extracomment>%1 is the server&apos;s own message, quoted verbatim (untranslated).</extracomment>
        <translation>El servidor dijo: “%1”.</translation>
    </message>
    <message>
        <source>The server gave no details.</source>
        <translation>El servidor no dio detalles.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of an API response (for example a proxy or maintenance page).</source>
        <translation>El servidor respondió con una página web en lugar de una respuesta de la API (por ejemplo, una página de un proxy o de mantenimiento).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One item of &quot;Details: %1&quot;. %1 says where (&quot;phone number 2, ICCID&quot; or a request field name), %2 is the server&apos;s message for it, quoted verbatim (untranslated).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the server&apos;s list of field problems (&quot;AreaCode: Area code must be 3 digits; …&quot;), quoted verbatim; it already ends with a full stop.</extracomment>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Details: %1.</source>
        <extracomment>%1 is the server&apos;s list of field problems (&quot;AreaCode: Area code must be 3 digits; …&quot;), quoted verbatim.</extracomment>
        <translation>Detalles: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorRows</name>
    <message>
        <source>Number %1 of the request: %2</source>
        <translation>Número %1 de la solicitud: %2</translation>
    </message>
</context>
<context>
    <name>FieldErrorPath</name>
    <message>
        <source>phone number %L1</source>
        <extracomment>Where a server error points, in &quot;Details: …&quot;: %1 is the number&apos;s position in the request (1 for the first).</extracomment>
        <translation>número de teléfono %L1</translation>
    </message>
    <message>
        <source>phone number %L1, %2</source>
        <extracomment>Where a server error points, in &quot;Details: …&quot;: %1 is the number&apos;s position in the request (1 for the first), %2 a request field name such as ICCID (keep as is).</extracomment>
        <translation>número de teléfono %L1, %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to NumberDesk</source>
        <translation>Bienvenido a NumberDesk</translation>
    </message>
    <message>
        <source>Choose where requests go: the training sandbox on this computer, or a Telegent account</source>
        <translation>Elija adónde van las solicitudes: al entorno de pruebas de este equipo o a una cuenta de Telegent</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NumberDesk&lt;/h2&gt;&lt;p&gt;Before the first request, choose where requests go. You can add accounts or switch between them at any time under Accounts…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a NumberDesk&lt;/h2&gt;&lt;p&gt;Antes de la primera solicitud, elija adónde van las solicitudes. Puede agregar cuentas o cambiar de una a otra en cualquier momento en Cuentas…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation>Usar el &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>A training server on this computer. Try every change type and see QR codes; nothing touches a real customer&apos;s line.</source>
        <translation>Un servidor de capacitación en este equipo. Pruebe todos los tipos de cambio y vea códigos QR; nada afecta la línea de un cliente real.</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Usar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Starts with the built-in training server; no account needed</source>
        <translation>Empieza con el servidor de capacitación integrado; no se necesita una cuenta</translation>
    </message>
    <message>
        <source>&amp;Add an account</source>
        <translation>&amp;Agregar una cuenta</translation>
    </message>
    <message>
        <source>Enter the server address, AccountKey and AccountSecret Telegent gave you. The secret goes to this computer&apos;s credential store.</source>
        <translation>Escriba la dirección del servidor, la AccountKey y el AccountSecret que le dio Telegent. El secreto se guarda en el almacén de credenciales de este equipo.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>Opens the accounts window to add a Telegent account</source>
        <translation>Abre la ventana de cuentas para agregar una cuenta de Telegent</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>Order from the history</source>
        <translation>Pedido del historial</translation>
    </message>
    <message>
        <source>One journal record: what was sent, under which profile, and the results as they were</source>
        <translation>Una entrada del registro de pedidos: qué se envió, con qué perfil y los resultados tal como fueron</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Qué se envió</translation>
    </message>
    <message>
        <source>Change type, time, profile, OrderId, outcome, and the error with its trace id when there was one</source>
        <translation>Tipo de cambio, hora, perfil, ID de pedido, resultado y, si hubo un error, el error con su ID de seguimiento</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every status change NumberDesk sent, newest first, from the order journal</source>
        <translation>Cada cambio de estado que envió NumberDesk, del más reciente al más antiguo, según el registro de pedidos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>A phone number in any format, or part of one, or an OrderId</source>
        <translation>Un número de teléfono en cualquier formato, o parte de uno, o un ID de pedido</translation>
    </message>
    <message>
        <source>Phone number (any format) or OrderId</source>
        <translation>Número de teléfono (cualquier formato) o ID de pedido</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>Ca&amp;mbio:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Show only one kind of change, or all</source>
        <translation>Mostrar solo un tipo de cambio, o todos</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>Show only requests sent between the two dates, both included</source>
        <translation>Mostrar solo las solicitudes enviadas entre las dos fechas, ambas incluidas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>What is searched</source>
        <translation>Qué se busca</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Orders shown</source>
        <translation>Pedidos mostrados</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Shows the selected order&apos;s results as they were, QR codes re-loaded</source>
        <translation>Muestra los resultados del pedido seleccionado tal como fueron, con los códigos QR cargados de nuevo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Writes the orders shown to a CSV file for tickets and audits; QR codes are left out</source>
        <translation>Escribe los pedidos mostrados en un archivo CSV para tickets y auditorías; los códigos QR se omiten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>How much of the CSV export is written</source>
        <translation>Qué parte de la exportación CSV ya está escrita</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Cancelar la e&amp;xportación</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Stops the CSV export; no file is written</source>
        <translation>Detiene la exportación CSV; no se escribe ningún archivo</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Show only the requests one agent sent, or everyone&apos;s</source>
        <translation>Mostrar solo las solicitudes que envió un agente, o las de todos</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Show only the requests sent from one computer, or from all</source>
        <translation>Mostrar solo las solicitudes enviadas desde una computadora, o desde todas</translation>
    </message>
    <message>
        <source>Date, change, numbers, OrderId, status, agent, desk and outcome; Enter or double-click opens the results as they were</source>
        <translation>Fecha, cambio, números, ID de pedido, estado, agente, puesto y resultado; Intro o doble clic abre los resultados tal como fueron</translation>
    </message>
</context>
<context>
    <name>Iccid</name>
    <message>
        <source>The trailing F (a filler some systems show) was removed from the ICCID.</source>
        <translation>Se quitó del ICCID la F final (un relleno que muestran algunos sistemas).</translation>
    </message>
    <message>
        <source>The ICCID may contain only digits; it contains &apos;%1&apos;.</source>
        <translation>El ICCID solo puede contener dígitos; contiene “%1”.</translation>
    </message>
    <message>
        <source>The ICCID has too few digits (%1 found); an ICCID has 18 to 22 digits.</source>
        <translation>El ICCID tiene muy pocos dígitos (se encontraron %1); un ICCID tiene de 18 a 22 dígitos.</translation>
    </message>
    <message>
        <source>The ICCID has too many digits (%1 found); an ICCID has 18 to 22 digits.</source>
        <translation>El ICCID tiene demasiados dígitos (se encontraron %1); un ICCID tiene de 18 a 22 dígitos.</translation>
    </message>
    <message>
        <source>The ICCID&apos;s check digit does not match its other digits, so the ICCID may be mistyped.</source>
        <translation>El dígito de control del ICCID no coincide con sus demás dígitos, así que el ICCID podría estar mal escrito.</translation>
    </message>
</context>
<context>
    <name>InstallLinkPanel</name>
    <message>
        <source>Install links</source>
        <translation>Enlaces de instalación</translation>
    </message>
    <message>
        <source>Opened on the phone, or scanned with its camera, a link installs the eSIM in one tap. Send it only to the customer: it holds the code.</source>
        <translation>Abierto en el teléfono, o escaneado con su cámara, un enlace instala la eSIM con un toque. Envíelo solo al cliente: contiene el código.</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Mostrar código</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Mostrar código</translation>
    </message>
    <message>
        <source>Shows the install links and their QR code, which stay hidden until asked for</source>
        <translation>Muestra los enlaces de instalación y su código QR, que permanecen ocultos hasta que se piden</translation>
    </message>
    <message>
        <source>iPhone (iOS 17.4 or later)</source>
        <translation>iPhone (iOS 17.4 o posterior)</translation>
    </message>
    <message>
        <source>iPhone install link</source>
        <translation>Enlace de instalación para iPhone</translation>
    </message>
    <message>
        <source>Apple&apos;s eSIM setup link carrying this activation code</source>
        <translation>Enlace de configuración de eSIM de Apple que lleva este código de activación</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy iPhone link</source>
        <translation>Copiar enlace de iPhone</translation>
    </message>
    <message>
        <source>Copies the iPhone install link; the clipboard is cleared after 30 seconds</source>
        <translation>Copia el enlace de instalación para iPhone; el portapapeles se borra después de 30 segundos</translation>
    </message>
    <message>
        <source>Android (not supported on every device)</source>
        <translation>Android (no compatible con todos los dispositivos)</translation>
    </message>
    <message>
        <source>Android install link</source>
        <translation>Enlace de instalación para Android</translation>
    </message>
    <message>
        <source>Google&apos;s eSIM setup link carrying this activation code; not every Android device supports it</source>
        <translation>Enlace de configuración de eSIM de Google que lleva este código de activación; no todos los dispositivos Android lo admiten</translation>
    </message>
    <message>
        <source>Copy Android link</source>
        <translation>Copiar enlace de Android</translation>
    </message>
    <message>
        <source>Copies the Android install link; the clipboard is cleared after 30 seconds</source>
        <translation>Copia el enlace de instalación para Android; el portapapeles se borra después de 30 segundos</translation>
    </message>
    <message>
        <source>Scan to install on this phone (iPhone camera):</source>
        <translation>Escanear para instalar en este teléfono (cámara del iPhone):</translation>
    </message>
    <message>
        <source>Install link QR code</source>
        <translation>Código QR del enlace de instalación</translation>
    </message>
    <message>
        <source>The iPhone install link as a QR code, for the phone&apos;s camera</source>
        <translation>El enlace de instalación para iPhone como código QR, para la cámara del teléfono</translation>
    </message>
    <message>
        <source>Hidden until “Show code”.</source>
        <translation>Oculto hasta pulsar “Mostrar código”.</translation>
    </message>
</context>
<context>
    <name>InterruptedRequestsDialog</name>
    <message>
        <source>Requests with an unknown outcome</source>
        <translation>Solicitudes con resultado desconocido</translation>
    </message>
    <message>
        <source>Requests that were being sent when NumberDesk stopped; check each one before sending anything again</source>
        <translation>Solicitudes que se estaban enviando cuando NumberDesk se detuvo; verifique cada una antes de volver a enviar algo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>One line per request that was in flight; select one to see its numbers and what to do</source>
        <translation>Una línea por cada solicitud que estaba en curso; seleccione una para ver sus números y qué hacer</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Change type, time, profile, effective date and every number of the selected request</source>
        <translation>Tipo de cambio, hora, perfil, fecha efectiva y cada número de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Look up the order</source>
        <translation>&amp;Consultar el pedido</translation>
    </message>
    <message>
        <source>Look up the order</source>
        <translation>Consultar el pedido</translation>
    </message>
    <message>
        <source>Asks the server what became of the order, by its OrderId</source>
        <translation>Pregunta al servidor qué pasó con el pedido, por su ID de pedido</translation>
    </message>
    <message>
        <source>&amp;Check the numbers</source>
        <translation>&amp;Verificar los números</translation>
    </message>
    <message>
        <source>Check the numbers</source>
        <translation>Verificar los números</translation>
    </message>
    <message>
        <source>Shows how to check the numbers by hand and lets you record what you found</source>
        <translation>Explica cómo verificar los números a mano y le permite anotar lo que encontró</translation>
    </message>
    <message>
        <source>About the selected request</source>
        <translation>Acerca de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;What you found:</source>
        <translation>&amp;Lo que encontró:</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Lo que encontró</translation>
    </message>
    <message>
        <source>Recorded in the order journal with the request, e.g. &quot;all three numbers active since 10:32&quot;</source>
        <translation>Se anota en el registro de pedidos junto con la solicitud, p. ej., “los tres números activos desde las 10:32”</translation>
    </message>
    <message>
        <source>e.g. change done for all numbers (portal, 10:32)</source>
        <translation>p. ej., cambio hecho para todos los números (portal, 10:32)</translation>
    </message>
    <message>
        <source>&amp;Mark as checked</source>
        <translation>&amp;Marcar como verificada</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marcar como verificada</translation>
    </message>
    <message>
        <source>Records what you found; the request then counts as settled</source>
        <translation>Anota lo que encontró; a partir de entonces, la solicitud se considera resuelta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window; unchecked requests stay marked as outcome unknown in the history</source>
        <translation>Cierra esta ventana; las solicitudes sin verificar siguen marcadas con resultado desconocido en el historial</translation>
    </message>
</context>
<context>
    <name>JournalEntryText</name>
    <message>
        <source>%1 (account %2 at %3)</source>
        <translation>%1 (cuenta %2 en %3)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Código de área</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>OrderId</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>no se recibió</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>ID de seguimiento</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Números (%1)</translation>
    </message>
    <message>
        <source>%1 (ICCID %2)</source>
        <extracomment>A number in a journal record, then the SIM&apos;s ICCID sent with it</extracomment>
        <translation>%1 (ICCID %2)</translation>
    </message>
    <message>
        <source>%1 → now %2</source>
        <extracomment>A number in a journal record (%1), then the number the server gave instead (%2)</extracomment>
        <translation>%1 → ahora %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln número</numerusform>
            <numerusform>%Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Entry details: the agent who sent the request</extracomment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Desk</source>
        <extracomment>Entry details: the computer the request was sent from</extracomment>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <extracomment>Entry details: who checked an unknown outcome by hand (&quot;Ana on desk-a&quot;)</extracomment>
        <translation>Resuelto por</translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>cannot create the folder</source>
        <extracomment>Why the order journal cannot be opened; fills %2 of &quot;The order journal %1 cannot be opened (%2)&quot;.</extracomment>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <extracomment>Why the order journal cannot be opened; fills %2 of &quot;The order journal %1 cannot be opened (%2)&quot;.</extracomment>
        <translation>no se puede crear el archivo</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <extracomment>Why the order journal cannot be read: the file is not a database (SQLite is a database format).</extracomment>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <extracomment>Fills %2 of &quot;The order journal %1 was written by a newer version of NumberDesk (%2)&quot;: %1 is the journal file&apos;s format number.
----------
Fills %2 of &quot;The order journal %1 was written by a newer version of NumberDesk (%2)&quot;: %1 is the journal&apos;s format number.</extracomment>
        <translation>versión de esquema %1</translation>
    </message>
</context>
<context>
    <name>JournalIdentity</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who did something in the order journal: %1 is the agent&apos;s name, %2 the computer&apos;s name.</extracomment>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>JournalOpenProblem</name>
    <message>
        <source>Until then NumberDesk starts and shows the history it can, but sends no status change: every request must be recorded before it leaves.</source>
        <translation>Hasta entonces, NumberDesk se inicia y muestra el historial que puede, pero no envía ningún cambio de estado: cada solicitud debe quedar anotada antes de salir.</translation>
    </message>
    <message>
        <source>Order journal recovered</source>
        <translation>Registro de pedidos recuperado</translation>
    </message>
    <message>
        <source>Nothing was deleted. NumberDesk works normally with the new journal. Keep the old file for support: it may still hold records of earlier requests.</source>
        <translation>No se eliminó nada. NumberDesk funciona con normalidad con el registro nuevo. Conserve el archivo anterior para soporte: puede contener todavía entradas de solicitudes anteriores.</translation>
    </message>
    <message>
        <source>Order journal in use</source>
        <translation>Registro de pedidos en uso</translation>
    </message>
    <message>
        <source>Close the other program (often a second NumberDesk or a backup tool), then choose Try again. </source>
        <translation>Cierre el otro programa (a menudo un segundo NumberDesk o una herramienta de copias de seguridad) y luego elija Reintentar. </translation>
    </message>
    <message>
        <source>Order journal from a newer NumberDesk</source>
        <translation>Registro de pedidos de un NumberDesk más reciente</translation>
    </message>
    <message>
        <source>Install the newer NumberDesk again to keep working with this journal; the file has not been changed. </source>
        <translation>Vuelva a instalar el NumberDesk más reciente para seguir trabajando con este registro; el archivo no se modificó. </translation>
    </message>
    <message>
        <source>Order journal cannot be opened</source>
        <translation>No se puede abrir el registro de pedidos</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, is writable and that the disk is not full, then choose Try again. </source>
        <translation>Compruebe que la carpeta %1 existe, que se puede escribir en ella y que el disco no está lleno; luego elija Reintentar. </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Continue without sending</source>
        <translation>Continuar sin enviar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Team journal cannot be reached</source>
        <translation>No se puede acceder al registro del equipo</translation>
    </message>
    <message>
        <source>Choose Try again once the network or the server is back, or check the team journal&apos;s settings in Preferences. </source>
        <translation>Elija Reintentar cuando vuelvan la red o el servidor, o revise la configuración del registro del equipo en Preferencias. </translation>
    </message>
</context>
<context>
    <name>JournaledSubmission</name>
    <message>
        <source>No connection is set up.</source>
        <translation>No hay ninguna conexión configurada.</translation>
    </message>
    <message>
        <source>The order journal is not open, and NumberDesk does not send status changes it cannot record.</source>
        <translation>El registro de pedidos no está abierto y NumberDesk no envía cambios de estado que no puede anotar.</translation>
    </message>
    <message>
        <source>The order journal was closed.</source>
        <translation>Se cerró el registro de pedidos.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>null</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (the JSON value null).</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (true or false).</extracomment>
        <translation>un valor booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot;.</extracomment>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not an array&quot; (a JSON string).</extracomment>
        <translation>texto</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (a JSON list).</extracomment>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (a JSON object with named fields).</extracomment>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (the field is not there at all).</extracomment>
        <translation>un campo ausente</translation>
    </message>
    <message>
        <source>%1 is %2, not text</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;a number&quot;.</extracomment>
        <translation>%1 es %2, no texto</translation>
    </message>
    <message>
        <source>%1 is %2, not an array</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;. An array is a JSON list.</extracomment>
        <translation>%1 es %2, no una lista</translation>
    </message>
    <message>
        <source>%1 is %2, not a phone number</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;.</extracomment>
        <translation>%1 es %2, no un número de teléfono</translation>
    </message>
    <message>
        <source>%1 is %2, not a URL</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;a number&quot;. URL: a web address.</extracomment>
        <translation>%1 es %2, no una URL</translation>
    </message>
    <message>
        <source>%1 is %2, not an amount</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;. Amount: a fee in US dollars.</extracomment>
        <translation>%1 es %2, no un monto</translation>
    </message>
    <message>
        <source>%1 is %2, not a number or an object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON list item as the server sent it, e.g. &quot;Numbers[0]&quot; (keep as is), %2 a JSON type name such as &quot;a boolean&quot;. &quot;a number&quot; here means a phone number given as digits.</extracomment>
        <translation>%1 es %2, no un número ni un objeto</translation>
    </message>
    <message>
        <source>body is empty</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;: the answer had no content.</extracomment>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <source>body is not JSON: %1 at offset %L2</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is Qt&apos;s reason (e.g. &quot;unterminated string&quot;), %2 the position in the answer where reading stopped.</extracomment>
        <translation>el cuerpo no es JSON: %1 en la posición %L2</translation>
    </message>
    <message>
        <source>body is a JSON array, not an object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. JSON array: a list; object: named fields.</extracomment>
        <translation>el cuerpo es una lista JSON, no un objeto</translation>
    </message>
    <message>
        <source>body is not a JSON object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;.</extracomment>
        <translation>el cuerpo no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>LocationCodes</name>
    <message>
        <source>The area code may contain only digits; it contains &apos;%1&apos;.</source>
        <translation>El código de área solo puede contener dígitos; contiene “%1”.</translation>
    </message>
    <message>
        <source>The area code must have 3 digits (%1 found).</source>
        <translation>El código de área debe tener 3 dígitos (se encontraron %1).</translation>
    </message>
    <message>
        <source>ZIP+4 code %1-%2 was shortened to %1: the new number is searched by the 5-digit ZIP code.</source>
        <translation>El código ZIP+4 %1-%2 se acortó a %1: el número nuevo se busca por el código postal de 5 dígitos.</translation>
    </message>
    <message>
        <source>The ZIP code may contain only digits; it contains &apos;%1&apos;. Only US ZIP codes are supported.</source>
        <translation>El código postal solo puede contener dígitos; contiene “%1”. Solo se admiten códigos postales de EE. UU.</translation>
    </message>
    <message>
        <source>The ZIP code must have 5 digits (%1 found).</source>
        <translation>El código postal debe tener 5 dígitos (se encontraron %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NumberDesk</source>
        <translation>NumberDesk</translation>
    </message>
    <message>
        <source>Change the status of customers&apos; mobile numbers: the request form on the left, the server&apos;s answers on the right</source>
        <translation>Cambie el estado de los números móviles de los clientes: el formulario de solicitud a la izquierda, las respuestas del servidor a la derecha</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Which server and account the next request goes to</source>
        <translation>A qué servidor y cuenta va la próxima solicitud</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Request and results</source>
        <translation>Solicitud y resultados</translation>
    </message>
    <message>
        <source>Drag the handle to share the space between the request form and the results</source>
        <translation>Arrastre el separador para repartir el espacio entre el formulario de solicitud y los resultados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What the desk did last</source>
        <translation>Lo último que hizo NumberDesk</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nueva solicitud</translation>
    </message>
    <message>
        <source>Empty the form for the next customer (asks if something is typed)</source>
        <translation>Vaciar el formulario para el siguiente cliente (pregunta si hay algo escrito)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <source>Connection profiles: add, edit, test or remove accounts, choose the sandbox</source>
        <translation>Perfiles de conexión: agregar, editar, probar o eliminar cuentas, elegir el entorno de pruebas</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Open the order &amp;journal again</source>
        <translation>Abrir de nuevo el &amp;registro de pedidos</translation>
    </message>
    <message>
        <source>Nothing is sent while the order journal is not open; try opening it again</source>
        <translation>No se envía nada mientras el registro de pedidos no esté abierto; intente abrirlo de nuevo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>Check and send the request (Ctrl+Enter)</source>
        <translation>Revisar y enviar la solicitud (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Abandon waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for the answer; the server may still carry out a request that has left</source>
        <translation>Dejar de esperar la respuesta; el servidor puede llevar a cabo de todos modos una solicitud que ya salió</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;About NumberDesk</source>
        <translation>&amp;Acerca de NumberDesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings, such as the support line on customer cards</source>
        <translation>La configuración de la organización, como la línea de atención de las tarjetas del cliente</translation>
    </message>
    <message>
        <source>Order journal problem</source>
        <translation>Problema con el registro de pedidos</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>I understand the order journal problem</source>
        <translation>Entendido: problema con el registro de pedidos</translation>
    </message>
    <message>
        <source>Sending stays off until you confirm you have read this</source>
        <translation>El envío sigue desactivado hasta que confirme que leyó esto</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Pedido</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Team journal problem</source>
        <translation>Problema con el registro del equipo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Connect to the team journal again</source>
        <translation>Volver a conectar con el registro del equipo</translation>
    </message>
    <message>
        <source>Connects to the team journal&apos;s server again and writes the answers kept meanwhile</source>
        <translation>Vuelve a conectar con el servidor del registro del equipo y escribe las respuestas guardadas mientras tanto</translation>
    </message>
    <message>
        <source>Every order in the order journal (this desk’s, or the whole team’s), searchable, with CSV export</source>
        <translation>Cada pedido del registro de pedidos (el de este puesto o el de todo el equipo), con búsqueda y exportación CSV</translation>
    </message>
</context>
<context>
    <name>ManualEntryPanel</name>
    <message>
        <source>Type the code in</source>
        <translation>Escribir el código</translation>
    </message>
    <message>
        <source>When the camera will not scan, the customer types these on the phone. They let anyone install this line: read them out only to the customer.</source>
        <translation>Cuando la cámara no escanea, el cliente escribe estos datos en el teléfono. Permiten a cualquiera instalar esta línea: léalos solo al cliente.</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Mostrar código</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Mostrar código</translation>
    </message>
    <message>
        <source>Shows the activation code, which stays hidden until asked for</source>
        <translation>Muestra el código de activación, que permanece oculto hasta que se pide</translation>
    </message>
    <message>
        <source>SM-DP+ address</source>
        <translation>Dirección SM-DP+</translation>
    </message>
    <message>
        <source>The server address the phone asks for when the code is typed in</source>
        <translation>La dirección del servidor que pide el teléfono cuando se escribe el código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy SM-DP+ address</source>
        <translation>Copiar dirección SM-DP+</translation>
    </message>
    <message>
        <source>Copies the SM-DP+ address; the clipboard is cleared after 30 seconds</source>
        <translation>Copia la dirección SM-DP+; el portapapeles se borra después de 30 segundos</translation>
    </message>
    <message>
        <source>Activation code (matching ID)</source>
        <translation>Código de activación (ID de coincidencia)</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <source>The matching ID the phone asks for as its activation code</source>
        <translation>El ID de coincidencia que pide el teléfono como código de activación</translation>
    </message>
    <message>
        <source>Copy activation code</source>
        <translation>Copiar código de activación</translation>
    </message>
    <message>
        <source>Copies the activation code; the clipboard is cleared after 30 seconds</source>
        <translation>Copia el código de activación; el portapapeles se borra después de 30 segundos</translation>
    </message>
    <message>
        <source>Whole code, for phones with one field</source>
        <translation>Código completo, para teléfonos con un solo campo</translation>
    </message>
    <message>
        <source>Whole activation code</source>
        <translation>Código de activación completo</translation>
    </message>
    <message>
        <source>The whole LPA code, for phones that take it in one field</source>
        <translation>El código LPA completo, para teléfonos que lo aceptan en un solo campo</translation>
    </message>
    <message>
        <source>Copy whole code</source>
        <translation>Copiar código completo</translation>
    </message>
    <message>
        <source>Copies the whole LPA code; the clipboard is cleared after 30 seconds</source>
        <translation>Copia el código LPA completo; el portapapeles se borra después de 30 segundos</translation>
    </message>
</context>
<context>
    <name>NanpRules</name>
    <message>
        <source>The area code %1 starts with %2; North American area codes start with 2 to 9.</source>
        <translation>El código de área %1 empieza por %2; los códigos de área de Norteamérica empiezan por un dígito del 2 al 9.</translation>
    </message>
    <message>
        <source>The area code %1 is a service code like 911, not an area code that numbers are assigned in.</source>
        <translation>El código de área %1 es un código de servicio como el 911, no un código de área en el que se asignen números.</translation>
    </message>
    <message>
        <source>The exchange %1 (the three digits after the area code) starts with %2; it must start with 2 to 9.</source>
        <translation>La central %1 (los tres dígitos después del código de área) empieza por %2; debe empezar por un dígito del 2 al 9.</translation>
    </message>
</context>
<context>
    <name>OrderErrorBox</name>
    <message>
        <source>Request failed</source>
        <translation>La solicitud falló</translation>
    </message>
    <message>
        <source>Why the last request failed and what to do</source>
        <translation>Por qué falló la última solicitud y qué hacer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Caution before resending</source>
        <translation>Precaución antes de reenviar</translation>
    </message>
    <message>
        <source>Trace id for support</source>
        <translation>ID de seguimiento para soporte</translation>
    </message>
    <message>
        <source>Copy for support ticket</source>
        <translation>Copiar para el ticket de soporte</translation>
    </message>
    <message>
        <source>Copies the error, its time and trace id for a support ticket</source>
        <translation>Copia el error, su hora y su ID de seguimiento para un ticket de soporte</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>The order the server created for the last request</source>
        <translation>El pedido que creó el servidor para la última solicitud</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Copiar ID de pedido</translation>
    </message>
    <message>
        <source>Copies the order id to the clipboard</source>
        <translation>Copia el ID de pedido al portapapeles</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Status word from the server</source>
        <translation>Estado indicado por el servidor</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>Fecha del pedido:</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Fecha efectiva:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <source>Total fee:</source>
        <translation>Cargo total:</translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation>Cargo total</translation>
    </message>
    <message>
        <source>Reason given by the server</source>
        <translation>Motivo indicado por el servidor</translation>
    </message>
</context>
<context>
    <name>OrderNumberParser</name>
    <message>
        <source>%1 %2 is not a phone number the API uses</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[1].Number&quot; (keep as is), %2 the server&apos;s value in quotes, e.g. &apos;555-0100&apos;.</extracomment>
        <translation>%1 %2 no es un número de teléfono que use la API</translation>
    </message>
    <message>
        <source>%1 is not an absolute http or https URL</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[0].QrCode&quot; (keep as is); the QR code&apos;s web address is not a full http(s) address.</extracomment>
        <translation>%1 no es una URL http o https absoluta</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[0].ChargeFee&quot; (keep as is), %2 the server&apos;s value in quotes; amount: a fee in US dollars.</extracomment>
        <translation>%1 %2 no es un monto</translation>
    </message>
    <message>
        <source>%1 has %2 but no NewNumber</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a list item such as &quot;NumbersChange[0]&quot;, %2 a JSON field name such as OriginalNumber; keep both and NewNumber as is.</extracomment>
        <translation>%1 tiene %2, pero no NewNumber</translation>
    </message>
    <message>
        <source>%1 has no Number</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a list item such as &quot;Numbers[0]&quot;; keep it and Number (a JSON field name) as is.</extracomment>
        <translation>%1 no tiene Number</translation>
    </message>
</context>
<context>
    <name>OrderParser</name>
    <message>
        <source>%1 is missing</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderId (keep as is).</extracomment>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderId (keep as is); the field holds no text.</extracomment>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 %2 is not a date the API uses</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderDate (keep as is), %2 the server&apos;s value in quotes, e.g. &apos;13/45/2024&apos;.</extracomment>
        <translation>%1 %2 no es una fecha que use la API</translation>
    </message>
    <message>
        <source>the numbers list is missing (looked for %1)</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 lists the JSON field names looked for, e.g. &quot;Numbers, NumbersChange, NumbersChanged&quot; (keep as is).</extracomment>
        <translation>falta la lista de números (se buscó %1)</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a North American number; only North American (+1) numbers are supported.</source>
        <translation>Este no es un número de Norteamérica; solo se admiten números de Norteamérica (+1).</translation>
    </message>
    <message>
        <source>No phone number was entered.</source>
        <translation>No se escribió ningún número de teléfono.</translation>
    </message>
    <message>
        <source>The number contains letters: %1. Only digits are accepted; vanity numbers such as 1-800-FLOWERS must be typed as digits.</source>
        <translation>El número contiene letras: %1. Solo se aceptan dígitos; los números alfanuméricos como 1-800-FLOWERS deben escribirse con dígitos.</translation>
    </message>
    <message>
        <source>The number contains an unexpected character: &apos;%1&apos;.</source>
        <translation>El número contiene un carácter inesperado: “%1”.</translation>
    </message>
    <message>
        <source>The number contains no digits.</source>
        <translation>El número no contiene dígitos.</translation>
    </message>
    <message>
        <source>The number has too few digits (%1 found); 10 are needed, not counting a leading country code 1.</source>
        <translation>El número tiene muy pocos dígitos (se encontraron %1); se necesitan 10, sin contar el código de país 1 inicial.</translation>
    </message>
    <message>
        <source>The number has too many digits (%1 found); 10 are needed, not counting a leading country code 1.</source>
        <translation>El número tiene demasiados dígitos (se encontraron %1); se necesitan 10, sin contar el código de país 1 inicial.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Questions? Call 1-800-555-0199</source>
        <translation>¿Preguntas? Llame al 1-800-555-0199</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Línea de atención</translation>
    </message>
    <message>
        <source>The line printed at the foot of every customer card, such as a phone number for help</source>
        <translation>La línea impresa al pie de cada tarjeta del cliente, como un número de teléfono de ayuda</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the desk; it changes at once, without a restart</source>
        <translation>El idioma de NumberDesk; cambia de inmediato, sin reiniciar</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Colores claros u oscuros, o los del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <comment>Appearance: follow the system&apos;s light or dark setting</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>Appearance: light colours</comment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>Appearance: dark colours</comment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Support line:</source>
        <translation>&amp;Línea de atención:</translation>
    </message>
    <message>
        <source>Printed at the foot of every customer card.</source>
        <translation>Se imprime al pie de cada tarjeta del cliente.</translation>
    </message>
    <message>
        <source>Order journal</source>
        <translation>Registro de pedidos</translation>
    </message>
    <message>
        <source>Your &amp;name in the journal:</source>
        <translation>Su &amp;nombre en el registro:</translation>
    </message>
    <message>
        <source>Your name in the journal</source>
        <translation>Su nombre en el registro</translation>
    </message>
    <message>
        <source>The name written on every request you send and every request you check by hand; empty: your user name on this computer</source>
        <translation>El nombre que se anota en cada solicitud que envía y en cada solicitud que verifica a mano; vacío: su nombre de usuario en esta computadora</translation>
    </message>
    <message>
        <source>Journal kept:</source>
        <translation>Ubicación del registro:</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>En esta &amp;computadora</translation>
    </message>
    <message>
        <source>The journal is a file on this computer; only this desk sees its records</source>
        <translation>El registro es un archivo en esta computadora; solo este puesto ve sus entradas</translation>
    </message>
    <message>
        <source>&amp;Team journal (PostgreSQL)</source>
        <translation>Registro del &amp;equipo (PostgreSQL)</translation>
    </message>
    <message>
        <source>The journal is on a PostgreSQL server the team shares; every desk sees every record</source>
        <translation>El registro está en un servidor PostgreSQL que comparte el equipo; cada puesto ve todas las entradas</translation>
    </message>
    <message>
        <source>NumberDesk uses the new journal from its next start.</source>
        <translation>NumberDesk usa el nuevo registro a partir de su próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The team journal server&apos;s name or address, such as journal.example.com</source>
        <translation>El nombre o la dirección del servidor del registro del equipo, como journal.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>The team journal server&apos;s port; PostgreSQL&apos;s usual port is 5432</source>
        <translation>El puerto del servidor del registro del equipo; el puerto habitual de PostgreSQL es 5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>The name of the team journal&apos;s database on the server</source>
        <translation>El nombre de la base de datos del registro del equipo en el servidor</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Usuario de la base de datos</translation>
    </message>
    <message>
        <source>The user NumberDesk signs in to the server as</source>
        <translation>El usuario con el que NumberDesk inicia sesión en el servidor</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted and its certificate checked</source>
        <translation>Si la conexión con el servidor está cifrada y se verifica su certificado</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-full)</source>
        <translation>Cifrado, certificado verificado (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted (only for a server on this computer)</source>
        <translation>Sin cifrar (solo para un servidor en esta computadora)</translation>
    </message>
    <message>
        <source>CA ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificado de la CA:</translation>
    </message>
    <message>
        <source>Optional: the system&apos;s default</source>
        <translation>Opcional: el predeterminado del sistema</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <source>Optional: the PEM file of the certificate authority that signed the server&apos;s certificate</source>
        <translation>Opcional: el archivo PEM de la autoridad de certificación que firmó el certificado del servidor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo del certificado de la CA</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in the settings file; leave empty to keep the saved password</source>
        <translation>Se guarda en el llavero del sistema de esta computadora, nunca en el archivo de configuración; déjela vacía para conservar la contraseña guardada</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>the content could not be produced</source>
        <translation>no se pudo generar el contenido</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsParser</name>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <extracomment>The server asked to wait this long (its Retry-After) before sending again.</extracomment>
        <translation>
            <numerusform>Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service unavailable (%1)</source>
        <extracomment>Error title; %1 is the HTTP status code, e.g. 503.</extracomment>
        <translation>Servicio no disponible (%1)</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>El servicio no está disponible temporalmente.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Validation failed (400)</source>
        <translation>Falló la validación (400)</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>El servidor rechazó la solicitud por no ser válida.</translation>
    </message>
    <message>
        <source>Correct the fields it names and send again.</source>
        <translation>Corrija los campos que indica y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Not authorised (401)</source>
        <translation>No autorizado (401)</translation>
    </message>
    <message>
        <source>The server refused the credentials or token.</source>
        <translation>El servidor rechazó las credenciales o el token.</translation>
    </message>
    <message>
        <source>The token may have expired or been issued for another endpoint: sign in again, and if it keeps happening check the AccountKey and AccountSecret.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation>Puede que el token haya caducado o que se haya emitido para otro endpoint: vuelva a iniciar sesión y, si sigue ocurriendo, revise la AccountKey y el AccountSecret.</translation>
    </message>
    <message>
        <source>Access denied (403)</source>
        <translation>Acceso denegado (403)</translation>
    </message>
    <message>
        <source>The account has no access to this endpoint.</source>
        <translation>La cuenta no tiene acceso a este endpoint.</translation>
    </message>
    <message>
        <source>Ask Telegent to enable it for the account.</source>
        <extracomment>Telegent is the API vendor&apos;s name.</extracomment>
        <translation>Pida a Telegent que lo habilite para la cuenta.</translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation>No encontrado (404)</translation>
    </message>
    <message>
        <source>The server does not know what was asked for.</source>
        <translation>El servidor no reconoce lo que se pidió.</translation>
    </message>
    <message>
        <source>Check the order id or number.</source>
        <translation>Revise el ID de pedido o el número.</translation>
    </message>
    <message>
        <source>Conflict (409)</source>
        <translation>Conflicto (409)</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server.</source>
        <translation>La solicitud entra en conflicto con el estado actual en el servidor.</translation>
    </message>
    <message>
        <source>Check the numbers&apos; status before sending again.</source>
        <translation>Verifique el estado de los números antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Rejected by the server (422)</source>
        <translation>Rechazada por el servidor (422)</translation>
    </message>
    <message>
        <source>The server refused the change under its business rules.</source>
        <translation>El servidor rechazó el cambio según sus reglas de negocio.</translation>
    </message>
    <message>
        <source>Check the numbers&apos; current state before trying again.</source>
        <translation>Verifique el estado actual de los números antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation>Demasiadas solicitudes (429)</translation>
    </message>
    <message>
        <source>The server is limiting the request rate.</source>
        <translation>El servidor está limitando la frecuencia de las solicitudes.</translation>
    </message>
    <message>
        <source>Wait a minute before trying again.</source>
        <translation>Espere un minuto antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>A gateway in front of the service failed.</source>
        <translation>Falló una puerta de enlace situada delante del servicio.</translation>
    </message>
    <message>
        <source>The request may still have reached the server: check the numbers&apos; status before resending, then try again later.</source>
        <translation>Puede que la solicitud haya llegado de todos modos al servidor: verifique el estado de los números antes de reenviarla y, después, vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <extracomment>Error title; %1 is the HTTP status code, e.g. 500.</extracomment>
        <translation>Error del servidor (%1)</translation>
    </message>
    <message>
        <source>The server failed while handling the request.</source>
        <translation>El servidor falló al procesar la solicitud.</translation>
    </message>
    <message>
        <source>It may have acted on some numbers: check the numbers&apos; status before resending.</source>
        <translation>Puede que haya actuado sobre algunos números: verifique el estado de los números antes de reenviar.</translation>
    </message>
    <message>
        <source>Request refused (%1)</source>
        <extracomment>Error title; %1 is an HTTP status code, e.g. 418.</extracomment>
        <translation>Solicitud rechazada (%1)</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 418.</extracomment>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected answer (%1)</source>
        <extracomment>Error title; %1 is an HTTP status code the app does not expect, e.g. 100.</extracomment>
        <translation>Respuesta inesperada (%1)</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code, e.g. 100.</extracomment>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>Quote trace id %1 to Telegent support.</source>
        <extracomment>%1 is the server&apos;s trace id (an opaque code such as 00-4bf9…-00); Telegent is the API vendor.</extracomment>
        <translation>Indique el ID de seguimiento %1 al soporte de Telegent.</translation>
    </message>
</context>
<context>
    <name>ProfileSecretPrompt</name>
    <message>
        <source>AccountSecret needed</source>
        <translation>Se necesita el AccountSecret</translation>
    </message>
    <message>
        <source>The active profile has no AccountSecret for this session; enter it to send requests</source>
        <translation>El perfil activo no tiene AccountSecret para esta sesión; escríbalo para enviar solicitudes</translation>
    </message>
    <message>
        <source>Account s&amp;ecret:</source>
        <translation>Secre&amp;to de la cuenta:</translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation>Secreto de la cuenta (AccountSecret)</translation>
    </message>
    <message>
        <source>The account&apos;s secret; hidden while typing</source>
        <translation>El secreto de la cuenta; se oculta al escribirlo</translation>
    </message>
    <message>
        <source>Sa&amp;ve it in this computer&apos;s credential store</source>
        <translation>&amp;Guardarlo en el almacén de credenciales de este equipo</translation>
    </message>
    <message>
        <source>Save the secret</source>
        <translation>Guardar el secreto</translation>
    </message>
    <message>
        <source>Unchecked: the secret is kept for this session only and asked for again next start</source>
        <translation>Sin marcar: el secreto se conserva solo durante esta sesión y se vuelve a pedir en el próximo inicio</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>&amp;Clave de cuenta:</translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation>Clave de cuenta (AccountKey)</translation>
    </message>
    <message>
        <source>The account on this server, e.g. DID-…</source>
        <translation>La cuenta en este servidor, p. ej. DID-…</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Connection profiles: the built-in sandbox and the accounts this computer can send requests for</source>
        <translation>Perfiles de conexión: el entorno de pruebas integrado y las cuentas para las que este equipo puede enviar solicitudes</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
        <source>Says when no credential store is available and secrets last for this session only</source>
        <translation>Indica cuándo no hay ningún almacén de credenciales disponible y los secretos duran solo esta sesión</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>The sandbox first, then the saved accounts; the active one is marked</source>
        <translation>Primero el entorno de pruebas, luego las cuentas guardadas; el activo está marcado</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Agregar cuenta</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Starts a new profile: name, server, AccountKey and AccountSecret</source>
        <translation>Inicia un perfil nuevo: nombre, servidor, AccountKey y AccountSecret</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved secret; the sandbox cannot be removed</source>
        <translation>Elimina el perfil seleccionado y su secreto guardado; el entorno de pruebas no se puede eliminar</translation>
    </message>
    <message>
        <source>Profile being edited</source>
        <translation>Perfil en edición</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>How this account is shown in the profile switcher and the history; must be unique</source>
        <translation>Cómo se muestra esta cuenta en el selector de perfiles y en el historial; debe ser único</translation>
    </message>
    <message>
        <source>e.g. Telegent production</source>
        <translation>p. ej., Telegent producción</translation>
    </message>
    <message>
        <source>&amp;Server (API base URL):</source>
        <translation>&amp;Servidor (URL base de la API):</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>For example https://api.telegent.com/v1.0; must be https unless the server runs on this computer</source>
        <translation>Por ejemplo, https://api.telegent.com/v1.0; debe ser https, salvo que el servidor se ejecute en este equipo</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>&amp;Clave de cuenta:</translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation>Clave de cuenta (AccountKey)</translation>
    </message>
    <message>
        <source>The account&apos;s key from Telegent, starting with DID-</source>
        <translation>La clave de la cuenta proporcionada por Telegent, que empieza por DID-</translation>
    </message>
    <message>
        <source>Account s&amp;ecret:</source>
        <translation>Secre&amp;to de la cuenta:</translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation>Secreto de la cuenta (AccountSecret)</translation>
    </message>
    <message>
        <source>The account&apos;s secret; hidden while typing and kept in this computer&apos;s credential store, never in settings files</source>
        <translation>El secreto de la cuenta; se oculta al escribirlo y se guarda en el almacén de credenciales de este equipo, nunca en archivos de configuración</translation>
    </message>
    <message>
        <source>About the secret</source>
        <translation>Acerca del secreto</translation>
    </message>
    <message>
        <source>Where the AccountSecret is kept, or why it could not be saved</source>
        <translation>Dónde se guarda el AccountSecret, o por qué no se pudo guardar</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Por qué no se puede guardar el perfil</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>P&amp;robar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Asks the server for a token with these values and shows its exact answer</source>
        <translation>Pide al servidor un token con estos valores y muestra su respuesta exacta</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the last connection test</source>
        <translation>La respuesta del servidor a la última prueba de conexión</translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation>Conservarlo solo durante esta sesión</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Conservar el secreto solo durante esta sesión</translation>
    </message>
    <message>
        <source>The credential store refused the secret: keep it in memory until NumberDesk quits instead</source>
        <translation>El almacén de credenciales rechazó el secreto: en su lugar, conservarlo en memoria hasta que se cierre NumberDesk</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Usar este perfil</translation>
    </message>
    <message>
        <source>Makes the selected profile the one the next requests go to</source>
        <translation>Hace que las próximas solicitudes vayan al perfil seleccionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Saves the name, server and AccountKey in the settings and the secret in the credential store</source>
        <translation>Guarda el nombre, el servidor y la AccountKey en la configuración, y el secreto en el almacén de credenciales</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the accounts window; saved profiles stay saved</source>
        <translation>Cierra la ventana de cuentas; los perfiles guardados siguen guardados</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Choose a valid effective date.</source>
        <translation>Elija una fecha efectiva válida.</translation>
    </message>
    <message>
        <source>The effective date %1 is in the past.</source>
        <translation>La fecha efectiva %1 ya pasó.</translation>
    </message>
    <message>
        <source>An ICCID was entered without a phone number.</source>
        <translation>Se escribió un ICCID sin número de teléfono.</translation>
    </message>
    <message>
        <source>This number is also in row %1 with a different ICCID; keep one of the two rows.</source>
        <translation>Este número también está en la fila %1 con otro ICCID; conserve una de las dos filas.</translation>
    </message>
    <message>
        <source>This number is already in row %1; it will be sent only once.</source>
        <translation>Este número ya está en la fila %1; se enviará una sola vez.</translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation>Escriba al menos un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The order created by the last request and its numbers</source>
        <translation>El pedido que creó la última solicitud y sus números</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <source>What is being sent</source>
        <translation>Qué se está enviando</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>Consultando el pedido</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Dejar de consultar</translation>
    </message>
    <message>
        <source>Stops looking the order up; it may still complete on the server</source>
        <translation>Deja de consultar el pedido; aún puede completarse en el servidor</translation>
    </message>
    <message>
        <source>Results of the next request appear here.</source>
        <translation>Los resultados de la próxima solicitud aparecen aquí.</translation>
    </message>
    <message>
        <source>Numbers in the order</source>
        <translation>Números del pedido</translation>
    </message>
    <message>
        <source>Each number with its fee and QR code; press Enter to show a QR code for scanning</source>
        <translation>Cada número con su cargo y su código QR; pulse Enter para mostrar un código QR para escanear</translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation>Mostrar código &amp;QR…</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <source>Shows the QR code of the selected number large enough to scan</source>
        <translation>Muestra el código QR del número seleccionado en un tamaño que se puede escanear</translation>
    </message>
    <message>
        <source>Retry QR code</source>
        <translation>Reintentar código QR</translation>
    </message>
    <message>
        <source>Loads the QR code of the selected number again</source>
        <translation>Vuelve a cargar el código QR del número seleccionado</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>Copiar números</translation>
    </message>
    <message>
        <source>Copies the selected numbers, or all of them, to the clipboard</source>
        <translation>Copia al portapapeles los números seleccionados, o todos</translation>
    </message>
    <message>
        <source>Numbers and QR codes loaded</source>
        <translation>Números y códigos QR cargados</translation>
    </message>
    <message>
        <source>Customer cards</source>
        <translation>Tarjetas del cliente</translation>
    </message>
    <message>
        <source>Prints customer cards with the QR codes and how to install them, or saves them as PDF: for the selected numbers, or all of them</source>
        <translation>Imprime las tarjetas del cliente con los códigos QR y cómo instalarlos, o las guarda como PDF: para los números seleccionados, o para todos</translation>
    </message>
    <message>
        <source>Re&amp;try QR code</source>
        <translation>&amp;Reintentar código QR</translation>
    </message>
    <message>
        <source>Cop&amp;y numbers</source>
        <translation>Copiar nú&amp;meros</translation>
    </message>
    <message>
        <source>C&amp;ustomer cards…</source>
        <translation>Tar&amp;jetas del cliente…</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>QR code to scan</source>
        <translation>Código QR para escanear</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>The eSIM QR code for the customer&apos;s phone to scan</source>
        <translation>El código QR de eSIM que escanea el teléfono del cliente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Qué hace el cliente</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer opens &lt;b&gt;Settings → Mobile/Cellular → Add eSIM&lt;/b&gt;, chooses &lt;b&gt;“Use QR code”&lt;/b&gt; and points the phone&apos;s camera at this code.&lt;/p&gt;&lt;p&gt;If the carrier uses a confirmation code, the customer types it on the phone. It is never part of the QR code and is never scanned.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El cliente abre &lt;b&gt;Configuración → Celular → Agregar eSIM&lt;/b&gt;, elige &lt;b&gt;“Usar código QR”&lt;/b&gt; y apunta la cámara del teléfono a este código.&lt;/p&gt;&lt;p&gt;Si el operador usa un código de confirmación, el cliente lo escribe en el teléfono. Nunca forma parte del código QR y nunca se escanea.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warning about this QR code</source>
        <translation>Advertencia sobre este código QR</translation>
    </message>
    <message>
        <source>&amp;Full screen (F11)</source>
        <translation>&amp;Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Shows the QR code on the whole screen; press F11 or Esc to leave</source>
        <translation>Muestra el código QR en toda la pantalla; pulse F11 o Esc para salir</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>Copies the QR code image to the clipboard</source>
        <translation>Copia la imagen del código QR al portapapeles</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>&amp;Guardar como PNG…</translation>
    </message>
    <message>
        <source>Saves the QR code as a PNG image file</source>
        <translation>Guarda el código QR como archivo de imagen PNG</translation>
    </message>
    <message>
        <source>Ways to hand the eSIM over</source>
        <translation>Formas de entregar la eSIM</translation>
    </message>
    <message>
        <source>Scanning, typing the code in, or an install link</source>
        <translation>Escanear, escribir el código o un enlace de instalación</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Type it in</source>
        <translation>Escribirlo</translation>
    </message>
    <message>
        <source>Install link</source>
        <translation>Enlace de instalación</translation>
    </message>
    <message>
        <source>Customer ca&amp;rd (print or PDF)…</source>
        <translation>&amp;Tarjeta del cliente (imprimir o PDF)…</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>Tarjeta del cliente</translation>
    </message>
    <message>
        <source>Prints this number&apos;s customer card, or saves it as PDF</source>
        <translation>Imprime la tarjeta del cliente de este número, o la guarda como PDF</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <source>[token removed]</source>
        <extracomment>Put in place of an access token found in the server&apos;s message, which is otherwise quoted verbatim.</extracomment>
        <translation>[token eliminado]</translation>
    </message>
    <message>
        <source>Bearer [removed]</source>
        <extracomment>Put in place of &quot;Bearer &lt;token&gt;&quot; in the server&apos;s message; &quot;Bearer&quot; is an HTTP word, keep it.</extracomment>
        <translation>Bearer [eliminado]</translation>
    </message>
    <message>
        <source>[activation code removed]</source>
        <extracomment>Put in place of an eSIM activation code (LPA:…) found in the server&apos;s message.</extracomment>
        <translation>[código de activación eliminado]</translation>
    </message>
    <message>
        <source>[removed]</source>
        <extracomment>Put in place of a long key-like string found in the server&apos;s message.</extracomment>
        <translation>[eliminado]</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No secret has been entered for this profile in this session.</source>
        <translation>No se ha escrito ningún secreto para este perfil en esta sesión.</translation>
    </message>
</context>
<context>
    <name>StatusChangeAnswer</name>
    <message>
        <source>NumberDesk cannot tell whether the change was made: check the numbers&apos; status or look the order up before sending it again.</source>
        <translation>NumberDesk no puede saber si se hizo el cambio: verifique el estado de los números o consulte el pedido antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Redirected (%1)</source>
        <translation>Redirigido (%1)</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address. NumberDesk does not follow redirects for API calls, because the access token would go with it.</source>
        <translation>El servidor respondió con una redirección a otra dirección. NumberDesk no sigue redirecciones en las llamadas a la API, porque el token de acceso iría con ella.</translation>
    </message>
    <message>
        <source>This kind of redirect means the server did not act: nothing was changed. Check the API address in the connection settings.</source>
        <translation>Este tipo de redirección significa que el servidor no actuó: no se cambió nada. Revise la dirección de la API en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Unexpected answer (%1)</source>
        <translation>Respuesta inesperada (%1)</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
</context>
<context>
    <name>StatusChangeForm</name>
    <message>
        <source>Status change request</source>
        <translation>Solicitud de cambio de estado</translation>
    </message>
    <message>
        <source>The change to send: change type, effective date, area code or zip code where they apply, and the numbers</source>
        <translation>El cambio que se enviará: tipo de cambio, fecha efectiva, código de área o código postal cuando corresponda, y los números</translation>
    </message>
    <message>
        <source>Request inputs</source>
        <translation>Datos de la solicitud</translation>
    </message>
    <message>
        <source>Everything that is sent with the request; read-only while a request is on its way</source>
        <translation>Todo lo que se envía con la solicitud; solo lectura mientras una solicitud está en camino</translation>
    </message>
    <message>
        <source>&amp;Change type:</source>
        <translation>&amp;Tipo de cambio:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Which status change to send: activate, cancel, swap number, swap SIM, replace number or park</source>
        <translation>Qué cambio de estado enviar: activar, dar de baja, cambiar número, cambiar SIM, reemplazar número o suspender</translation>
    </message>
    <message>
        <source>What this change does</source>
        <translation>Qué hace este cambio</translation>
    </message>
    <message>
        <source>One line on what happens to each number and whether it can be undone</source>
        <translation>Una línea sobre lo que ocurre con cada número y si se puede deshacer</translation>
    </message>
    <message>
        <source>Server message about the request</source>
        <translation>Mensaje del servidor sobre la solicitud</translation>
    </message>
    <message>
        <source>What the server said about the request as a whole</source>
        <translation>Lo que dijo el servidor sobre la solicitud en su conjunto</translation>
    </message>
    <message>
        <source>Effective &amp;date:</source>
        <translation>&amp;Fecha efectiva:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Fecha efectiva</translation>
    </message>
    <message>
        <source>Effective date check</source>
        <translation>Comprobación de la fecha efectiva</translation>
    </message>
    <message>
        <source>Problems or warnings about the effective date</source>
        <translation>Problemas o advertencias sobre la fecha efectiva</translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation>&amp;Código de área:</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Código de área</translation>
    </message>
    <message>
        <source>Three digits; the new number is searched in this area code first. Only used by swap number and replace number</source>
        <translation>Tres dígitos; el número nuevo se busca primero en este código de área. Solo se usa en Cambiar número y Reemplazar número</translation>
    </message>
    <message>
        <source>e.g. 201</source>
        <translation>p. ej., 201</translation>
    </message>
    <message>
        <source>Area code check</source>
        <translation>Comprobación del código de área</translation>
    </message>
    <message>
        <source>Problems with the area code, from this form or from the server</source>
        <translation>Problemas con el código de área, detectados por este formulario o por el servidor</translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Five digits; used when the area code is blank or has no free number. Only used by swap number and replace number</source>
        <translation>Cinco dígitos; se usa cuando el código de área está en blanco o no tiene números libres. Solo se usa en Cambiar número y Reemplazar número</translation>
    </message>
    <message>
        <source>e.g. 07302</source>
        <translation>p. ej., 07302</translation>
    </message>
    <message>
        <source>Zip code check</source>
        <translation>Comprobación del código postal</translation>
    </message>
    <message>
        <source>Problems with the zip code, from this form or from the server</source>
        <translation>Problemas con el código postal, detectados por este formulario o por el servidor</translation>
    </message>
    <message>
        <source>How area code and zip code are used</source>
        <translation>Cómo se usan el código de área y el código postal</translation>
    </message>
    <message>
        <source>The area code is searched first, the zip code is the fallback, and with both blank any area is used</source>
        <translation>Primero se busca en el código de área, el código postal es la alternativa y, con ambos en blanco, se usa cualquier zona</translation>
    </message>
    <message>
        <source>The area code is searched first, the zip code is the fallback; leave both blank for any area.</source>
        <translation>Primero se busca en el código de área y el código postal es la alternativa; deje ambos en blanco para cualquier zona.</translation>
    </message>
    <message>
        <source>&amp;Numbers — type them, or paste a column or a list with Ctrl+V:</source>
        <translation>&amp;Números — escríbalos, o pegue una columna o una lista con Ctrl+V:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>One number per row with its ICCID for swap SIM; the Check column shows the normalized number or why it cannot be sent. Ctrl+V pastes a list, Delete clears cells</source>
        <translation>Un número por fila, con su ICCID para Cambiar SIM; la columna Verificación muestra el número normalizado o por qué no se puede enviar. Ctrl+V pega una lista, Delete borra las celdas</translation>
    </message>
    <message>
        <source>Current row check</source>
        <translation>Verificación de la fila actual</translation>
    </message>
    <message>
        <source>The full check result of the row with the cursor: the normalized number, or why it cannot be sent, or a warning</source>
        <translation>El resultado completo de la verificación de la fila con el cursor: el número normalizado, por qué no se puede enviar o una advertencia</translation>
    </message>
    <message>
        <source>Numbers check</source>
        <translation>Verificación de los números</translation>
    </message>
    <message>
        <source>Problems with the list of numbers as a whole</source>
        <translation>Problemas con la lista de números en su conjunto</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <source>Adds an empty row to the numbers table and starts typing in it</source>
        <translation>Agrega una fila vacía a la tabla de números y empieza a escribir en ella</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Quitar filas seleccionadas</translation>
    </message>
    <message>
        <source>Removes every row that has a selected cell from the numbers table</source>
        <translation>Quita de la tabla de números cada fila que tenga una celda seleccionada</translation>
    </message>
    <message>
        <source>Numbers to send</source>
        <translation>Números que se enviarán</translation>
    </message>
    <message>
        <source>How many numbers the request will carry</source>
        <translation>Cuántos números llevará la solicitud</translation>
    </message>
    <message>
        <source>Why the request cannot be sent</source>
        <translation>Por qué no se puede enviar la solicitud</translation>
    </message>
    <message>
        <source>The first problem that keeps the Send button disabled</source>
        <translation>El primer problema que mantiene desactivado el botón Enviar</translation>
    </message>
    <message>
        <source>A&amp;bandon waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>Abandon waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Stops waiting for the server&apos;s answer; a request that has already left may still be carried out by the server (Esc)</source>
        <translation>Deja de esperar la respuesta del servidor; el servidor puede llevar a cabo de todos modos una solicitud que ya salió (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Checks the request again and sends it; changes that cannot be undone ask first (Ctrl+Enter)</source>
        <translation>Vuelve a revisar la solicitud y la envía; los cambios que no se pueden deshacer piden confirmación antes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>A&amp;gregar fila</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected rows</source>
        <translation>Qu&amp;itar filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The connection settings changed while signing in; nothing was sent.</source>
        <translation>La configuración de conexión cambió durante el inicio de sesión; no se envió nada.</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Sin credenciales</translation>
    </message>
    <message>
        <source>Enter the AccountKey and AccountSecret in the connection settings first.</source>
        <translation>Primero escriba la AccountKey y el AccountSecret en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Sign-in answer too large</source>
        <translation>Respuesta de inicio de sesión demasiado grande</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in was too large (more than %1), so NumberDesk stopped reading it. Nothing was sent. Try again later; if it keeps happening, tell Telegent support.</source>
        <translation>La respuesta del servidor al inicio de sesión era demasiado grande (más de %1), así que NumberDesk dejó de leerla. No se envió nada. Vuelva a intentarlo más tarde; si sigue ocurriendo, avise al soporte de Telegent.</translation>
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
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation>Se rechazó la AccountKey o el AccountSecret.</translation>
    </message>
    <message>
        <source>Check both in the settings and sign in again.</source>
        <translation>Revise ambos en la configuración y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>No access to this endpoint (403)</source>
        <translation>Sin acceso a este endpoint (403)</translation>
    </message>
    <message>
        <source>The account is not allowed to get a token for this endpoint.</source>
        <translation>La cuenta no tiene permiso para obtener un token para este endpoint.</translation>
    </message>
    <message>
        <source>Ask Telegent to enable the endpoint for the account.</source>
        <extracomment>Telegent is the API vendor&apos;s name.</extracomment>
        <translation>Pida a Telegent que habilite el endpoint para la cuenta.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Falló el inicio de sesión</translation>
    </message>
    <message>
        <source>The server answered the sign-in with a web page instead of a token.</source>
        <translation>El servidor respondió al inicio de sesión con una página web en lugar de un token.</translation>
    </message>
    <message>
        <source>Check the API address in the settings.</source>
        <translation>Revise la dirección de la API en la configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in could not be read (%1).</source>
        <extracomment>%1 says what was wrong with the answer, e.g. &quot;body is empty&quot; (already translated).</extracomment>
        <translation>No se pudo leer la respuesta del servidor al inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>El servidor no indicó ningún motivo.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>The server refused to issue a token.</source>
        <translation>El servidor se negó a emitir un token.</translation>
    </message>
    <message>
        <source>Check the AccountKey, the AccountSecret and the endpoint.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation>Revise la AccountKey, el AccountSecret y el endpoint.</translation>
    </message>
    <message>
        <source>The server answered the sign-in without a token.</source>
        <translation>El servidor respondió al inicio de sesión sin un token.</translation>
    </message>
    <message>
        <source>The server&apos;s token contains characters that cannot be sent back in a request header.</source>
        <translation>El token del servidor contiene caracteres que no se pueden devolver en un encabezado de solicitud.</translation>
    </message>
</context>
<context>
    <name>TransportFailure</name>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>the network connection was lost</source>
        <translation>se perdió la conexión de red</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 could not be established: %2. Nothing was sent. Check the computer&apos;s date and time and whether a proxy or security software intercepts HTTPS; NumberDesk never ignores certificate problems.</source>
        <translation>No se pudo establecer la conexión segura (TLS) con %1: %2. No se envió nada. Revise la fecha y la hora del equipo y si un proxy o un software de seguridad intercepta HTTPS; NumberDesk nunca ignora los problemas de certificados.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>The request reached %1 but no answer came in time. The change may or may not have been made: do not resend blindly; check the numbers&apos; status or look the order up first.</source>
        <translation>La solicitud llegó a %1, pero no llegó ninguna respuesta a tiempo. Puede que el cambio se haya hecho o no: no reenvíe a ciegas; primero verifique el estado de los números o consulte el pedido.</translation>
    </message>
    <message>
        <source>The request reached %1 but the connection broke before the answer (%2). The change may or may not have been made: do not resend blindly; check the numbers&apos; status or look the order up first.</source>
        <translation>La solicitud llegó a %1, pero la conexión se cortó antes de la respuesta (%2). Puede que el cambio se haya hecho o no: no reenvíe a ciegas; primero verifique el estado de los números o consulte el pedido.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>%1 did not answer in time and the request was not sent completely, so nothing was changed. Check the network connection and try again.</source>
        <translation>%1 no respondió a tiempo y la solicitud no se envió completa, así que no se cambió nada. Revise la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>No se pudo conectar con el servidor</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the API address and the network connection. Nothing was sent.</source>
        <translation>No se encontró el nombre del servidor %1. Revise la dirección de la API y la conexión de red. No se envió nada.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The service may be down or the API address wrong. Nothing was sent.</source>
        <translation>%1 rechazó la conexión. Puede que el servicio no esté disponible o que la dirección de la API sea incorrecta. No se envió nada.</translation>
    </message>
    <message>
        <source>The network proxy failed (%1). Nothing was sent; check the proxy settings.</source>
        <translation>Falló el proxy de red (%1). No se envió nada; revise la configuración del proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the request was sent (%2). Nothing was changed; check the network connection and try again.</source>
        <translation>La conexión con %1 falló antes de enviar la solicitud (%2). No se cambió nada; revise la conexión de red y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ValidationResult</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>nd::AboutDialog</name>
    <message>
        <source>Licences and notices (summary)</source>
        <translation>Licencias y avisos (resumen)</translation>
    </message>
    <message>
        <source>NumberDesk — MIT</source>
        <translation>NumberDesk — MIT</translation>
    </message>
    <message>
        <source>Qt — LGPLv3</source>
        <translation>Qt — LGPLv3</translation>
    </message>
    <message>
        <source>GPLv3 — sandbox</source>
        <translation>GPLv3 — entorno de pruebas</translation>
    </message>
    <message>
        <source>ZXing-cpp — Apache 2.0</source>
        <translation>ZXing-cpp — Apache 2.0</translation>
    </message>
    <message>
        <source>ZXing-cpp — NOTICE</source>
        <translation>ZXing-cpp — NOTICE</translation>
    </message>
    <message>
        <source>QtKeychain — BSD 2-Clause</source>
        <translation>QtKeychain — BSD 2-Clause</translation>
    </message>
    <message>
        <source>This document is missing from this build of NumberDesk (%1).</source>
        <translation>Este documento no está incluido en esta compilación de NumberDesk (%1).</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NumberDesk %1&lt;/h2&gt;&lt;p&gt;Changes the status of customers&apos; mobile numbers through the Telegent mPaaS API: activate, cancel, swap, swap SIM, replace and park.&lt;/p&gt;&lt;p&gt;Running on Qt %2 (built with Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences.&lt;/b&gt; NumberDesk&apos;s own code is under the MIT licence. The app uses Qt under the LGPLv3, ZXing-cpp under the Apache License 2.0, QtKeychain under the BSD 2-Clause licence and SQLite, which is in the public domain.&lt;/p&gt;&lt;p&gt;The training sandbox (&lt;tt&gt;numberdesk-sandbox&lt;/tt&gt;), which the app starts as a separate program in demo mode, uses Qt HTTP Server and is therefore distributed under the GPLv3. Its source is NumberDesk&apos;s repository.&lt;/p&gt;&lt;p&gt;The full texts are under &lt;i&gt;Third-party notices&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NumberDesk %1&lt;/h2&gt;&lt;p&gt;Cambia el estado de los números móviles de los clientes mediante la API mPaaS de Telegent: activar, dar de baja, cambiar número, cambiar SIM, reemplazar número y suspender.&lt;/p&gt;&lt;p&gt;Se ejecuta con Qt %2 (compilado con Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licencias.&lt;/b&gt; El código propio de NumberDesk está bajo la licencia MIT. La aplicación usa Qt bajo la LGPLv3, ZXing-cpp bajo la Apache License 2.0, QtKeychain bajo la licencia BSD 2-Clause y SQLite, que es de dominio público.&lt;/p&gt;&lt;p&gt;El entorno de pruebas de capacitación (&lt;tt&gt;numberdesk-sandbox&lt;/tt&gt;), que la aplicación inicia como un programa aparte en el modo de demostración, usa Qt HTTP Server y, por lo tanto, se distribuye bajo la GPLv3. Su código fuente es el repositorio de NumberDesk.&lt;/p&gt;&lt;p&gt;Los textos completos están en &lt;i&gt;Avisos de terceros&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nd::ApiCall</name>
    <message>
        <source>Redirected (%1)</source>
        <translation>Redirigido (%1)</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address. NumberDesk does not follow redirects for API calls, because the access token would go with it. Check the API address in the connection settings.</source>
        <translation>El servidor respondió con una redirección a otra dirección. NumberDesk no sigue redirecciones en las llamadas a la API, porque el token de acceso iría con ella. Revise la dirección de la API en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Respuesta ilegible</translation>
    </message>
    <message>
        <source>The server accepted the request but its answer could not be read (%1). The change has probably been made: check the numbers&apos; status before sending it again.</source>
        <translation>El servidor aceptó la solicitud, pero no se pudo leer su respuesta (%1). Probablemente el cambio se hizo: verifique el estado de los números antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Try again later.</source>
        <translation>No se pudo leer la respuesta del servidor (%1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Stopped waiting</source>
        <translation>Se dejó de esperar</translation>
    </message>
    <message>
        <source>You stopped waiting for the answer, but the request had already been sent: the server may still carry it out. Check the numbers&apos; status before sending it again.</source>
        <translation>Usted dejó de esperar la respuesta, pero la solicitud ya se había enviado: el servidor aún puede llevarla a cabo. Verifique el estado de los números antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent; nothing was changed.</source>
        <translation>Se canceló antes de enviar la solicitud; no se cambió nada.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (more than %1), so NumberDesk stopped reading it.</source>
        <translation>La respuesta del servidor era demasiado grande (más de %1), así que NumberDesk dejó de leerla.</translation>
    </message>
    <message>
        <source>NumberDesk cannot tell whether the change was made: check the numbers&apos; status or look the order up before sending it again.</source>
        <translation>NumberDesk no puede saber si se hizo el cambio: verifique el estado de los números o consulte el pedido antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again later; if it keeps happening, tell Telegent support.</source>
        <translation>No se cambió nada. Vuelva a intentarlo más tarde; si sigue ocurriendo, avise al soporte de Telegent.</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>No se volvió a enviar</translation>
    </message>
    <message>
        <source>The server refused the access token, and the connection settings were changed while the request was on its way, so it was not sent again under the new account. Nothing was changed; send it again if it is still wanted.</source>
        <translation>El servidor rechazó el token de acceso y la configuración de conexión cambió mientras la solicitud estaba en camino, así que no se volvió a enviar con la cuenta nueva. No se cambió nada; vuelva a enviarla si todavía hace falta.</translation>
    </message>
</context>
<context>
    <name>nd::CardPdf</name>
    <message>
        <source>There are no cards to write.</source>
        <translation>No hay tarjetas que escribir.</translation>
    </message>
    <message>
        <source>eSIM cards</source>
        <translation>Tarjetas eSIM</translation>
    </message>
</context>
<context>
    <name>nd::CardPrintDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>One card a page</source>
        <translation>Una tarjeta por página</translation>
    </message>
    <message>
        <source>Four cards a page, to cut apart</source>
        <translation>Cuatro tarjetas por página, para recortar</translation>
    </message>
    <message>
        <source>None set. Add one under Edit → Preferences; it is printed on every card.</source>
        <translation>No hay ninguna configurada. Agregue una en Edición → Preferencias; se imprime en cada tarjeta.</translation>
    </message>
    <message>
        <source>Fetching the QR codes again…</source>
        <translation>Obteniendo de nuevo los códigos QR…</translation>
    </message>
    <message>
        <source>None of these numbers has a QR code: there is no card to make.</source>
        <translation>Ninguno de estos números tiene código QR: no hay ninguna tarjeta que generar.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The cards could not be written to %1: %2</source>
        <translation>No se pudieron escribir las tarjetas en %1: %2</translation>
    </message>
    <message>
        <source>esim-cards.pdf</source>
        <translation>tarjetas-esim.pdf</translation>
    </message>
    <message>
        <source>esim-card-%1.pdf</source>
        <translation>tarjeta-esim-%1.pdf</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>Guardar las tarjetas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>eSIM cards</source>
        <translation>Tarjetas eSIM</translation>
    </message>
    <message numerus="yes">
        <source>%Ln QR code(s) could not be fetched or read again; they may have expired. Their cards say so and ask the customer to contact you. First problem: %1</source>
        <extracomment>%Ln is how many QR codes are missing; %1 the first problem met, as the network or decoder said it</extracomment>
        <translation>
            <numerusform>No se pudo volver a obtener ni a leer %Ln código QR; puede que haya caducado. Su tarjeta lo indica y pide al cliente que se comunique con usted. Primer problema: %1</numerusform>
            <numerusform>No se pudieron volver a obtener ni a leer %Ln códigos QR; puede que hayan caducado. Sus tarjetas lo indican y piden al cliente que se comunique con usted. Primer problema: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the QR codes name another activation code in their web address than in the image. The image&apos;s code was used, as a phone scanning it would get it; tell support.</source>
        <translation>
            <numerusform>%Ln de los códigos QR indica en su dirección web un código de activación distinto del de la imagen. Se usó el código de la imagen, que es el que obtendría un teléfono al escanearlo; avise al soporte.</numerusform>
            <numerusform>%Ln de los códigos QR indican en su dirección web un código de activación distinto del de la imagen. Se usó el código de la imagen, que es el que obtendría un teléfono al escanearlo; avise al soporte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s), one for each number with a QR code.</source>
        <translation>
            <numerusform>%Ln tarjeta, una por cada número con código QR.</numerusform>
            <numerusform>%Ln tarjetas, una por cada número con código QR.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ConfirmChangeDialog</name>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>Closes this question; nothing is sent</source>
        <translation>Cierra esta pregunta; no se envía nada</translation>
    </message>
    <message>
        <source>Send “%1”</source>
        <translation>Enviar “%1”</translation>
    </message>
    <message>
        <source>Sends the change for every number listed</source>
        <translation>Envía el cambio para cada número de la lista</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <source>Send “%1” for these numbers?</source>
        <translation>¿Enviar “%1” para estos números?</translation>
    </message>
    <message>
        <source>Effective date: %1    Numbers: %2</source>
        <translation>Fecha efectiva: %1    Números: %2</translation>
    </message>
    <message>
        <source>New numbers from area code %1 first.</source>
        <translation>Números nuevos del código de área %1 primero.</translation>
    </message>
    <message>
        <source>Zip code %1 if the area code has none.</source>
        <translation>Código postal %1 si el código de área no tiene ninguno.</translation>
    </message>
    <message>
        <source>No area code or zip code: the server picks any available number.</source>
        <translation>Sin código de área ni código postal: el servidor elige cualquier número disponible.</translation>
    </message>
    <message>
        <source>%1  (ICCID %2)</source>
        <translation>%1  (ICCID %2)</translation>
    </message>
    <message>
        <source>The effective date %1 is in the past. Send it anyway.</source>
        <translation>La fecha efectiva %1 ya pasó. Enviarla de todos modos.</translation>
    </message>
    <message>
        <source>Earlier requests for these numbers have an unknown outcome; the server may already have made them. Check the numbers (or look the orders up in History) before sending again:</source>
        <translation>Solicitudes anteriores para estos números tienen un resultado desconocido; puede que el servidor ya las haya llevado a cabo. Verifique los números (o consulte los pedidos en el Historial) antes de volver a enviar:</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionTest</name>
    <message>
        <source>Connected: %1 issued a token for %2.</source>
        <translation>Conectado: %1 emitió un token para %2.</translation>
    </message>
</context>
<context>
    <name>nd::CredentialVault</name>
    <message>
        <source>Account secrets are kept in memory for this session only and will be asked for again at the next start; they are never written to disk.</source>
        <translation>Los secretos de las cuentas se guardan en memoria solo durante esta sesión y se volverán a pedir en el próximo inicio; nunca se escriben en el disco.</translation>
    </message>
</context>
<context>
    <name>nd::CustomerCardBatch</name>
    <message>
        <source>This QR code could not be read. Please contact us for a new one.</source>
        <translation>No se pudo leer este código QR. Comuníquese con nosotros para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>The QR code for %1 holds no eSIM activation code.</source>
        <translation>El código QR de %1 no contiene ningún código de activación de eSIM.</translation>
    </message>
    <message>
        <source>This QR code is no longer available: it may have expired. Please contact us for a new one.</source>
        <translation>Este código QR ya no está disponible: puede que haya caducado. Comuníquese con nosotros para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>nd::CustomerCardPainter</name>
    <message>
        <source>Your new eSIM</source>
        <translation>Su nueva eSIM</translation>
    </message>
    <message>
        <source>Scan in the phone&apos;s eSIM settings (steps below).</source>
        <translation>Escanéelo en la configuración de eSIM del teléfono (pasos abajo).</translation>
    </message>
    <message>
        <source>iPhone (iOS 17.4 or later): scan with the Camera app to install in one tap.</source>
        <translation>iPhone (iOS 17.4 o posterior): escanéelo con la app Cámara para instalarla con un toque.</translation>
    </message>
    <message>
        <source>No QR code is available for this number.</source>
        <translation>No hay ningún código QR disponible para este número.</translation>
    </message>
    <message>
        <source>iPhone: Settings › Cellular (or Mobile Service) › Add eSIM › Use QR Code.</source>
        <translation>iPhone: Configuración › Celular (o Servicio móvil) › Agregar eSIM › Usar código QR.</translation>
    </message>
    <message>
        <source>Android: Settings › Network &amp; internet › SIMs › Add eSIM. Samsung: Settings › Connections › SIM manager › Add eSIM.</source>
        <translation>Android: Configuración › Redes e Internet › SIM › Agregar eSIM. Samsung: Configuración › Conexiones › Administrador de SIM › Agregar eSIM.</translation>
    </message>
    <message>
        <source>Camera will not scan? Choose “Enter details manually” (iPhone) or “Enter activation code” (Android) and type:</source>
        <translation>¿La cámara no lo escanea? Elija “Ingresar detalles manualmente” (iPhone) o “Ingresar código de activación” (Android) y escriba:</translation>
    </message>
    <message>
        <source>SM-DP+ address</source>
        <translation>Dirección SM-DP+</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <source>Whole code (one field)</source>
        <translation>Código completo (un solo campo)</translation>
    </message>
    <message>
        <source>The phone will also ask for a confirmation code. It is not on this card: type the one your carrier gave you separately.</source>
        <translation>El teléfono también pedirá un código de confirmación. No aparece en esta tarjeta: escriba el que su operador le dio por separado.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
</context>
<context>
    <name>nd::DeskJournal</name>
    <message>
        <source>The order journal has not been opened yet.</source>
        <translation>El registro de pedidos todavía no se ha abierto.</translation>
    </message>
    <message>
        <source>The order journal could not be opened.</source>
        <translation>No se pudo abrir el registro de pedidos.</translation>
    </message>
    <message>
        <source>The order journal is still being opened. Send again in a moment.</source>
        <translation>El registro de pedidos todavía se está abriendo. Vuelva a enviar en un momento.</translation>
    </message>
    <message>
        <source>No password for the team journal %1 is stored in this computer&apos;s keychain. Enter it in Preferences.</source>
        <translation>No hay ninguna contraseña del registro del equipo %1 en el llavero del sistema de esta computadora. Escríbala en Preferencias.</translation>
    </message>
    <message>
        <source>The password of the team journal %1 could not be read from this computer&apos;s keychain: %2</source>
        <translation>No se pudo leer la contraseña del registro del equipo %1 en el llavero del sistema de esta computadora: %2</translation>
    </message>
    <message numerus="yes">
        <source>The team journal is reachable again; %n kept answer(s) written.</source>
        <translation>
            <numerusform>Se puede acceder de nuevo al registro del equipo; se escribió %n respuesta guardada.</numerusform>
            <numerusform>Se puede acceder de nuevo al registro del equipo; se escribieron %n respuestas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team journal still cannot be reached: %1</source>
        <translation>Todavía no se puede acceder al registro del equipo: %1</translation>
    </message>
</context>
<context>
    <name>nd::HistoryEntryDialog</name>
    <message>
        <source>Request from the history</source>
        <translation>Solicitud del historial</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
</context>
<context>
    <name>nd::HistoryModel</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (antes %2)</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n más)</numerusform>
            <numerusform>(+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Outcome unknown: check before resending</source>
        <translation>Resultado desconocido: verifique antes de reenviar</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Verificado a mano</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>OrderId</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>History column: the agent who sent the request</extracomment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Desk</source>
        <extracomment>History column: the computer the request was sent from</extracomment>
        <translation>Puesto</translation>
    </message>
</context>
<context>
    <name>nd::HistoryWindow</name>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Numbers match in any format and in part (609-38 finds every number containing it); text with letters searches OrderIds.</source>
        <translation>Los números coinciden en cualquier formato y en parte (609-38 encuentra todos los números que lo contienen); el texto con letras busca en los ID de pedido.</translation>
    </message>
    <message>
        <source>No order journal is open: there is no history to show.</source>
        <translation>No hay ningún registro de pedidos abierto: no hay historial que mostrar.</translation>
    </message>
    <message>
        <source>numberdesk-history-%1.csv</source>
        <translation>numberdesk-historial-%1.csv</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation>No se pudo escribir el historial en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) shown</source>
        <translation>
            <numerusform>%Ln pedido mostrado</numerusform>
            <numerusform>%Ln pedidos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <extracomment>%1 is SQLite&apos;s reason</extracomment>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Cualquier agente</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Cualquier puesto</translation>
    </message>
</context>
<context>
    <name>nd::InstallLinkPanel</name>
    <message>
        <source>This QR code holds no eSIM activation code: there is no install link.</source>
        <translation>Este código QR no contiene ningún código de activación de eSIM: no hay enlace de instalación.</translation>
    </message>
    <message>
        <source>&amp;Hide code</source>
        <translation>&amp;Ocultar código</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Mostrar código</translation>
    </message>
    <message>
        <source>Hidden until “Show code”.</source>
        <translation>Oculto hasta pulsar “Mostrar código”.</translation>
    </message>
</context>
<context>
    <name>nd::InterruptedRequestsDialog</name>
    <message>
        <source>Look each number up in Telegent&apos;s portal, or ask Telegent support about them, and see whether this change took effect. Then write down what you found and mark the request as checked. Only if the change did not happen, send it again as a new request.</source>
        <translation>Consulte cada número en el portal de Telegent, o pregunte por ellos al soporte de Telegent, y compruebe si este cambio se aplicó. Después anote lo que encontró y marque la solicitud como verificada. Solo si el cambio no se hizo, vuelva a enviarlo como una solicitud nueva.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>No OrderId was received before NumberDesk stopped, so the order cannot be looked up. Check the numbers instead.</source>
        <translation>No se recibió ningún ID de pedido antes de que NumberDesk se detuviera, así que el pedido no se puede consultar. Verifique los números en su lugar.</translation>
    </message>
    <message>
        <source>The order %1 can be looked up once a profile with its secret is active (it was sent under “%2”).</source>
        <translation>El pedido %1 se puede consultar cuando esté activo un perfil con su secreto (se envió con “%2”).</translation>
    </message>
    <message>
        <source>The order %1 can be looked up on the server.</source>
        <translation>El pedido %1 se puede consultar en el servidor.</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Consultando el pedido…</translation>
    </message>
    <message>
        <source>Order found: %1 (%2)</source>
        <translation>Pedido encontrado: %1 (%2)</translation>
    </message>
    <message>
        <source>The lookup failed: %1. Check the numbers instead.</source>
        <translation>La consulta falló: %1. Verifique los números en su lugar.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>The order %1 was sent under “%2” (account %3 at %4). Switch to that account to look it up: the active account cannot see its orders.</source>
        <translation>El pedido %1 se envió con “%2” (cuenta %3 en %4). Cambie a esa cuenta para consultarlo: la cuenta activa no puede ver sus pedidos.</translation>
    </message>
    <message numerus="yes">
        <source>NumberDesk stopped while %n request(s) were being sent (a crash, a forced quit or a power cut). The server may or may not have carried them out. Do not send them again before you have checked: a second request could change the same lines twice.</source>
        <extracomment>%n is how many requests were on their way when NumberDesk stopped</extracomment>
        <translation>
            <numerusform>NumberDesk se detuvo mientras se enviaba %n solicitud (un fallo, un cierre forzado o un corte de luz). Puede que el servidor la haya llevado a cabo o no. No vuelva a enviarla antes de verificarlo: una segunda solicitud podría cambiar las mismas líneas dos veces.</numerusform>
            <numerusform>NumberDesk se detuvo mientras se enviaban %n solicitudes (un fallo, un cierre forzado o un corte de luz). Puede que el servidor las haya llevado a cabo o no. No vuelva a enviarlas antes de verificarlo: una segunda solicitud podría cambiar las mismas líneas dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln número</numerusform>
            <numerusform>%Ln números</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4
%5</source>
        <extracomment>One interrupted request in the list, on three lines: %1 change type, %2 the number (or how many), %3 when it was sent, %4 the connection profile, %5 what is known of its outcome</extracomment>
        <translation>%1 · %2
%3 · %4
%5</translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The server&apos;s answers: orders, numbers and their QR codes</source>
        <translation>Las respuestas del servidor: pedidos, números y sus códigos QR</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Empty the form? What is typed now will be lost.</source>
        <translation>¿Vaciar el formulario? Se perderá lo que está escrito ahora.</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>The form is empty.</source>
        <translation>El formulario está vacío.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Session connection</source>
        <translation>Conexión de la sesión</translation>
    </message>
    <message>
        <source>Sending is off: the order journal is not open (File → Open the order journal again)</source>
        <translation>Envío desactivado: el registro de pedidos no está abierto (Archivo → Abrir de nuevo el registro de pedidos)</translation>
    </message>
    <message>
        <source>Sending is off until you confirm the order journal message at the top of the window.</source>
        <translation>El envío está desactivado hasta que confirme el mensaje del registro de pedidos de la parte superior de la ventana.</translation>
    </message>
    <message>
        <source>I understand the order &amp;journal problem</source>
        <translation>Entendido: problema con el &amp;registro de pedidos</translation>
    </message>
    <message>
        <source>Opening the order journal…</source>
        <translation>Abriendo el registro de pedidos…</translation>
    </message>
    <message>
        <source>Sending is off until the team journal can be reached again.</source>
        <translation>El envío está desactivado hasta que se pueda acceder de nuevo al registro del equipo.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No se envió</translation>
    </message>
</context>
<context>
    <name>nd::ManualEntryPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;iPhone:&lt;/b&gt; Settings → Cellular (or Mobile Service) → Add eSIM → Use QR Code → &lt;i&gt;Enter Details Manually&lt;/i&gt;. &lt;b&gt;SM-DP+ Address&lt;/b&gt; takes the address, &lt;b&gt;Activation Code&lt;/b&gt; the activation code.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pixel:&lt;/b&gt; Settings → Network &amp;amp; internet → SIMs → Add SIM → Download a SIM instead → &lt;i&gt;Need help?&lt;/i&gt; → &lt;i&gt;Enter it manually&lt;/i&gt;: the &lt;b&gt;whole code&lt;/b&gt; in its one field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Samsung:&lt;/b&gt; Settings → Connections → SIM manager → Add eSIM → Scan QR code → &lt;i&gt;Enter activation code&lt;/i&gt;: the &lt;b&gt;whole code&lt;/b&gt;. Older models ask for the address and the activation code in two fields.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;iPhone:&lt;/b&gt; Configuración → Celular (o Servicio móvil) → Agregar eSIM → Usar código QR → &lt;i&gt;Ingresar detalles manualmente&lt;/i&gt;. En &lt;b&gt;Dirección SM-DP+&lt;/b&gt; va la dirección y en &lt;b&gt;Código de activación&lt;/b&gt;, el código de activación.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pixel:&lt;/b&gt; Configuración → Redes e Internet → SIM → Agregar SIM → Descargar una SIM en su lugar → &lt;i&gt;¿Necesitas ayuda?&lt;/i&gt; → &lt;i&gt;Ingresarlo manualmente&lt;/i&gt;: el &lt;b&gt;código completo&lt;/b&gt; en su único campo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Samsung:&lt;/b&gt; Configuración → Conexiones → Administrador de SIM → Agregar eSIM → Escanear código QR → &lt;i&gt;Ingresar código de activación&lt;/i&gt;: el &lt;b&gt;código completo&lt;/b&gt;. Los modelos anteriores piden la dirección y el código de activación en dos campos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This QR code holds no eSIM activation code, so there is nothing to type in.</source>
        <translation>Este código QR no contiene ningún código de activación de eSIM, así que no hay nada que escribir.</translation>
    </message>
    <message>
        <source>The phone will also ask for a confirmation code. The carrier gives it to the customer separately; it is typed on the phone and is never part of a QR code.</source>
        <translation>El teléfono también pedirá un código de confirmación. El operador se lo da al cliente por separado; se escribe en el teléfono y nunca forma parte de un código QR.</translation>
    </message>
    <message>
        <source>&amp;Hide code</source>
        <translation>&amp;Ocultar código</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Mostrar código</translation>
    </message>
</context>
<context>
    <name>nd::NumberResultDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Loading QR code…</source>
        <translation>Cargando el código QR…</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>Cargo: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>No QR code for this change</source>
        <translation>Sin código QR para este cambio</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the QR code for scanning</source>
        <translation>Haga doble clic o pulse Enter para mostrar el código QR para escanear</translation>
    </message>
    <message>
        <source>QR code not loaded: %1</source>
        <translation>Código QR no cargado: %1</translation>
    </message>
    <message>
        <source>ICCID %1</source>
        <translation>ICCID %1</translation>
    </message>
</context>
<context>
    <name>nd::NumberRowDelegate</name>
    <message>
        <source>not used</source>
        <translation>no se usa</translation>
    </message>
</context>
<context>
    <name>nd::NumberRowsModel</name>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>ICCID (optional)</source>
        <translation>ICCID (opcional)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Not used: %1 does not send an ICCID. To enter ICCIDs, choose %2.</source>
        <extracomment>%1 is the chosen change type (e.g. &quot;Activate&quot;); %2 the change types that send ICCIDs (e.g. &quot;Swap SIM&quot;).</extracomment>
        <translation>No se usa: %1 no envía ningún ICCID. Para escribir ICCID, elija %2.</translation>
    </message>
    <message>
        <source>Optional: the new SIM&apos;s ICCID for each number</source>
        <translation>Opcional: el ICCID de la SIM nueva para cada número</translation>
    </message>
    <message>
        <source>ICCID (not used)</source>
        <translation>ICCID (no se usa)</translation>
    </message>
</context>
<context>
    <name>nd::OrderErrorBox</name>
    <message>
        <source>The request failed</source>
        <translation>La solicitud falló</translation>
    </message>
    <message>
        <source>The problems are marked next to the fields and numbers they concern in the form.</source>
        <translation>Los problemas están marcados en el formulario junto a los campos y números a los que se refieren.</translation>
    </message>
    <message>
        <source>No trace id was given.</source>
        <translation>No se indicó ningún ID de seguimiento.</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>ID de seguimiento: %1</translation>
    </message>
</context>
<context>
    <name>nd::OrderHeader</name>
    <message>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>(no order id)</source>
        <translation>(sin ID de pedido)</translation>
    </message>
    <message>
        <source>Order status: %1</source>
        <translation>Estado del pedido: %1</translation>
    </message>
    <message>
        <source>server: “%1”</source>
        <translation>servidor: “%1”</translation>
    </message>
    <message>
        <source>Earlier order</source>
        <translation>Pedido anterior</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
</context>
<context>
    <name>nd::OrderJournal</name>
    <message>
        <source>The order journal %1 is damaged and could not be moved aside. NumberDesk will not send status changes it cannot record. Move the file away (do not delete it: it holds earlier orders) and start NumberDesk again.</source>
        <translation>El registro de pedidos %1 está dañado y no se pudo apartar. NumberDesk no enviará cambios de estado que no pueda anotar. Mueva el archivo a otro lugar (no lo elimine: contiene pedidos anteriores) y vuelva a iniciar NumberDesk.</translation>
    </message>
    <message>
        <source>The order journal was damaged and could not be read. It has been kept as %1 (nothing was deleted) and a new, empty journal has been started. Orders recorded before today are in the old file.</source>
        <translation>El registro de pedidos estaba dañado y no se pudo leer. Se conservó como %1 (no se eliminó nada) y se inició un registro nuevo y vacío. Los pedidos anotados antes de hoy están en el archivo anterior.</translation>
    </message>
    <message>
        <source>The order journal %1 is in use by another program, perhaps another NumberDesk. NumberDesk does not send status changes it cannot record: close the other program and try again.</source>
        <translation>El registro de pedidos %1 está en uso por otro programa, quizá otro NumberDesk. NumberDesk no envía cambios de estado que no puede anotar: cierre el otro programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The order journal %1 was written by a newer version of NumberDesk (%2). It has been left as it is. Use the newer version: this one cannot record orders in it.</source>
        <translation>El registro de pedidos %1 lo escribió una versión más reciente de NumberDesk (%2). Se dejó tal como está. Use la versión más reciente: esta no puede anotar pedidos en él.</translation>
    </message>
    <message>
        <source>The order journal %1 cannot be opened (%2). NumberDesk does not send status changes it cannot record.</source>
        <translation>No se puede abrir el registro de pedidos %1 (%2). NumberDesk no envía cambios de estado que no puede anotar.</translation>
    </message>
    <message>
        <source>The request could not be recorded in the order journal, so it was not sent</source>
        <translation>No se pudo anotar la solicitud en el registro de pedidos, así que no se envió</translation>
    </message>
    <message>
        <source>Order found: %1</source>
        <translation>Pedido encontrado: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be recorded in the order journal</source>
        <translation>No se pudo anotar la respuesta del servidor en el registro de pedidos</translation>
    </message>
    <message>
        <source>The failure could not be recorded in the order journal</source>
        <translation>No se pudo anotar el fallo en el registro de pedidos</translation>
    </message>
    <message>
        <source>The finding could not be recorded in the order journal</source>
        <translation>No se pudo anotar lo que encontró en el registro de pedidos</translation>
    </message>
    <message>
        <source>Interrupted requests could not be read from the order journal</source>
        <translation>No se pudieron leer las solicitudes interrumpidas del registro de pedidos</translation>
    </message>
    <message>
        <source>NumberDesk stopped while sending</source>
        <translation>NumberDesk se detuvo durante el envío</translation>
    </message>
    <message>
        <source>NumberDesk closed before the server answered (a crash, a forced quit or a power loss). The server may have made the change: look the order up or check the numbers before sending again.</source>
        <translation>NumberDesk se cerró antes de que respondiera el servidor (un fallo, un cierre forzado o un corte de luz). Puede que el servidor haya hecho el cambio: consulte el pedido o verifique los números antes de volver a enviar.</translation>
    </message>
    <message>
        <source>An interrupted request could not be marked in the order journal</source>
        <translation>No se pudo marcar una solicitud interrumpida en el registro de pedidos</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in it had no known outcome. They were copied into the new journal: check them before sending to those numbers again.</source>
        <extracomment>Follows &quot;The order journal … was damaged…&quot;. %n is how many requests in the damaged journal never got an answer; each was copied into the new journal.</extracomment>
        <translation>
            <numerusform>En él había %n solicitud sin resultado conocido. Se copió al registro nuevo: verifíquela antes de volver a enviar solicitudes para esos números.</numerusform>
            <numerusform>En él había %n solicitudes sin resultado conocido. Se copiaron al registro nuevo: verifíquelas antes de volver a enviar solicitudes para esos números.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the old file could not be read, so NumberDesk cannot tell whether other requests in it were left without an answer. Before sending to a number you worked on recently, check its status with the carrier.</source>
        <translation>No se pudo leer parte del archivo anterior, así que NumberDesk no puede saber si otras solicitudes que contiene quedaron sin respuesta. Antes de enviar una solicitud para un número con el que trabajó recientemente, verifique su estado con el operador.</translation>
    </message>
    <message>
        <source>no record %1</source>
        <extracomment>Why the journal could not be updated: %1 is the journal&apos;s internal record number.</extracomment>
        <translation>no existe la entrada %1</translation>
    </message>
    <message>
        <source>record %1 belongs to another order</source>
        <extracomment>Why the journal could not be updated: %1 is the journal&apos;s internal record number.</extracomment>
        <translation>la entrada %1 pertenece a otro pedido</translation>
    </message>
    <message>
        <source>Unresolved in a damaged journal</source>
        <translation>Sin resolver en un registro dañado</translation>
    </message>
    <message>
        <source>This request had no known outcome in the order journal that was found damaged (kept as %1). The server may have made the change: look the order up or check the numbers before sending again.</source>
        <translation>Esta solicitud no tenía un resultado conocido en el registro de pedidos que se encontró dañado (conservado como %1). Puede que el servidor haya hecho el cambio: consulte el pedido o verifique los números antes de volver a enviar.</translation>
    </message>
    <message>
        <source>A request from the damaged journal could not be copied</source>
        <translation>No se pudo copiar una solicitud del registro dañado</translation>
    </message>
    <message>
        <source>The team journal %1 was written by a newer version of NumberDesk (%2). It has been left as it is. Use the newer version: this one cannot record orders in it.</source>
        <translation>El registro del equipo %1 lo escribió una versión más reciente de NumberDesk (%2). Se dejó tal como está. Use la versión más reciente: esta no puede anotar pedidos en él.</translation>
    </message>
    <message>
        <source>The team journal %1 cannot be reached (%2). NumberDesk sends nothing it cannot record in the team journal, and does not switch to a journal on this computer instead. Check the network and the team journal&apos;s settings in Preferences, then try again.</source>
        <translation>No se puede acceder al registro del equipo %1 (%2). NumberDesk no envía nada que no pueda anotar en el registro del equipo, y no lo sustituye por un registro en esta computadora. Revise la red y la configuración del registro del equipo en Preferencias y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The team journal %1 cannot be used (%2). NumberDesk does not send status changes it cannot record. Ask whoever runs the server to check this user&apos;s rights on the database.</source>
        <translation>No se puede usar el registro del equipo %1 (%2). NumberDesk no envía cambios de estado que no pueda anotar. Pida a quien administra el servidor que revise los permisos de este usuario en la base de datos.</translation>
    </message>
    <message>
        <source>The team journal cannot be reached</source>
        <translation>No se puede acceder al registro del equipo</translation>
    </message>
    <message>
        <source>Not sent: one of its numbers is held by another request.</source>
        <translation>No enviado: otra solicitud retiene uno de sus números.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not sent: %1 is in flight on %2 since %3. Only one status change per number can be in flight: wait for that request&apos;s answer. If that desk has stopped, NumberDesk marks its request as interrupted and it can be looked up and resolved from History.</source>
        <extracomment>%1 a phone number, %2 the computer (and agent) sending to it, %3 a date and time.</extracomment>
        <translation>No enviado: %1 está en curso en %2 desde %3. Solo puede haber un cambio de estado en curso por número: espere la respuesta de esa solicitud. Si ese puesto se detuvo, NumberDesk marca su solicitud como interrumpida y se puede consultar y resolver desde el Historial.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>otro puesto</translation>
    </message>
    <message>
        <source>Not sent: %1 has a request whose outcome is unknown (sent on %2 since %3). Look that order up or check the number, and resolve it first.</source>
        <extracomment>%1 a phone number, %2 the computer (and agent) that sent to it, %3 a date and time.</extracomment>
        <translation>No enviado: %1 tiene una solicitud con resultado desconocido (enviada en %2 desde %3). Consulte ese pedido o verifique el número, y resuélvala primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n more of its numbers are held too.</source>
        <translation>
            <numerusform>%n número más también está retenido.</numerusform>
            <numerusform>%n números más también están retenidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resolution could not be recorded</source>
        <translation>No se pudo anotar la resolución</translation>
    </message>
    <message>
        <source>the team journal cannot be reached</source>
        <translation>no se puede acceder al registro del equipo</translation>
    </message>
    <message>
        <source>The team journal cannot be reached, so the request was not sent. NumberDesk sends nothing it cannot record there: use Try again in the message at the top of the window.</source>
        <translation>No se puede acceder al registro del equipo, así que la solicitud no se envió. NumberDesk no envía nada que no pueda registrar allí: use Reintentar en el mensaje de la parte superior de la ventana.</translation>
    </message>
</context>
<context>
    <name>nd::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <extracomment>Language choice that follows the computer&apos;s language; %1 is the language detected, in its own language (English, Español, Français)</extracomment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>Su nombre de usuario en esta computadora</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>El archivo del certificado de la CA %1 no existe.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Escriba la contraseña de %1.</translation>
    </message>
    <message>
        <source>CA certificate of the team journal server</source>
        <translation>Certificado de la CA del servidor del registro del equipo</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema de esta computadora: %1</translation>
    </message>
    <message>
        <source>The password is kept only until NumberDesk quits: the team journal will not open at the next start. %1</source>
        <translation>La contraseña solo se conserva hasta que se cierre NumberDesk: el registro del equipo no se abrirá en el próximo inicio. %1</translation>
    </message>
</context>
<context>
    <name>nd::ProfileSecretPrompt</name>
    <message>
        <source>Enter the AccountSecret for “%1” (account %2 at %3).</source>
        <translation>Escriba el AccountSecret de “%1” (cuenta %2 en %3).</translation>
    </message>
    <message>
        <source>Unchecked, the secret is kept for this session only and asked for again next start.</source>
        <translation>Sin marcar, el secreto se conserva solo durante esta sesión y se vuelve a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <source>No credential store is available: kept for this session only; you will be asked again next start.</source>
        <translation>No hay ningún almacén de credenciales disponible: se conserva solo durante esta sesión; se le volverá a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <source>Enter the AccountKey and AccountSecret for “%1” (at %2).</source>
        <translation>Escriba la AccountKey y el AccountSecret de “%1” (en %2).</translation>
    </message>
    <message>
        <source>This profile comes from the command line (--api-base): the account and secret are kept for this session only and never saved.</source>
        <translation>Este perfil viene de la línea de comandos (--api-base): la cuenta y el secreto se conservan solo durante esta sesión y nunca se guardan.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Entorno de pruebas (este equipo)</translation>
    </message>
    <message>
        <source>The sandbox profile is built in and cannot be changed.</source>
        <translation>El perfil del entorno de pruebas viene integrado y no se puede cambiar.</translation>
    </message>
    <message>
        <source>Please give the profile a name.</source>
        <translation>Póngale un nombre al perfil.</translation>
    </message>
    <message>
        <source>That name belongs to the built-in sandbox profile; please choose another.</source>
        <translation>Ese nombre pertenece al perfil integrado del entorno de pruebas; elija otro.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil llamado “%1”.</translation>
    </message>
    <message>
        <source>Please enter the AccountKey.</source>
        <translation>Escriba la AccountKey.</translation>
    </message>
    <message>
        <source>The profile could not be saved: the settings file is not writable.</source>
        <translation>No se pudo guardar el perfil: no se puede escribir en el archivo de configuración.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Este perfil ya no existe.</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <extracomment>The profile `numberdesk --api-base URL` adds for one run; %1 is the server&apos;s host name</extracomment>
        <translation>Línea de comandos: %1</translation>
    </message>
    <message>
        <source>The command-line profile is for this session only and cannot be changed.</source>
        <translation>El perfil de la línea de comandos es solo para esta sesión y no se puede cambiar.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileSwitcher</name>
    <message>
        <source>Enter &amp;secret…</source>
        <translation>Escri&amp;bir secreto…</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>The account the next requests go to</source>
        <translation>La cuenta a la que van las próximas solicitudes</translation>
    </message>
    <message>
        <source>Enter secret</source>
        <translation>Escribir secreto</translation>
    </message>
    <message>
        <source>Enter the AccountSecret of the chosen profile</source>
        <translation>Escriba el AccountSecret del perfil elegido</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Perfi&amp;l:</translation>
    </message>
    <message>
        <source>No AccountSecret is saved for this profile.</source>
        <translation>No hay ningún AccountSecret guardado para este perfil.</translation>
    </message>
    <message>
        <source>No AccountSecret has been entered for this profile in this session.</source>
        <translation>No se ha escrito ningún AccountSecret para este perfil en esta sesión.</translation>
    </message>
    <message>
        <source>The saved AccountSecret could not be read: %1</source>
        <translation>No se pudo leer el AccountSecret guardado: %1</translation>
    </message>
    <message>
        <source>The secret is used for this session, but could not be saved: %1</source>
        <translation>El secreto se usa en esta sesión, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>No connection profile chosen. Pick one above, or add an account under Accounts…</source>
        <translation>No se eligió ningún perfil de conexión. Elija uno arriba o agregue una cuenta en Cuentas…</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — sin conexión</translation>
    </message>
    <message>
        <source>SANDBOX — starting the training server on this computer…</source>
        <translation>ENTORNO DE PRUEBAS — iniciando el servidor de capacitación en este equipo…</translation>
    </message>
    <message>
        <source>SANDBOX — the training server&apos;s credentials are missing; restart NumberDesk.</source>
        <translation>ENTORNO DE PRUEBAS — faltan las credenciales del servidor de capacitación; reinicie NumberDesk.</translation>
    </message>
    <message>
        <source>%1 — SANDBOX</source>
        <translation>%1 — ENTORNO DE PRUEBAS</translation>
    </message>
    <message>
        <source>Production — “%1”: account %2 at %3. Requests change real customers&apos; lines.</source>
        <translation>Producción — “%1”: cuenta %2 en %3. Las solicitudes cambian líneas de clientes reales.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” — reading the AccountSecret from the credential store…</source>
        <translation>“%1” — leyendo el AccountSecret del almacén de credenciales…</translation>
    </message>
    <message>
        <source>“%1” — no AccountSecret for this session: nothing can be sent until it is entered (Enter secret…).</source>
        <translation>“%1” — sin AccountSecret para esta sesión: no se puede enviar nada hasta escribirlo (Escribir secreto…).</translation>
    </message>
    <message>
        <source>%1 — %2 (not connected)</source>
        <translation>%1 — %2 (sin conexión)</translation>
    </message>
    <message>
        <source>Restart sandbo&amp;x</source>
        <translation>Reiniciar entorno de prue&amp;bas</translation>
    </message>
    <message>
        <source>Start the training sandbox on this computer again</source>
        <translation>Volver a iniciar el entorno de pruebas en este equipo</translation>
    </message>
    <message>
        <source>SANDBOX — not running. %1 Nothing can be sent until it runs: click Restart sandbox, or choose an account.</source>
        <translation>ENTORNO DE PRUEBAS — no se está ejecutando. %1 No se puede enviar nada hasta que se ejecute: haga clic en Reiniciar entorno de pruebas o elija una cuenta.</translation>
    </message>
    <message>
        <source>%1 — SANDBOX (not running)</source>
        <translation>%1 — ENTORNO DE PRUEBAS (no se está ejecutando)</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>nd::ProfilesDialog</name>
    <message>
        <source>No credential store is available: secrets are kept for this session only; you will be asked again next start.</source>
        <translation>No hay ningún almacén de credenciales disponible: los secretos se conservan solo durante esta sesión; se le volverán a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <source>%1 — built in</source>
        <translation>%1 — integrado</translation>
    </message>
    <message>
        <source>Training server on this computer; cannot be edited or removed</source>
        <translation>Servidor de capacitación en este equipo; no se puede editar ni eliminar</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The sandbox is built in: a training server on this computer. It cannot be edited or removed.</source>
        <translation>El entorno de pruebas viene integrado: es un servidor de capacitación en este equipo. No se puede editar ni eliminar.</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Perfil “%1”</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>saved — type a new one to replace it</source>
        <translation>guardado — escriba uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>The secret is kept in this computer&apos;s credential store, never in a settings file.</source>
        <translation>El secreto se guarda en el almacén de credenciales de este equipo, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>Kept for this session only; you will be asked again next start.</source>
        <translation>Se conserva solo durante esta sesión; se le volverá a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its saved AccountSecret from this computer? The order history keeps its records.</source>
        <translation>¿Eliminar de este equipo el perfil “%1” y su AccountSecret guardado? El historial de pedidos conserva sus entradas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>%1  (active)</source>
        <extracomment>A profile in the list that the desk is using now; %1 is its name</extracomment>
        <translation>%1  (activo)</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (solo esta sesión)</translation>
    </message>
    <message>
        <source>“%1” comes from the command line (--api-base): it is used for this session only, never saved, and cannot be edited or removed.</source>
        <translation>“%1” viene de la línea de comandos (--api-base): se usa solo durante esta sesión, nunca se guarda y no se puede editar ni eliminar.</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
</context>
<context>
    <name>nd::ProfilesPresenter</name>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation>Escriba la URL base del servidor.</translation>
    </message>
    <message>
        <source>The server is no longer %1: type the AccountSecret again. A saved secret is only ever sent to the server it was saved for.</source>
        <translation>El servidor ya no es %1: vuelva a escribir el AccountSecret. Un secreto guardado solo se envía al servidor para el que se guardó.</translation>
    </message>
    <message>
        <source>Saved. No new secret was typed: the saved one (if any) is kept; NumberDesk asks for it when this profile is used without one.</source>
        <translation>Guardado. No se escribió ningún secreto nuevo: se conserva el guardado (si lo hay); NumberDesk lo pide cuando se usa este perfil sin secreto.</translation>
    </message>
    <message>
        <source>Saving the secret in the credential store…</source>
        <translation>Guardando el secreto en el almacén de credenciales…</translation>
    </message>
    <message>
        <source>Saved. The secret is in this computer&apos;s credential store.</source>
        <translation>Guardado. El secreto está en el almacén de credenciales de este equipo.</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only; you will be asked again next start.</source>
        <translation>Guardado. El secreto se conserva solo durante esta sesión; se le volverá a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <source>The profile still uses its old server: the credential store did not take the secret for the new one: %1</source>
        <translation>El perfil sigue usando su servidor anterior: el almacén de credenciales no aceptó el secreto para el nuevo: %1</translation>
    </message>
    <message>
        <source>The profile was saved, but the credential store did not take the secret: %1</source>
        <translation>Se guardó el perfil, pero el almacén de credenciales no aceptó el secreto: %1</translation>
    </message>
    <message>
        <source>You chose not to use the credential store that refused the secret.</source>
        <translation>Eligió no usar el almacén de credenciales que rechazó el secreto.</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the credential store: %1</source>
        <translation>Se eliminó el perfil, pero no se pudo borrar su secreto del almacén de credenciales: %1</translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation>Leyendo el secreto guardado…</translation>
    </message>
    <message>
        <source>The server changed while the saved secret was read: type the AccountSecret again to test this server.</source>
        <translation>El servidor cambió mientras se leía el secreto guardado: vuelva a escribir el AccountSecret para probar este servidor.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile: type it above to test.</source>
        <translation>No hay ningún secreto guardado para este perfil: escríbalo arriba para probar.</translation>
    </message>
    <message>
        <source>The saved secret could not be read: %1</source>
        <translation>No se pudo leer el secreto guardado: %1</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Pidiendo un token a %1…</translation>
    </message>
</context>
<context>
    <name>nd::QrImageDownload</name>
    <message>
        <source>The QR code address is not a secure https address, so it was not loaded: the code would travel unencrypted. Ask Telegent support for the QR code.</source>
        <translation>La dirección del código QR no es una dirección https segura, así que no se cargó: el código viajaría sin cifrar. Pida el código QR al soporte de Telegent.</translation>
    </message>
    <message>
        <source>The QR code address did not return an image (it returned “%1”). The code cannot be shown; ask Telegent support for a new QR code.</source>
        <translation>La dirección del código QR no devolvió una imagen (devolvió “%1”). El código no se puede mostrar; pida un código QR nuevo al soporte de Telegent.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>The QR code image is too large (%1 MB; at most %2 MB is accepted), so it was not loaded.</source>
        <translation>La imagen del código QR es demasiado grande (%1 MB; se aceptan como máximo %2 MB), así que no se cargó.</translation>
    </message>
    <message>
        <source>The QR code image is too large (more than %1 MB), so it was not loaded.</source>
        <translation>La imagen del código QR es demasiado grande (más de %1 MB), así que no se cargó.</translation>
    </message>
    <message>
        <source>The QR code image is no longer available (HTTP %1); it may have expired. Ask Telegent support to issue the QR code again.</source>
        <translation>La imagen del código QR ya no está disponible (HTTP %1); puede que haya caducado. Pida al soporte de Telegent que vuelva a emitir el código QR.</translation>
    </message>
    <message>
        <source>The QR code address redirected to an insecure (http) address, so it was not followed.</source>
        <translation>La dirección del código QR redirigió a una dirección no segura (http), así que no se siguió.</translation>
    </message>
    <message>
        <source>The QR code address redirected too many times, so the image was not loaded.</source>
        <translation>La dirección del código QR redirigió demasiadas veces, así que no se cargó la imagen.</translation>
    </message>
    <message>
        <source>The QR code image could not be downloaded: the connection failed or timed out. Try reloading it.</source>
        <translation>No se pudo descargar la imagen del código QR: la conexión falló o se agotó el tiempo de espera. Intente volver a cargarla.</translation>
    </message>
    <message>
        <source>The QR code image could not be downloaded: the server answered HTTP %1.</source>
        <translation>No se pudo descargar la imagen del código QR: el servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The QR code address returned data that is not a readable image. Ask Telegent support for a new QR code.</source>
        <translation>La dirección del código QR devolvió datos que no son una imagen legible. Pida un código QR nuevo al soporte de Telegent.</translation>
    </message>
    <message>
        <source>The QR code address redirected to an address that is not a secure https address, so it was not followed: the code would travel unencrypted. Ask Telegent support for the QR code.</source>
        <translation>La dirección del código QR redirigió a una dirección que no es una dirección https segura, así que no se siguió: el código viajaría sin cifrar. Pida el código QR al soporte de Telegent.</translation>
    </message>
    <message>
        <source>The QR code image was not loaded because its secure connection failed (%1). Ask Telegent support for the QR code; certificate problems are never ignored.</source>
        <translation>La imagen del código QR no se cargó porque falló su conexión segura (%1). Pida el código QR al soporte de Telegent; los problemas de certificados nunca se ignoran.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>The QR code image is too large to show (%1 × %2 pixels; at most %3 × %3 is accepted), so it was not loaded. Ask Telegent support for a new QR code.</source>
        <translation>La imagen del código QR es demasiado grande para mostrarla (%1 × %2 píxeles; se aceptan como máximo %3 × %3), así que no se cargó. Pida un código QR nuevo al soporte de Telegent.</translation>
    </message>
</context>
<context>
    <name>nd::QrImageQueue</name>
    <message>
        <source>The QR code image is too large to keep on screen (%1 decoded), so it is not shown. Ask Telegent support for a new QR code.</source>
        <translation>La imagen del código QR es demasiado grande para mantenerla en pantalla (%1 una vez decodificada), así que no se muestra. Pida un código QR nuevo al soporte de Telegent.</translation>
    </message>
</context>
<context>
    <name>nd::ResultsModel</name>
    <message>
        <source>%1, was %2</source>
        <translation>%1, antes %2</translation>
    </message>
    <message>
        <source>%1, ICCID %2</source>
        <translation>%1, ICCID %2</translation>
    </message>
</context>
<context>
    <name>nd::ResultsPanel</name>
    <message>
        <source>Checking the order… (next check in %1 s)</source>
        <translation>Consultando el pedido… (próxima consulta en %1 s)</translation>
    </message>
    <message>
        <source>Checking the order…</source>
        <translation>Consultando el pedido…</translation>
    </message>
    <message>
        <source>Stopped checking: the order is still pending. Look it up again later.</source>
        <translation>Se dejó de consultar: el pedido sigue pendiente. Vuelva a consultarlo más tarde.</translation>
    </message>
    <message>
        <source>Stopped checking. The order may still complete on the server.</source>
        <translation>Se dejó de consultar. El pedido aún puede completarse en el servidor.</translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation>Mostrar código QR…</translation>
    </message>
    <message>
        <source>Retry QR code</source>
        <translation>Reintentar código QR</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>Copiar números</translation>
    </message>
    <message>
        <source>The last check failed (%1).</source>
        <translation>La última consulta falló (%1).</translation>
    </message>
    <message>
        <source>Code to type in and install links…</source>
        <translation>Código para escribir y enlaces de instalación…</translation>
    </message>
    <message>
        <source>Copy SM-DP+ address</source>
        <translation>Copiar dirección SM-DP+</translation>
    </message>
    <message>
        <source>Copy activation code</source>
        <translation>Copiar código de activación</translation>
    </message>
    <message>
        <source>Copy whole code (LPA:…)</source>
        <translation>Copiar código completo (LPA:…)</translation>
    </message>
    <message>
        <source>Copy iPhone install link</source>
        <translation>Copiar enlace de instalación para iPhone</translation>
    </message>
    <message>
        <source>Customer card…</source>
        <translation>Tarjeta del cliente…</translation>
    </message>
    <message>
        <source>Customer cards for all numbers…</source>
        <translation>Tarjetas del cliente para todos los números…</translation>
    </message>
    <message>
        <source>The QR code of %1 holds no eSIM activation code: there is nothing to copy.</source>
        <translation>El código QR de %1 no contiene ningún código de activación de eSIM: no hay nada que copiar.</translation>
    </message>
    <message>
        <source>without an order id</source>
        <translation>sin ID de pedido</translation>
    </message>
    <message>
        <source>Order %1: %2. Numbers: %3.</source>
        <comment>announced to screen readers when an answer arrives</comment>
        <translation>Pedido %1: %2. Números: %3.</translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation>Mostrar código &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Retry QR code</source>
        <translation>&amp;Reintentar código QR</translation>
    </message>
    <message>
        <source>Copy &amp;numbers</source>
        <translation>Copiar &amp;números</translation>
    </message>
    <message>
        <source>Customer c&amp;ards…</source>
        <translation>&amp;Tarjetas del cliente…</translation>
    </message>
    <message>
        <source>Copy order &amp;id</source>
        <translation>Copiar &amp;ID de pedido</translation>
    </message>
    <message>
        <source>Copy error for &amp;support ticket</source>
        <translation>Copiar error para el ticket de &amp;soporte</translation>
    </message>
    <message>
        <source>S&amp;top checking the order</source>
        <translation>&amp;Dejar de consultar el pedido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) · %1 of %2 QR codes loaded</source>
        <extracomment>Below the results list; %Ln is how many numbers the order has, %1 and %2 how many of its QR codes are loaded, out of how many</extracomment>
        <translation>
            <numerusform>%Ln número · %1 de %2 códigos QR cargados</numerusform>
            <numerusform>%Ln números · %1 de %2 códigos QR cargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln número</numerusform>
            <numerusform>%Ln números</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::SandboxProcess</name>
    <message numerus="yes">
        <source>The training sandbox did not report its address within %n second(s).</source>
        <translation>
            <numerusform>El entorno de pruebas no informó su dirección en %n segundo.</numerusform>
            <numerusform>El entorno de pruebas no informó su dirección en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training sandbox is not installed: %1 was not found. Reinstall NumberDesk, or use an account instead.</source>
        <translation>El entorno de pruebas no está instalado: no se encontró %1. Vuelva a instalar NumberDesk o use una cuenta en su lugar.</translation>
    </message>
    <message>
        <source>The training sandbox started but did not report a usable address.</source>
        <translation>El entorno de pruebas se inició, pero no informó una dirección utilizable.</translation>
    </message>
    <message>
        <source>The training sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>se bloqueó</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <source>The training sandbox stopped unexpectedly (%1).</source>
        <translation>El entorno de pruebas se detuvo inesperadamente (%1).</translation>
    </message>
    <message>
        <source>The training sandbox could not start (%1).</source>
        <translation>El entorno de pruebas no pudo iniciarse (%1).</translation>
    </message>
</context>
<context>
    <name>nd::ScanDialog</name>
    <message>
        <source>QR code for %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>No se pudo escribir la imagen en %1.</translation>
    </message>
    <message>
        <source>The QR code&apos;s web address names a different activation code than the image holds. The image&apos;s code is shown, as a phone scanning it would get it; tell support.</source>
        <translation>La dirección web del código QR indica un código de activación distinto del que contiene la imagen. Se muestra el código de la imagen, que es el que obtendría un teléfono al escanearlo; avise al soporte.</translation>
    </message>
    <message>
        <source>The code to type in was read from the QR code&apos;s web address, not from the image.</source>
        <translation>El código para escribir se leyó de la dirección web del código QR, no de la imagen.</translation>
    </message>
</context>
<context>
    <name>nd::ScannableQr</name>
    <message>
        <source>This QR code could not be checked: it is shown exactly as received. If the phone does not recognise it, contact support before trying again.</source>
        <translation>No se pudo comprobar este código QR: se muestra exactamente como se recibió. Si el teléfono no lo reconoce, comuníquese con soporte antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>This QR code does not hold an eSIM activation code; the phone may not accept it.</source>
        <translation>Este código QR no contiene un código de activación de eSIM; puede que el teléfono no lo acepte.</translation>
    </message>
</context>
<context>
    <name>nd::StatusChangeForm</name>
    <message>
        <source>Sending… Wait for the answer, or abandon waiting (Esc).</source>
        <translation>Enviando… Espere la respuesta o deje de esperar (Esc).</translation>
    </message>
    <message>
        <source>Ready to send; look at the warnings first.</source>
        <translation>Listo para enviar; revise antes las advertencias.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Numbers to send: %1</source>
        <translation>Números que se enviarán: %1</translation>
    </message>
    <message>
        <source>Numbers ready: %1 (fix the others to send)</source>
        <translation>Números listos: %1 (corrija los demás para enviar)</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>&amp;Agregar fila</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected rows</source>
        <translation>&amp;Quitar filas seleccionadas</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>When the change takes effect, %1; today by default. A past date must be confirmed before sending</source>
        <extracomment>%1 is the order of the date&apos;s fields in words, e.g. &quot;month/day/year&quot;.</extracomment>
        <translation>Cuándo entra en vigor el cambio, en formato %1; hoy de forma predeterminada. Una fecha pasada debe confirmarse antes de enviar</translation>
    </message>
</context>
<context>
    <name>nd::StatusChangeSession</name>
    <message>
        <source>%1 — the change may have been made: check the numbers before sending again.</source>
        <translation>%1 — puede que el cambio se haya hecho: verifique los números antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
    <message>
        <source>Not sent: the previous request has not finished yet.</source>
        <translation>No se envió: la solicitud anterior aún no ha terminado.</translation>
    </message>
    <message>
        <source>No connection is set up.</source>
        <translation>No hay ninguna conexión configurada.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No se envió.</translation>
    </message>
    <message>
        <source>The order journal is not open, so nothing is sent: every request must be recorded before it leaves. Use File → Open the order journal again.</source>
        <translation>El registro de pedidos no está abierto, así que no se envía nada: cada solicitud debe quedar anotada antes de salir. Use Archivo → Abrir de nuevo el registro de pedidos.</translation>
    </message>
    <message>
        <source>Not sent: the order journal could not record an earlier answer. Read the message at the top of the window and confirm it first.</source>
        <translation>No se envió: el registro de pedidos no pudo anotar una respuesta anterior. Primero lea el mensaje de la parte superior de la ventana y confírmelo.</translation>
    </message>
    <message>
        <source>Checked by the agent before sending again to these numbers.</source>
        <translation>Verificado por el agente antes de volver a enviar a estos números.</translation>
    </message>
    <message>
        <source>Sending %1 to %3 (numbers: %2)…</source>
        <translation>Enviando “%1” a %3 (números: %2)…</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Pedido %1: %2</translation>
    </message>
    <message>
        <source>Stopped checking: the connection changed to another account. Look the order up again from History.</source>
        <translation>Se dejó de consultar: la conexión cambió a otra cuenta. Vuelva a consultar el pedido desde el Historial.</translation>
    </message>
    <message>
        <source>The team journal %1 cannot be reached. NumberDesk sends nothing until it can record it there.</source>
        <translation>No se puede acceder al registro del equipo %1. NumberDesk no envía nada hasta que pueda registrarlo allí.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) that arrived meanwhile are kept and will be written when it is back.</source>
        <translation>
            <numerusform>%n respuesta que llegó mientras tanto se guarda y se escribirá cuando vuelva.</numerusform>
            <numerusform>%n respuestas que llegaron mientras tanto se guardan y se escribirán cuando vuelva.</numerusform>
        </translation>
    </message>
    <message>
        <source>the last request</source>
        <translation>la última solicitud</translation>
    </message>
    <message>
        <source>The server answered the request for %1. %2. The change may have been made: until you have checked these numbers, NumberDesk treats them as unresolved and asks before sending to them again.</source>
        <translation>Llegó la respuesta del servidor para %1. %2. Puede que el cambio se haya hecho: hasta que verifique estos números, NumberDesk los trata como sin resolver y pregunta antes de volver a enviar solicitudes para ellos.</translation>
    </message>
    <message>
        <source>Not sent: the connection changed to %1 while you were confirming. Check the request and send it again.</source>
        <translation>No enviado: la conexión cambió a %1 mientras confirmaba. Revise la solicitud y envíela de nuevo.</translation>
    </message>
</context>
<context>
    <name>nd::TeamServer</name>
    <message>
        <source>Enter the team journal&apos;s server (host name or address).</source>
        <translation>Escriba el servidor del registro del equipo (nombre de host o dirección).</translation>
    </message>
    <message>
        <source>The team journal&apos;s port must be between 1 and 65535.</source>
        <translation>El puerto del registro del equipo debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Enter the team journal&apos;s database name.</source>
        <translation>Escriba el nombre de la base de datos del registro del equipo.</translation>
    </message>
    <message>
        <source>Enter the user name NumberDesk signs in to the team journal with.</source>
        <translation>Escriba el nombre de usuario con el que NumberDesk inicia sesión en el registro del equipo.</translation>
    </message>
    <message>
        <source>The team journal is on another computer: its connection must be encrypted and its certificate checked (verify-full). Turning TLS off is only allowed for a server on this computer.</source>
        <translation>El registro del equipo está en otra computadora: su conexión debe estar cifrada y su certificado verificado (verify-full). Solo se permite desactivar TLS para un servidor en esta computadora.</translation>
    </message>
</context>
<context>
    <name>nd::UnresolvedRequests</name>
    <message>
        <source>another NumberDesk</source>
        <translation>otro NumberDesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>• %1, in flight on %2 since %3: %4 — it cannot be sent to until that request has its answer</source>
        <extracomment>%1 change type, %2 the computer (and agent), %3 date and time, %4 numbers.</extracomment>
        <translation>• %1, en curso en %2 desde %3: %4 — no se puede enviar a estos números hasta que esa solicitud tenga respuesta</translation>
    </message>
    <message>
        <source>• %1, sent %2: %3</source>
        <translation>• %1 (enviada el %2): %3</translation>
    </message>
    <message>
        <source>• %1, sent %2 on %3 by %4: %5</source>
        <extracomment>%1 change type, %2 date and time, %3 computer, %4 agent, %5 numbers.</extracomment>
        <translation>• %1, enviada %2 en %3 por %4: %5</translation>
    </message>
</context>
<context>
    <name>nd::journal</name>
    <message>
        <source>this NumberDesk has no PostgreSQL driver (Qt&apos;s QPSQL plugin)</source>
        <translation>este NumberDesk no tiene controlador de PostgreSQL (el complemento QPSQL de Qt)</translation>
    </message>
</context>
<context>
    <name>nd::results::ResultsTexts</name>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The change may have happened even though no proper answer arrived. Check the numbers (or look the order up) before sending it again, so it is not carried out twice.</source>
        <translation>Puede que el cambio se haya hecho aunque no llegó una respuesta correcta. Verifique los números (o consulte el pedido) antes de volver a enviarlo, para que no se lleve a cabo dos veces.</translation>
    </message>
    <message>
        <source>NumberDesk error: %1</source>
        <translation>Error de NumberDesk: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>ID de seguimiento: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(no se indicó)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Hora: %1</translation>
    </message>
    <message>
        <source>The request was sent; the server may have carried it out.</source>
        <translation>La solicitud se envió; puede que el servidor la haya llevado a cabo.</translation>
    </message>
    <message>
        <source>NumberDesk %1</source>
        <translation>NumberDesk %1</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
</context>
</TS>
