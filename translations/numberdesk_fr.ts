<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NumberDesk</source>
        <translation>À propos de NumberDesk</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Third-party notices</source>
        <translation>Avis de &amp;tiers</translation>
    </message>
    <message>
        <source>Licence documents</source>
        <translation>Documents de licence</translation>
    </message>
    <message>
        <source>Choose a document to read it on the right</source>
        <translation>Choisissez un document pour le lire à droite</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Enter the AccountKey and AccountSecret in the connection settings.</source>
        <translation>Saisissez l&apos;AccountKey et l&apos;AccountSecret dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Connection settings incomplete</source>
        <translation>Paramètres de connexion incomplets</translation>
    </message>
</context>
<context>
    <name>ApiEndpoints</name>
    <message>
        <source>The API address is not a valid URL (expected something like https://api.telegent.com/v1.0).</source>
        <translation>L&apos;adresse de l&apos;API n&apos;est pas une URL valide (attendu&#xa0;: quelque chose comme https://api.telegent.com/v1.0).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>L&apos;adresse de l&apos;API ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The API address must not contain a query (?…) or fragment (#…).</source>
        <translation>L&apos;adresse de l&apos;API ne doit contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <source>The API address must use https: credentials and customers&apos; numbers would otherwise cross the network unencrypted. Plain http is only allowed for a sandbox on this computer.</source>
        <translation>L&apos;adresse de l&apos;API doit utiliser https&#xa0;: sinon, les identifiants et les numéros des clients circuleraient sur le réseau sans chiffrement. Le http non chiffré n&apos;est permis que pour un bac à sable sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>Customer cards</source>
        <translation>Fiches client</translation>
    </message>
    <message>
        <source>Fetching QR codes</source>
        <translation>Récupération des codes QR</translation>
    </message>
    <message>
        <source>How many of the QR codes have been fetched again</source>
        <translation>Combien de codes QR ont été récupérés à nouveau</translation>
    </message>
    <message>
        <source>Problems with the cards</source>
        <translation>Problèmes avec les fiches</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The paper size of the printed or PDF cards</source>
        <translation>Le format de papier des fiches imprimées ou en PDF</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Mise en page</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Fiches par page</translation>
    </message>
    <message>
        <source>One card a page, or four to a page to cut apart</source>
        <translation>Une fiche par page, ou quatre par page à découper</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Ligne d&apos;assistance</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Shows a print preview of the cards, then prints them</source>
        <translation>Affiche un aperçu avant impression des fiches, puis les imprime</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Writes the cards to a PDF file</source>
        <translation>Écrit les fiches dans un fichier PDF</translation>
    </message>
</context>
<context>
    <name>ChangeType</name>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <source>Swap number</source>
        <translation>Changer de numéro</translation>
    </message>
    <message>
        <source>Swap SIM</source>
        <translation>Changer de SIM</translation>
    </message>
    <message>
        <source>Replace number</source>
        <translation>Remplacer le numéro</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Brings a parked or inactive number live and issues an eSIM QR code.</source>
        <translation>Remet en service un numéro suspendu ou inactif et émet un code QR eSIM.</translation>
    </message>
    <message>
        <source>Deactivates the number permanently; it may be given to someone else. Only reversible within 30 days, through another channel.</source>
        <translation>Désactive le numéro définitivement; il peut être attribué à quelqu&apos;un d&apos;autre. Réversible seulement dans les 30 jours, par un autre canal.</translation>
    </message>
    <message>
        <source>Gives the customer a new number in the same area code. Cannot be undone.</source>
        <translation>Donne au client un nouveau numéro dans le même indicatif régional. Irréversible.</translation>
    </message>
    <message>
        <source>Moves the number to a new eSIM profile and issues a new QR code; the old SIM stops working.</source>
        <translation>Transfère le numéro vers un nouveau profil eSIM et émet un nouveau code QR; l&apos;ancienne carte SIM cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Gives the customer a new number from the requested area code or zip code, else any. Cannot be undone.</source>
        <translation>Donne au client un nouveau numéro dans l&apos;indicatif régional ou le code postal demandé, sinon n&apos;importe lequel. Irréversible.</translation>
    </message>
    <message>
        <source>Suspends the number, keeping the number and SIM. Undo it with Activate.</source>
        <translation>Suspend le numéro en conservant le numéro et la carte SIM. Pour revenir en arrière, utilisez Activer.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Change the status of customers&apos; mobile numbers through the Telegent mPaaS API.</source>
        <translation>Modifier le statut des numéros mobiles des clients au moyen de l&apos;API Telegent mPaaS.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox on this computer and connect to it (training and demos; no real line is touched).</source>
        <translation>Démarrer le bac à sable intégré sur cet ordinateur et s&apos;y connecter (formation et démonstrations; aucune vraie ligne n&apos;est touchée).</translation>
    </message>
    <message>
        <source>--sandbox and --api-base cannot be combined.</source>
        <translation>--sandbox et --api-base ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>Light or dark for this run only: system, light or dark (default: as chosen in Preferences).</source>
        <translation>Clair ou sombre pour cette exécution seulement&#xa0;: system, light ou dark (par défaut&#xa0;: selon le choix fait dans les Préférences).</translation>
    </message>
    <message>
        <source>--colour-scheme takes system, light or dark, not “%1”.</source>
        <translation>--colour-scheme accepte system, light ou dark, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use this API server for this run only: a temporary profile whose AccountKey and AccountSecret are asked for and never saved (e.g. %1).</source>
        <translation>Utiliser ce serveur de l&apos;API pour cette exécution seulement&#xa0;: un profil temporaire dont l&apos;AccountKey et l&apos;AccountSecret sont demandés et jamais enregistrés (p. ex. %1).</translation>
    </message>
</context>
<context>
    <name>ConfirmChangeDialog</name>
    <message>
        <source>Confirm status change</source>
        <translation>Confirmer le changement de statut</translation>
    </message>
    <message>
        <source>Lists every number and the effective date of a change that cannot easily be undone; nothing is sent unless you confirm</source>
        <translation>Liste chaque numéro et la date d&apos;effet d&apos;un changement difficilement réversible; rien n&apos;est envoyé sans votre confirmation</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>The change type and how many numbers it applies to</source>
        <translation>Le type de changement et le nombre de numéros concernés</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>What this change does to each number and whether it can be undone</source>
        <translation>Ce que ce changement fait à chaque numéro et s&apos;il est réversible</translation>
    </message>
    <message>
        <source>Effective date and location</source>
        <translation>Date d&apos;effet et emplacement</translation>
    </message>
    <message>
        <source>The effective date and, for swap and replace, the requested area code or zip code</source>
        <translation>La date d&apos;effet et, pour un changement ou un remplacement de numéro, l&apos;indicatif régional ou le code postal demandé</translation>
    </message>
    <message>
        <source>Numbers to change</source>
        <translation>Numéros à modifier</translation>
    </message>
    <message>
        <source>Every number, in E.164 form, that this change will be sent for</source>
        <translation>Chaque numéro, au format E.164, pour lequel ce changement sera envoyé</translation>
    </message>
    <message>
        <source>Confirm past effective date</source>
        <translation>Confirmer la date d&apos;effet passée</translation>
    </message>
    <message>
        <source>The effective date is in the past; tick this to allow sending it anyway</source>
        <translation>La date d&apos;effet est passée; cochez cette case pour l&apos;envoyer quand même</translation>
    </message>
    <message>
        <source>Send or not</source>
        <translation>Envoyer ou non</translation>
    </message>
    <message>
        <source>Don&apos;t send is the default; the other button sends the change</source>
        <translation>«&#xa0;Ne pas envoyer&#xa0;» est le choix par défaut; l&apos;autre bouton envoie le changement</translation>
    </message>
    <message>
        <source>Unchecked earlier requests</source>
        <translation>Demandes antérieures non vérifiées</translation>
    </message>
    <message>
        <source>Earlier requests for these numbers whose outcome is unknown</source>
        <translation>Demandes antérieures pour ces numéros dont le résultat est inconnu</translation>
    </message>
    <message>
        <source>Confirm the numbers were checked</source>
        <translation>Confirmer que les numéros ont été vérifiés</translation>
    </message>
    <message>
        <source>Tick after checking the numbers&apos; status, to allow sending again</source>
        <translation>Cochez après avoir vérifié le statut des numéros, pour permettre un nouvel envoi</translation>
    </message>
    <message>
        <source>I have checked these numbers&apos; current status: send anyway.</source>
        <translation>J&apos;ai vérifié le statut actuel de ces numéros&#xa0;: envoyer quand même.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>SANDBOX — training server on this computer (%1). Nothing sent here touches a real customer&apos;s line.</source>
        <translation>BAC À SABLE — serveur de formation sur cet ordinateur (%1). Rien de ce qui est envoyé ici ne touche la ligne d&apos;un vrai client.</translation>
    </message>
    <message>
        <source>%1 — SANDBOX</source>
        <translation>%1 — BAC À SABLE</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — non connecté</translation>
    </message>
    <message>
        <source>Production — account %1 at %2. Requests change real customers&apos; lines.</source>
        <translation>Production — compte %1 sur %2. Les demandes modifient les lignes de vrais clients.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not connected — server %1, no account set. Choose a profile under File → Accounts…</source>
        <translation>Non connecté — serveur %1, aucun compte défini. Choisissez un profil dans Fichier → Comptes…</translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <extracomment>%1 is the server&apos;s own message, quoted verbatim (untranslated); it already ends with punctuation, so no full stop follows the closing quote.</extracomment>
        <translation>Le serveur a indiqué&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;.</source>
        <extracomment>%1 is the server&apos;s own message, quoted verbatim (untranslated).</extracomment>
        <translation>Le serveur a indiqué&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server gave no details.</source>
        <translation>Le serveur n&apos;a donné aucun détail.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of an API response (for example a proxy or maintenance page).</source>
        <translation>Le serveur a répondu par une page Web au lieu d&apos;une réponse d&apos;API (par exemple une page de proxy ou de maintenance).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One item of &quot;Details: %1&quot;. %1 says where (&quot;phone number 2, ICCID&quot; or a request field name), %2 is the server&apos;s message for it, quoted verbatim (untranslated).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>%1 is the server&apos;s list of field problems (&quot;AreaCode: Area code must be 3 digits; …&quot;), quoted verbatim; it already ends with a full stop.</extracomment>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1.</source>
        <extracomment>%1 is the server&apos;s list of field problems (&quot;AreaCode: Area code must be 3 digits; …&quot;), quoted verbatim.</extracomment>
        <translation>Détails&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorRows</name>
    <message>
        <source>Number %1 of the request: %2</source>
        <translation>Numéro %1 de la demande&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FieldErrorPath</name>
    <message>
        <source>phone number %L1</source>
        <extracomment>Where a server error points, in &quot;Details: …&quot;: %1 is the number&apos;s position in the request (1 for the first).</extracomment>
        <translation>numéro de téléphone %L1</translation>
    </message>
    <message>
        <source>phone number %L1, %2</source>
        <extracomment>Where a server error points, in &quot;Details: …&quot;: %1 is the number&apos;s position in the request (1 for the first), %2 a request field name such as ICCID (keep as is).</extracomment>
        <translation>numéro de téléphone %L1, %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to NumberDesk</source>
        <translation>Bienvenue dans NumberDesk</translation>
    </message>
    <message>
        <source>Choose where requests go: the training sandbox on this computer, or a Telegent account</source>
        <translation>Choisissez où vont les demandes&#xa0;: le bac à sable de formation sur cet ordinateur, ou un compte Telegent</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NumberDesk&lt;/h2&gt;&lt;p&gt;Before the first request, choose where requests go. You can add accounts or switch between them at any time under Accounts…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans NumberDesk&lt;/h2&gt;&lt;p&gt;Avant la première demande, choisissez où vont les demandes. Vous pouvez ajouter des comptes ou passer de l&apos;un à l&apos;autre à tout moment dans Comptes…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation>Utiliser le &amp;bac à sable</translation>
    </message>
    <message>
        <source>A training server on this computer. Try every change type and see QR codes; nothing touches a real customer&apos;s line.</source>
        <translation>Un serveur de formation sur cet ordinateur. Essayez chaque type de changement et voyez les codes QR; rien ne touche la ligne d&apos;un vrai client.</translation>
    </message>
    <message>
        <source>Use the sandbox</source>
        <translation>Utiliser le bac à sable</translation>
    </message>
    <message>
        <source>Starts with the built-in training server; no account needed</source>
        <translation>Démarre avec le serveur de formation intégré; aucun compte n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>&amp;Add an account</source>
        <translation>&amp;Ajouter un compte</translation>
    </message>
    <message>
        <source>Enter the server address, AccountKey and AccountSecret Telegent gave you. The secret goes to this computer&apos;s credential store.</source>
        <translation>Saisissez l&apos;adresse du serveur, l&apos;AccountKey et l&apos;AccountSecret que Telegent vous a fournis. Le secret est placé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Opens the accounts window to add a Telegent account</source>
        <translation>Ouvre la fenêtre des comptes pour ajouter un compte Telegent</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>Order from the history</source>
        <translation>Commande de l&apos;historique</translation>
    </message>
    <message>
        <source>One journal record: what was sent, under which profile, and the results as they were</source>
        <translation>Un enregistrement du journal&#xa0;: ce qui a été envoyé, sous quel profil, et les résultats tels qu&apos;ils étaient</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
    <message>
        <source>Change type, time, profile, OrderId, outcome, and the error with its trace id when there was one</source>
        <translation>Type de changement, heure, profil, OrderId, résultat, et l&apos;erreur avec son ID de trace s&apos;il y en a eu une</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every status change NumberDesk sent, newest first, from the order journal</source>
        <translation>Chaque changement de statut envoyé par NumberDesk, du plus récent au plus ancien, tiré du journal des commandes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>A phone number in any format, or part of one, or an OrderId</source>
        <translation>Un numéro de téléphone dans n&apos;importe quel format, ou une partie, ou un OrderId</translation>
    </message>
    <message>
        <source>Phone number (any format) or OrderId</source>
        <translation>Numéro de téléphone (tout format) ou OrderId</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>&amp;Changement&#xa0;:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <source>Show only one kind of change, or all</source>
        <translation>Afficher un seul type de changement, ou tous</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>Show only requests sent between the two dates, both included</source>
        <translation>Afficher seulement les demandes envoyées entre les deux dates, incluses</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>What is searched</source>
        <translation>Ce qui est recherché</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Orders shown</source>
        <translation>Commandes affichées</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Shows the selected order&apos;s results as they were, QR codes re-loaded</source>
        <translation>Affiche les résultats de la commande sélectionnée tels qu&apos;ils étaient, codes QR rechargés</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Writes the orders shown to a CSV file for tickets and audits; QR codes are left out</source>
        <translation>Écrit les commandes affichées dans un fichier CSV pour les tickets d&apos;assistance et les audits; les codes QR sont exclus</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>How much of the CSV export is written</source>
        <translation>La part de l&apos;exportation CSV déjà écrite</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Annuler l&apos;e&amp;xportation</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Stops the CSV export; no file is written</source>
        <translation>Arrête l&apos;exportation CSV&#xa0;; aucun fichier n&apos;est écrit</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Show only the requests one agent sent, or everyone&apos;s</source>
        <translation>Afficher seulement les demandes envoyées par un agent, ou celles de tous</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Show only the requests sent from one computer, or from all</source>
        <translation>Afficher seulement les demandes envoyées depuis un ordinateur, ou depuis tous</translation>
    </message>
    <message>
        <source>Date, change, numbers, OrderId, status, agent, desk and outcome; Enter or double-click opens the results as they were</source>
        <translation>Date, changement, numéros, OrderId, statut, agent, poste et résultat; Entrée ou un double-clic ouvre les résultats tels qu&apos;ils étaient</translation>
    </message>
</context>
<context>
    <name>Iccid</name>
    <message>
        <source>The trailing F (a filler some systems show) was removed from the ICCID.</source>
        <translation>Le F final (un caractère de remplissage affiché par certains systèmes) a été retiré de l&apos;ICCID.</translation>
    </message>
    <message>
        <source>The ICCID may contain only digits; it contains &apos;%1&apos;.</source>
        <translation>L&apos;ICCID ne peut contenir que des chiffres; il contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The ICCID has too few digits (%1 found); an ICCID has 18 to 22 digits.</source>
        <translation>L&apos;ICCID a trop peu de chiffres (chiffres trouvés&#xa0;: %1); un ICCID compte de 18 à 22 chiffres.</translation>
    </message>
    <message>
        <source>The ICCID has too many digits (%1 found); an ICCID has 18 to 22 digits.</source>
        <translation>L&apos;ICCID a trop de chiffres (chiffres trouvés&#xa0;: %1); un ICCID compte de 18 à 22 chiffres.</translation>
    </message>
    <message>
        <source>The ICCID&apos;s check digit does not match its other digits, so the ICCID may be mistyped.</source>
        <translation>Le chiffre de contrôle de l&apos;ICCID ne correspond pas à ses autres chiffres&#xa0;: l&apos;ICCID a peut-être été mal saisi.</translation>
    </message>
</context>
<context>
    <name>InstallLinkPanel</name>
    <message>
        <source>Install links</source>
        <translation>Liens d&apos;installation</translation>
    </message>
    <message>
        <source>Opened on the phone, or scanned with its camera, a link installs the eSIM in one tap. Send it only to the customer: it holds the code.</source>
        <translation>Ouvert sur le téléphone, ou scanné avec son appareil photo, un lien installe l&apos;eSIM en un seul geste. Envoyez-le seulement au client&#xa0;: il contient le code.</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Afficher le code</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Afficher le code</translation>
    </message>
    <message>
        <source>Shows the install links and their QR code, which stay hidden until asked for</source>
        <translation>Affiche les liens d&apos;installation et leur code QR, qui restent masqués jusqu&apos;à ce qu&apos;on les demande</translation>
    </message>
    <message>
        <source>iPhone (iOS 17.4 or later)</source>
        <translation>iPhone (iOS 17.4 ou ultérieur)</translation>
    </message>
    <message>
        <source>iPhone install link</source>
        <translation>Lien d&apos;installation iPhone</translation>
    </message>
    <message>
        <source>Apple&apos;s eSIM setup link carrying this activation code</source>
        <translation>Lien de configuration eSIM d&apos;Apple contenant ce code d&apos;activation</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy iPhone link</source>
        <translation>Copier le lien iPhone</translation>
    </message>
    <message>
        <source>Copies the iPhone install link; the clipboard is cleared after 30 seconds</source>
        <translation>Copie le lien d&apos;installation iPhone; le presse-papiers est vidé après 30 secondes</translation>
    </message>
    <message>
        <source>Android (not supported on every device)</source>
        <translation>Android (pas pris en charge sur tous les appareils)</translation>
    </message>
    <message>
        <source>Android install link</source>
        <translation>Lien d&apos;installation Android</translation>
    </message>
    <message>
        <source>Google&apos;s eSIM setup link carrying this activation code; not every Android device supports it</source>
        <translation>Lien de configuration eSIM de Google contenant ce code d&apos;activation; tous les appareils Android ne le prennent pas en charge</translation>
    </message>
    <message>
        <source>Copy Android link</source>
        <translation>Copier le lien Android</translation>
    </message>
    <message>
        <source>Copies the Android install link; the clipboard is cleared after 30 seconds</source>
        <translation>Copie le lien d&apos;installation Android; le presse-papiers est vidé après 30 secondes</translation>
    </message>
    <message>
        <source>Scan to install on this phone (iPhone camera):</source>
        <translation>Scanner pour installer sur ce téléphone (appareil photo de l&apos;iPhone)&#xa0;:</translation>
    </message>
    <message>
        <source>Install link QR code</source>
        <translation>Code QR du lien d&apos;installation</translation>
    </message>
    <message>
        <source>The iPhone install link as a QR code, for the phone&apos;s camera</source>
        <translation>Le lien d&apos;installation iPhone sous forme de code QR, pour l&apos;appareil photo du téléphone</translation>
    </message>
    <message>
        <source>Hidden until “Show code”.</source>
        <translation>Masqué jusqu&apos;à «&#xa0;Afficher le code&#xa0;».</translation>
    </message>
</context>
<context>
    <name>InterruptedRequestsDialog</name>
    <message>
        <source>Requests with an unknown outcome</source>
        <translation>Demandes au résultat inconnu</translation>
    </message>
    <message>
        <source>Requests that were being sent when NumberDesk stopped; check each one before sending anything again</source>
        <translation>Demandes en cours d&apos;envoi quand NumberDesk s&apos;est arrêté; vérifiez chacune avant de renvoyer quoi que ce soit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>One line per request that was in flight; select one to see its numbers and what to do</source>
        <translation>Une ligne par demande en cours d&apos;envoi; sélectionnez-en une pour voir ses numéros et quoi faire</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <source>Change type, time, profile, effective date and every number of the selected request</source>
        <translation>Type de changement, heure, profil, date d&apos;effet et chaque numéro de la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Look up the order</source>
        <translation>C&amp;onsulter la commande</translation>
    </message>
    <message>
        <source>Look up the order</source>
        <translation>Consulter la commande</translation>
    </message>
    <message>
        <source>Asks the server what became of the order, by its OrderId</source>
        <translation>Interroge le serveur sur le sort de la commande, d&apos;après son OrderId</translation>
    </message>
    <message>
        <source>&amp;Check the numbers</source>
        <translation>&amp;Vérifier les numéros</translation>
    </message>
    <message>
        <source>Check the numbers</source>
        <translation>Vérifier les numéros</translation>
    </message>
    <message>
        <source>Shows how to check the numbers by hand and lets you record what you found</source>
        <translation>Explique comment vérifier les numéros à la main et vous permet de consigner ce que vous avez trouvé</translation>
    </message>
    <message>
        <source>About the selected request</source>
        <translation>À propos de la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;What you found:</source>
        <translation>Ce que vous avez &amp;trouvé&#xa0;:</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Ce que vous avez trouvé</translation>
    </message>
    <message>
        <source>Recorded in the order journal with the request, e.g. &quot;all three numbers active since 10:32&quot;</source>
        <translation>Consigné dans le journal des commandes avec la demande, p. ex. «&#xa0;les trois numéros actifs depuis 10 h 32&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. change done for all numbers (portal, 10:32)</source>
        <translation>p. ex. changement effectué pour tous les numéros (portail, 10 h 32)</translation>
    </message>
    <message>
        <source>&amp;Mark as checked</source>
        <translation>&amp;Marquer comme vérifiée</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Marquer comme vérifiée</translation>
    </message>
    <message>
        <source>Records what you found; the request then counts as settled</source>
        <translation>Consigne ce que vous avez trouvé; la demande est alors considérée comme réglée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window; unchecked requests stay marked as outcome unknown in the history</source>
        <translation>Ferme cette fenêtre; les demandes non vérifiées restent marquées «&#xa0;résultat inconnu&#xa0;» dans l&apos;historique</translation>
    </message>
</context>
<context>
    <name>JournalEntryText</name>
    <message>
        <source>%1 (account %2 at %3)</source>
        <translation>%1 (compte %2 sur %3)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Indicatif régional</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>OrderId</source>
        <translation>OrderId</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>aucun reçu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>ID de trace</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Numéros (%1)</translation>
    </message>
    <message>
        <source>%1 (ICCID %2)</source>
        <extracomment>A number in a journal record, then the SIM&apos;s ICCID sent with it</extracomment>
        <translation>%1 (ICCID %2)</translation>
    </message>
    <message>
        <source>%1 → now %2</source>
        <extracomment>A number in a journal record (%1), then the number the server gave instead (%2)</extracomment>
        <translation>%1 → désormais %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln numéro</numerusform>
            <numerusform>%Ln numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>Entry details: the agent who sent the request</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Desk</source>
        <extracomment>Entry details: the computer the request was sent from</extracomment>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <extracomment>Entry details: who checked an unknown outcome by hand (&quot;Ana on desk-a&quot;)</extracomment>
        <translation>Résolu par</translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>cannot create the folder</source>
        <extracomment>Why the order journal cannot be opened; fills %2 of &quot;The order journal %1 cannot be opened (%2)&quot;.</extracomment>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <extracomment>Why the order journal cannot be opened; fills %2 of &quot;The order journal %1 cannot be opened (%2)&quot;.</extracomment>
        <translation>impossible de créer le fichier</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <extracomment>Why the order journal cannot be read: the file is not a database (SQLite is a database format).</extracomment>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <extracomment>Fills %2 of &quot;The order journal %1 was written by a newer version of NumberDesk (%2)&quot;: %1 is the journal file&apos;s format number.
----------
Fills %2 of &quot;The order journal %1 was written by a newer version of NumberDesk (%2)&quot;: %1 is the journal&apos;s format number.</extracomment>
        <translation>version de schéma %1</translation>
    </message>
</context>
<context>
    <name>JournalIdentity</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Who did something in the order journal: %1 is the agent&apos;s name, %2 the computer&apos;s name.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>JournalOpenProblem</name>
    <message>
        <source>Until then NumberDesk starts and shows the history it can, but sends no status change: every request must be recorded before it leaves.</source>
        <translation>D&apos;ici là, NumberDesk démarre et affiche l&apos;historique qu&apos;il peut lire, mais n&apos;envoie aucun changement de statut&#xa0;: chaque demande doit être consignée avant de partir.</translation>
    </message>
    <message>
        <source>Order journal recovered</source>
        <translation>Journal des commandes récupéré</translation>
    </message>
    <message>
        <source>Nothing was deleted. NumberDesk works normally with the new journal. Keep the old file for support: it may still hold records of earlier requests.</source>
        <translation>Rien n&apos;a été supprimé. NumberDesk fonctionne normalement avec le nouveau journal. Conservez l&apos;ancien fichier pour l&apos;assistance&#xa0;: il peut encore contenir des enregistrements de demandes antérieures.</translation>
    </message>
    <message>
        <source>Order journal in use</source>
        <translation>Journal des commandes en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Close the other program (often a second NumberDesk or a backup tool), then choose Try again. </source>
        <translation>Fermez l&apos;autre programme (souvent un deuxième NumberDesk ou un outil de sauvegarde), puis choisissez Réessayer. </translation>
    </message>
    <message>
        <source>Order journal from a newer NumberDesk</source>
        <translation>Journal des commandes d&apos;une version plus récente de NumberDesk</translation>
    </message>
    <message>
        <source>Install the newer NumberDesk again to keep working with this journal; the file has not been changed. </source>
        <translation>Réinstallez la version plus récente de NumberDesk pour continuer à utiliser ce journal; le fichier n&apos;a pas été modifié. </translation>
    </message>
    <message>
        <source>Order journal cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le journal des commandes</translation>
    </message>
    <message>
        <source>Check that the folder %1 exists, is writable and that the disk is not full, then choose Try again. </source>
        <translation>Vérifiez que le dossier %1 existe, qu&apos;il est accessible en écriture et que le disque n&apos;est pas plein, puis choisissez Réessayer. </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue without sending</source>
        <translation>Continuer sans envoyer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Team journal cannot be reached</source>
        <translation>Le journal d&apos;équipe est inaccessible</translation>
    </message>
    <message>
        <source>Choose Try again once the network or the server is back, or check the team journal&apos;s settings in Preferences. </source>
        <translation>Choisissez Réessayer quand le réseau ou le serveur est de retour, ou vérifiez les réglages du journal d&apos;équipe dans les Préférences. </translation>
    </message>
</context>
<context>
    <name>JournaledSubmission</name>
    <message>
        <source>No connection is set up.</source>
        <translation>Aucune connexion n&apos;est configurée.</translation>
    </message>
    <message>
        <source>The order journal is not open, and NumberDesk does not send status changes it cannot record.</source>
        <translation>Le journal des commandes n&apos;est pas ouvert, et NumberDesk n&apos;envoie pas de changement de statut qu&apos;il ne peut pas consigner.</translation>
    </message>
    <message>
        <source>The order journal was closed.</source>
        <translation>Le journal des commandes a été fermé.</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot;.</extracomment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not an array&quot; (a JSON string).</extracomment>
        <translation>du texte</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (a JSON list).</extracomment>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (a JSON object with named fields).</extracomment>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>JSON type name, fills %2 of &quot;%1 is %2, not text&quot; (the field is not there at all).</extracomment>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1 is %2, not text</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;a number&quot;.</extracomment>
        <translation>%1 est %2, et non du texte</translation>
    </message>
    <message>
        <source>%1 is %2, not an array</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;. An array is a JSON list.</extracomment>
        <translation>%1 est %2, et non un tableau</translation>
    </message>
    <message>
        <source>%1 is %2, not a phone number</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;.</extracomment>
        <translation>%1 est %2, et non un numéro de téléphone</translation>
    </message>
    <message>
        <source>%1 is %2, not a URL</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;a number&quot;. URL: a web address.</extracomment>
        <translation>%1 est %2, et non une URL</translation>
    </message>
    <message>
        <source>%1 is %2, not an amount</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name as the server sent it (keep as is), %2 a JSON type name such as &quot;an object&quot;. Amount: a fee in US dollars.</extracomment>
        <translation>%1 est %2, et non un montant</translation>
    </message>
    <message>
        <source>%1 is %2, not a number or an object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON list item as the server sent it, e.g. &quot;Numbers[0]&quot; (keep as is), %2 a JSON type name such as &quot;a boolean&quot;. &quot;a number&quot; here means a phone number given as digits.</extracomment>
        <translation>%1 est %2, et non un numéro ou un objet</translation>
    </message>
    <message>
        <source>body is empty</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;: the answer had no content.</extracomment>
        <translation>le contenu est vide</translation>
    </message>
    <message>
        <source>body is not JSON: %1 at offset %L2</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is Qt&apos;s reason (e.g. &quot;unterminated string&quot;), %2 the position in the answer where reading stopped.</extracomment>
        <translation>le contenu n&apos;est pas du JSON&#xa0;: %1 à la position %L2</translation>
    </message>
    <message>
        <source>body is a JSON array, not an object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. JSON array: a list; object: named fields.</extracomment>
        <translation>le contenu est un tableau JSON, et non un objet</translation>
    </message>
    <message>
        <source>body is not a JSON object</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;.</extracomment>
        <translation>le contenu n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>LocationCodes</name>
    <message>
        <source>The area code may contain only digits; it contains &apos;%1&apos;.</source>
        <translation>L&apos;indicatif régional ne peut contenir que des chiffres; il contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The area code must have 3 digits (%1 found).</source>
        <translation>L&apos;indicatif régional doit compter 3 chiffres (chiffres trouvés&#xa0;: %1).</translation>
    </message>
    <message>
        <source>ZIP+4 code %1-%2 was shortened to %1: the new number is searched by the 5-digit ZIP code.</source>
        <translation>Le code ZIP+4 %1-%2 a été raccourci à %1&#xa0;: le nouveau numéro est recherché d&apos;après le code postal à 5 chiffres.</translation>
    </message>
    <message>
        <source>The ZIP code may contain only digits; it contains &apos;%1&apos;. Only US ZIP codes are supported.</source>
        <translation>Le code postal ne peut contenir que des chiffres; il contient «&#xa0;%1&#xa0;». Seuls les codes postaux américains (ZIP) sont pris en charge.</translation>
    </message>
    <message>
        <source>The ZIP code must have 5 digits (%1 found).</source>
        <translation>Le code postal doit compter 5 chiffres (chiffres trouvés&#xa0;: %1).</translation>
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
        <translation>Modifier le statut des numéros mobiles des clients&#xa0;: le formulaire de demande à gauche, les réponses du serveur à droite</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Which server and account the next request goes to</source>
        <translation>Le serveur et le compte qui recevront la prochaine demande</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Request and results</source>
        <translation>Demande et résultats</translation>
    </message>
    <message>
        <source>Drag the handle to share the space between the request form and the results</source>
        <translation>Faites glisser la poignée pour répartir l&apos;espace entre le formulaire de demande et les résultats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What the desk did last</source>
        <translation>La dernière action de NumberDesk</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>Empty the form for the next customer (asks if something is typed)</source>
        <translation>Vider le formulaire pour le client suivant (demande confirmation si quelque chose est saisi)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>Co&amp;mptes…</translation>
    </message>
    <message>
        <source>Connection profiles: add, edit, test or remove accounts, choose the sandbox</source>
        <translation>Profils de connexion&#xa0;: ajouter, modifier, tester ou supprimer des comptes, choisir le bac à sable</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Open the order &amp;journal again</source>
        <translation>Rouvrir le &amp;journal des commandes</translation>
    </message>
    <message>
        <source>Nothing is sent while the order journal is not open; try opening it again</source>
        <translation>Rien n&apos;est envoyé tant que le journal des commandes n&apos;est pas ouvert; essayez de le rouvrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Check and send the request (Ctrl+Enter)</source>
        <translation>Vérifier et envoyer la demande (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Abandon waiting</source>
        <translation>&amp;Abandonner l&apos;attente</translation>
    </message>
    <message>
        <source>Stop waiting for the answer; the server may still carry out a request that has left</source>
        <translation>Cesser d&apos;attendre la réponse; le serveur peut encore exécuter une demande déjà partie</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;About NumberDesk</source>
        <translation>À &amp;propos de NumberDesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings, such as the support line on customer cards</source>
        <translation>Les paramètres de l&apos;organisation, comme la ligne d&apos;assistance sur les fiches client</translation>
    </message>
    <message>
        <source>Order journal problem</source>
        <translation>Problème du journal des commandes</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <source>I understand the order journal problem</source>
        <translation>J&apos;ai compris le problème du journal des commandes</translation>
    </message>
    <message>
        <source>Sending stays off until you confirm you have read this</source>
        <translation>L&apos;envoi reste désactivé tant que vous n&apos;avez pas confirmé avoir lu ce message</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
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
        <translation>Problème du journal d&apos;équipe</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Connect to the team journal again</source>
        <translation>Se reconnecter au journal d&apos;équipe</translation>
    </message>
    <message>
        <source>Connects to the team journal&apos;s server again and writes the answers kept meanwhile</source>
        <translation>Se reconnecte au serveur du journal d&apos;équipe et y écrit les réponses gardées entre-temps</translation>
    </message>
    <message>
        <source>Every order in the order journal (this desk’s, or the whole team’s), searchable, with CSV export</source>
        <translation>Chaque commande du journal des commandes (celles de ce poste ou de toute l&apos;équipe), avec recherche et export CSV</translation>
    </message>
</context>
<context>
    <name>ManualEntryPanel</name>
    <message>
        <source>Type the code in</source>
        <translation>Saisir le code</translation>
    </message>
    <message>
        <source>When the camera will not scan, the customer types these on the phone. They let anyone install this line: read them out only to the customer.</source>
        <translation>Si l&apos;appareil photo ne scanne pas, le client saisit ces valeurs sur le téléphone. Elles permettent à n&apos;importe qui d&apos;installer cette ligne&#xa0;: ne les lisez qu&apos;au client.</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Afficher le code</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Afficher le code</translation>
    </message>
    <message>
        <source>Shows the activation code, which stays hidden until asked for</source>
        <translation>Affiche le code d&apos;activation, qui reste masqué jusqu&apos;à ce qu&apos;on le demande</translation>
    </message>
    <message>
        <source>SM-DP+ address</source>
        <translation>Adresse SM-DP+</translation>
    </message>
    <message>
        <source>The server address the phone asks for when the code is typed in</source>
        <translation>L&apos;adresse du serveur que le téléphone demande quand on saisit le code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy SM-DP+ address</source>
        <translation>Copier l&apos;adresse SM-DP+</translation>
    </message>
    <message>
        <source>Copies the SM-DP+ address; the clipboard is cleared after 30 seconds</source>
        <translation>Copie l&apos;adresse SM-DP+; le presse-papiers est vidé après 30 secondes</translation>
    </message>
    <message>
        <source>Activation code (matching ID)</source>
        <translation>Code d&apos;activation (matching ID)</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <source>The matching ID the phone asks for as its activation code</source>
        <translation>Le matching ID que le téléphone demande comme code d&apos;activation</translation>
    </message>
    <message>
        <source>Copy activation code</source>
        <translation>Copier le code d&apos;activation</translation>
    </message>
    <message>
        <source>Copies the activation code; the clipboard is cleared after 30 seconds</source>
        <translation>Copie le code d&apos;activation; le presse-papiers est vidé après 30 secondes</translation>
    </message>
    <message>
        <source>Whole code, for phones with one field</source>
        <translation>Code complet, pour les téléphones à un seul champ</translation>
    </message>
    <message>
        <source>Whole activation code</source>
        <translation>Code d&apos;activation complet</translation>
    </message>
    <message>
        <source>The whole LPA code, for phones that take it in one field</source>
        <translation>Le code LPA complet, pour les téléphones qui le prennent dans un seul champ</translation>
    </message>
    <message>
        <source>Copy whole code</source>
        <translation>Copier le code complet</translation>
    </message>
    <message>
        <source>Copies the whole LPA code; the clipboard is cleared after 30 seconds</source>
        <translation>Copie le code LPA complet; le presse-papiers est vidé après 30 secondes</translation>
    </message>
</context>
<context>
    <name>NanpRules</name>
    <message>
        <source>The area code %1 starts with %2; North American area codes start with 2 to 9.</source>
        <translation>L&apos;indicatif régional %1 commence par %2; les indicatifs régionaux nord-américains commencent par un chiffre de 2 à 9.</translation>
    </message>
    <message>
        <source>The area code %1 is a service code like 911, not an area code that numbers are assigned in.</source>
        <translation>L&apos;indicatif régional %1 est un code de service comme le 911, et non un indicatif dans lequel des numéros sont attribués.</translation>
    </message>
    <message>
        <source>The exchange %1 (the three digits after the area code) starts with %2; it must start with 2 to 9.</source>
        <translation>Le central %1 (les trois chiffres après l&apos;indicatif régional) commence par %2; il doit commencer par un chiffre de 2 à 9.</translation>
    </message>
</context>
<context>
    <name>OrderErrorBox</name>
    <message>
        <source>Request failed</source>
        <translation>Échec de la demande</translation>
    </message>
    <message>
        <source>Why the last request failed and what to do</source>
        <translation>Pourquoi la dernière demande a échoué et quoi faire</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Caution before resending</source>
        <translation>Prudence avant de renvoyer</translation>
    </message>
    <message>
        <source>Trace id for support</source>
        <translation>ID de trace pour l&apos;assistance</translation>
    </message>
    <message>
        <source>Copy for support ticket</source>
        <translation>Copier pour un ticket d&apos;assistance</translation>
    </message>
    <message>
        <source>Copies the error, its time and trace id for a support ticket</source>
        <translation>Copie l&apos;erreur, son heure et son ID de trace pour un ticket d&apos;assistance</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>The order the server created for the last request</source>
        <translation>La commande créée par le serveur pour la dernière demande</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Copier l&apos;ID de commande</translation>
    </message>
    <message>
        <source>Copies the order id to the clipboard</source>
        <translation>Copie l&apos;ID de commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Status word from the server</source>
        <translation>Statut indiqué par le serveur</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>Commandée le&#xa0;:</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de la commande</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Changement&#xa0;:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Date d&apos;effet&#xa0;:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Total fee:</source>
        <translation>Frais totaux&#xa0;:</translation>
    </message>
    <message>
        <source>Total fee</source>
        <translation>Frais totaux</translation>
    </message>
    <message>
        <source>Reason given by the server</source>
        <translation>Motif donné par le serveur</translation>
    </message>
</context>
<context>
    <name>OrderNumberParser</name>
    <message>
        <source>%1 %2 is not a phone number the API uses</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[1].Number&quot; (keep as is), %2 the server&apos;s value in quotes, e.g. &apos;555-0100&apos;.</extracomment>
        <translation>%1 %2 n&apos;est pas un numéro de téléphone au format de l&apos;API</translation>
    </message>
    <message>
        <source>%1 is not an absolute http or https URL</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[0].QrCode&quot; (keep as is); the QR code&apos;s web address is not a full http(s) address.</extracomment>
        <translation>%1 n&apos;est pas une URL http ou https absolue</translation>
    </message>
    <message>
        <source>%1 %2 is not an amount</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field such as &quot;Numbers[0].ChargeFee&quot; (keep as is), %2 the server&apos;s value in quotes; amount: a fee in US dollars.</extracomment>
        <translation>%1 %2 n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>%1 has %2 but no NewNumber</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a list item such as &quot;NumbersChange[0]&quot;, %2 a JSON field name such as OriginalNumber; keep both and NewNumber as is.</extracomment>
        <translation>%1 contient %2, mais pas de NewNumber</translation>
    </message>
    <message>
        <source>%1 has no Number</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a list item such as &quot;Numbers[0]&quot;; keep it and Number (a JSON field name) as is.</extracomment>
        <translation>%1 ne contient pas de Number</translation>
    </message>
</context>
<context>
    <name>OrderParser</name>
    <message>
        <source>%1 is missing</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderId (keep as is).</extracomment>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderId (keep as is); the field holds no text.</extracomment>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 %2 is not a date the API uses</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 is a JSON field name such as OrderDate (keep as is), %2 the server&apos;s value in quotes, e.g. &apos;13/45/2024&apos;.</extracomment>
        <translation>%1 %2 n&apos;est pas une date au format de l&apos;API</translation>
    </message>
    <message>
        <source>the numbers list is missing (looked for %1)</source>
        <extracomment>Part of &quot;the server&apos;s answer could not be read (…)&quot;. %1 lists the JSON field names looked for, e.g. &quot;Numbers, NumbersChange, NumbersChanged&quot; (keep as is).</extracomment>
        <translation>la liste des numéros est absente (champs cherchés&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a North American number; only North American (+1) numbers are supported.</source>
        <translation>Ce n&apos;est pas un numéro nord-américain; seuls les numéros nord-américains (+1) sont pris en charge.</translation>
    </message>
    <message>
        <source>No phone number was entered.</source>
        <translation>Aucun numéro de téléphone n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>The number contains letters: %1. Only digits are accepted; vanity numbers such as 1-800-FLOWERS must be typed as digits.</source>
        <translation>Le numéro contient des lettres&#xa0;: %1. Seuls les chiffres sont acceptés; les numéros mnémoniques comme 1-800-FLOWERS doivent être saisis en chiffres.</translation>
    </message>
    <message>
        <source>The number contains an unexpected character: &apos;%1&apos;.</source>
        <translation>Le numéro contient un caractère inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The number contains no digits.</source>
        <translation>Le numéro ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>The number has too few digits (%1 found); 10 are needed, not counting a leading country code 1.</source>
        <translation>Le numéro a trop peu de chiffres (chiffres trouvés&#xa0;: %1); il en faut 10, sans compter l&apos;indicatif de pays 1 au début.</translation>
    </message>
    <message>
        <source>The number has too many digits (%1 found); 10 are needed, not counting a leading country code 1.</source>
        <translation>Le numéro a trop de chiffres (chiffres trouvés&#xa0;: %1); il en faut 10, sans compter l&apos;indicatif de pays 1 au début.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Questions? Call 1-800-555-0199</source>
        <translation>Des questions? Appelez le 1-800-555-0199</translation>
    </message>
    <message>
        <source>Support line</source>
        <translation>Ligne d&apos;assistance</translation>
    </message>
    <message>
        <source>The line printed at the foot of every customer card, such as a phone number for help</source>
        <translation>La ligne imprimée au bas de chaque fiche client, par exemple un numéro de téléphone pour obtenir de l&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the desk; it changes at once, without a restart</source>
        <translation>La langue de NumberDesk; elle change immédiatement, sans redémarrage</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Couleurs claires ou sombres, ou celles du système</translation>
    </message>
    <message>
        <source>System</source>
        <comment>Appearance: follow the system&apos;s light or dark setting</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>Appearance: light colours</comment>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>Appearance: dark colours</comment>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Support line:</source>
        <translation>Ligne d&apos;a&amp;ssistance&#xa0;:</translation>
    </message>
    <message>
        <source>Printed at the foot of every customer card.</source>
        <translation>Imprimée au bas de chaque fiche client.</translation>
    </message>
    <message>
        <source>Order journal</source>
        <translation>Journal des commandes</translation>
    </message>
    <message>
        <source>Your &amp;name in the journal:</source>
        <translation>Votre &amp;nom dans le journal :</translation>
    </message>
    <message>
        <source>Your name in the journal</source>
        <translation>Votre nom dans le journal</translation>
    </message>
    <message>
        <source>The name written on every request you send and every request you check by hand; empty: your user name on this computer</source>
        <translation>Le nom consigné sur chaque demande que vous envoyez et sur chaque demande que vous vérifiez à la main; vide : votre nom d&apos;utilisateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Journal kept:</source>
        <translation>Emplacement du journal :</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>Sur cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>The journal is a file on this computer; only this desk sees its records</source>
        <translation>Le journal est un fichier sur cet ordinateur; seul ce poste en voit les entrées</translation>
    </message>
    <message>
        <source>&amp;Team journal (PostgreSQL)</source>
        <translation>&amp;Journal d&apos;équipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>The journal is on a PostgreSQL server the team shares; every desk sees every record</source>
        <translation>Le journal est sur un serveur PostgreSQL partagé par l&apos;équipe; chaque poste en voit toutes les entrées</translation>
    </message>
    <message>
        <source>NumberDesk uses the new journal from its next start.</source>
        <translation>NumberDesk utilise le nouveau journal à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>The team journal server&apos;s name or address, such as journal.example.com</source>
        <translation>Le nom ou l&apos;adresse du serveur du journal d&apos;équipe, par exemple journal.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>The team journal server&apos;s port; PostgreSQL&apos;s usual port is 5432</source>
        <translation>Le port du serveur du journal d&apos;équipe; le port habituel de PostgreSQL est 5432</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The name of the team journal&apos;s database on the server</source>
        <translation>Le nom de la base de données du journal d&apos;équipe sur le serveur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <source>The user NumberDesk signs in to the server as</source>
        <translation>L&apos;utilisateur sous lequel NumberDesk se connecte au serveur</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted and its certificate checked</source>
        <translation>Si la connexion au serveur est chiffrée et son certificat vérifié</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-full)</source>
        <translation>Chiffré, certificat vérifié (verify-full)</translation>
    </message>
    <message>
        <source>Not encrypted (only for a server on this computer)</source>
        <translation>Non chiffré (seulement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>CA ce&amp;rtificate:</source>
        <translation>Certificat &amp;racine (CA) :</translation>
    </message>
    <message>
        <source>Optional: the system&apos;s default</source>
        <translation>Facultatif : celui du système par défaut</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat racine (CA)</translation>
    </message>
    <message>
        <source>Optional: the PEM file of the certificate authority that signed the server&apos;s certificate</source>
        <translation>Facultatif : le fichier PEM de l&apos;autorité de certification qui a signé le certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat racine (CA)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in the settings file; leave empty to keep the saved password</source>
        <translation>Conservé dans le trousseau du système de cet ordinateur, jamais dans le fichier de réglages; laissez vide pour garder le mot de passe enregistré</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>the content could not be produced</source>
        <translation>le contenu n&apos;a pas pu être généré</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsParser</name>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <extracomment>The server asked to wait this long (its Retry-After) before sending again.</extracomment>
        <translation>
            <numerusform>Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service unavailable (%1)</source>
        <extracomment>Error title; %1 is the HTTP status code, e.g. 503.</extracomment>
        <translation>Service indisponible (%1)</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Le service est temporairement indisponible.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Validation failed (400)</source>
        <translation>Échec de la validation (400)</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Le serveur a refusé la demande, qu&apos;il juge non valide.</translation>
    </message>
    <message>
        <source>Correct the fields it names and send again.</source>
        <translation>Corrigez les champs indiqués et renvoyez la demande.</translation>
    </message>
    <message>
        <source>Not authorised (401)</source>
        <translation>Non autorisé (401)</translation>
    </message>
    <message>
        <source>The server refused the credentials or token.</source>
        <translation>Le serveur a refusé les identifiants ou le jeton.</translation>
    </message>
    <message>
        <source>The token may have expired or been issued for another endpoint: sign in again, and if it keeps happening check the AccountKey and AccountSecret.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation>Le jeton a peut-être expiré ou a été émis pour un autre point de terminaison&#xa0;: reconnectez-vous et, si le problème persiste, vérifiez l&apos;AccountKey et l&apos;AccountSecret.</translation>
    </message>
    <message>
        <source>Access denied (403)</source>
        <translation>Accès refusé (403)</translation>
    </message>
    <message>
        <source>The account has no access to this endpoint.</source>
        <translation>Le compte n&apos;a pas accès à ce point de terminaison.</translation>
    </message>
    <message>
        <source>Ask Telegent to enable it for the account.</source>
        <extracomment>Telegent is the API vendor&apos;s name.</extracomment>
        <translation>Demandez à Telegent d&apos;autoriser cet accès pour le compte.</translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation>Introuvable (404)</translation>
    </message>
    <message>
        <source>The server does not know what was asked for.</source>
        <translation>Le serveur ne connaît pas l&apos;élément demandé.</translation>
    </message>
    <message>
        <source>Check the order id or number.</source>
        <translation>Vérifiez l&apos;ID de commande ou le numéro.</translation>
    </message>
    <message>
        <source>Conflict (409)</source>
        <translation>Conflit (409)</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server.</source>
        <translation>La demande entre en conflit avec l&apos;état actuel sur le serveur.</translation>
    </message>
    <message>
        <source>Check the numbers&apos; status before sending again.</source>
        <translation>Vérifiez le statut des numéros avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>Rejected by the server (422)</source>
        <translation>Refusée par le serveur (422)</translation>
    </message>
    <message>
        <source>The server refused the change under its business rules.</source>
        <translation>Le serveur a refusé le changement en vertu de ses règles d&apos;affaires.</translation>
    </message>
    <message>
        <source>Check the numbers&apos; current state before trying again.</source>
        <translation>Vérifiez le statut actuel des numéros avant de réessayer.</translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation>Trop de demandes (429)</translation>
    </message>
    <message>
        <source>The server is limiting the request rate.</source>
        <translation>Le serveur limite la fréquence des demandes.</translation>
    </message>
    <message>
        <source>Wait a minute before trying again.</source>
        <translation>Attendez une minute avant de réessayer.</translation>
    </message>
    <message>
        <source>A gateway in front of the service failed.</source>
        <translation>Une passerelle placée devant le service a échoué.</translation>
    </message>
    <message>
        <source>The request may still have reached the server: check the numbers&apos; status before resending, then try again later.</source>
        <translation>La demande a peut-être tout de même atteint le serveur&#xa0;: vérifiez le statut des numéros avant de la renvoyer, puis réessayez plus tard.</translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <extracomment>Error title; %1 is the HTTP status code, e.g. 500.</extracomment>
        <translation>Erreur du serveur (%1)</translation>
    </message>
    <message>
        <source>The server failed while handling the request.</source>
        <translation>Le serveur a échoué pendant le traitement de la demande.</translation>
    </message>
    <message>
        <source>It may have acted on some numbers: check the numbers&apos; status before resending.</source>
        <translation>Il a peut-être agi sur certains numéros&#xa0;: vérifiez le statut des numéros avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>Request refused (%1)</source>
        <extracomment>Error title; %1 is an HTTP status code, e.g. 418.</extracomment>
        <translation>Demande refusée (%1)</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 418.</extracomment>
        <translation>Le serveur a refusé la demande (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected answer (%1)</source>
        <extracomment>Error title; %1 is an HTTP status code the app does not expect, e.g. 100.</extracomment>
        <translation>Réponse inattendue (%1)</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status code, e.g. 100.</extracomment>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>Quote trace id %1 to Telegent support.</source>
        <extracomment>%1 is the server&apos;s trace id (an opaque code such as 00-4bf9…-00); Telegent is the API vendor.</extracomment>
        <translation>Indiquez l&apos;ID de trace %1 à l&apos;assistance Telegent.</translation>
    </message>
</context>
<context>
    <name>ProfileSecretPrompt</name>
    <message>
        <source>AccountSecret needed</source>
        <translation>AccountSecret requis</translation>
    </message>
    <message>
        <source>The active profile has no AccountSecret for this session; enter it to send requests</source>
        <translation>Le profil actif n&apos;a pas d&apos;AccountSecret pour cette session; saisissez-le pour envoyer des demandes</translation>
    </message>
    <message>
        <source>Account s&amp;ecret:</source>
        <translation>S&amp;ecret du compte&#xa0;:</translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation>AccountSecret</translation>
    </message>
    <message>
        <source>The account&apos;s secret; hidden while typing</source>
        <translation>Le secret du compte; masqué pendant la saisie</translation>
    </message>
    <message>
        <source>Sa&amp;ve it in this computer&apos;s credential store</source>
        <translation>Enre&amp;gistrer dans le trousseau du système</translation>
    </message>
    <message>
        <source>Save the secret</source>
        <translation>Enregistrer le secret</translation>
    </message>
    <message>
        <source>Unchecked: the secret is kept for this session only and asked for again next start</source>
        <translation>Décochée&#xa0;: le secret n&apos;est gardé que pour cette session et sera redemandé au prochain démarrage</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>&amp;Clé de compte&#xa0;:</translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation>AccountKey</translation>
    </message>
    <message>
        <source>The account on this server, e.g. DID-…</source>
        <translation>Le compte sur ce serveur, p. ex. DID-…</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Connection profiles: the built-in sandbox and the accounts this computer can send requests for</source>
        <translation>Profils de connexion&#xa0;: le bac à sable intégré et les comptes pour lesquels cet ordinateur peut envoyer des demandes</translation>
    </message>
    <message>
        <source>Where secrets are kept</source>
        <translation>Où les secrets sont gardés</translation>
    </message>
    <message>
        <source>Says when no credential store is available and secrets last for this session only</source>
        <translation>Indique quand aucun trousseau du système n&apos;est disponible et que les secrets ne durent que pour cette session</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The sandbox first, then the saved accounts; the active one is marked</source>
        <translation>Le bac à sable d&apos;abord, puis les comptes enregistrés; le profil actif est marqué</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter un compte</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Starts a new profile: name, server, AccountKey and AccountSecret</source>
        <translation>Crée un nouveau profil&#xa0;: nom, serveur, AccountKey et AccountSecret</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved secret; the sandbox cannot be removed</source>
        <translation>Supprime le profil sélectionné et son secret enregistré; le bac à sable ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Profile being edited</source>
        <translation>Profil en cours de modification</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>How this account is shown in the profile switcher and the history; must be unique</source>
        <translation>Nom de ce compte dans le sélecteur de profil et dans l&apos;historique; doit être unique</translation>
    </message>
    <message>
        <source>e.g. Telegent production</source>
        <translation>p. ex. Telegent production</translation>
    </message>
    <message>
        <source>&amp;Server (API base URL):</source>
        <translation>&amp;Serveur (URL de base de l&apos;API)&#xa0;:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>For example https://api.telegent.com/v1.0; must be https unless the server runs on this computer</source>
        <translation>Par exemple https://api.telegent.com/v1.0; doit être en https, sauf si le serveur tourne sur cet ordinateur</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>&amp;Clé de compte&#xa0;:</translation>
    </message>
    <message>
        <source>AccountKey</source>
        <translation>AccountKey</translation>
    </message>
    <message>
        <source>The account&apos;s key from Telegent, starting with DID-</source>
        <translation>La clé du compte fournie par Telegent, qui commence par DID-</translation>
    </message>
    <message>
        <source>Account s&amp;ecret:</source>
        <translation>S&amp;ecret du compte&#xa0;:</translation>
    </message>
    <message>
        <source>AccountSecret</source>
        <translation>AccountSecret</translation>
    </message>
    <message>
        <source>The account&apos;s secret; hidden while typing and kept in this computer&apos;s credential store, never in settings files</source>
        <translation>Le secret du compte; masqué pendant la saisie et gardé dans le trousseau du système, jamais dans les fichiers de paramètres</translation>
    </message>
    <message>
        <source>About the secret</source>
        <translation>À propos du secret</translation>
    </message>
    <message>
        <source>Where the AccountSecret is kept, or why it could not be saved</source>
        <translation>Où l&apos;AccountSecret est gardé, ou pourquoi il n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation>Pourquoi le profil ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Asks the server for a token with these values and shows its exact answer</source>
        <translation>Demande un jeton au serveur avec ces valeurs et affiche sa réponse exacte</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the last connection test</source>
        <translation>La réponse du serveur au dernier test de connexion</translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation>Le garder pour cette session seulement</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Garder le secret pour cette session seulement</translation>
    </message>
    <message>
        <source>The credential store refused the secret: keep it in memory until NumberDesk quits instead</source>
        <translation>Le trousseau du système a refusé le secret&#xa0;: le garder plutôt en mémoire jusqu&apos;à la fermeture de NumberDesk</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Utiliser ce profil</translation>
    </message>
    <message>
        <source>Makes the selected profile the one the next requests go to</source>
        <translation>Fait du profil sélectionné celui qui recevra les prochaines demandes</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>Enre&amp;gistrer le profil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Saves the name, server and AccountKey in the settings and the secret in the credential store</source>
        <translation>Enregistre le nom, le serveur et l&apos;AccountKey dans les paramètres, et le secret dans le trousseau du système</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the accounts window; saved profiles stay saved</source>
        <translation>Ferme la fenêtre des comptes; les profils enregistrés le restent</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Choose a valid effective date.</source>
        <translation>Choisissez une date d&apos;effet valide.</translation>
    </message>
    <message>
        <source>The effective date %1 is in the past.</source>
        <translation>La date d&apos;effet %1 est passée.</translation>
    </message>
    <message>
        <source>An ICCID was entered without a phone number.</source>
        <translation>Un ICCID a été saisi sans numéro de téléphone.</translation>
    </message>
    <message>
        <source>This number is also in row %1 with a different ICCID; keep one of the two rows.</source>
        <translation>Ce numéro figure aussi à la ligne %1 avec un autre ICCID; gardez une seule des deux lignes.</translation>
    </message>
    <message>
        <source>This number is already in row %1; it will be sent only once.</source>
        <translation>Ce numéro figure déjà à la ligne %1; il ne sera envoyé qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation>Saisissez au moins un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The order created by the last request and its numbers</source>
        <translation>La commande créée par la dernière demande et ses numéros</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Demande en cours</translation>
    </message>
    <message>
        <source>What is being sent</source>
        <translation>Ce qui est envoyé</translation>
    </message>
    <message>
        <source>Checking the order</source>
        <translation>Vérification de la commande</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>Stops looking the order up; it may still complete on the server</source>
        <translation>Arrête de consulter la commande; elle peut encore aboutir sur le serveur</translation>
    </message>
    <message>
        <source>Results of the next request appear here.</source>
        <translation>Les résultats de la prochaine demande s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Numbers in the order</source>
        <translation>Numéros de la commande</translation>
    </message>
    <message>
        <source>Each number with its fee and QR code; press Enter to show a QR code for scanning</source>
        <translation>Chaque numéro avec ses frais et son code QR; appuyez sur Entrée pour afficher un code QR à scanner</translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation>Afficher le code &amp;QR…</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <source>Shows the QR code of the selected number large enough to scan</source>
        <translation>Affiche le code QR du numéro sélectionné en assez grand pour être scanné</translation>
    </message>
    <message>
        <source>Retry QR code</source>
        <translation>Réessayer le code QR</translation>
    </message>
    <message>
        <source>Loads the QR code of the selected number again</source>
        <translation>Recharge le code QR du numéro sélectionné</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>Copier les numéros</translation>
    </message>
    <message>
        <source>Copies the selected numbers, or all of them, to the clipboard</source>
        <translation>Copie les numéros sélectionnés, ou tous, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Numbers and QR codes loaded</source>
        <translation>Numéros et codes QR chargés</translation>
    </message>
    <message>
        <source>Customer cards</source>
        <translation>Fiches client</translation>
    </message>
    <message>
        <source>Prints customer cards with the QR codes and how to install them, or saves them as PDF: for the selected numbers, or all of them</source>
        <translation>Imprime des fiches client avec les codes QR et les étapes d&apos;installation, ou les enregistre en PDF&#xa0;: pour les numéros sélectionnés, ou pour tous</translation>
    </message>
    <message>
        <source>Re&amp;try QR code</source>
        <translation>&amp;Réessayer le code QR</translation>
    </message>
    <message>
        <source>Cop&amp;y numbers</source>
        <translation>Co&amp;pier les numéros</translation>
    </message>
    <message>
        <source>C&amp;ustomer cards…</source>
        <translation>Fic&amp;hes client…</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>QR code to scan</source>
        <translation>Code QR à scanner</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>The eSIM QR code for the customer&apos;s phone to scan</source>
        <translation>Le code QR eSIM à scanner avec le téléphone du client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Ce que fait le client</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer opens &lt;b&gt;Settings → Mobile/Cellular → Add eSIM&lt;/b&gt;, chooses &lt;b&gt;“Use QR code”&lt;/b&gt; and points the phone&apos;s camera at this code.&lt;/p&gt;&lt;p&gt;If the carrier uses a confirmation code, the customer types it on the phone. It is never part of the QR code and is never scanned.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le client ouvre &lt;b&gt;Réglages → Cellulaire (ou Données cellulaires) → Ajouter une eSIM&lt;/b&gt;, choisit &lt;b&gt;«&#xa0;Utiliser un code QR&#xa0;»&lt;/b&gt; et pointe l&apos;appareil photo du téléphone vers ce code.&lt;/p&gt;&lt;p&gt;Si l&apos;opérateur utilise un code de confirmation, le client le saisit sur le téléphone. Ce code ne fait jamais partie du code QR et n&apos;est jamais scanné.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warning about this QR code</source>
        <translation>Avertissement sur ce code QR</translation>
    </message>
    <message>
        <source>&amp;Full screen (F11)</source>
        <translation>&amp;Plein écran (F11)</translation>
    </message>
    <message>
        <source>Shows the QR code on the whole screen; press F11 or Esc to leave</source>
        <translation>Affiche le code QR sur tout l&apos;écran; appuyez sur F11 ou Esc pour quitter</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copies the QR code image to the clipboard</source>
        <translation>Copie l&apos;image du code QR dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>&amp;Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Saves the QR code as a PNG image file</source>
        <translation>Enregistre le code QR dans un fichier image PNG</translation>
    </message>
    <message>
        <source>Ways to hand the eSIM over</source>
        <translation>Façons de remettre l&apos;eSIM</translation>
    </message>
    <message>
        <source>Scanning, typing the code in, or an install link</source>
        <translation>Scan, saisie du code ou lien d&apos;installation</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Type it in</source>
        <translation>Saisir le code</translation>
    </message>
    <message>
        <source>Install link</source>
        <translation>Lien d&apos;installation</translation>
    </message>
    <message>
        <source>Customer ca&amp;rd (print or PDF)…</source>
        <translation>&amp;Fiche client (impression ou PDF)…</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>Prints this number&apos;s customer card, or saves it as PDF</source>
        <translation>Imprime la fiche client de ce numéro, ou l&apos;enregistre en PDF</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <source>[token removed]</source>
        <extracomment>Put in place of an access token found in the server&apos;s message, which is otherwise quoted verbatim.</extracomment>
        <translation>[jeton masqué]</translation>
    </message>
    <message>
        <source>Bearer [removed]</source>
        <extracomment>Put in place of &quot;Bearer &lt;token&gt;&quot; in the server&apos;s message; &quot;Bearer&quot; is an HTTP word, keep it.</extracomment>
        <translation>Bearer [masqué]</translation>
    </message>
    <message>
        <source>[activation code removed]</source>
        <extracomment>Put in place of an eSIM activation code (LPA:…) found in the server&apos;s message.</extracomment>
        <translation>[code d&apos;activation masqué]</translation>
    </message>
    <message>
        <source>[removed]</source>
        <extracomment>Put in place of a long key-like string found in the server&apos;s message.</extracomment>
        <translation>[masqué]</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No secret has been entered for this profile in this session.</source>
        <translation>Aucun secret n&apos;a été saisi pour ce profil pendant cette session.</translation>
    </message>
</context>
<context>
    <name>StatusChangeAnswer</name>
    <message>
        <source>NumberDesk cannot tell whether the change was made: check the numbers&apos; status or look the order up before sending it again.</source>
        <translation>NumberDesk ne peut pas savoir si le changement a été effectué&#xa0;: vérifiez le statut des numéros ou consultez la commande avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>Redirected (%1)</source>
        <translation>Redirection (%1)</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address. NumberDesk does not follow redirects for API calls, because the access token would go with it.</source>
        <translation>Le serveur a répondu par une redirection vers une autre adresse. NumberDesk ne suit pas les redirections pour les appels d&apos;API, car le jeton d&apos;accès serait transmis avec elles.</translation>
    </message>
    <message>
        <source>This kind of redirect means the server did not act: nothing was changed. Check the API address in the connection settings.</source>
        <translation>Ce type de redirection signifie que le serveur n&apos;a pas agi&#xa0;: rien n&apos;a été modifié. Vérifiez l&apos;adresse de l&apos;API dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Unexpected answer (%1)</source>
        <translation>Réponse inattendue (%1)</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
</context>
<context>
    <name>StatusChangeForm</name>
    <message>
        <source>Status change request</source>
        <translation>Demande de changement de statut</translation>
    </message>
    <message>
        <source>The change to send: change type, effective date, area code or zip code where they apply, and the numbers</source>
        <translation>Le changement à envoyer&#xa0;: type de changement, date d&apos;effet, indicatif régional ou code postal s&apos;il y a lieu, et les numéros</translation>
    </message>
    <message>
        <source>Request inputs</source>
        <translation>Données de la demande</translation>
    </message>
    <message>
        <source>Everything that is sent with the request; read-only while a request is on its way</source>
        <translation>Tout ce qui est envoyé avec la demande; en lecture seule pendant qu&apos;une demande est en route</translation>
    </message>
    <message>
        <source>&amp;Change type:</source>
        <translation>&amp;Type de changement&#xa0;:</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Type de changement</translation>
    </message>
    <message>
        <source>Which status change to send: activate, cancel, swap number, swap SIM, replace number or park</source>
        <translation>Le changement de statut à envoyer&#xa0;: activer, résilier, changer de numéro, changer de SIM, remplacer le numéro ou suspendre</translation>
    </message>
    <message>
        <source>What this change does</source>
        <translation>Ce que fait ce changement</translation>
    </message>
    <message>
        <source>One line on what happens to each number and whether it can be undone</source>
        <translation>Une ligne sur ce qui arrive à chaque numéro et si le changement est réversible</translation>
    </message>
    <message>
        <source>Server message about the request</source>
        <translation>Message du serveur sur la demande</translation>
    </message>
    <message>
        <source>What the server said about the request as a whole</source>
        <translation>Ce que le serveur a dit de la demande dans son ensemble</translation>
    </message>
    <message>
        <source>Effective &amp;date:</source>
        <translation>Date d&apos;&amp;effet&#xa0;:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Effective date check</source>
        <translation>Vérification de la date d&apos;effet</translation>
    </message>
    <message>
        <source>Problems or warnings about the effective date</source>
        <translation>Problèmes ou avertissements concernant la date d&apos;effet</translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation>&amp;Indicatif régional&#xa0;:</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Indicatif régional</translation>
    </message>
    <message>
        <source>Three digits; the new number is searched in this area code first. Only used by swap number and replace number</source>
        <translation>Trois chiffres; le nouveau numéro est d&apos;abord cherché dans cet indicatif régional. Utilisé seulement par Changer de numéro et Remplacer le numéro</translation>
    </message>
    <message>
        <source>e.g. 201</source>
        <translation>p. ex. 201</translation>
    </message>
    <message>
        <source>Area code check</source>
        <translation>Vérification de l&apos;indicatif régional</translation>
    </message>
    <message>
        <source>Problems with the area code, from this form or from the server</source>
        <translation>Problèmes avec l&apos;indicatif régional, signalés par ce formulaire ou par le serveur</translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Five digits; used when the area code is blank or has no free number. Only used by swap number and replace number</source>
        <translation>Cinq chiffres; utilisé quand l&apos;indicatif régional est vide ou n&apos;a aucun numéro libre. Utilisé seulement par Changer de numéro et Remplacer le numéro</translation>
    </message>
    <message>
        <source>e.g. 07302</source>
        <translation>p. ex. 07302</translation>
    </message>
    <message>
        <source>Zip code check</source>
        <translation>Vérification du code postal</translation>
    </message>
    <message>
        <source>Problems with the zip code, from this form or from the server</source>
        <translation>Problèmes avec le code postal, signalés par ce formulaire ou par le serveur</translation>
    </message>
    <message>
        <source>How area code and zip code are used</source>
        <translation>Utilisation de l&apos;indicatif régional et du code postal</translation>
    </message>
    <message>
        <source>The area code is searched first, the zip code is the fallback, and with both blank any area is used</source>
        <translation>L&apos;indicatif régional est cherché en premier, le code postal sert de solution de repli, et si les deux sont vides, n&apos;importe quelle région est utilisée</translation>
    </message>
    <message>
        <source>The area code is searched first, the zip code is the fallback; leave both blank for any area.</source>
        <translation>L&apos;indicatif régional est cherché en premier, le code postal sert de solution de repli; laissez les deux vides pour n&apos;importe quelle région.</translation>
    </message>
    <message>
        <source>&amp;Numbers — type them, or paste a column or a list with Ctrl+V:</source>
        <translation>&amp;Numéros — saisissez-les, ou collez une colonne ou une liste avec Ctrl+V&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>One number per row with its ICCID for swap SIM; the Check column shows the normalized number or why it cannot be sent. Ctrl+V pastes a list, Delete clears cells</source>
        <translation>Un numéro par ligne, avec son ICCID pour Changer de SIM; la colonne Vérification affiche le numéro normalisé ou la raison pour laquelle il ne peut pas être envoyé. Ctrl+V colle une liste, Suppr vide les cellules</translation>
    </message>
    <message>
        <source>Current row check</source>
        <translation>Vérification de la ligne courante</translation>
    </message>
    <message>
        <source>The full check result of the row with the cursor: the normalized number, or why it cannot be sent, or a warning</source>
        <translation>Le résultat complet de la vérification de la ligne où se trouve le curseur&#xa0;: le numéro normalisé, la raison pour laquelle il ne peut pas être envoyé, ou un avertissement</translation>
    </message>
    <message>
        <source>Numbers check</source>
        <translation>Vérification des numéros</translation>
    </message>
    <message>
        <source>Problems with the list of numbers as a whole</source>
        <translation>Problèmes avec la liste des numéros dans son ensemble</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Adds an empty row to the numbers table and starts typing in it</source>
        <translation>Ajoute une ligne vide au tableau des numéros et y place le curseur pour la saisie</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Removes every row that has a selected cell from the numbers table</source>
        <translation>Supprime du tableau des numéros chaque ligne qui a une cellule sélectionnée</translation>
    </message>
    <message>
        <source>Numbers to send</source>
        <translation>Numéros à envoyer</translation>
    </message>
    <message>
        <source>How many numbers the request will carry</source>
        <translation>Le nombre de numéros que la demande contiendra</translation>
    </message>
    <message>
        <source>Why the request cannot be sent</source>
        <translation>Pourquoi la demande ne peut pas être envoyée</translation>
    </message>
    <message>
        <source>The first problem that keeps the Send button disabled</source>
        <translation>Le premier problème qui garde le bouton Envoyer désactivé</translation>
    </message>
    <message>
        <source>A&amp;bandon waiting</source>
        <translation>A&amp;bandonner l&apos;attente</translation>
    </message>
    <message>
        <source>Abandon waiting</source>
        <translation>Abandonner l&apos;attente</translation>
    </message>
    <message>
        <source>Stops waiting for the server&apos;s answer; a request that has already left may still be carried out by the server (Esc)</source>
        <translation>Cesse d&apos;attendre la réponse du serveur; une demande déjà partie peut encore être exécutée par le serveur (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Checks the request again and sends it; changes that cannot be undone ask first (Ctrl+Enter)</source>
        <translation>Vérifie à nouveau la demande et l&apos;envoie; les changements irréversibles demandent d&apos;abord confirmation (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected rows</source>
        <translation>&amp;Supprimer les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The connection settings changed while signing in; nothing was sent.</source>
        <translation>Les paramètres de connexion ont changé pendant l&apos;authentification; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Aucun identifiant</translation>
    </message>
    <message>
        <source>Enter the AccountKey and AccountSecret in the connection settings first.</source>
        <translation>Saisissez d&apos;abord l&apos;AccountKey et l&apos;AccountSecret dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Sign-in answer too large</source>
        <translation>Réponse d&apos;authentification trop volumineuse</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in was too large (more than %1), so NumberDesk stopped reading it. Nothing was sent. Try again later; if it keeps happening, tell Telegent support.</source>
        <translation>La réponse du serveur à l&apos;authentification était trop volumineuse (plus de %1)&#xa0;: NumberDesk a cessé de la lire. Rien n&apos;a été envoyé. Réessayez plus tard; si le problème persiste, prévenez l&apos;assistance Telegent.</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>Sign-in refused (401)</source>
        <translation>Authentification refusée (401)</translation>
    </message>
    <message>
        <source>The AccountKey or AccountSecret was refused.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation>L&apos;AccountKey ou l&apos;AccountSecret a été refusé.</translation>
    </message>
    <message>
        <source>Check both in the settings and sign in again.</source>
        <translation>Vérifiez-les tous les deux dans les paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>No access to this endpoint (403)</source>
        <translation>Aucun accès à ce point de terminaison (403)</translation>
    </message>
    <message>
        <source>The account is not allowed to get a token for this endpoint.</source>
        <translation>Le compte n&apos;est pas autorisé à obtenir un jeton pour ce point de terminaison.</translation>
    </message>
    <message>
        <source>Ask Telegent to enable the endpoint for the account.</source>
        <extracomment>Telegent is the API vendor&apos;s name.</extracomment>
        <translation>Demandez à Telegent d&apos;autoriser ce point de terminaison pour le compte.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>The server answered the sign-in with a web page instead of a token.</source>
        <translation>Le serveur a répondu à l&apos;authentification par une page Web au lieu d&apos;un jeton.</translation>
    </message>
    <message>
        <source>Check the API address in the settings.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API dans les paramètres.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in could not be read (%1).</source>
        <extracomment>%1 says what was wrong with the answer, e.g. &quot;body is empty&quot; (already translated).</extracomment>
        <translation>La réponse du serveur à l&apos;authentification n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Le serveur n&apos;a donné aucun motif.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Authentification refusée</translation>
    </message>
    <message>
        <source>The server refused to issue a token.</source>
        <translation>Le serveur a refusé d&apos;émettre un jeton.</translation>
    </message>
    <message>
        <source>Check the AccountKey, the AccountSecret and the endpoint.</source>
        <extracomment>AccountKey and AccountSecret are the names of the API credentials: keep them as is.</extracomment>
        <translation>Vérifiez l&apos;AccountKey, l&apos;AccountSecret et le point de terminaison.</translation>
    </message>
    <message>
        <source>The server answered the sign-in without a token.</source>
        <translation>Le serveur a répondu à l&apos;authentification sans fournir de jeton.</translation>
    </message>
    <message>
        <source>The server&apos;s token contains characters that cannot be sent back in a request header.</source>
        <translation>Le jeton du serveur contient des caractères qui ne peuvent pas être renvoyés dans un en-tête de demande.</translation>
    </message>
</context>
<context>
    <name>TransportFailure</name>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the network connection was lost</source>
        <translation>la connexion réseau a été perdue</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 could not be established: %2. Nothing was sent. Check the computer&apos;s date and time and whether a proxy or security software intercepts HTTPS; NumberDesk never ignores certificate problems.</source>
        <translation>La connexion sécurisée (TLS) avec %1 n&apos;a pas pu être établie&#xa0;: %2. Rien n&apos;a été envoyé. Vérifiez la date et l&apos;heure de l&apos;ordinateur, et si un proxy ou un logiciel de sécurité intercepte le HTTPS; NumberDesk n&apos;ignore jamais les problèmes de certificat.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>The request reached %1 but no answer came in time. The change may or may not have been made: do not resend blindly; check the numbers&apos; status or look the order up first.</source>
        <translation>La demande a atteint %1, mais aucune réponse n&apos;est arrivée à temps. Le changement a peut-être été effectué, peut-être pas&#xa0;: ne renvoyez pas à l&apos;aveugle; vérifiez d&apos;abord le statut des numéros ou consultez la commande.</translation>
    </message>
    <message>
        <source>The request reached %1 but the connection broke before the answer (%2). The change may or may not have been made: do not resend blindly; check the numbers&apos; status or look the order up first.</source>
        <translation>La demande a atteint %1, mais la connexion a été coupée avant la réponse (%2). Le changement a peut-être été effectué, peut-être pas&#xa0;: ne renvoyez pas à l&apos;aveugle; vérifiez d&apos;abord le statut des numéros ou consultez la commande.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>%1 did not answer in time and the request was not sent completely, so nothing was changed. Check the network connection and try again.</source>
        <translation>%1 n&apos;a pas répondu à temps et la demande n&apos;a pas été envoyée complètement&#xa0;: rien n&apos;a donc été modifié. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the API address and the network connection. Nothing was sent.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez l&apos;adresse de l&apos;API et la connexion réseau. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The service may be down or the API address wrong. Nothing was sent.</source>
        <translation>%1 a refusé la connexion. Le service est peut-être interrompu ou l&apos;adresse de l&apos;API erronée. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The network proxy failed (%1). Nothing was sent; check the proxy settings.</source>
        <translation>Le proxy réseau a échoué (%1). Rien n&apos;a été envoyé; vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the request was sent (%2). Nothing was changed; check the network connection and try again.</source>
        <translation>La connexion à %1 a échoué avant l&apos;envoi de la demande (%2). Rien n&apos;a été modifié; vérifiez la connexion réseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>ValidationResult</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>nd::AboutDialog</name>
    <message>
        <source>Licences and notices (summary)</source>
        <translation>Licences et avis (résumé)</translation>
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
        <translation>GPLv3 — bac à sable</translation>
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
        <translation>Ce document est absent de cette version de NumberDesk (%1).</translation>
    </message>
    <message>
        <source>&lt;h2&gt;NumberDesk %1&lt;/h2&gt;&lt;p&gt;Changes the status of customers&apos; mobile numbers through the Telegent mPaaS API: activate, cancel, swap, swap SIM, replace and park.&lt;/p&gt;&lt;p&gt;Running on Qt %2 (built with Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences.&lt;/b&gt; NumberDesk&apos;s own code is under the MIT licence. The app uses Qt under the LGPLv3, ZXing-cpp under the Apache License 2.0, QtKeychain under the BSD 2-Clause licence and SQLite, which is in the public domain.&lt;/p&gt;&lt;p&gt;The training sandbox (&lt;tt&gt;numberdesk-sandbox&lt;/tt&gt;), which the app starts as a separate program in demo mode, uses Qt HTTP Server and is therefore distributed under the GPLv3. Its source is NumberDesk&apos;s repository.&lt;/p&gt;&lt;p&gt;The full texts are under &lt;i&gt;Third-party notices&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;NumberDesk %1&lt;/h2&gt;&lt;p&gt;Modifie le statut des numéros mobiles des clients au moyen de l&apos;API Telegent mPaaS&#xa0;: activer, résilier, changer de numéro, changer de SIM, remplacer le numéro et suspendre.&lt;/p&gt;&lt;p&gt;Fonctionne avec Qt %2 (compilé avec Qt %3).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences.&lt;/b&gt; Le code propre à NumberDesk est sous licence MIT. L&apos;application utilise Qt sous LGPLv3, ZXing-cpp sous Apache License 2.0, QtKeychain sous licence BSD 2-Clause et SQLite, qui est dans le domaine public.&lt;/p&gt;&lt;p&gt;Le bac à sable de formation (&lt;tt&gt;numberdesk-sandbox&lt;/tt&gt;), que l&apos;application démarre comme programme distinct en mode démonstration, utilise Qt HTTP Server et est donc distribué sous GPLv3. Son code source est le dépôt de NumberDesk.&lt;/p&gt;&lt;p&gt;Les textes complets se trouvent sous &lt;i&gt;Avis de tiers&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nd::ApiCall</name>
    <message>
        <source>Redirected (%1)</source>
        <translation>Redirection (%1)</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address. NumberDesk does not follow redirects for API calls, because the access token would go with it. Check the API address in the connection settings.</source>
        <translation>Le serveur a répondu par une redirection vers une autre adresse. NumberDesk ne suit pas les redirections pour les appels d&apos;API, car le jeton d&apos;accès serait transmis avec elles. Vérifiez l&apos;adresse de l&apos;API dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>The server accepted the request but its answer could not be read (%1). The change has probably been made: check the numbers&apos; status before sending it again.</source>
        <translation>Le serveur a accepté la demande, mais sa réponse n&apos;a pas pu être lue (%1). Le changement a probablement été effectué&#xa0;: vérifiez le statut des numéros avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Try again later.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Stopped waiting</source>
        <translation>Attente abandonnée</translation>
    </message>
    <message>
        <source>You stopped waiting for the answer, but the request had already been sent: the server may still carry it out. Check the numbers&apos; status before sending it again.</source>
        <translation>Vous avez cessé d&apos;attendre la réponse, mais la demande était déjà envoyée&#xa0;: le serveur peut encore l&apos;exécuter. Vérifiez le statut des numéros avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent; nothing was changed.</source>
        <translation>Annulé avant l&apos;envoi de la demande; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large (more than %1), so NumberDesk stopped reading it.</source>
        <translation>La réponse du serveur était trop volumineuse (plus de %1)&#xa0;: NumberDesk a cessé de la lire.</translation>
    </message>
    <message>
        <source>NumberDesk cannot tell whether the change was made: check the numbers&apos; status or look the order up before sending it again.</source>
        <translation>NumberDesk ne peut pas savoir si le changement a été effectué&#xa0;: vérifiez le statut des numéros ou consultez la commande avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again later; if it keeps happening, tell Telegent support.</source>
        <translation>Rien n&apos;a été modifié. Réessayez plus tard; si le problème persiste, prévenez l&apos;assistance Telegent.</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>Non renvoyée</translation>
    </message>
    <message>
        <source>The server refused the access token, and the connection settings were changed while the request was on its way, so it was not sent again under the new account. Nothing was changed; send it again if it is still wanted.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès, et les paramètres de connexion ont changé pendant que la demande était en route&#xa0;: elle n&apos;a donc pas été renvoyée sous le nouveau compte. Rien n&apos;a été modifié; renvoyez-la si elle est toujours voulue.</translation>
    </message>
</context>
<context>
    <name>nd::CardPdf</name>
    <message>
        <source>There are no cards to write.</source>
        <translation>Il n&apos;y a aucune fiche à écrire.</translation>
    </message>
    <message>
        <source>eSIM cards</source>
        <translation>Fiches eSIM</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>One card a page</source>
        <translation>Une fiche par page</translation>
    </message>
    <message>
        <source>Four cards a page, to cut apart</source>
        <translation>Quatre fiches par page, à découper</translation>
    </message>
    <message>
        <source>None set. Add one under Edit → Preferences; it is printed on every card.</source>
        <translation>Aucune définie. Ajoutez-en une dans Édition → Préférences; elle est imprimée sur chaque fiche.</translation>
    </message>
    <message>
        <source>Fetching the QR codes again…</source>
        <translation>Nouvelle récupération des codes QR…</translation>
    </message>
    <message>
        <source>None of these numbers has a QR code: there is no card to make.</source>
        <translation>Aucun de ces numéros n&apos;a de code QR&#xa0;: il n&apos;y a aucune fiche à créer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The cards could not be written to %1: %2</source>
        <translation>Les fiches n&apos;ont pas pu être écrites dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>esim-cards.pdf</source>
        <translation>fiches-esim.pdf</translation>
    </message>
    <message>
        <source>esim-card-%1.pdf</source>
        <translation>fiche-esim-%1.pdf</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>Enregistrer les fiches en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>eSIM cards</source>
        <translation>Fiches eSIM</translation>
    </message>
    <message numerus="yes">
        <source>%Ln QR code(s) could not be fetched or read again; they may have expired. Their cards say so and ask the customer to contact you. First problem: %1</source>
        <extracomment>%Ln is how many QR codes are missing; %1 the first problem met, as the network or decoder said it</extracomment>
        <translation>
            <numerusform>%Ln code QR n&apos;a pas pu être récupéré de nouveau ni relu; il a peut-être expiré. Sa fiche l&apos;indique et demande au client de vous contacter. Premier problème&#xa0;: %1</numerusform>
            <numerusform>%Ln codes QR n&apos;ont pas pu être récupérés de nouveau ni relus; ils ont peut-être expiré. Leurs fiches l&apos;indiquent et demandent au client de vous contacter. Premier problème&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the QR codes name another activation code in their web address than in the image. The image&apos;s code was used, as a phone scanning it would get it; tell support.</source>
        <translation>
            <numerusform>%Ln des codes QR indique dans son adresse web un autre code d&apos;activation que celui de l&apos;image. Le code de l&apos;image a été utilisé, puisque c&apos;est celui qu&apos;obtiendrait un téléphone en le scannant; prévenez l&apos;assistance.</numerusform>
            <numerusform>%Ln des codes QR indiquent dans leur adresse web un autre code d&apos;activation que celui de l&apos;image. Le code de l&apos;image a été utilisé, puisque c&apos;est celui qu&apos;obtiendrait un téléphone en le scannant; prévenez l&apos;assistance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s), one for each number with a QR code.</source>
        <translation>
            <numerusform>%Ln fiche, une pour chaque numéro ayant un code QR.</numerusform>
            <numerusform>%Ln fiches, une pour chaque numéro ayant un code QR.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ConfirmChangeDialog</name>
    <message>
        <source>Don&apos;t send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>Closes this question; nothing is sent</source>
        <translation>Ferme cette question; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Send “%1”</source>
        <translation>Envoyer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sends the change for every number listed</source>
        <translation>Envoie le changement pour chaque numéro de la liste</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send “%1” for these numbers?</source>
        <translation>Envoyer «&#xa0;%1&#xa0;» pour ces numéros?</translation>
    </message>
    <message>
        <source>Effective date: %1    Numbers: %2</source>
        <translation>Date d&apos;effet&#xa0;: %1    Numéros&#xa0;: %2</translation>
    </message>
    <message>
        <source>New numbers from area code %1 first.</source>
        <translation>Nouveaux numéros cherchés d&apos;abord dans l&apos;indicatif régional %1.</translation>
    </message>
    <message>
        <source>Zip code %1 if the area code has none.</source>
        <translation>Code postal %1 si l&apos;indicatif régional n&apos;en a aucun.</translation>
    </message>
    <message>
        <source>No area code or zip code: the server picks any available number.</source>
        <translation>Ni indicatif régional ni code postal&#xa0;: le serveur choisit n&apos;importe quel numéro disponible.</translation>
    </message>
    <message>
        <source>%1  (ICCID %2)</source>
        <translation>%1  (ICCID %2)</translation>
    </message>
    <message>
        <source>The effective date %1 is in the past. Send it anyway.</source>
        <translation>La date d&apos;effet %1 est passée. L&apos;envoyer quand même.</translation>
    </message>
    <message>
        <source>Earlier requests for these numbers have an unknown outcome; the server may already have made them. Check the numbers (or look the orders up in History) before sending again:</source>
        <translation>Des demandes antérieures pour ces numéros ont un résultat inconnu; le serveur les a peut-être déjà exécutées. Vérifiez les numéros (ou consultez les commandes dans l&apos;Historique) avant de renvoyer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionTest</name>
    <message>
        <source>Connected: %1 issued a token for %2.</source>
        <translation>Connecté&#xa0;: %1 a émis un jeton pour %2.</translation>
    </message>
</context>
<context>
    <name>nd::CredentialVault</name>
    <message>
        <source>Account secrets are kept in memory for this session only and will be asked for again at the next start; they are never written to disk.</source>
        <translation>Les secrets des comptes sont gardés en mémoire pour cette session seulement et seront redemandés au prochain démarrage; ils ne sont jamais écrits sur le disque.</translation>
    </message>
</context>
<context>
    <name>nd::CustomerCardBatch</name>
    <message>
        <source>This QR code could not be read. Please contact us for a new one.</source>
        <translation>Ce code QR n&apos;a pas pu être lu. Veuillez nous contacter pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>The QR code for %1 holds no eSIM activation code.</source>
        <translation>Le code QR de %1 ne contient aucun code d&apos;activation eSIM.</translation>
    </message>
    <message>
        <source>This QR code is no longer available: it may have expired. Please contact us for a new one.</source>
        <translation>Ce code QR n&apos;est plus disponible&#xa0;: il a peut-être expiré. Veuillez nous contacter pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>nd::CustomerCardPainter</name>
    <message>
        <source>Your new eSIM</source>
        <translation>Votre nouvelle eSIM</translation>
    </message>
    <message>
        <source>Scan in the phone&apos;s eSIM settings (steps below).</source>
        <translation>Scannez dans les réglages eSIM du téléphone (étapes ci-dessous).</translation>
    </message>
    <message>
        <source>iPhone (iOS 17.4 or later): scan with the Camera app to install in one tap.</source>
        <translation>iPhone (iOS 17.4 ou ultérieur)&#xa0;: scannez avec l&apos;app Appareil photo pour installer en un seul geste.</translation>
    </message>
    <message>
        <source>No QR code is available for this number.</source>
        <translation>Aucun code QR n&apos;est disponible pour ce numéro.</translation>
    </message>
    <message>
        <source>iPhone: Settings › Cellular (or Mobile Service) › Add eSIM › Use QR Code.</source>
        <translation>iPhone&#xa0;: Réglages › Cellulaire (ou Données cellulaires) › Ajouter une eSIM › Utiliser un code QR.</translation>
    </message>
    <message>
        <source>Android: Settings › Network &amp; internet › SIMs › Add eSIM. Samsung: Settings › Connections › SIM manager › Add eSIM.</source>
        <translation>Android&#xa0;: Paramètres › Réseau et Internet › SIM › Ajouter une eSIM. Samsung&#xa0;: Paramètres › Connexions › Gestionnaire de carte SIM › Ajouter une eSIM.</translation>
    </message>
    <message>
        <source>Camera will not scan? Choose “Enter details manually” (iPhone) or “Enter activation code” (Android) and type:</source>
        <translation>L&apos;appareil photo ne scanne pas? Choisissez «&#xa0;Saisir les informations manuellement&#xa0;» (iPhone) ou «&#xa0;Entrer le code d&apos;activation&#xa0;» (Android), puis tapez&#xa0;:</translation>
    </message>
    <message>
        <source>SM-DP+ address</source>
        <translation>Adresse SM-DP+</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <source>Whole code (one field)</source>
        <translation>Code complet (un seul champ)</translation>
    </message>
    <message>
        <source>The phone will also ask for a confirmation code. It is not on this card: type the one your carrier gave you separately.</source>
        <translation>Le téléphone demandera aussi un code de confirmation. Il ne figure pas sur cette fiche&#xa0;: tapez celui que votre opérateur vous a remis séparément.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
</context>
<context>
    <name>nd::DeskJournal</name>
    <message>
        <source>The order journal has not been opened yet.</source>
        <translation>Le journal des commandes n&apos;a pas encore été ouvert.</translation>
    </message>
    <message>
        <source>The order journal could not be opened.</source>
        <translation>Le journal des commandes n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The order journal is still being opened. Send again in a moment.</source>
        <translation>Le journal des commandes est encore en cours d&apos;ouverture. Renvoyez dans un instant.</translation>
    </message>
    <message>
        <source>No password for the team journal %1 is stored in this computer&apos;s keychain. Enter it in Preferences.</source>
        <translation>Aucun mot de passe du journal d&apos;équipe %1 n&apos;est enregistré dans le trousseau du système de cet ordinateur. Saisissez-le dans les Préférences.</translation>
    </message>
    <message>
        <source>The password of the team journal %1 could not be read from this computer&apos;s keychain: %2</source>
        <translation>Le mot de passe du journal d&apos;équipe %1 n&apos;a pas pu être lu dans le trousseau du système de cet ordinateur : %2</translation>
    </message>
    <message numerus="yes">
        <source>The team journal is reachable again; %n kept answer(s) written.</source>
        <translation>
            <numerusform>Le journal d&apos;équipe est de nouveau accessible ; %n réponse gardée a été écrite.</numerusform>
            <numerusform>Le journal d&apos;équipe est de nouveau accessible ; %n réponses gardées ont été écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team journal still cannot be reached: %1</source>
        <translation>Le journal d&apos;équipe est toujours inaccessible : %1</translation>
    </message>
</context>
<context>
    <name>nd::HistoryEntryDialog</name>
    <message>
        <source>Request from the history</source>
        <translation>Demande de l&apos;historique</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
</context>
<context>
    <name>nd::HistoryModel</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (auparavant %2)</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Outcome unknown: check before resending</source>
        <translation>Résultat inconnu&#xa0;: vérifier avant de renvoyer</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Vérifié à la main</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>OrderId</source>
        <translation>OrderId</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agent</source>
        <extracomment>History column: the agent who sent the request</extracomment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Desk</source>
        <extracomment>History column: the computer the request was sent from</extracomment>
        <translation>Poste</translation>
    </message>
</context>
<context>
    <name>nd::HistoryWindow</name>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>Numbers match in any format and in part (609-38 finds every number containing it); text with letters searches OrderIds.</source>
        <translation>Les numéros sont trouvés dans tout format et en partie (609-38 trouve chaque numéro qui le contient); un texte avec des lettres cherche dans les OrderId.</translation>
    </message>
    <message>
        <source>No order journal is open: there is no history to show.</source>
        <translation>Aucun journal des commandes n&apos;est ouvert&#xa0;: il n&apos;y a pas d&apos;historique à afficher.</translation>
    </message>
    <message>
        <source>numberdesk-history-%1.csv</source>
        <translation>numberdesk-historique-%1.csv</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l&apos;historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2</source>
        <translation>L&apos;historique n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) shown</source>
        <translation>
            <numerusform>%Ln commande affichée</numerusform>
            <numerusform>%Ln commandes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <extracomment>%1 is SQLite&apos;s reason</extracomment>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Any desk</source>
        <translation>Tous les postes</translation>
    </message>
</context>
<context>
    <name>nd::InstallLinkPanel</name>
    <message>
        <source>This QR code holds no eSIM activation code: there is no install link.</source>
        <translation>Ce code QR ne contient aucun code d&apos;activation eSIM&#xa0;: il n&apos;y a pas de lien d&apos;installation.</translation>
    </message>
    <message>
        <source>&amp;Hide code</source>
        <translation>&amp;Masquer le code</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Afficher le code</translation>
    </message>
    <message>
        <source>Hidden until “Show code”.</source>
        <translation>Masqué jusqu&apos;à «&#xa0;Afficher le code&#xa0;».</translation>
    </message>
</context>
<context>
    <name>nd::InterruptedRequestsDialog</name>
    <message>
        <source>Look each number up in Telegent&apos;s portal, or ask Telegent support about them, and see whether this change took effect. Then write down what you found and mark the request as checked. Only if the change did not happen, send it again as a new request.</source>
        <translation>Vérifiez chaque numéro dans le portail de Telegent, ou interrogez l&apos;assistance Telegent à leur sujet, pour savoir si ce changement a pris effet. Notez ensuite ce que vous avez trouvé et marquez la demande comme vérifiée. Seulement si le changement n&apos;a pas eu lieu, renvoyez-le dans une nouvelle demande.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>No OrderId was received before NumberDesk stopped, so the order cannot be looked up. Check the numbers instead.</source>
        <translation>Aucun OrderId n&apos;a été reçu avant l&apos;arrêt de NumberDesk&#xa0;: la commande ne peut donc pas être consultée. Vérifiez plutôt les numéros.</translation>
    </message>
    <message>
        <source>The order %1 can be looked up once a profile with its secret is active (it was sent under “%2”).</source>
        <translation>La commande %1 pourra être consultée dès qu&apos;un profil avec son secret sera actif (elle a été envoyée sous «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The order %1 can be looked up on the server.</source>
        <translation>La commande %1 peut être consultée sur le serveur.</translation>
    </message>
    <message>
        <source>Looking the order up…</source>
        <translation>Consultation de la commande…</translation>
    </message>
    <message>
        <source>Order found: %1 (%2)</source>
        <translation>Commande trouvée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The lookup failed: %1. Check the numbers instead.</source>
        <translation>La consultation a échoué&#xa0;: %1. Vérifiez plutôt les numéros.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The order %1 was sent under “%2” (account %3 at %4). Switch to that account to look it up: the active account cannot see its orders.</source>
        <translation>La commande %1 a été envoyée sous «&#xa0;%2&#xa0;» (compte %3 sur %4). Passez à ce compte pour la consulter&#xa0;: le compte actif ne peut pas voir ses commandes.</translation>
    </message>
    <message numerus="yes">
        <source>NumberDesk stopped while %n request(s) were being sent (a crash, a forced quit or a power cut). The server may or may not have carried them out. Do not send them again before you have checked: a second request could change the same lines twice.</source>
        <extracomment>%n is how many requests were on their way when NumberDesk stopped</extracomment>
        <translation>
            <numerusform>NumberDesk s&apos;est arrêté pendant l&apos;envoi de %n demande (plantage, fermeture forcée ou panne de courant). Le serveur l&apos;a peut-être exécutée, ou peut-être pas. Ne la renvoyez pas avant d&apos;avoir vérifié&#xa0;: une deuxième demande pourrait modifier deux fois les mêmes lignes.</numerusform>
            <numerusform>NumberDesk s&apos;est arrêté pendant l&apos;envoi de %n demandes (plantage, fermeture forcée ou panne de courant). Le serveur les a peut-être exécutées, ou peut-être pas. Ne les renvoyez pas avant d&apos;avoir vérifié&#xa0;: une deuxième demande pourrait modifier deux fois les mêmes lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln numéro</numerusform>
            <numerusform>%Ln numéros</numerusform>
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
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The server&apos;s answers: orders, numbers and their QR codes</source>
        <translation>Les réponses du serveur&#xa0;: commandes, numéros et leurs codes QR</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Empty the form? What is typed now will be lost.</source>
        <translation>Vider le formulaire? Ce qui est saisi sera perdu.</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>The form is empty.</source>
        <translation>Le formulaire est vide.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Session connection</source>
        <translation>Connexion de session</translation>
    </message>
    <message>
        <source>Sending is off: the order journal is not open (File → Open the order journal again)</source>
        <translation>L&apos;envoi est désactivé&#xa0;: le journal des commandes n&apos;est pas ouvert (Fichier → Rouvrir le journal des commandes)</translation>
    </message>
    <message>
        <source>Sending is off until you confirm the order journal message at the top of the window.</source>
        <translation>L&apos;envoi est désactivé tant que vous n&apos;avez pas confirmé le message du journal des commandes en haut de la fenêtre.</translation>
    </message>
    <message>
        <source>I understand the order &amp;journal problem</source>
        <translation>J&apos;ai compris le problème du &amp;journal des commandes</translation>
    </message>
    <message>
        <source>Opening the order journal…</source>
        <translation>Ouverture du journal des commandes…</translation>
    </message>
    <message>
        <source>Sending is off until the team journal can be reached again.</source>
        <translation>L&apos;envoi est désactivé jusqu&apos;à ce que le journal d&apos;équipe soit de nouveau accessible.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
</context>
<context>
    <name>nd::ManualEntryPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;iPhone:&lt;/b&gt; Settings → Cellular (or Mobile Service) → Add eSIM → Use QR Code → &lt;i&gt;Enter Details Manually&lt;/i&gt;. &lt;b&gt;SM-DP+ Address&lt;/b&gt; takes the address, &lt;b&gt;Activation Code&lt;/b&gt; the activation code.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pixel:&lt;/b&gt; Settings → Network &amp;amp; internet → SIMs → Add SIM → Download a SIM instead → &lt;i&gt;Need help?&lt;/i&gt; → &lt;i&gt;Enter it manually&lt;/i&gt;: the &lt;b&gt;whole code&lt;/b&gt; in its one field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Samsung:&lt;/b&gt; Settings → Connections → SIM manager → Add eSIM → Scan QR code → &lt;i&gt;Enter activation code&lt;/i&gt;: the &lt;b&gt;whole code&lt;/b&gt;. Older models ask for the address and the activation code in two fields.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;iPhone&#xa0;:&lt;/b&gt; Réglages → Cellulaire (ou Données cellulaires) → Ajouter une eSIM → Utiliser un code QR → &lt;i&gt;Saisir les informations manuellement&lt;/i&gt;. &lt;b&gt;Adresse SM-DP+&lt;/b&gt; reçoit l&apos;adresse, &lt;b&gt;Code d&apos;activation&lt;/b&gt; le code d&apos;activation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pixel&#xa0;:&lt;/b&gt; Paramètres → Réseau et Internet → SIM → Ajouter une SIM → Télécharger une SIM à la place? → &lt;i&gt;Besoin d&apos;aide?&lt;/i&gt; → &lt;i&gt;Saisir manuellement&lt;/i&gt;&#xa0;: le &lt;b&gt;code complet&lt;/b&gt; dans son unique champ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Samsung&#xa0;:&lt;/b&gt; Paramètres → Connexions → Gestionnaire de carte SIM → Ajouter une eSIM → Scanner un code QR → &lt;i&gt;Entrer le code d&apos;activation&lt;/i&gt;&#xa0;: le &lt;b&gt;code complet&lt;/b&gt;. Les modèles plus anciens demandent l&apos;adresse et le code d&apos;activation dans deux champs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This QR code holds no eSIM activation code, so there is nothing to type in.</source>
        <translation>Ce code QR ne contient aucun code d&apos;activation eSIM&#xa0;: il n&apos;y a donc rien à saisir.</translation>
    </message>
    <message>
        <source>The phone will also ask for a confirmation code. The carrier gives it to the customer separately; it is typed on the phone and is never part of a QR code.</source>
        <translation>Le téléphone demandera aussi un code de confirmation. L&apos;opérateur le remet au client séparément; il se saisit sur le téléphone et ne fait jamais partie d&apos;un code QR.</translation>
    </message>
    <message>
        <source>&amp;Hide code</source>
        <translation>&amp;Masquer le code</translation>
    </message>
    <message>
        <source>&amp;Show code</source>
        <translation>&amp;Afficher le code</translation>
    </message>
</context>
<context>
    <name>nd::NumberResultDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Loading QR code…</source>
        <translation>Chargement du code QR…</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>Frais&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>No QR code for this change</source>
        <translation>Aucun code QR pour ce changement</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the QR code for scanning</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour afficher le code QR à scanner</translation>
    </message>
    <message>
        <source>QR code not loaded: %1</source>
        <translation>Code QR non chargé&#xa0;: %1</translation>
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
        <translation>non utilisé</translation>
    </message>
</context>
<context>
    <name>nd::NumberRowsModel</name>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>ICCID (optional)</source>
        <translation>ICCID (facultatif)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Not used: %1 does not send an ICCID. To enter ICCIDs, choose %2.</source>
        <extracomment>%1 is the chosen change type (e.g. &quot;Activate&quot;); %2 the change types that send ICCIDs (e.g. &quot;Swap SIM&quot;).</extracomment>
        <translation>Non utilisé&#xa0;: «&#xa0;%1&#xa0;» n&apos;envoie pas d&apos;ICCID. Pour saisir des ICCID, choisissez %2.</translation>
    </message>
    <message>
        <source>Optional: the new SIM&apos;s ICCID for each number</source>
        <translation>Facultatif&#xa0;: l&apos;ICCID de la nouvelle carte SIM pour chaque numéro</translation>
    </message>
    <message>
        <source>ICCID (not used)</source>
        <translation>ICCID (non utilisé)</translation>
    </message>
</context>
<context>
    <name>nd::OrderErrorBox</name>
    <message>
        <source>The request failed</source>
        <translation>La demande a échoué</translation>
    </message>
    <message>
        <source>The problems are marked next to the fields and numbers they concern in the form.</source>
        <translation>Les problèmes sont signalés dans le formulaire, à côté des champs et des numéros qu&apos;ils concernent.</translation>
    </message>
    <message>
        <source>No trace id was given.</source>
        <translation>Aucun ID de trace n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>ID de trace&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>nd::OrderHeader</name>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>(no order id)</source>
        <translation>(aucun ID de commande)</translation>
    </message>
    <message>
        <source>Order status: %1</source>
        <translation>Statut de la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>server: “%1”</source>
        <translation>serveur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Earlier order</source>
        <translation>Commande antérieure</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>nd::OrderJournal</name>
    <message>
        <source>The order journal %1 is damaged and could not be moved aside. NumberDesk will not send status changes it cannot record. Move the file away (do not delete it: it holds earlier orders) and start NumberDesk again.</source>
        <translation>Le journal des commandes %1 est endommagé et n&apos;a pas pu être mis de côté. NumberDesk n&apos;envoie pas de changement de statut qu&apos;il ne peut pas consigner. Déplacez le fichier (ne le supprimez pas&#xa0;: il contient les commandes antérieures) et redémarrez NumberDesk.</translation>
    </message>
    <message>
        <source>The order journal was damaged and could not be read. It has been kept as %1 (nothing was deleted) and a new, empty journal has been started. Orders recorded before today are in the old file.</source>
        <translation>Le journal des commandes était endommagé et n&apos;a pas pu être lu. Il a été conservé sous le nom %1 (rien n&apos;a été supprimé) et un nouveau journal vide a été créé. Les commandes consignées avant aujourd&apos;hui se trouvent dans l&apos;ancien fichier.</translation>
    </message>
    <message>
        <source>The order journal %1 is in use by another program, perhaps another NumberDesk. NumberDesk does not send status changes it cannot record: close the other program and try again.</source>
        <translation>Le journal des commandes %1 est utilisé par un autre programme, peut-être un autre NumberDesk. NumberDesk n&apos;envoie pas de changement de statut qu&apos;il ne peut pas consigner&#xa0;: fermez l&apos;autre programme et réessayez.</translation>
    </message>
    <message>
        <source>The order journal %1 was written by a newer version of NumberDesk (%2). It has been left as it is. Use the newer version: this one cannot record orders in it.</source>
        <translation>Le journal des commandes %1 a été écrit par une version plus récente de NumberDesk (%2). Il a été laissé tel quel. Utilisez la version plus récente&#xa0;: celle-ci ne peut pas y consigner de commandes.</translation>
    </message>
    <message>
        <source>The order journal %1 cannot be opened (%2). NumberDesk does not send status changes it cannot record.</source>
        <translation>Le journal des commandes %1 ne peut pas être ouvert (%2). NumberDesk n&apos;envoie pas de changement de statut qu&apos;il ne peut pas consigner.</translation>
    </message>
    <message>
        <source>The request could not be recorded in the order journal, so it was not sent</source>
        <translation>La demande n&apos;a pas pu être consignée dans le journal des commandes; elle n&apos;a donc pas été envoyée</translation>
    </message>
    <message>
        <source>Order found: %1</source>
        <translation>Commande trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be recorded in the order journal</source>
        <translation>La réponse du serveur n&apos;a pas pu être consignée dans le journal des commandes</translation>
    </message>
    <message>
        <source>The failure could not be recorded in the order journal</source>
        <translation>L&apos;échec n&apos;a pas pu être consigné dans le journal des commandes</translation>
    </message>
    <message>
        <source>The finding could not be recorded in the order journal</source>
        <translation>Le constat n&apos;a pas pu être consigné dans le journal des commandes</translation>
    </message>
    <message>
        <source>Interrupted requests could not be read from the order journal</source>
        <translation>Les demandes interrompues n&apos;ont pas pu être lues dans le journal des commandes</translation>
    </message>
    <message>
        <source>NumberDesk stopped while sending</source>
        <translation>NumberDesk s&apos;est arrêté pendant l&apos;envoi</translation>
    </message>
    <message>
        <source>NumberDesk closed before the server answered (a crash, a forced quit or a power loss). The server may have made the change: look the order up or check the numbers before sending again.</source>
        <translation>NumberDesk s&apos;est fermé avant la réponse du serveur (plantage, fermeture forcée ou panne de courant). Le serveur a peut-être effectué le changement&#xa0;: consultez la commande ou vérifiez les numéros avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>An interrupted request could not be marked in the order journal</source>
        <translation>Une demande interrompue n&apos;a pas pu être marquée dans le journal des commandes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in it had no known outcome. They were copied into the new journal: check them before sending to those numbers again.</source>
        <extracomment>Follows &quot;The order journal … was damaged…&quot;. %n is how many requests in the damaged journal never got an answer; each was copied into the new journal.</extracomment>
        <translation>
            <numerusform>%n demande qu&apos;il contenait était sans résultat connu. Elle a été copiée dans le nouveau journal&#xa0;: vérifiez-la avant d&apos;envoyer une nouvelle demande pour ces numéros.</numerusform>
            <numerusform>%n demandes qu&apos;il contenait étaient sans résultat connu. Elles ont été copiées dans le nouveau journal&#xa0;: vérifiez-les avant d&apos;envoyer une nouvelle demande pour ces numéros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the old file could not be read, so NumberDesk cannot tell whether other requests in it were left without an answer. Before sending to a number you worked on recently, check its status with the carrier.</source>
        <translation>Une partie de l&apos;ancien fichier n&apos;a pas pu être lue; NumberDesk ne peut donc pas savoir si d&apos;autres demandes qu&apos;il contenait sont restées sans réponse. Avant d&apos;envoyer une demande pour un numéro traité récemment, vérifiez son statut auprès de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>no record %1</source>
        <extracomment>Why the journal could not be updated: %1 is the journal&apos;s internal record number.</extracomment>
        <translation>enregistrement %1 introuvable</translation>
    </message>
    <message>
        <source>record %1 belongs to another order</source>
        <extracomment>Why the journal could not be updated: %1 is the journal&apos;s internal record number.</extracomment>
        <translation>l&apos;enregistrement %1 appartient à une autre commande</translation>
    </message>
    <message>
        <source>Unresolved in a damaged journal</source>
        <translation>Demande non résolue dans un journal endommagé</translation>
    </message>
    <message>
        <source>This request had no known outcome in the order journal that was found damaged (kept as %1). The server may have made the change: look the order up or check the numbers before sending again.</source>
        <translation>Cette demande était sans résultat connu dans le journal des commandes trouvé endommagé (conservé sous le nom %1). Le serveur a peut-être effectué le changement&#xa0;: consultez la commande ou vérifiez les numéros avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>A request from the damaged journal could not be copied</source>
        <translation>Une demande du journal endommagé n&apos;a pas pu être copiée</translation>
    </message>
    <message>
        <source>The team journal %1 was written by a newer version of NumberDesk (%2). It has been left as it is. Use the newer version: this one cannot record orders in it.</source>
        <translation>Le journal d&apos;équipe %1 a été écrit par une version plus récente de NumberDesk (%2). Il a été laissé tel quel. Utilisez la version plus récente : celle-ci ne peut pas y consigner de commandes.</translation>
    </message>
    <message>
        <source>The team journal %1 cannot be reached (%2). NumberDesk sends nothing it cannot record in the team journal, and does not switch to a journal on this computer instead. Check the network and the team journal&apos;s settings in Preferences, then try again.</source>
        <translation>Le journal d&apos;équipe %1 est inaccessible (%2). NumberDesk n&apos;envoie rien qu&apos;il ne puisse consigner dans le journal d&apos;équipe et ne le remplace pas par un journal sur cet ordinateur. Vérifiez le réseau et les réglages du journal d&apos;équipe dans les Préférences, puis réessayez.</translation>
    </message>
    <message>
        <source>The team journal %1 cannot be used (%2). NumberDesk does not send status changes it cannot record. Ask whoever runs the server to check this user&apos;s rights on the database.</source>
        <translation>Le journal d&apos;équipe %1 est inutilisable (%2). NumberDesk n&apos;envoie pas de changements de statut qu&apos;il ne peut pas consigner. Demandez à la personne qui gère le serveur de vérifier les droits de cet utilisateur sur la base de données.</translation>
    </message>
    <message>
        <source>The team journal cannot be reached</source>
        <translation>Le journal d&apos;équipe est inaccessible</translation>
    </message>
    <message>
        <source>Not sent: one of its numbers is held by another request.</source>
        <translation>Non envoyé : une autre demande retient l&apos;un de ses numéros.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not sent: %1 is in flight on %2 since %3. Only one status change per number can be in flight: wait for that request&apos;s answer. If that desk has stopped, NumberDesk marks its request as interrupted and it can be looked up and resolved from History.</source>
        <extracomment>%1 a phone number, %2 the computer (and agent) sending to it, %3 a date and time.</extracomment>
        <translation>Non envoyé : %1 est en cours sur %2 depuis %3. Un seul changement de statut par numéro peut être en cours : attendez la réponse à cette demande. Si ce poste s&apos;est arrêté, NumberDesk marque sa demande comme interrompue, et elle peut être consultée et résolue depuis l&apos;Historique.</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <source>Not sent: %1 has a request whose outcome is unknown (sent on %2 since %3). Look that order up or check the number, and resolve it first.</source>
        <extracomment>%1 a phone number, %2 the computer (and agent) that sent to it, %3 a date and time.</extracomment>
        <translation>Non envoyé : %1 a une demande au résultat inconnu (envoyée sur %2 depuis %3). Consultez cette commande ou vérifiez le numéro, et résolvez-la d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n more of its numbers are held too.</source>
        <translation>
            <numerusform>%n autre de ses numéros est aussi retenu.</numerusform>
            <numerusform>%n autres de ses numéros sont aussi retenus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The resolution could not be recorded</source>
        <translation>La résolution n&apos;a pas pu être consignée</translation>
    </message>
    <message>
        <source>the team journal cannot be reached</source>
        <translation>le journal d&apos;équipe est inaccessible</translation>
    </message>
    <message>
        <source>The team journal cannot be reached, so the request was not sent. NumberDesk sends nothing it cannot record there: use Try again in the message at the top of the window.</source>
        <translation>Le journal d&apos;équipe est inaccessible : la demande n&apos;a donc pas été envoyée. NumberDesk n&apos;envoie rien qu&apos;il ne peut pas y enregistrer : utilisez Réessayer dans le message en haut de la fenêtre.</translation>
    </message>
</context>
<context>
    <name>nd::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <extracomment>Language choice that follows the computer&apos;s language; %1 is the language detected, in its own language (English, Español, Français)</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>Votre nom d&apos;utilisateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Le fichier du certificat racine (CA) %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>CA certificate of the team journal server</source>
        <translation>Certificat racine (CA) du serveur du journal d&apos;équipe</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The password could not be saved in this computer&apos;s keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système de cet ordinateur : %1</translation>
    </message>
    <message>
        <source>The password is kept only until NumberDesk quits: the team journal will not open at the next start. %1</source>
        <translation>Le mot de passe n&apos;est conservé que jusqu&apos;à la fermeture de NumberDesk : le journal d&apos;équipe ne s&apos;ouvrira pas au prochain démarrage. %1</translation>
    </message>
</context>
<context>
    <name>nd::ProfileSecretPrompt</name>
    <message>
        <source>Enter the AccountSecret for “%1” (account %2 at %3).</source>
        <translation>Saisissez l&apos;AccountSecret de «&#xa0;%1&#xa0;» (compte %2 sur %3).</translation>
    </message>
    <message>
        <source>Unchecked, the secret is kept for this session only and asked for again next start.</source>
        <translation>Décochée, le secret n&apos;est gardé que pour cette session et sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <source>No credential store is available: kept for this session only; you will be asked again next start.</source>
        <translation>Aucun trousseau du système n&apos;est disponible&#xa0;: le secret est gardé pour cette session seulement; il vous sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Enter the AccountKey and AccountSecret for “%1” (at %2).</source>
        <translation>Saisissez l&apos;AccountKey et l&apos;AccountSecret de «&#xa0;%1&#xa0;» (sur %2).</translation>
    </message>
    <message>
        <source>This profile comes from the command line (--api-base): the account and secret are kept for this session only and never saved.</source>
        <translation>Ce profil vient de la ligne de commande (--api-base)&#xa0;: le compte et le secret sont conservés pour cette session seulement et jamais enregistrés.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Bac à sable (cet ordinateur)</translation>
    </message>
    <message>
        <source>The sandbox profile is built in and cannot be changed.</source>
        <translation>Le profil du bac à sable est intégré et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Please give the profile a name.</source>
        <translation>Veuillez donner un nom au profil.</translation>
    </message>
    <message>
        <source>That name belongs to the built-in sandbox profile; please choose another.</source>
        <translation>Ce nom appartient au profil intégré du bac à sable; veuillez en choisir un autre.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Please enter the AccountKey.</source>
        <translation>Veuillez saisir l&apos;AccountKey.</translation>
    </message>
    <message>
        <source>The profile could not be saved: the settings file is not writable.</source>
        <translation>Le profil n&apos;a pas pu être enregistré&#xa0;: le fichier de paramètres n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <extracomment>The profile `numberdesk --api-base URL` adds for one run; %1 is the server&apos;s host name</extracomment>
        <translation>Ligne de commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The command-line profile is for this session only and cannot be changed.</source>
        <translation>Le profil de la ligne de commande est pour cette session seulement et ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileSwitcher</name>
    <message>
        <source>Enter &amp;secret…</source>
        <translation>Saisir le &amp;secret…</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>The account the next requests go to</source>
        <translation>Le compte qui recevra les prochaines demandes</translation>
    </message>
    <message>
        <source>Enter secret</source>
        <translation>Saisir le secret</translation>
    </message>
    <message>
        <source>Enter the AccountSecret of the chosen profile</source>
        <translation>Saisir l&apos;AccountSecret du profil choisi</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>No AccountSecret is saved for this profile.</source>
        <translation>Aucun AccountSecret n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>No AccountSecret has been entered for this profile in this session.</source>
        <translation>Aucun AccountSecret n&apos;a été saisi pour ce profil pendant cette session.</translation>
    </message>
    <message>
        <source>The saved AccountSecret could not be read: %1</source>
        <translation>L&apos;AccountSecret enregistré n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret is used for this session, but could not be saved: %1</source>
        <translation>Le secret est utilisé pour cette session, mais n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No connection profile chosen. Pick one above, or add an account under Accounts…</source>
        <translation>Aucun profil de connexion choisi. Choisissez-en un ci-dessus, ou ajoutez un compte dans Comptes…</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <translation>%1 — non connecté</translation>
    </message>
    <message>
        <source>SANDBOX — starting the training server on this computer…</source>
        <translation>BAC À SABLE — démarrage du serveur de formation sur cet ordinateur…</translation>
    </message>
    <message>
        <source>SANDBOX — the training server&apos;s credentials are missing; restart NumberDesk.</source>
        <translation>BAC À SABLE — les identifiants du serveur de formation sont absents; redémarrez NumberDesk.</translation>
    </message>
    <message>
        <source>%1 — SANDBOX</source>
        <translation>%1 — BAC À SABLE</translation>
    </message>
    <message>
        <source>Production — “%1”: account %2 at %3. Requests change real customers&apos; lines.</source>
        <translation>Production — «&#xa0;%1&#xa0;»&#xa0;: compte %2 sur %3. Les demandes modifient les lignes de vrais clients.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” — reading the AccountSecret from the credential store…</source>
        <translation>«&#xa0;%1&#xa0;» — lecture de l&apos;AccountSecret dans le trousseau du système…</translation>
    </message>
    <message>
        <source>“%1” — no AccountSecret for this session: nothing can be sent until it is entered (Enter secret…).</source>
        <translation>«&#xa0;%1&#xa0;» — aucun AccountSecret pour cette session&#xa0;: rien ne peut être envoyé tant qu&apos;il n&apos;est pas saisi (Saisir le secret…).</translation>
    </message>
    <message>
        <source>%1 — %2 (not connected)</source>
        <translation>%1 — %2 (non connecté)</translation>
    </message>
    <message>
        <source>Restart sandbo&amp;x</source>
        <translation>Redé&amp;marrer le bac à sable</translation>
    </message>
    <message>
        <source>Start the training sandbox on this computer again</source>
        <translation>Redémarrer le bac à sable de formation sur cet ordinateur</translation>
    </message>
    <message>
        <source>SANDBOX — not running. %1 Nothing can be sent until it runs: click Restart sandbox, or choose an account.</source>
        <translation>BAC À SABLE — arrêté. %1 Rien ne peut être envoyé tant qu&apos;il ne tourne pas&#xa0;: cliquez sur Redémarrer le bac à sable, ou choisissez un compte.</translation>
    </message>
    <message>
        <source>%1 — SANDBOX (not running)</source>
        <translation>%1 — BAC À SABLE (arrêté)</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (cette session seulement)</translation>
    </message>
</context>
<context>
    <name>nd::ProfilesDialog</name>
    <message>
        <source>No credential store is available: secrets are kept for this session only; you will be asked again next start.</source>
        <translation>Aucun trousseau du système n&apos;est disponible&#xa0;: les secrets sont gardés pour cette session seulement; ils vous seront redemandés au prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 — built in</source>
        <translation>%1 — intégré</translation>
    </message>
    <message>
        <source>Training server on this computer; cannot be edited or removed</source>
        <translation>Serveur de formation sur cet ordinateur; ne peut être ni modifié ni supprimé</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The sandbox is built in: a training server on this computer. It cannot be edited or removed.</source>
        <translation>Le bac à sable est intégré&#xa0;: c&apos;est un serveur de formation sur cet ordinateur. Il ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>saved — type a new one to replace it</source>
        <translation>enregistré — saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>The secret is kept in this computer&apos;s credential store, never in a settings file.</source>
        <translation>Le secret est gardé dans le trousseau du système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>Kept for this session only; you will be asked again next start.</source>
        <translation>Gardé pour cette session seulement; il vous sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its saved AccountSecret from this computer? The order history keeps its records.</source>
        <translation>Supprimer de cet ordinateur le profil «&#xa0;%1&#xa0;» et son AccountSecret enregistré? L&apos;historique des commandes conserve ses enregistrements.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>%1  (active)</source>
        <extracomment>A profile in the list that the desk is using now; %1 is its name</extracomment>
        <translation>%1  (actif)</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (cette session seulement)</translation>
    </message>
    <message>
        <source>“%1” comes from the command line (--api-base): it is used for this session only, never saved, and cannot be edited or removed.</source>
        <translation>«&#xa0;%1&#xa0;» vient de la ligne de commande (--api-base)&#xa0;: il sert pour cette session seulement, n&apos;est jamais enregistré et ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session seulement</translation>
    </message>
</context>
<context>
    <name>nd::ProfilesPresenter</name>
    <message>
        <source>Enter the server&apos;s base URL.</source>
        <translation>Saisissez l&apos;URL de base du serveur.</translation>
    </message>
    <message>
        <source>The server is no longer %1: type the AccountSecret again. A saved secret is only ever sent to the server it was saved for.</source>
        <translation>Le serveur n&apos;est plus %1&#xa0;: saisissez de nouveau l&apos;AccountSecret. Un secret enregistré n&apos;est jamais envoyé qu&apos;au serveur pour lequel il a été enregistré.</translation>
    </message>
    <message>
        <source>Saved. No new secret was typed: the saved one (if any) is kept; NumberDesk asks for it when this profile is used without one.</source>
        <translation>Enregistré. Aucun nouveau secret n&apos;a été saisi&#xa0;: le secret enregistré (s&apos;il existe) est conservé; NumberDesk le demande quand ce profil est utilisé sans secret.</translation>
    </message>
    <message>
        <source>Saving the secret in the credential store…</source>
        <translation>Enregistrement du secret dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Saved. The secret is in this computer&apos;s credential store.</source>
        <translation>Enregistré. Le secret est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved. The secret is kept for this session only; you will be asked again next start.</source>
        <translation>Enregistré. Le secret est gardé pour cette session seulement; il vous sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The profile still uses its old server: the credential store did not take the secret for the new one: %1</source>
        <translation>Le profil utilise toujours son ancien serveur, car le trousseau du système n&apos;a pas accepté le secret pour le nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile was saved, but the credential store did not take the secret: %1</source>
        <translation>Le profil a été enregistré, mais le trousseau du système n&apos;a pas accepté le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>You chose not to use the credential store that refused the secret.</source>
        <translation>Vous avez choisi de ne pas utiliser le trousseau du système qui a refusé le secret.</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted from the credential store: %1</source>
        <translation>Le profil a été supprimé, mais son secret n&apos;a pas pu être effacé du trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the saved secret…</source>
        <translation>Lecture du secret enregistré…</translation>
    </message>
    <message>
        <source>The server changed while the saved secret was read: type the AccountSecret again to test this server.</source>
        <translation>Le serveur a changé pendant la lecture du secret enregistré&#xa0;: saisissez de nouveau l&apos;AccountSecret pour tester ce serveur.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile: type it above to test.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil&#xa0;: saisissez-le ci-dessus pour tester.</translation>
    </message>
    <message>
        <source>The saved secret could not be read: %1</source>
        <translation>Le secret enregistré n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Demande d&apos;un jeton à %1…</translation>
    </message>
</context>
<context>
    <name>nd::QrImageDownload</name>
    <message>
        <source>The QR code address is not a secure https address, so it was not loaded: the code would travel unencrypted. Ask Telegent support for the QR code.</source>
        <translation>L&apos;adresse du code QR n&apos;est pas une adresse https sécurisée; le code n&apos;a donc pas été chargé, car il circulerait sans chiffrement. Demandez le code QR à l&apos;assistance Telegent.</translation>
    </message>
    <message>
        <source>The QR code address did not return an image (it returned “%1”). The code cannot be shown; ask Telegent support for a new QR code.</source>
        <translation>L&apos;adresse du code QR n&apos;a pas renvoyé d&apos;image (elle a renvoyé «&#xa0;%1&#xa0;»). Le code ne peut pas être affiché; demandez un nouveau code QR à l&apos;assistance Telegent.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>The QR code image is too large (%1 MB; at most %2 MB is accepted), so it was not loaded.</source>
        <translation>L&apos;image du code QR est trop volumineuse (%1 Mo; %2 Mo au maximum); elle n&apos;a donc pas été chargée.</translation>
    </message>
    <message>
        <source>The QR code image is too large (more than %1 MB), so it was not loaded.</source>
        <translation>L&apos;image du code QR est trop volumineuse (plus de %1 Mo); elle n&apos;a donc pas été chargée.</translation>
    </message>
    <message>
        <source>The QR code image is no longer available (HTTP %1); it may have expired. Ask Telegent support to issue the QR code again.</source>
        <translation>L&apos;image du code QR n&apos;est plus disponible (HTTP %1); elle a peut-être expiré. Demandez à l&apos;assistance Telegent d&apos;émettre de nouveau le code QR.</translation>
    </message>
    <message>
        <source>The QR code address redirected to an insecure (http) address, so it was not followed.</source>
        <translation>L&apos;adresse du code QR redirigeait vers une adresse non sécurisée (http); la redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>The QR code address redirected too many times, so the image was not loaded.</source>
        <translation>L&apos;adresse du code QR a redirigé trop de fois; l&apos;image n&apos;a pas été chargée.</translation>
    </message>
    <message>
        <source>The QR code image could not be downloaded: the connection failed or timed out. Try reloading it.</source>
        <translation>L&apos;image du code QR n&apos;a pas pu être téléchargée&#xa0;: la connexion a échoué ou a expiré. Essayez de la recharger.</translation>
    </message>
    <message>
        <source>The QR code image could not be downloaded: the server answered HTTP %1.</source>
        <translation>L&apos;image du code QR n&apos;a pas pu être téléchargée&#xa0;: le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The QR code address returned data that is not a readable image. Ask Telegent support for a new QR code.</source>
        <translation>L&apos;adresse du code QR a renvoyé des données qui ne sont pas une image lisible. Demandez un nouveau code QR à l&apos;assistance Telegent.</translation>
    </message>
    <message>
        <source>The QR code address redirected to an address that is not a secure https address, so it was not followed: the code would travel unencrypted. Ask Telegent support for the QR code.</source>
        <translation>L&apos;adresse du code QR redirigeait vers une adresse qui n&apos;est pas une adresse https sécurisée; la redirection n&apos;a pas été suivie, car le code circulerait sans chiffrement. Demandez le code QR à l&apos;assistance Telegent.</translation>
    </message>
    <message>
        <source>The QR code image was not loaded because its secure connection failed (%1). Ask Telegent support for the QR code; certificate problems are never ignored.</source>
        <translation>L&apos;image du code QR n&apos;a pas été chargée, car sa connexion sécurisée a échoué (%1). Demandez le code QR à l&apos;assistance Telegent; les problèmes de certificat ne sont jamais ignorés.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>The QR code image is too large to show (%1 × %2 pixels; at most %3 × %3 is accepted), so it was not loaded. Ask Telegent support for a new QR code.</source>
        <translation>L&apos;image du code QR est trop grande pour être affichée (%1 × %2 pixels; %3 × %3 au maximum); elle n&apos;a donc pas été chargée. Demandez un nouveau code QR à l&apos;assistance Telegent.</translation>
    </message>
</context>
<context>
    <name>nd::QrImageQueue</name>
    <message>
        <source>The QR code image is too large to keep on screen (%1 decoded), so it is not shown. Ask Telegent support for a new QR code.</source>
        <translation>L&apos;image du code QR est trop volumineuse pour rester à l&apos;écran (%1 une fois décodée); elle n&apos;est donc pas affichée. Demandez un nouveau code QR à l&apos;assistance Telegent.</translation>
    </message>
</context>
<context>
    <name>nd::ResultsModel</name>
    <message>
        <source>%1, was %2</source>
        <translation>%1, auparavant %2</translation>
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
        <translation>Vérification de la commande… (prochaine vérification dans %1 s)</translation>
    </message>
    <message>
        <source>Checking the order…</source>
        <translation>Vérification de la commande…</translation>
    </message>
    <message>
        <source>Stopped checking: the order is still pending. Look it up again later.</source>
        <translation>Vérification arrêtée&#xa0;: la commande est toujours en attente. Consultez-la de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Stopped checking. The order may still complete on the server.</source>
        <translation>Vérification arrêtée. La commande peut encore aboutir sur le serveur.</translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation>Afficher le code QR…</translation>
    </message>
    <message>
        <source>Retry QR code</source>
        <translation>Réessayer le code QR</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>Copier les numéros</translation>
    </message>
    <message>
        <source>The last check failed (%1).</source>
        <translation>La dernière vérification a échoué (%1).</translation>
    </message>
    <message>
        <source>Code to type in and install links…</source>
        <translation>Code à saisir et liens d&apos;installation…</translation>
    </message>
    <message>
        <source>Copy SM-DP+ address</source>
        <translation>Copier l&apos;adresse SM-DP+</translation>
    </message>
    <message>
        <source>Copy activation code</source>
        <translation>Copier le code d&apos;activation</translation>
    </message>
    <message>
        <source>Copy whole code (LPA:…)</source>
        <translation>Copier le code complet (LPA:…)</translation>
    </message>
    <message>
        <source>Copy iPhone install link</source>
        <translation>Copier le lien d&apos;installation iPhone</translation>
    </message>
    <message>
        <source>Customer card…</source>
        <translation>Fiche client…</translation>
    </message>
    <message>
        <source>Customer cards for all numbers…</source>
        <translation>Fiches client pour tous les numéros…</translation>
    </message>
    <message>
        <source>The QR code of %1 holds no eSIM activation code: there is nothing to copy.</source>
        <translation>Le code QR de %1 ne contient aucun code d&apos;activation eSIM&#xa0;: il n&apos;y a rien à copier.</translation>
    </message>
    <message>
        <source>without an order id</source>
        <translation>sans ID de commande</translation>
    </message>
    <message>
        <source>Order %1: %2. Numbers: %3.</source>
        <comment>announced to screen readers when an answer arrives</comment>
        <translation>Commande %1&#xa0;: %2. Numéros&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Show &amp;QR code…</source>
        <translation>Afficher le code &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Retry QR code</source>
        <translation>&amp;Réessayer le code QR</translation>
    </message>
    <message>
        <source>Copy &amp;numbers</source>
        <translation>&amp;Copier les numéros</translation>
    </message>
    <message>
        <source>Customer c&amp;ards…</source>
        <translation>&amp;Fiches client…</translation>
    </message>
    <message>
        <source>Copy order &amp;id</source>
        <translation>Copier l&apos;&amp;ID de commande</translation>
    </message>
    <message>
        <source>Copy error for &amp;support ticket</source>
        <translation>Copier l&apos;&amp;erreur pour un ticket d&apos;assistance</translation>
    </message>
    <message>
        <source>S&amp;top checking the order</source>
        <translation>&amp;Arrêter la vérification de la commande</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) · %1 of %2 QR codes loaded</source>
        <extracomment>Below the results list; %Ln is how many numbers the order has, %1 and %2 how many of its QR codes are loaded, out of how many</extracomment>
        <translation>
            <numerusform>%Ln numéro · codes QR chargés&#xa0;: %1 sur %2</numerusform>
            <numerusform>%Ln numéros · codes QR chargés&#xa0;: %1 sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln numéro</numerusform>
            <numerusform>%Ln numéros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::SandboxProcess</name>
    <message numerus="yes">
        <source>The training sandbox did not report its address within %n second(s).</source>
        <translation>
            <numerusform>Le bac à sable de formation n&apos;a pas indiqué son adresse dans un délai de %n seconde.</numerusform>
            <numerusform>Le bac à sable de formation n&apos;a pas indiqué son adresse dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training sandbox is not installed: %1 was not found. Reinstall NumberDesk, or use an account instead.</source>
        <translation>Le bac à sable de formation n&apos;est pas installé&#xa0;: %1 est introuvable. Réinstallez NumberDesk, ou utilisez plutôt un compte.</translation>
    </message>
    <message>
        <source>The training sandbox started but did not report a usable address.</source>
        <translation>Le bac à sable de formation a démarré, mais n&apos;a pas indiqué d&apos;adresse utilisable.</translation>
    </message>
    <message>
        <source>The training sandbox could not be started: %1</source>
        <translation>Le bac à sable de formation n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>il s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>The training sandbox stopped unexpectedly (%1).</source>
        <translation>Le bac à sable de formation s&apos;est arrêté de façon inattendue (%1).</translation>
    </message>
    <message>
        <source>The training sandbox could not start (%1).</source>
        <translation>Le bac à sable de formation n&apos;a pas pu démarrer (%1).</translation>
    </message>
</context>
<context>
    <name>nd::ScanDialog</name>
    <message>
        <source>QR code for %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>The QR code&apos;s web address names a different activation code than the image holds. The image&apos;s code is shown, as a phone scanning it would get it; tell support.</source>
        <translation>L&apos;adresse web du code QR indique un autre code d&apos;activation que celui de l&apos;image. Le code de l&apos;image est affiché, puisque c&apos;est celui qu&apos;obtiendrait un téléphone en le scannant; prévenez l&apos;assistance.</translation>
    </message>
    <message>
        <source>The code to type in was read from the QR code&apos;s web address, not from the image.</source>
        <translation>Le code à saisir a été lu dans l&apos;adresse web du code QR, et non dans l&apos;image.</translation>
    </message>
</context>
<context>
    <name>nd::ScannableQr</name>
    <message>
        <source>This QR code could not be checked: it is shown exactly as received. If the phone does not recognise it, contact support before trying again.</source>
        <translation>Ce code QR n&apos;a pas pu être vérifié&#xa0;: il est affiché exactement tel qu&apos;il a été reçu. Si le téléphone ne le reconnaît pas, contactez l&apos;assistance avant de réessayer.</translation>
    </message>
    <message>
        <source>This QR code does not hold an eSIM activation code; the phone may not accept it.</source>
        <translation>Ce code QR ne contient pas de code d&apos;activation eSIM; le téléphone risque de ne pas l&apos;accepter.</translation>
    </message>
</context>
<context>
    <name>nd::StatusChangeForm</name>
    <message>
        <source>Sending… Wait for the answer, or abandon waiting (Esc).</source>
        <translation>Envoi en cours… Attendez la réponse, ou abandonnez l&apos;attente (Esc).</translation>
    </message>
    <message>
        <source>Ready to send; look at the warnings first.</source>
        <translation>Prêt pour l&apos;envoi; lisez d&apos;abord les avertissements.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Numbers to send: %1</source>
        <translation>Numéros à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Numbers ready: %1 (fix the others to send)</source>
        <translation>Numéros prêts&#xa0;: %1 (corrigez les autres pour pouvoir envoyer)</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected rows</source>
        <translation>&amp;Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>When the change takes effect, %1; today by default. A past date must be confirmed before sending</source>
        <extracomment>%1 is the order of the date&apos;s fields in words, e.g. &quot;month/day/year&quot;.</extracomment>
        <translation>Date à laquelle le changement prend effet, au format %1; aujourd&apos;hui par défaut. Une date passée doit être confirmée avant l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>nd::StatusChangeSession</name>
    <message>
        <source>%1 — the change may have been made: check the numbers before sending again.</source>
        <translation>%1 — le changement a peut-être été effectué&#xa0;: vérifiez les numéros avant de renvoyer la demande.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: the previous request has not finished yet.</source>
        <translation>Non envoyée&#xa0;: la demande précédente n&apos;est pas encore terminée.</translation>
    </message>
    <message>
        <source>No connection is set up.</source>
        <translation>Aucune connexion n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyée.</translation>
    </message>
    <message>
        <source>The order journal is not open, so nothing is sent: every request must be recorded before it leaves. Use File → Open the order journal again.</source>
        <translation>Le journal des commandes n&apos;est pas ouvert, donc rien n&apos;est envoyé&#xa0;: chaque demande doit être consignée avant de partir. Utilisez Fichier → Rouvrir le journal des commandes.</translation>
    </message>
    <message>
        <source>Not sent: the order journal could not record an earlier answer. Read the message at the top of the window and confirm it first.</source>
        <translation>Non envoyée&#xa0;: le journal des commandes n&apos;a pas pu consigner une réponse antérieure. Lisez d&apos;abord le message en haut de la fenêtre et confirmez-le.</translation>
    </message>
    <message>
        <source>Checked by the agent before sending again to these numbers.</source>
        <translation>Vérifié par l&apos;agent avant de renvoyer à ces numéros.</translation>
    </message>
    <message>
        <source>Sending %1 to %3 (numbers: %2)…</source>
        <translation>Envoi de «&#xa0;%1&#xa0;» à %3 (numéros&#xa0;: %2)…</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped checking: the connection changed to another account. Look the order up again from History.</source>
        <translation>Vérification arrêtée&#xa0;: la connexion est passée à un autre compte. Consultez de nouveau la commande depuis l&apos;Historique.</translation>
    </message>
    <message>
        <source>The team journal %1 cannot be reached. NumberDesk sends nothing until it can record it there.</source>
        <translation>Le journal d&apos;équipe %1 est inaccessible. NumberDesk n&apos;envoie rien tant qu&apos;il ne peut pas l&apos;y enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) that arrived meanwhile are kept and will be written when it is back.</source>
        <translation>
            <numerusform>%n réponse arrivée entre-temps est gardée et sera écrite à son retour.</numerusform>
            <numerusform>%n réponses arrivées entre-temps sont gardées et seront écrites à son retour.</numerusform>
        </translation>
    </message>
    <message>
        <source>the last request</source>
        <translation>les numéros de la dernière demande</translation>
    </message>
    <message>
        <source>The server answered the request for %1. %2. The change may have been made: until you have checked these numbers, NumberDesk treats them as unresolved and asks before sending to them again.</source>
        <translation>Le serveur a répondu à la demande concernant %1. %2. Le changement a peut-être été effectué&#xa0;: tant que vous n&apos;avez pas vérifié ces numéros, NumberDesk les considère comme non résolus et demande confirmation avant de leur envoyer une nouvelle demande.</translation>
    </message>
    <message>
        <source>Not sent: the connection changed to %1 while you were confirming. Check the request and send it again.</source>
        <translation>Non envoyé : la connexion est passée à %1 pendant que vous confirmiez. Vérifiez la demande et renvoyez-la.</translation>
    </message>
</context>
<context>
    <name>nd::TeamServer</name>
    <message>
        <source>Enter the team journal&apos;s server (host name or address).</source>
        <translation>Saisissez le serveur du journal d&apos;équipe (nom d&apos;hôte ou adresse).</translation>
    </message>
    <message>
        <source>The team journal&apos;s port must be between 1 and 65535.</source>
        <translation>Le port du journal d&apos;équipe doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the team journal&apos;s database name.</source>
        <translation>Saisissez le nom de la base de données du journal d&apos;équipe.</translation>
    </message>
    <message>
        <source>Enter the user name NumberDesk signs in to the team journal with.</source>
        <translation>Saisissez le nom d&apos;utilisateur sous lequel NumberDesk se connecte au journal d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team journal is on another computer: its connection must be encrypted and its certificate checked (verify-full). Turning TLS off is only allowed for a server on this computer.</source>
        <translation>Le journal d&apos;équipe est sur un autre ordinateur : sa connexion doit être chiffrée et son certificat vérifié (verify-full). Désactiver TLS n&apos;est permis que pour un serveur sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>nd::UnresolvedRequests</name>
    <message>
        <source>another NumberDesk</source>
        <translation>un autre NumberDesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>• %1, in flight on %2 since %3: %4 — it cannot be sent to until that request has its answer</source>
        <extracomment>%1 change type, %2 the computer (and agent), %3 date and time, %4 numbers.</extracomment>
        <translation>• %1, en cours sur %2 depuis %3 : %4 — rien ne peut leur être envoyé avant la réponse à cette demande</translation>
    </message>
    <message>
        <source>• %1, sent %2: %3</source>
        <translation>• %1, envoyé le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>• %1, sent %2 on %3 by %4: %5</source>
        <extracomment>%1 change type, %2 date and time, %3 computer, %4 agent, %5 numbers.</extracomment>
        <translation>• %1, envoyée %2 sur %3 par %4 : %5</translation>
    </message>
</context>
<context>
    <name>nd::journal</name>
    <message>
        <source>this NumberDesk has no PostgreSQL driver (Qt&apos;s QPSQL plugin)</source>
        <translation>ce NumberDesk n&apos;a pas de pilote PostgreSQL (le module QPSQL de Qt)</translation>
    </message>
</context>
<context>
    <name>nd::results::ResultsTexts</name>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>The change may have happened even though no proper answer arrived. Check the numbers (or look the order up) before sending it again, so it is not carried out twice.</source>
        <translation>Le changement a peut-être eu lieu même si aucune réponse valable n&apos;est arrivée. Vérifiez les numéros (ou consultez la commande) avant de le renvoyer, pour qu&apos;il ne soit pas exécuté deux fois.</translation>
    </message>
    <message>
        <source>NumberDesk error: %1</source>
        <translation>Erreur NumberDesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>ID de trace&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun fourni)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was sent; the server may have carried it out.</source>
        <translation>La demande a été envoyée; le serveur l&apos;a peut-être exécutée.</translation>
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
