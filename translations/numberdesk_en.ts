<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NumberDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to read it on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Enter the AccountKey and AccountSecret in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The API address is not a valid URL (expected something like https://api.telegent.com/v1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a query (?…) or fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must use https: credentials and customers&apos; numbers would otherwise cross the network unencrypted. Plain http is only allowed for a sandbox on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>Customer cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the QR codes have been fetched again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size of the printed or PDF cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card a page, or four to a page to cut apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a print preview of the cards, then prints them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the cards to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeType</name>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a parked or inactive number live and issues an eSIM QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivates the number permanently; it may be given to someone else. Only reversible within 30 days, through another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the customer a new number in the same area code. Cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the number to a new eSIM profile and issues a new QR code; the old SIM stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the customer a new number from the requested area code or zip code, else any. Cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspends the number, keeping the number and SIM. Undo it with Activate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Change the status of customers&apos; mobile numbers through the Telegent mPaaS API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox on this computer and connect to it (training and demos; no real line is touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --api-base cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark for this run only: system, light or dark (default: as chosen in Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--colour-scheme takes system, light or dark, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this API server for this run only: a temporary profile whose AccountKey and AccountSecret are asked for and never saved (e.g. %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message>
        <source>Confirm status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every number and the effective date of a change that cannot easily be undone; nothing is sent unless you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change type and how many numbers it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this change does to each number and whether it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date and, for swap and replace, the requested area code or zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number, in E.164 form, that this change will be sent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm past effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date is in the past; tick this to allow sending it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send is the default; the other button sends the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked earlier requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier requests for these numbers whose outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the numbers were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick after checking the numbers&apos; status, to allow sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked these numbers&apos; current status: send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>SANDBOX — training server on this computer (%1). Nothing sent here touches a real customer&apos;s line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production — account %1 at %2. Requests change real customers&apos; lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — server %1, no account set. Choose a profile under File → Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <extracomment>%1 is the server&apos;s own message, quoted verbatim (untranslated); it already ends with punctuation, so no full stop follows the closing quote.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <extracomment>%1 is the server&apos;s own message, quoted verbatim (untranslated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of an API response (for example a proxy or maintenance page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One item of &quot;Details: %1&quot;. %1 says where (&quot;phone number 2, ICCID&quot; or a request field name), %2 is the server&apos;s message for it, quoted verbatim (untranslated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the server&apos;s list of field problems (&quot;AreaCode: Area code must be 3 digits; …&quot;), quoted verbatim; it already ends with a full stop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1.</source>
        <extracomment>%1 is the server&apos;s list of field problems (&quot;AreaCode: Area code must be 3 digits; …&quot;), quoted verbatim.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorRows</name>
    <message>
        <source>Number %1 of the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrorPath</name>
    <message>
        <source>phone number %L1</source>
        <extracomment>Where a server error points, in &quot;Details: …&quot;: %1 is the number&apos;s position in the request (1 for the first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number %L1, %2</source>
        <extracomment>Where a server error points, in &quot;Details: …&quot;: %1 is the number&apos;s position in the request (1 for the first), %2 a request field name such as ICCID (keep as is).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to NumberDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where requests go: the training sandbox on this computer, or a Telegent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NumberDesk&lt;/h2&gt;&lt;p&gt;Before the first request, choose where requests go. You can add accounts or switch between them at any time under Accounts…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training server on this computer. Try every change type and see QR codes; nothing touches a real customer&apos;s line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with the built-in training server; no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, AccountKey and AccountSecret Telegent gave you. The secret goes to this computer&apos;s credential store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the accounts window to add a Telegent account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>Order from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One journal record: what was sent, under which profile, and the results as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type, time, profile, OrderId, outcome, and the error with its trace id when there was one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status change NumberDesk sent, newest first, from the order journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in any format, or part of one, or an OrderId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (any format) or OrderId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one kind of change, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only requests sent between the two dates, both included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected order&apos;s results as they were, QR codes re-loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the orders shown to a CSV file for tickets and audits; QR codes are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the CSV export is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the CSV export; no file is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the requests one agent sent, or everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the requests sent from one computer, or from all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, change, numbers, OrderId, status, agent, desk and outcome; Enter or double-click opens the results as they were</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Iccid</name>
    <message>
        <source>The trailing F (a filler some systems show) was removed from the ICCID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICCID may contain only digits; it contains &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICCID has too few digits (%1 found); an ICCID has 18 to 22 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICCID has too many digits (%1 found); an ICCID has 18 to 22 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICCID&apos;s check digit does not match its other digits, so the ICCID may be mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallLinkPanel</name>
    <message>
        <source>Install links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on the phone, or scanned with its camera, a link installs the eSIM in one tap. Send it only to the customer: it holds the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the install links and their QR code, which stay hidden until asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone (iOS 17.4 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone install link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple&apos;s eSIM setup link carrying this activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy iPhone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the iPhone install link; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android (not supported on every device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android install link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s eSIM setup link carrying this activation code; not every Android device supports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Android link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the Android install link; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to install on this phone (iPhone camera):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install link QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iPhone install link as a QR code, for the phone&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until “Show code”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterruptedRequestsDialog</name>
    <message>
        <source>Requests with an unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that were being sent when NumberDesk stopped; check each one before sending anything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per request that was in flight; select one to see its numbers and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type, time, profile, effective date and every number of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server what became of the order, by its OrderId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how to check the numbers by hand and lets you record what you found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What you found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the order journal with the request, e.g. &quot;all three numbers active since 10:32&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. change done for all numbers (portal, 10:32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records what you found; the request then counts as settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; unchecked requests stay marked as outcome unknown in the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryText</name>
    <message>
        <source>%1 (account %2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrderId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ICCID %2)</source>
        <extracomment>A number in a journal record, then the SIM&apos;s ICCID sent with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → now %2</source>
        <extracomment>A number in a journal record (%1), then the number the server gave instead (%2)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Entry details: the agent who sent the request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <extracomment>Entry details: the computer the request was sent from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <extracomment>Entry details: who checked an unknown outcome by hand (&quot;Ana on desk-a&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>cannot create the folder</source>
        <extracomment>Why the order journal cannot be opened; fills %2 of &quot;The order journal %1 cannot be opened (%2)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <extracomment>Why the order journal cannot be opened; fills %2 of &quot;The order journal %1 cannot be opened (%2)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <extracomment>Why the order journal cannot be read: the file is not a database (SQLite is a database format).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <extracomment>Fills %2 of &quot;The order journal %1 was written by a newer version of NumberDesk (%2)&quot;: %1 is the journal file&apos;s format number.
----------
Fills %2 of &quot;The order journal %1 was written by a newer version of NumberDesk (%2)&quot;: %1 is the journal&apos;s format number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalIdentity</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who did something in the order journal: %1 is the agent&apos;s name, %2 the computer&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalOpenProblem</name>
    <message>
        <source>Until then NumberDesk starts and shows the history it can, but sends no status change: every request must be recorded before it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order journal recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted. NumberDesk works normally with the new journal. Keep the old file for support: it may still hold records of earlier requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order journal in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other program (often a second NumberDesk or a backup tool), then choose Try again. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order journal from a newer NumberDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer NumberDesk again to keep working with this journal; the file has not been changed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order journal cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, is writable and that the disk is not full, then choose Try again. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team journal cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Try again once the network or the server is back, or check the team journal&apos;s settings in Preferences. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournaledSubmission</name>
    <message>
        <source>No connection is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal is not open, and NumberDesk does not send status changes it cannot record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>null</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (the JSON value null).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (true or false).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not an array&quot; (a JSON string).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (a JSON list).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (a JSON object with named fields).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (the field is not there at all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not text</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;a number&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an array</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;. An array is a JSON list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a phone number</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a URL</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;a number&quot;. URL: a web address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an amount</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;. Amount: a fee in US dollars.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a number or an object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON list item as the server sent it, e.g. &quot;Numbers[0]&quot; (keep as is), %2 a JSON type name such as &quot;a boolean&quot;. &quot;a number&quot; here means a phone number given as digits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body is empty</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;: the answer had no content.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body is not JSON: %1 at offset %L2</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is Qt&apos;s reason (e.g. &quot;unterminated string&quot;), %2 the position in the answer where reading stopped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body is a JSON array, not an object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. JSON array: a list; object: named fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body is not a JSON object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationCodes</name>
    <message>
        <source>The area code may contain only digits; it contains &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code must have 3 digits (%1 found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP+4 code %1-%2 was shortened to %1: the new number is searched by the 5-digit ZIP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP code may contain only digits; it contains &apos;%1&apos;. Only US ZIP codes are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP code must have 5 digits (%1 found).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NumberDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of customers&apos; mobile numbers: the request form on the left, the server&apos;s answers on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which server and account the next request goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the handle to share the space between the request form and the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the desk did last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form for the next customer (asks if something is typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles: add, edit, test or remove accounts, choose the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order &amp;journal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent while the order journal is not open; try opening it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and send the request (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the answer; the server may still carry out a request that has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NumberDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s settings, such as the support line on customer cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order journal problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the order journal problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stays off until you confirm you have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team journal problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the team journal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the team journal&apos;s server again and writes the answers kept meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order in the order journal (this desk’s, or the whole team’s), searchable, with CSV export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryPanel</name>
    <message>
        <source>Type the code in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the camera will not scan, the customer types these on the phone. They let anyone install this line: read them out only to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the activation code, which stays hidden until asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM-DP+ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address the phone asks for when the code is typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SM-DP+ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the SM-DP+ address; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code (matching ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching ID the phone asks for as its activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the activation code; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole code, for phones with one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole LPA code, for phones that take it in one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy whole code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole LPA code; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NanpRules</name>
    <message>
        <source>The area code %1 starts with %2; North American area codes start with 2 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code %1 is a service code like 911, not an area code that numbers are assigned in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange %1 (the three digits after the area code) starts with %2; it must start with 2 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderErrorBox</name>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the last request failed and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution before resending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the error, its time and trace id for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order the server created for the last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the order id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status word from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderNumberParser</name>
    <message>
        <source>%1 %2 is not a phone number the API uses</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[1].Number&quot; (keep as is), %2 the server&apos;s value in quotes, e.g. &apos;555-0100&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute http or https URL</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[0].QrCode&quot; (keep as is); the QR code&apos;s web address is not a full http(s) address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an amount</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[0].ChargeFee&quot; (keep as is), %2 the server&apos;s value in quotes; amount: a fee in US dollars.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 but no NewNumber</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a list item such as &quot;NumbersChange[0]&quot;, %2 a JSON field name such as OriginalNumber; keep both and NewNumber as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Number</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a list item such as &quot;Numbers[0]&quot;; keep it and Number (a JSON field name) as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderParser</name>
    <message>
        <source>%1 is missing</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderId (keep as is).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderId (keep as is); the field holds no text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a date the API uses</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderDate (keep as is), %2 the server&apos;s value in quotes, e.g. &apos;13/45/2024&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers list is missing (looked for %1)</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 lists the JSON field names looked for, e.g. &quot;Numbers, NumbersChange, NumbersChanged&quot; (keep as is).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a North American number; only North American (+1) numbers are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number contains letters: %1. Only digits are accepted; vanity numbers such as 1-800-FLOWERS must be typed as digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number contains an unexpected character: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number contains no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has too few digits (%1 found); 10 are needed, not counting a leading country code 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has too many digits (%1 found); 10 are needed, not counting a leading country code 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? Call 1-800-555-0199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line printed at the foot of every customer card, such as a phone number for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the desk; it changes at once, without a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <comment>Appearance: follow the system&apos;s light or dark setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <comment>Appearance: light colours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>Appearance: dark colours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the foot of every customer card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name in the journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name written on every request you send and every request you check by hand; empty: your user name on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is a file on this computer; only this desk sees its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team journal (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is on a PostgreSQL server the team shares; every desk sees every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberDesk uses the new journal from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal server&apos;s name or address, such as journal.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal server&apos;s port; PostgreSQL&apos;s usual port is 5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the team journal&apos;s database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user NumberDesk signs in to the server as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted and its certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (only for a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the system&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the PEM file of the certificate authority that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in the settings file; leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>the content could not be produced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemDetailsParser</name>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <extracomment>The server asked to wait this long (its Retry-After) before sending again.</extracomment>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service unavailable (%1)</source>
        <extracomment>Error title; %1 is the HTTP status code, e.g. 503.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed (400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields it names and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may have expired or been issued for another endpoint: sign in again, and if it keeps happening check the AccountKey and AccountSecret.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no access to this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Telegent to enable it for the account.</source>
        <extracomment>Telegent is the API vendor&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order id or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the numbers&apos; status before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server (422)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change under its business rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the numbers&apos; current state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting the request rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway in front of the service failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may still have reached the server: check the numbers&apos; status before resending, then try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <extracomment>Error title; %1 is the HTTP status code, e.g. 500.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while handling the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have acted on some numbers: check the numbers&apos; status before resending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused (%1)</source>
        <extracomment>Error title; %1 is an HTTP status code, e.g. 418.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 418.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (%1)</source>
        <extracomment>Error title; %1 is an HTTP status code the app does not expect, e.g. 100.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code, e.g. 100.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote trace id %1 to Telegent support.</source>
        <extracomment>%1 is the server&apos;s trace id (an opaque code such as 00-4bf9…-00); Telegent is the API vendor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSecretPrompt</name>
    <message>
        <source>AccountSecret needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active profile has no AccountSecret for this session; enter it to send requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s secret; hidden while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve it in this computer&apos;s credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the secret is kept for this session only and asked for again next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account on this server, e.g. DID-…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles: the built-in sandbox and the accounts this computer can send requests for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says when no credential store is available and secrets last for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox first, then the saved accounts; the active one is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new profile: name, server, AccountKey and AccountSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved secret; the sandbox cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this account is shown in the profile switcher and the history; must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Telegent production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server (API base URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example https://api.telegent.com/v1.0; must be https unless the server runs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s key from Telegent, starting with DID-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s secret; hidden while typing and kept in this computer&apos;s credential store, never in settings files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the AccountSecret is kept, or why it could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server for a token with these values and shows its exact answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the last connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential store refused the secret: keep it in memory until NumberDesk quits instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the selected profile the one the next requests go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the name, server and AccountKey in the settings and the secret in the credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the accounts window; saved profiles stay saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Choose a valid effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ICCID was entered without a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is also in row %1 with a different ICCID; keep one of the two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already in row %1; it will be sent only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order created by the last request and its numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops looking the order up; it may still complete on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the next request appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number with its fee and QR code; press Enter to show a QR code for scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the QR code of the selected number large enough to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the QR code of the selected number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected numbers, or all of them, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and QR codes loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints customer cards with the QR codes and how to install them, or saves them as PDF: for the selected numbers, or all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer cards…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>QR code to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eSIM QR code for the customer&apos;s phone to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer opens &lt;b&gt;Settings → Mobile/Cellular → Add eSIM&lt;/b&gt;, chooses &lt;b&gt;“Use QR code”&lt;/b&gt; and points the phone&apos;s camera at this code.&lt;/p&gt;&lt;p&gt;If the carrier uses a confirmation code, the customer types it on the phone. It is never part of the QR code and is never scanned.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about this QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the QR code on the whole screen; press F11 or Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the QR code image to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the QR code as a PNG image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to hand the eSIM over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning, typing the code in, or an install link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ca&amp;rd (print or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints this number&apos;s customer card, or saves it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <source>[token removed]</source>
        <extracomment>Put in place of an access token found in the server&apos;s message, which is otherwise quoted verbatim.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer [removed]</source>
        <extracomment>Put in place of &quot;Bearer &lt;token&gt;&quot; in the server&apos;s message; &quot;Bearer&quot; is an HTTP word, keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[activation code removed]</source>
        <extracomment>Put in place of an eSIM activation code (LPA:…) found in the server&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[removed]</source>
        <extracomment>Put in place of a long key-like string found in the server&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No secret has been entered for this profile in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeAnswer</name>
    <message>
        <source>NumberDesk cannot tell whether the change was made: check the numbers&apos; status or look the order up before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address. NumberDesk does not follow redirects for API calls, because the access token would go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of redirect means the server did not act: nothing was changed. Check the API address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeForm</name>
    <message>
        <source>Status change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to send: change type, effective date, area code or zip code where they apply, and the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that is sent with the request; read-only while a request is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which status change to send: activate, cancel, swap number, swap SIM, replace number or park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this change does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line on what happens to each number and whether it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message about the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server said about the request as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems or warnings about the effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three digits; the new number is searched in this area code first. Only used by swap number and replace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the area code, from this form or from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five digits; used when the area code is blank or has no free number. Only used by swap number and replace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 07302</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the zip code, from this form or from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How area code and zip code are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code is searched first, the zip code is the fallback, and with both blank any area is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code is searched first, the zip code is the fallback; leave both blank for any area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers — type them, or paste a column or a list with Ctrl+V:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per row with its ICCID for swap SIM; the Check column shows the normalized number or why it cannot be sent. Ctrl+V pastes a list, Delete clears cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current row check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full check result of the row with the cursor: the normalized number, or why it cannot be sent, or a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the list of numbers as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an empty row to the numbers table and starts typing in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every row that has a selected cell from the numbers table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many numbers the request will carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first problem that keeps the Send button disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bandon waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting for the server&apos;s answer; a request that has already left may still be carried out by the server (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the request again and sends it; changes that cannot be undone ask first (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings changed while signing in; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccountKey and AccountSecret in the connection settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in was too large (more than %1), so NumberDesk stopped reading it. Nothing was sent. Try again later; if it keeps happening, tell Telegent support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>Sign-in refused (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccountKey or AccountSecret was refused.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check both in the settings and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to this endpoint (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not allowed to get a token for this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Telegent to enable the endpoint for the account.</source>
        <extracomment>Telegent is the API vendor&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the sign-in with a web page instead of a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in could not be read (%1).</source>
        <extracomment>%1 says what was wrong with the answer, e.g. &quot;body is empty&quot; (already translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to issue a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccountKey, the AccountSecret and the endpoint.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the sign-in without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s token contains characters that cannot be sent back in a request header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportFailure</name>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 could not be established: %2. Nothing was sent. Check the computer&apos;s date and time and whether a proxy or security software intercepts HTTPS; NumberDesk never ignores certificate problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached %1 but no answer came in time. The change may or may not have been made: do not resend blindly; check the numbers&apos; status or look the order up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached %1 but the connection broke before the answer (%2). The change may or may not have been made: do not resend blindly; check the numbers&apos; status or look the order up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time and the request was not sent completely, so nothing was changed. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the API address and the network connection. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. The service may be down or the API address wrong. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed (%1). Nothing was sent; check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed before the request was sent (%2). Nothing was changed; check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationResult</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::AboutDialog</name>
    <message>
        <source>Licences and notices (summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberDesk — MIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt — LGPLv3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPLv3 — sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZXing-cpp — Apache 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZXing-cpp — NOTICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain — BSD 2-Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is missing from this build of NumberDesk (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;NumberDesk %1&lt;/h2&gt;&lt;p&gt;Changes the status of customers&apos; mobile numbers through the Telegent mPaaS API: activate, cancel, swap, swap SIM, replace and park.&lt;/p&gt;&lt;p&gt;Running on Qt %2 (built with Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences.&lt;/b&gt; NumberDesk&apos;s own code is under the MIT licence. The app uses Qt under the LGPLv3, ZXing-cpp under the Apache License 2.0, QtKeychain under the BSD 2-Clause licence and SQLite, which is in the public domain.&lt;/p&gt;&lt;p&gt;The training sandbox (&lt;tt&gt;numberdesk-sandbox&lt;/tt&gt;), which the app starts as a separate program in demo mode, uses Qt HTTP Server and is therefore distributed under the GPLv3. Its source is NumberDesk&apos;s repository.&lt;/p&gt;&lt;p&gt;The full texts are under &lt;i&gt;Third-party notices&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ApiCall</name>
    <message>
        <source>Redirected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address. NumberDesk does not follow redirects for API calls, because the access token would go with it. Check the API address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the request but its answer could not be read (%1). The change has probably been made: check the numbers&apos; status before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped waiting for the answer, but the request had already been sent: the server may still carry it out. Check the numbers&apos; status before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the request was sent; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (more than %1), so NumberDesk stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberDesk cannot tell whether the change was made: check the numbers&apos; status or look the order up before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Try again later; if it keeps happening, tell Telegent support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token, and the connection settings were changed while the request was on its way, so it was not sent again under the new account. Nothing was changed; send it again if it is still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CardPdf</name>
    <message>
        <source>There are no cards to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSIM cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CardPrintDialog</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four cards a page, to cut apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None set. Add one under Edit → Preferences; it is printed on every card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the QR codes again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these numbers has a QR code: there is no card to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esim-cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esim-card-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln QR code(s) could not be fetched or read again; they may have expired. Their cards say so and ask the customer to contact you. First problem: %1</source>
        <extracomment>%Ln is how many QR codes are missing; %1 the first problem met, as the network or decoder said it</extracomment>
        <translation>
            <numerusform>%Ln QR code could not be fetched or read again; it may have expired. Its card says so and asks the customer to contact you. First problem: %1</numerusform>
            <numerusform>%Ln QR codes could not be fetched or read again; they may have expired. Their cards say so and ask the customer to contact you. First problem: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the QR codes name another activation code in their web address than in the image. The image&apos;s code was used, as a phone scanning it would get it; tell support.</source>
        <translation>
            <numerusform>%Ln of the QR codes names another activation code in its web address than in the image. The image&apos;s code was used, as a phone scanning it would get it; tell support.</numerusform>
            <numerusform>%Ln of the QR codes name another activation code in their web address than in the image. The image&apos;s code was used, as a phone scanning it would get it; tell support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s), one for each number with a QR code.</source>
        <translation>
            <numerusform>%Ln card.</numerusform>
            <numerusform>%Ln cards, one for each number with a QR code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ConfirmChangeDialog</name>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this question; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the change for every number listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “%1” for these numbers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date: %1    Numbers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbers from area code %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code %1 if the area code has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area code or zip code: the server picks any available number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (ICCID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date %1 is in the past. Send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier requests for these numbers have an unknown outcome; the server may already have made them. Check the numbers (or look the orders up in History) before sending again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ConnectionTest</name>
    <message>
        <source>Connected: %1 issued a token for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CredentialVault</name>
    <message>
        <source>Account secrets are kept in memory for this session only and will be asked for again at the next start; they are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CustomerCardBatch</name>
    <message>
        <source>This QR code could not be read. Please contact us for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code for %1 holds no eSIM activation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code is no longer available: it may have expired. Please contact us for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::CustomerCardPainter</name>
    <message>
        <source>Your new eSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan in the phone&apos;s eSIM settings (steps below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone (iOS 17.4 or later): scan with the Camera app to install in one tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code is available for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone: Settings › Cellular (or Mobile Service) › Add eSIM › Use QR Code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android: Settings › Network &amp; internet › SIMs › Add eSIM. Samsung: Settings › Connections › SIM manager › Add eSIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera will not scan? Choose “Enter details manually” (iPhone) or “Enter activation code” (Android) and type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM-DP+ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole code (one field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone will also ask for a confirmation code. It is not on this card: type the one your carrier gave you separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::DeskJournal</name>
    <message>
        <source>The order journal has not been opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal is still being opened. Send again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the team journal %1 is stored in this computer&apos;s keychain. Enter it in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the team journal %1 could not be read from this computer&apos;s keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team journal is reachable again; %n kept answer(s) written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The team journal still cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::HistoryEntryDialog</name>
    <message>
        <source>Request from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::HistoryModel</name>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: check before resending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrderId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>History column: the agent who sent the request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <extracomment>History column: the computer the request was sent from</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::HistoryWindow</name>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers match in any format and in part (609-38 finds every number containing it); text with letters searches OrderIds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order journal is open: there is no history to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numberdesk-history-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) shown</source>
        <translation>
            <numerusform>%Ln order shown</numerusform>
            <numerusform>%Ln orders shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <extracomment>%1 is SQLite&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::InstallLinkPanel</name>
    <message>
        <source>This QR code holds no eSIM activation code: there is no install link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until “Show code”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::InterruptedRequestsDialog</name>
    <message>
        <source>Look each number up in Telegent&apos;s portal, or ask Telegent support about them, and see whether this change took effect. Then write down what you found and mark the request as checked. Only if the change did not happen, send it again as a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OrderId was received before NumberDesk stopped, so the order cannot be looked up. Check the numbers instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 can be looked up once a profile with its secret is active (it was sent under “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 can be looked up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order found: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed: %1. Check the numbers instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order %1 was sent under “%2” (account %3 at %4). Switch to that account to look it up: the active account cannot see its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NumberDesk stopped while %n request(s) were being sent (a crash, a forced quit or a power cut). The server may or may not have carried them out. Do not send them again before you have checked: a second request could change the same lines twice.</source>
        <extracomment>%n is how many requests were on their way when NumberDesk stopped</extracomment>
        <translation>
            <numerusform>NumberDesk stopped while a request was being sent (a crash, a forced quit or a power cut). The server may or may not have carried it out. Do not send it again before you have checked: a second request could change the same lines twice.</numerusform>
            <numerusform>NumberDesk stopped while %n requests were being sent (a crash, a forced quit or a power cut). The server may or may not have carried them out. Do not send them again before you have checked: a second request could change the same lines twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4
%5</source>
        <extracomment>One interrupted request in the list, on three lines: %1 change type, %2 the number (or how many), %3 when it was sent, %4 the connection profile, %5 what is known of its outcome</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answers: orders, numbers and their QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form? What is typed now will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is off: the order journal is not open (File → Open the order journal again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is off until you confirm the order journal message at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the order &amp;journal problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the order journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is off until the team journal can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ManualEntryPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;iPhone:&lt;/b&gt; Settings → Cellular (or Mobile Service) → Add eSIM → Use QR Code → &lt;i&gt;Enter Details Manually&lt;/i&gt;. &lt;b&gt;SM-DP+ Address&lt;/b&gt; takes the address, &lt;b&gt;Activation Code&lt;/b&gt; the activation code.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pixel:&lt;/b&gt; Settings → Network &amp;amp; internet → SIMs → Add SIM → Download a SIM instead → &lt;i&gt;Need help?&lt;/i&gt; → &lt;i&gt;Enter it manually&lt;/i&gt;: the &lt;b&gt;whole code&lt;/b&gt; in its one field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Samsung:&lt;/b&gt; Settings → Connections → SIM manager → Add eSIM → Scan QR code → &lt;i&gt;Enter activation code&lt;/i&gt;: the &lt;b&gt;whole code&lt;/b&gt;. Older models ask for the address and the activation code in two fields.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code holds no eSIM activation code, so there is nothing to type in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone will also ask for a confirmation code. The carrier gives it to the customer separately; it is typed on the phone and is never part of a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::NumberResultDelegate</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the QR code for scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::NumberRowDelegate</name>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::NumberRowsModel</name>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: %1 does not send an ICCID. To enter ICCIDs, choose %2.</source>
        <extracomment>%1 is the chosen change type (e.g. &quot;Activate&quot;); %2 the change types that send ICCIDs (e.g. &quot;Swap SIM&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the new SIM&apos;s ICCID for each number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID (not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::OrderErrorBox</name>
    <message>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems are marked next to the fields and numbers they concern in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace id was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::OrderHeader</name>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no order id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::OrderJournal</name>
    <message>
        <source>The order journal %1 is damaged and could not be moved aside. NumberDesk will not send status changes it cannot record. Move the file away (do not delete it: it holds earlier orders) and start NumberDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal was damaged and could not be read. It has been kept as %1 (nothing was deleted) and a new, empty journal has been started. Orders recorded before today are in the old file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal %1 is in use by another program, perhaps another NumberDesk. NumberDesk does not send status changes it cannot record: close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal %1 was written by a newer version of NumberDesk (%2). It has been left as it is. Use the newer version: this one cannot record orders in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal %1 cannot be opened (%2). NumberDesk does not send status changes it cannot record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be recorded in the order journal, so it was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be recorded in the order journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure could not be recorded in the order journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding could not be recorded in the order journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted requests could not be read from the order journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberDesk stopped while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberDesk closed before the server answered (a crash, a forced quit or a power loss). The server may have made the change: look the order up or check the numbers before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted request could not be marked in the order journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in it had no known outcome. They were copied into the new journal: check them before sending to those numbers again.</source>
        <extracomment>Follows &quot;The order journal … was damaged…&quot;. %n is how many requests in the damaged journal never got an answer; each was copied into the new journal.</extracomment>
        <translation>
            <numerusform>%n request in it had no known outcome. It was copied into the new journal: check it before sending to those numbers again.</numerusform>
            <numerusform>%n requests in it had no known outcome. They were copied into the new journal: check them before sending to those numbers again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the old file could not be read, so NumberDesk cannot tell whether other requests in it were left without an answer. Before sending to a number you worked on recently, check its status with the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record %1</source>
        <extracomment>Why the journal could not be updated: %1 is the journal&apos;s internal record number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 belongs to another order</source>
        <extracomment>Why the journal could not be updated: %1 is the journal&apos;s internal record number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved in a damaged journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request had no known outcome in the order journal that was found damaged (kept as %1). The server may have made the change: look the order up or check the numbers before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request from the damaged journal could not be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal %1 was written by a newer version of NumberDesk (%2). It has been left as it is. Use the newer version: this one cannot record orders in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal %1 cannot be reached (%2). NumberDesk sends nothing it cannot record in the team journal, and does not switch to a journal on this computer instead. Check the network and the team journal&apos;s settings in Preferences, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal %1 cannot be used (%2). NumberDesk does not send status changes it cannot record. Ask whoever runs the server to check this user&apos;s rights on the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: one of its numbers is held by another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 is in flight on %2 since %3. Only one status change per number can be in flight: wait for that request&apos;s answer. If that desk has stopped, NumberDesk marks its request as interrupted and it can be looked up and resolved from History.</source>
        <extracomment>%1 a phone number, %2 the computer (and agent) sending to it, %3 a date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 has a request whose outcome is unknown (sent on %2 since %3). Look that order up or check the number, and resolve it first.</source>
        <extracomment>%1 a phone number, %2 the computer (and agent) that sent to it, %3 a date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more of its numbers are held too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The resolution could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team journal cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal cannot be reached, so the request was not sent. NumberDesk sends nothing it cannot record there: use Try again in the message at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <extracomment>Language choice that follows the computer&apos;s language; %1 is the language detected, in its own language (English, Español, Français)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate of the team journal server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept only until NumberDesk quits: the team journal will not open at the next start. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ProfileSecretPrompt</name>
    <message>
        <source>Enter the AccountSecret for “%1” (account %2 at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, the secret is kept for this session only and asked for again next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available: kept for this session only; you will be asked again next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccountKey and AccountSecret for “%1” (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile comes from the command line (--api-base): the account and secret are kept for this session only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox profile is built in and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name belongs to the built-in sandbox profile; please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the AccountKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: the settings file is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <extracomment>The profile `numberdesk --api-base URL` adds for one run; %1 is the server&apos;s host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command-line profile is for this session only and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ProfileSwitcher</name>
    <message>
        <source>Enter &amp;secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the next requests go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AccountSecret of the chosen profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccountSecret is saved for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AccountSecret has been entered for this profile in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved AccountSecret could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is used for this session, but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile chosen. Pick one above, or add an account under Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — starting the training server on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — the training server&apos;s credentials are missing; restart NumberDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production — “%1”: account %2 at %3. Requests change real customers&apos; lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — reading the AccountSecret from the credential store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — no AccountSecret for this session: nothing can be sent until it is entered (Enter secret…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart sandbo&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the training sandbox on this computer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — not running. %1 Nothing can be sent until it runs: click Restart sandbox, or choose an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SANDBOX (not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ProfilesDialog</name>
    <message>
        <source>No credential store is available: secrets are kept for this session only; you will be asked again next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training server on this computer; cannot be edited or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is built in: a training server on this computer. It cannot be edited or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in this computer&apos;s credential store, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only; you will be asked again next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its saved AccountSecret from this computer? The order history keeps its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (active)</source>
        <extracomment>A profile in the list that the desk is using now; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes from the command line (--api-base): it is used for this session only, never saved, and cannot be edited or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ProfilesPresenter</name>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is no longer %1: type the AccountSecret again. A saved secret is only ever sent to the server it was saved for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. No new secret was typed: the saved one (if any) is kept; NumberDesk asks for it when this profile is used without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the credential store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secret is in this computer&apos;s credential store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only; you will be asked again next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile still uses its old server: the credential store did not take the secret for the new one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved, but the credential store did not take the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose not to use the credential store that refused the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the credential store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed while the saved secret was read: type the AccountSecret again to test this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is saved for this profile: type it above to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secret could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::QrImageDownload</name>
    <message>
        <source>The QR code address is not a secure https address, so it was not loaded: the code would travel unencrypted. Ask Telegent support for the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code address did not return an image (it returned “%1”). The code cannot be shown; ask Telegent support for a new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code image is too large (%1 MB; at most %2 MB is accepted), so it was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code image is too large (more than %1 MB), so it was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code image is no longer available (HTTP %1); it may have expired. Ask Telegent support to issue the QR code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code address redirected to an insecure (http) address, so it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code address redirected too many times, so the image was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code image could not be downloaded: the connection failed or timed out. Try reloading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code image could not be downloaded: the server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code address returned data that is not a readable image. Ask Telegent support for a new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code address redirected to an address that is not a secure https address, so it was not followed: the code would travel unencrypted. Ask Telegent support for the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code image was not loaded because its secure connection failed (%1). Ask Telegent support for the QR code; certificate problems are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code image is too large to show (%1 × %2 pixels; at most %3 × %3 is accepted), so it was not loaded. Ask Telegent support for a new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::QrImageQueue</name>
    <message>
        <source>The QR code image is too large to keep on screen (%1 decoded), so it is not shown. Ask Telegent support for a new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ResultsModel</name>
    <message>
        <source>%1, was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ICCID %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ResultsPanel</name>
    <message>
        <source>Checking the order… (next check in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped checking: the order is still pending. Look it up again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped checking. The order may still complete on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last check failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to type in and install links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SM-DP+ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy whole code (LPA:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy iPhone install link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer cards for all numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code of %1 holds no eSIM activation code: there is nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2. Numbers: %3.</source>
        <comment>announced to screen readers when an answer arrives</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer c&amp;ards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error for &amp;support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top checking the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) · %1 of %2 QR codes loaded</source>
        <extracomment>Below the results list; %Ln is how many numbers the order has, %1 and %2 how many of its QR codes are loaded, out of how many</extracomment>
        <translation>
            <numerusform>%Ln number · %1 of %2 QR codes loaded</numerusform>
            <numerusform>%Ln numbers · %1 of %2 QR codes loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::SandboxProcess</name>
    <message numerus="yes">
        <source>The training sandbox did not report its address within %n second(s).</source>
        <translation>
            <numerusform>The training sandbox did not report its address within %n second.</numerusform>
            <numerusform>The training sandbox did not report its address within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training sandbox is not installed: %1 was not found. Reinstall NumberDesk, or use an account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training sandbox started but did not report a usable address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training sandbox stopped unexpectedly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training sandbox could not start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ScanDialog</name>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code&apos;s web address names a different activation code than the image holds. The image&apos;s code is shown, as a phone scanning it would get it; tell support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code to type in was read from the QR code&apos;s web address, not from the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::ScannableQr</name>
    <message>
        <source>This QR code could not be checked: it is shown exactly as received. If the phone does not recognise it, contact support before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code does not hold an eSIM activation code; the phone may not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::StatusChangeForm</name>
    <message>
        <source>Sending… Wait for the answer, or abandon waiting (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send; look at the warnings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers ready: %1 (fix the others to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the change takes effect, %1; today by default. A past date must be confirmed before sending</source>
        <extracomment>%1 is the order of the date&apos;s fields in words, e.g. &quot;month/day/year&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::StatusChangeSession</name>
    <message>
        <source>%1 — the change may have been made: check the numbers before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the previous request has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order journal is not open, so nothing is sent: every request must be recorded before it leaves. Use File → Open the order journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the order journal could not record an earlier answer. Read the message at the top of the window and confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by the agent before sending again to these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 to %3 (numbers: %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped checking: the connection changed to another account. Look the order up again from History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal %1 cannot be reached. NumberDesk sends nothing until it can record it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) that arrived meanwhile are kept and will be written when it is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the last request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the request for %1. %2. The change may have been made: until you have checked these numbers, NumberDesk treats them as unresolved and asks before sending to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the connection changed to %1 while you were confirming. Check the request and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::TeamServer</name>
    <message>
        <source>Enter the team journal&apos;s server (host name or address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal&apos;s port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team journal&apos;s database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name NumberDesk signs in to the team journal with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team journal is on another computer: its connection must be encrypted and its certificate checked (verify-full). Turning TLS off is only allowed for a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::UnresolvedRequests</name>
    <message>
        <source>another NumberDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, in flight on %2 since %3: %4 — it cannot be sent to until that request has its answer</source>
        <extracomment>%1 change type, %2 the computer (and agent), %3 date and time, %4 numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, sent %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, sent %2 on %3 by %4: %5</source>
        <extracomment>%1 change type, %2 date and time, %3 computer, %4 agent, %5 numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::journal</name>
    <message>
        <source>this NumberDesk has no PostgreSQL driver (Qt&apos;s QPSQL plugin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nd::results::ResultsTexts</name>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may have happened even though no proper answer arrived. Check the numbers (or look the order up) before sending it again, so it is not carried out twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberDesk error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent; the server may have carried it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumberDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
