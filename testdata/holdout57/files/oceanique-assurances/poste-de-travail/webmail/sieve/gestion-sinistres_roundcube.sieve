require ["fileinto","vacation","date","relational","imap4flags","envelope","variables","copy","subaddress"];
# Généré par Roundcube managesieve (filtres de la boîte partagée « Gestion sinistres Bretagne »)
# Dernière modification : 2026-12-01 17:42 — ticket SUP-MSG-5512 (message d'absence des fêtes)

# rule:[Indésirables]
if header :contains "X-Spam-Flag" "YES"
{
	fileinto "Junk";
	stop;
}
# rule:[Experts - rapports]
if allof (address :domain :is "from" ["cabinet-expertise-armor.fr", "experts-ouest-auto.fr"], header :contains "subject" ["Rapport", "Expertise"])
{
	fileinto "INBOX.Experts";
	addflag "\\Flagged";
}
# rule:[Garages partenaires]
if address :domain :is "from" ["garage-kerbrat.fr", "carrosserie-le-goff.fr", "atelier-penfeld.bzh"]
{
	fileinto "INBOX.Garages";
}
# rule:[Notifications plateforme]
if allof (header :is "Auto-Submitted" "auto-generated", header :contains "List-Id" "sinistres-notifications")
{
	fileinto "INBOX.Notifications";
	setflag "\\Seen";
}
# rule:[Absence fêtes de fin d'année]
if allof (currentdate :value "ge" "date" "2026-12-24", currentdate :value "le" "date" "2027-01-02")
{
	vacation :days 7 :subject "Absence – Gestion sinistres Bretagne / Out of office" "Bonjour,

Le service Gestion sinistres Bretagne est fermé du 24 décembre 2026 au 2 janvier 2027 inclus.
Votre message sera traité à notre retour. Pour déclarer un sinistre urgent, utilisez l'espace client
(rubrique « Déclarer un sinistre ») ou l'application mobile Océanique.

Merci de ne pas nous envoyer de RIB, de copie de pièce d'identité ou de données de santé par e-mail :
utilisez le dépôt sécurisé de l'espace client.

Hello, our claims office is closed from 24 December to 2 January. Please use the customer area for urgent claims.

Océanique Assurances";
}
# rule:[Copie archivage]
if envelope :detail "to" "archive"
{
	fileinto :copy "Archives.2026";
}
