<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduNode</source>
        <translation>À propos d’EduNode</translation>
    </message>
    <message>
        <source>EduNode {version}</source>
        <translation>EduNode {version}</translation>
    </message>
    <message>
        <source>School records that stay on the school&apos;s own PCs and sync between them, with or without the internet.</source>
        <translation>Des dossiers scolaires qui restent sur les ordinateurs de l’école et se synchronisent entre eux, avec ou sans internet.</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Les autres administrateurs comparent cet identifiant quand ils se lient à ce PC.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>Ce PC :</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>Identifiant du nœud :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python :</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
    <message>
        <source>EduNode is built with these libraries:</source>
        <translation>EduNode est construit avec ces bibliothèques :</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Node created</source>
        <translation>Nœud créé</translation>
    </message>
    <message>
        <source>PC renamed</source>
        <translation>PC renommé</translation>
    </message>
    <message>
        <source>Link request received</source>
        <translation>Demande de liaison reçue</translation>
    </message>
    <message>
        <source>Link request sent</source>
        <translation>Demande de liaison envoyée</translation>
    </message>
    <message>
        <source>Link approved</source>
        <translation>Liaison approuvée</translation>
    </message>
    <message>
        <source>Link refused</source>
        <translation>Liaison refusée</translation>
    </message>
    <message>
        <source>PC blocked</source>
        <translation>PC bloqué</translation>
    </message>
    <message>
        <source>PC unblocked</source>
        <translation>PC débloqué</translation>
    </message>
    <message>
        <source>Link revoked</source>
        <translation>Liaison révoquée</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Modifications rejetées</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Admin PIN changed</source>
        <translation>PIN administrateur modifié</translation>
    </message>
    <message>
        <source>Wrong admin PIN</source>
        <translation>PIN administrateur erroné</translation>
    </message>
    <message>
        <source>PC joined the school</source>
        <translation>PC ajouté à l’école</translation>
    </message>
    <message>
        <source>PC removed from the school</source>
        <translation>PC retiré de l’école</translation>
    </message>
    <message>
        <source>Joined a school</source>
        <translation>École rejointe</translation>
    </message>
    <message>
        <source>Course maintainer added</source>
        <translation>Responsable de cours ajouté</translation>
    </message>
    <message>
        <source>Course maintainer removed</source>
        <translation>Mainteneur du cours retiré</translation>
    </message>
    <message>
        <source>Course adapted</source>
        <translation>Cours adapté</translation>
    </message>
    <message>
        <source>Update taken from an original course</source>
        <translation>Mise à jour reprise d&apos;un cours d&apos;origine</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Record bundle imported</source>
        <translation>Dossier scolaire importé</translation>
    </message>
    <message>
        <source>Record bundle exported</source>
        <translation>Dossier scolaire exporté</translation>
    </message>
    <message>
        <source>Learner&apos;s record purged</source>
        <translation>Dossier d’un apprenant purgé</translation>
    </message>
    <message>
        <source>School data exported</source>
        <translation>Données de l’école exportées</translation>
    </message>
    <message>
        <source>Introduction written to USB</source>
        <translation>Présentation écrite sur la clé USB</translation>
    </message>
    <message>
        <source>USB package written</source>
        <translation>Paquet USB écrit</translation>
    </message>
    <message>
        <source>USB package imported</source>
        <translation>Paquet USB importé</translation>
    </message>
    <message>
        <source>USB package refused</source>
        <translation>Paquet USB refusé</translation>
    </message>
    <message>
        <source>Link request expired</source>
        <translation>Demande de liaison expirée</translation>
    </message>
    <message>
        <source>Records repaired</source>
        <translation>Dossiers réparés</translation>
    </message>
    <message>
        <source>Need posted</source>
        <translation>Besoin publié</translation>
    </message>
    <message>
        <source>Offer posted</source>
        <translation>Offre publiée</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>Fonds créé</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>Contribution enregistrée</translation>
    </message>
    <message>
        <source>Allocation proposed</source>
        <translation>Attribution proposée</translation>
    </message>
    <message>
        <source>Allocation approved</source>
        <translation>Attribution approuvée</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Automatic backups changed</source>
        <translation>Sauvegardes automatiques modifiées</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restauré depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Took the place of the backed-up PC</source>
        <translation>A pris la place du PC sauvegardé</translation>
    </message>
    <message>
        <source>Backup sent to the archive</source>
        <translation>Sauvegarde envoyée à l&apos;archive</translation>
    </message>
    <message>
        <source>A school&apos;s backup kept</source>
        <translation>Sauvegarde d&apos;une école conservée</translation>
    </message>
    <message>
        <source>A school&apos;s backup sent back</source>
        <translation>Sauvegarde d&apos;une école renvoyée</translation>
    </message>
    <message>
        <source>PC allowed to fetch a school&apos;s backups</source>
        <translation>PC autorisé à récupérer les sauvegardes d&apos;une école</translation>
    </message>
    <message>
        <source>Community summary published</source>
        <translation>Résumé communautaire publié</translation>
    </message>
    <message>
        <source>Community summary not published</source>
        <translation>Résumé communautaire non publié</translation>
    </message>
    <message>
        <source>Course created</source>
        <translation>Cours créé</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>Détails du cours modifiés</translation>
    </message>
    <message>
        <source>Lessons changed</source>
        <translation>Leçons modifiées</translation>
    </message>
    <message>
        <source>Course maintainers changed</source>
        <translation>Responsables du cours modifiés</translation>
    </message>
    <message>
        <source>Learner added</source>
        <translation>Apprenant ajouté</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Résultat enregistré</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Présence enregistrée</translation>
    </message>
    <message>
        <source>Progress recorded</source>
        <translation>Progression enregistrée</translation>
    </message>
    <message>
        <source>Enrolment changed</source>
        <translation>Inscription modifiée</translation>
    </message>
    <message>
        <source>Learner details changed</source>
        <translation>Détails de l’apprenant modifiés</translation>
    </message>
    <message>
        <source>Learner record changed</source>
        <translation>Dossier de l’apprenant modifié</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>leçons</translation>
    </message>
    <message>
        <source>maintainers</source>
        <translation>responsables</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progression</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>inscriptions</translation>
    </message>
    <message>
        <source>record</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Teaching activity</source>
        <translation>Activité pédagogique</translation>
    </message>
    <message>
        <source>Courses and lessons</source>
        <translation>Cours et leçons</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Registers and attendance</source>
        <translation>Appels et présence</translation>
    </message>
    <message>
        <source>Link requests</source>
        <translation>Demandes de liaison</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Refusals and blocks</source>
        <translation>Refus et blocages</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Révocations</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Modifications rejetées</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>Importations et exportations</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Sauvegardes et restaurations</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN administrateur</translation>
    </message>
    <message>
        <source>School membership</source>
        <translation>Appartenance à l’école</translation>
    </message>
    <message>
        <source>Needs, offers and funds</source>
        <translation>Besoins, offres et fonds</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Type d’activité</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>On any PC</source>
        <translation>Sur n’importe quel PC</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>Sur ce PC</translation>
    </message>
    <message>
        <source>Received from other PCs</source>
        <translation>Reçu d’autres PC</translation>
    </message>
    <message>
        <source>Filter by text (a name, a school, a reason…)</source>
        <translation>Filtrer par texte (un nom, une école, un motif…)</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrer l’activité</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>a course</source>
        <translation>un cours</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un apprenant</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {parts} (%n changes)</source>
        <translation>
            <numerusform>{title} : {parts} (%n modification)</numerusform>
            <numerusform>{title} : {parts} (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>received from {pc}</source>
        <translation>reçu de {pc}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries</source>
        <translation>
            <numerusform>{shown} sur %n entrée</numerusform>
            <numerusform>{shown} sur %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptDialog</name>
    <message>
        <source>Adapt a course</source>
        <translation>Adapter un cours</translation>
    </message>
    <message>
        <source>Make a course of this school from “{course}”: its modules and lessons are copied, and the original is named as the source. Title of the new course:</source>
        <translation>Faire un cours de cette école à partir de « {course} » : ses modules et ses leçons sont copiés, et l&apos;original est cité comme source. Titre du nouveau cours :</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>titre du cours</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Partager ce cours avec les autres écoles de la communauté</translation>
    </message>
    <message>
        <source>&amp;Adapt</source>
        <translation>&amp;Adapter</translation>
    </message>
</context>
<context>
    <name>AdaptedNotice</name>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>&amp;Voir les changements…</translation>
    </message>
    <message>
        <source>See what changed in the original course and take it, lesson by lesson</source>
        <translation>Voir ce qui a changé dans le cours d&apos;origine et le reprendre, leçon par leçon</translation>
    </message>
    <message>
        <source>Adapted from “{course}” by {school}</source>
        <translation>Adapté de « {course} » de {school}</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons changed in the original course</source>
        <translation>
            <numerusform>%n leçon a changé dans le cours d&apos;origine</numerusform>
            <numerusform>%n leçons ont changé dans le cours d&apos;origine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unlock EduNode</source>
        <translation>Déverrouiller EduNode</translation>
    </message>
    <message>
        <source>This PC&apos;s key is protected. Passphrase:</source>
        <translation>La clé de ce PC est protégée. Phrase secrète :</translation>
    </message>
    <message>
        <source>Starting the network…</source>
        <translation>Démarrage du réseau…</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Day of the attendance</source>
        <translation>Jour de la présence</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Enregistrer la présence</translation>
    </message>
    <message>
        <source>Record attendance for a day</source>
        <translation>Enregistrer la présence d’un jour</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message numerus="yes">
        <source>Present {present} of %n recorded days ({rate})</source>
        <translation>
            <numerusform>Présent {present} sur %n jour enregistré ({rate})</numerusform>
            <numerusform>Présent {present} sur %n jours enregistrés ({rate})</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Aucune présence enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>Présence enregistrée.</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Set up backups</source>
        <translation>Configurer</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>EduNode writes one encrypted file with all of this PC&apos;s records, settings and keys. Nobody can open it without the passphrase, not even EduNode: write the passphrase down and keep it apart from the stick.</source>
        <translation>EduNode écrit un seul fichier chiffré avec tous les dossiers, réglages et clés de ce PC. Personne ne peut l’ouvrir sans la phrase secrète, pas même EduNode : notez la phrase secrète et gardez-la à l’écart de la clé USB.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Dossier de la sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète des sauvegardes</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Phrase secrète des sauvegardes, à nouveau</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>À nouv&amp;eau :</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN administrateur</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>P&amp;IN administrateur :</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Attendez {seconds} s</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with all of this PC&apos;s records, settings and keys. Keep it on a USB stick or a second disk, away from this PC. If the PC breaks, the backup and its passphrase bring everything back on a new PC.</source>
        <translation>Une sauvegarde est un seul fichier chiffré avec tous les dossiers, réglages et clés de ce PC. Gardez-la sur une clé USB ou un second disque, loin de ce PC. Si le PC tombe en panne, la sauvegarde et sa phrase secrète ramènent tout sur un nouveau PC.</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Dernière sauvegarde :</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Sauvegardes automatiques :</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Sa&amp;uvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write a backup now (admin PIN and a passphrase)</source>
        <translation>Écrire une sauvegarde maintenant (PIN administrateur et phrase secrète)</translation>
    </message>
    <message>
        <source>Automatic backups while EduNode runs</source>
        <translation>Sauvegardes automatiques pendant qu’EduNode tourne</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a second disk</source>
        <translation>Un dossier sur une clé USB ou un second disque</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>À quelle fréquence</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Nombre de sauvegardes à garder</translation>
    </message>
    <message>
        <source>of this PC&apos;s newest backups; older ones are deleted</source>
        <translation>des sauvegardes les plus récentes de ce PC ; les plus anciennes sont supprimées</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Garder :</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète des sauvegardes</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Phrase secrète des sauvegardes, à nouveau</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Phrase secrète à &amp;nouveau :</translation>
    </message>
    <message>
        <source>At least 8 characters. Whoever restores a backup needs this passphrase, and nobody can recover it, not even EduNode: write it down and keep it somewhere safe, apart from the stick.</source>
        <translation>Au moins 8 caractères. Qui restaure une sauvegarde a besoin de cette phrase secrète, et personne ne peut la retrouver, pas même EduNode : notez-la et gardez-la en lieu sûr, à l’écart de la clé USB.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN administrateur</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>P&amp;IN administrateur :</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Stop the automatic backups (the files stay)</source>
        <translation>Arrêter les sauvegardes automatiques (les fichiers restent)</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>&amp;Enregistrer les réglages de sauvegarde</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>Tous les {days} jours</translation>
    </message>
    <message>
        <source>Every {hours} hours</source>
        <translation>Toutes les {hours} heures</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>(%n days ago)</source>
        <translation>
            <numerusform>(il y a %n jour)</numerusform>
            <numerusform>(il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Off. Choose a folder and a passphrase below.</source>
        <translation>Désactivées. Choisissez un dossier et une phrase secrète ci-dessous.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. The next one is due now.</source>
        <translation>{every}, dans {folder}. La prochaine est due maintenant.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. Next: {when}.</source>
        <translation>{every}, dans {folder}. Prochaine : {when}.</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>La dernière sauvegarde automatique a échoué : {reason}</translation>
    </message>
    <message>
        <source>Please type the admin PIN.</source>
        <translation>Veuillez taper le PIN administrateur.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation>Choisir un dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>Automatic backups are on: {every}, to {folder}.</source>
        <translation>Les sauvegardes automatiques sont activées : {every}, dans {folder}.</translation>
    </message>
    <message>
        <source>Turn off automatic backups</source>
        <translation>Désactiver les sauvegardes automatiques</translation>
    </message>
    <message>
        <source>EduNode stops making backups by itself and forgets the passphrase. The backups already made stay where they are.</source>
        <translation>EduNode cesse de faire des sauvegardes tout seul et oublie la phrase secrète. Les sauvegardes déjà faites restent où elles sont.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Les sauvegardes automatiques sont désactivées.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Writing the encrypted backup to {folder}…</source>
        <translation>Écriture de la sauvegarde chiffrée dans {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} MB</source>
        <translation>{done} sur {total} Mo</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>BundleSummaryDialog</name>
    <message>
        <source>This bundle does not give {name}&apos;s record to another school (an older EduNode made it): ask {school} for a new one.</source>
        <translation>Ce dossier ne confie le dossier de {name} à aucune autre école (une ancienne version d’EduNode l’a créé) : demandez-en un nouveau à {school}.</translation>
    </message>
    <message>
        <source>This bundle was given by this school: it is for the school the learner moves to.</source>
        <translation>Ce dossier a été délivré par cette école : il est destiné à l’école où l’apprenant part.</translation>
    </message>
    <message>
        <source>This bundle gives {name} to {school}, not to this school: ask for a bundle made out to this one, or an open one.</source>
        <translation>Ce dossier confie {name} à {school}, pas à cette école : demandez un dossier établi pour celle-ci, ou un dossier ouvert.</translation>
    </message>
    <message>
        <source>The record bundle of {name} (born {year}) from {school} checks out:</source>
        <translation>Le dossier scolaire de {name} (né·e en {year}) venant de {school} est authentique :</translation>
    </message>
    <message>
        <source>The record bundle of {name} from {school} checks out:</source>
        <translation>Le dossier scolaire de {name} venant de {school} est authentique :</translation>
    </message>
    <message numerus="yes">
        <source>{course}: %n results</source>
        <translation>
            <numerusform>{course} : %n résultat</numerusform>
            <numerusform>{course} : %n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody (an older bundle)</source>
        <translation>personne (un ancien dossier)</translation>
    </message>
    <message>
        <source>any school (an open record bundle: the first school to import it)</source>
        <translation>n’importe quelle école (un dossier ouvert : la première école qui l’importe)</translation>
    </message>
    <message>
        <source>this school</source>
        <translation>cette école</translation>
    </message>
    <message>
        <source>{school}, on {date}</source>
        <translation>{school}, le {date}</translation>
    </message>
    <message>
        <source>From: {school} (school ID {id})</source>
        <translation>De : {school} (identifiant de l’école {id})</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Émis le : {date}</translation>
    </message>
    <message>
        <source>Courses: {courses}</source>
        <translation>Cours : {courses}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Results: {results} · Days of attendance: {days}</source>
        <translation>Résultats : {results} · Jours de présence : {days}</translation>
    </message>
    <message>
        <source>Released to: {school}</source>
        <translation>Confié à : {school}</translation>
    </message>
    <message>
        <source>Fingerprint (as on the printed transcript):</source>
        <translation>Empreinte (comme sur le relevé imprimé) :</translation>
    </message>
    <message>
        <source>Proofs:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>Its signatures and every change in it check out: a PC of that school made them. Whether the school is who it says is your call: compare its school ID with the one the old school gives you by phone.</source>
        <translation>Ses signatures et chacune de ses modifications sont authentiques : un PC de cette école les a faites. C’est à vous de juger si l’école est bien celle qu’elle prétend être : comparez son identifiant avec celui que l’ancienne école vous donne par téléphone.</translation>
    </message>
    <message>
        <source>Import continues {name}&apos;s record at this school: the same learner, with every record the old school wrote. The admin PIN is asked next.</source>
        <translation>L’import poursuit le dossier de {name} dans cette école : le même apprenant, avec tout ce que l’ancienne école a enregistré. Le PIN administrateur est demandé ensuite.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Importer un dossier scolaire</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n rows have a problem (in red).</source>
        <translation>
            <numerusform>{file} : %n ligne a un problème (en rouge).</numerusform>
            <numerusform>{file} : %n lignes ont un problème (en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until every row is right: correct the file and choose it again.</source>
        <translation>Rien ne sera importé tant que chaque ligne n’est pas correcte : corrigez le fichier et choisissez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n learners to add. Check them, then press Import.</source>
        <translation>
            <numerusform>{file} : %n apprenant à ajouter. Vérifiez, puis appuyez sur Importer.</numerusform>
            <numerusform>{file} : %n apprenants à ajouter. Vérifiez-les, puis appuyez sur Importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Class list preview</source>
        <translation>Aperçu de la liste de classe</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No course (add them only)</source>
        <translation>Aucun cours (seulement les ajouter)</translation>
    </message>
    <message>
        <source>Also enrol them in this course</source>
        <translation>Les inscrire aussi à ce cours</translation>
    </message>
    <message>
        <source>Also enrol them in:</source>
        <translation>Les inscrire aussi à :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>This PC is not in a school yet. Choose a PC of your school under “Found on the network” and ask to join its school; its admin approves with their PIN.</source>
        <translation>Ce PC ne fait encore partie d’aucune école. Choisissez un PC de votre école sous « Trouvés sur le réseau » et demandez à rejoindre son école ; son administrateur approuve avec son PIN.</translation>
    </message>
    <message>
        <source>Link requests waiting for you</source>
        <translation>Demandes de liaison en attente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>No link request is waiting.</source>
        <translation>Aucune demande de liaison en attente.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <source>Refuse and ignore every later request from this PC</source>
        <translation>Refuser et ignorer toutes les demandes suivantes de ce PC</translation>
    </message>
    <message>
        <source>Linked PCs</source>
        <translation>PC liés</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>No PC is linked yet. Approve a request above, or ask a PC found on the network.</source>
        <translation>Aucun PC n’est encore lié. Approuvez une demande ci-dessus, ou adressez-vous à un PC trouvé sur le réseau.</translation>
    </message>
    <message>
        <source>Received and Sent count changes; Rejected counts changes refused as invalid</source>
        <translation>Reçues et Envoyées comptent les modifications ; Rejetées compte celles refusées comme invalides</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Connect to every linked PC that can be reached and exchange changes now</source>
        <translation>Se connecter maintenant à chaque PC lié joignable et échanger les modifications</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Found on the network</source>
        <translation>Trouvés sur le réseau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No other EduNode PC found yet.</source>
        <translation>Aucun autre PC EduNode trouvé pour l’instant.</translation>
    </message>
    <message>
        <source>Ask to &amp;link</source>
        <translation>Demander une &amp;liaison</translation>
    </message>
    <message>
        <source>Ask to &amp;join its school</source>
        <translation>Demander à re&amp;joindre son école</translation>
    </message>
    <message>
        <source>&amp;Introduce this PC…</source>
        <translation>&amp;Présenter ce PC…</translation>
    </message>
    <message>
        <source>&amp;Write packages…</source>
        <translation>É&amp;crire les paquets…</translation>
    </message>
    <message>
        <source>Rea&amp;d from stick…</source>
        <translation>&amp;Lire depuis la clé…</translation>
    </message>
    <message>
        <source>Refused, blocked and revoked</source>
        <translation>Refusés, bloqués et révoqués</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Approve a&amp;gain…</source>
        <translation>Approuver à &amp;nouveau…</translation>
    </message>
    <message>
        <source>Sync with {name} keeps failing: {problem}.</source>
        <translation>La synchronisation avec {name} échoue sans cesse : {problem}.</translation>
    </message>
    <message>
        <source> Next try in {s} s.</source>
        <translation> Nouvel essai dans {s} s.</translation>
    </message>
    <message>
        <source>Community peer</source>
        <translation>Partenaire de la communauté</translation>
    </message>
    <message>
        <source>Member of this school</source>
        <translation>Membre de cette école</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Request sent, waiting for their admin</source>
        <translation>Demande envoyée, en attente de leur administrateur</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>(no school yet)</source>
        <translation>(pas encore d’école)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n link requests were dropped: too many were waiting, or newer ones from the same address replaced them (last: {when}). If a PC you expect is not listed, ask it to send its request again.</source>
        <translation>
            <numerusform>%n demande de liaison a été abandonnée : trop de demandes attendaient, ou une plus récente venant de la même adresse l’a remplacée (dernière : {when}). Si un PC attendu n’apparaît pas, demandez-lui d’envoyer à nouveau sa demande.</numerusform>
            <numerusform>%n demandes de liaison ont été abandonnées : trop de demandes attendaient, ou de plus récentes venant de la même adresse les ont remplacées (dernière : {when}). Si un PC attendu n’apparaît pas, demandez-lui d’envoyer à nouveau sa demande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node ID {id}</source>
        <translation>Identifiant du nœud {id}</translation>
    </message>
    <message>
        <source>The network service is not running on this PC.</source>
        <translation>Le service réseau ne fonctionne pas sur ce PC.</translation>
    </message>
    <message>
        <source>Approve the link</source>
        <translation>Approuver la liaison</translation>
    </message>
    <message>
        <source>Link with “{name}” ({school})? First check that its screen shows the same verification code. A member of this school also receives the learner records.</source>
        <translation>Se lier à « {name} » ({school}) ? Vérifiez d’abord que son écran affiche le même code de vérification. Un membre de cette école reçoit aussi les dossiers des apprenants.</translation>
    </message>
    <message>
        <source>no school yet</source>
        <translation>pas encore d’école</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Linked with {name}.</source>
        <translation>Lié à {name}.</translation>
    </message>
    <message>
        <source>Refuse “{name}” and ignore its requests from now on?</source>
        <translation>Refuser « {name} » et ignorer désormais ses demandes ?</translation>
    </message>
    <message>
        <source>Refuse the link request from “{name}”? It may ask again later.</source>
        <translation>Refuser la demande de liaison de « {name} » ? Il pourra redemander plus tard.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>{name} blocked.</source>
        <translation>{name} est bloqué.</translation>
    </message>
    <message>
        <source>Request from {name} refused.</source>
        <translation>Demande de {name} refusée.</translation>
    </message>
    <message>
        <source>Revoke the link</source>
        <translation>Révoquer la liaison</translation>
    </message>
    <message>
        <source>Stop all exchange with “{name}” now? What it already received stays there. A PC of this school is also removed from the school.</source>
        <translation>Arrêter dès maintenant tout échange avec « {name} » ? Ce qu’il a déjà reçu y reste. Un PC de cette école est aussi retiré de l’école.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Link with {name} revoked.</source>
        <translation>Liaison avec {name} révoquée.</translation>
    </message>
    <message>
        <source>Syncing with every linked PC that can be reached. Progress shows below.</source>
        <translation>Synchronisation avec chaque PC lié joignable. La progression s’affiche ci-dessous.</translation>
    </message>
    <message>
        <source>Join a school</source>
        <translation>Rejoindre une école</translation>
    </message>
    <message>
        <source>Ask “{name}” to let this PC join its school “{school}”?</source>
        <translation>Demander à « {name} » que ce PC rejoigne son école « {school} » ?</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Demander à rejoindre</translation>
    </message>
    <message>
        <source>Request sent to {name}. Its admin should see the verification code {code}; approve it here too when it appears.</source>
        <translation>Demande envoyée à {name}. Son administrateur devrait voir le code de vérification {code} ; approuvez-la aussi ici quand elle apparaît.</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>Course shown in the chart</source>
        <translation>Cours affiché dans le graphique</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publier maintenant</translation>
    </message>
    <message>
        <source>Publish this school&apos;s summary now: its totals per shared course (they are also sent once a day while EduNode runs)</source>
        <translation>Publier maintenant le résumé de cette école : ses totaux par cours partagé (ils sont aussi envoyés une fois par jour tant qu&apos;EduNode tourne)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphique :</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Résultat moyen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Figures per course and school</source>
        <translation>Chiffres par cours et par école</translation>
    </message>
    <message>
        <source>Chart of the schools&apos; figures for one course</source>
        <translation>Graphique des chiffres des écoles pour un cours</translation>
    </message>
    <message>
        <source>Each school publishes totals per shared course, only for groups of at least 5 learners (a smaller group shows as “fewer than 5”): no learner&apos;s name, ID, birth year or own figure leaves a school.</source>
        <translation>Chaque école publie des totaux par cours partagé, seulement pour les groupes d&apos;au moins 5 apprenants (un groupe plus petit apparaît comme « moins de 5 ») : aucun nom, identifiant, année de naissance ni chiffre propre d&apos;un apprenant ne quitte une école.</translation>
    </message>
    <message>
        <source>This school&apos;s summary was published ({n} shared courses).</source>
        <translation>Le résumé de cette école a été publié ({n} cours partagés).</translation>
    </message>
    <message numerus="yes">
        <source>%n schools</source>
        <translation>
            <numerusform>%n école</numerusform>
            <numerusform>%n écoles</numerusform>
        </translation>
    </message>
    <message>
        <source>this school&apos;s summary published {day}</source>
        <translation>résumé de cette école publié le {day}</translation>
    </message>
    <message>
        <source>this school has not published a summary yet</source>
        <translation>cette école n&apos;a pas encore publié de résumé</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>moins de 5</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Achèvement %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Résultat moyen %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Présence %</translation>
    </message>
    <message>
        <source>fewer than 5 learners</source>
        <translation>moins de 5 apprenants</translation>
    </message>
    <message>
        <source>No community summary yet: schools publish theirs once a day while EduNode runs, and they arrive with the shared courses.</source>
        <translation>Aucun résumé communautaire pour l&apos;instant : les écoles publient le leur une fois par jour tant qu&apos;EduNode tourne, et ils arrivent avec les cours partagés.</translation>
    </message>
    <message>
        <source>Export the community comparison</source>
        <translation>Exporter la comparaison entre écoles</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparison saved to {path}.</source>
        <translation>Comparaison enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Enregistrer les détails</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>‹ All courses</source>
        <translation>‹ Tous les cours</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Retour à la liste des cours (Échap)</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Lecture seule : ce cours est géré par une autre école.</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Une autre école</translation>
    </message>
    <message>
        <source>&amp;Invite a school…</source>
        <translation>&amp;Inviter une école…</translation>
    </message>
    <message>
        <source>Let the chosen school&apos;s PCs edit this course too (admin PIN)</source>
        <translation>Permettre aux ordinateurs de l’école choisie de modifier aussi ce cours (code PIN d’administration)</translation>
    </message>
    <message>
        <source>Stop &amp;sharing…</source>
        <translation>Arrêter le &amp;partage…</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Modules et leçons</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Ajouter un &amp;module</translation>
    </message>
    <message>
        <source>Add &amp;lesson</source>
        <translation>Ajouter une &amp;leçon</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Shared with the community</source>
        <translation>Partagé avec la communauté</translation>
    </message>
    <message>
        <source>Private to this school</source>
        <translation>Réservé à cette école</translation>
    </message>
    <message>
        <source>Last changed by {pc} on {date}</source>
        <translation>Modifiée en dernier par {pc} le {date}</translation>
    </message>
    <message>
        <source>Add a module</source>
        <translation>Ajouter un module</translation>
    </message>
    <message>
        <source>Title of the new module:</source>
        <translation>Titre du nouveau module :</translation>
    </message>
    <message>
        <source>module title</source>
        <translation>titre du module</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>Ajouter une leçon</translation>
    </message>
    <message>
        <source>Title of the new lesson:</source>
        <translation>Titre de la nouvelle leçon :</translation>
    </message>
    <message>
        <source>lesson title</source>
        <translation>titre de la leçon</translation>
    </message>
    <message>
        <source>New title of the module:</source>
        <translation>Nouveau titre du module :</translation>
    </message>
    <message>
        <source>New title of the lesson:</source>
        <translation>Nouveau titre de la leçon :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete the module “{name}” and all its lessons?</source>
        <translation>Supprimer le module « {name} » et toutes ses leçons ?</translation>
    </message>
    <message>
        <source>Delete the lesson “{name}” and its text?</source>
        <translation>Supprimer la leçon « {name} » et son texte ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation>« {name} » supprimé.</translation>
    </message>
    <message>
        <source>Course details saved.</source>
        <translation>Détails du cours enregistrés.</translation>
    </message>
    <message>
        <source> (owner)</source>
        <translation> (propriétaire)</translation>
    </message>
    <message>
        <source>Maintained by: {schools}</source>
        <translation>Maintenu par : {schools}</translation>
    </message>
    <message>
        <source>No other school is known here yet: link a PC of that school first</source>
        <translation>Aucune autre école n’est encore connue ici : reliez d’abord un ordinateur de cette école</translation>
    </message>
    <message>
        <source>Invite a school</source>
        <translation>Inviter une école</translation>
    </message>
    <message>
        <source>Let every PC of {school} edit “{course}” (its lessons, modules and details) with this school? Their edits and yours merge.</source>
        <translation>Permettre à chaque ordinateur de {school} de modifier « {course} » (leçons, modules et détails) avec cette école ? Leurs modifications et les vôtres se fusionnent.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Stop {school} editing “{course}”? Edits its PCs make from now on are refused everywhere; what they wrote before stays.</source>
        <translation>Empêcher {school} de modifier « {course} » ? Les modifications que ses ordinateurs feront désormais seront refusées partout ; ce qu’ils ont écrit avant reste.</translation>
    </message>
</context>
<context>
    <name>CourseFields</name>
    <message>
        <source>e.g. Mathematics</source>
        <translation>ex. Mathématiques</translation>
    </message>
    <message>
        <source>e.g. Grade 5</source>
        <translation>ex. CM2</translation>
    </message>
    <message>
        <source>Choose a language or type its code (such as en, fr, sw, pt-BR).</source>
        <translation>Choisissez une langue ou tapez son code (par exemple en, fr, sw, pt-BR).</translation>
    </message>
    <message>
        <source>What learners will be able to do after this course</source>
        <translation>Ce que les apprenants sauront faire après ce cours</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Matière :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>titre du cours</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>matière</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>The summary is too long: {n} characters, at most 2000.</source>
        <translation>Le résumé est trop long : {n} caractères, au plus 2000.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Search by title or subject</source>
        <translation>Rechercher par titre ou matière</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nouveau cours…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Adapt…</source>
        <translation>&amp;Adapter…</translation>
    </message>
    <message>
        <source>Make a course of this school from the chosen one, to change as you wish</source>
        <translation>Faire un cours de cette école à partir du cours choisi, à modifier à votre guise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>No course matches this search.</source>
        <translation>Aucun cours ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No courses yet. Create the first one with “New course…”.</source>
        <translation>Aucun cours pour l’instant. Créez le premier avec « Nouveau cours… ».</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n cours</numerusform>
            <numerusform>%n cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ courses</source>
        <translation>
            <numerusform>%n+ cours</numerusform>
            <numerusform>%n+ cours</numerusform>
        </translation>
    </message>
    <message>
        <source>This school</source>
        <translation>Cette école</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Une autre école</translation>
    </message>
    <message>
        <source>Course adapted: change it as you wish; the original stays as it was.</source>
        <translation>Cours adapté : modifiez-le à votre guise ; l&apos;original reste tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Course created. Add its first module and lesson below.</source>
        <translation>Cours créé. Ajoutez son premier module et sa première leçon ci-dessous.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in a course</source>
        <translation>Inscrire à un cours</translation>
    </message>
    <message numerus="yes">
        <source>Enrol the %n selected learners in:</source>
        <translation>
            <numerusform>Inscrire l’apprenant sélectionné à :</numerusform>
            <numerusform>Inscrire les %n apprenants sélectionnés à :</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up EduNode</source>
        <translation>Configurer EduNode</translation>
    </message>
    <message>
        <source>&amp;Start using EduNode</source>
        <translation>&amp;Commencer à utiliser EduNode</translation>
    </message>
    <message>
        <source>Setting up this PC (making its key and its store)…</source>
        <translation>Configuration de ce PC (création de sa clé et de son stockage)…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>LearnerDetail</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Tous les apprenants</translation>
    </message>
    <message>
        <source>Back to the list of learners (Esc)</source>
        <translation>Retour à la liste des apprenants (Échap)</translation>
    </message>
    <message>
        <source>&amp;Transfer to another school…</source>
        <translation>&amp;Transférer vers une autre école…</translation>
    </message>
    <message>
        <source>Give this learner&apos;s record to their new school: a signed record bundle and a printable transcript they carry there (admin PIN)</source>
        <translation>Confier le dossier de cet apprenant à sa nouvelle école : un dossier scolaire signé et un relevé imprimable qu’il y apporte (PIN administrateur)</translation>
    </message>
    <message>
        <source>&amp;Purge record…</source>
        <translation>&amp;Purger le dossier…</translation>
    </message>
    <message>
        <source>Delete this record from every PC of this school (admin PIN; cannot be undone)</source>
        <translation>Supprimer ce dossier de tous les PC de cette école (PIN administrateur ; irréversible)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Course to enrol in</source>
        <translation>Cours auquel inscrire</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>New status of the selected enrolment</source>
        <translation>Nouveau statut de l’inscription sélectionnée</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Changer le s&amp;tatut</translation>
    </message>
    <message>
        <source>Enrol in:</source>
        <translation>Inscrire à :</translation>
    </message>
    <message>
        <source>Selected enrolment:</source>
        <translation>Inscription sélectionnée :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes about this learner, visible to the staff of this school.</source>
        <translation>Notes sur cet apprenant, visibles par le personnel de cette école.</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Enregistrer les &amp;notes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Transferred to {school} on {date} — this record is kept read-only here</source>
        <translation>Transféré vers {school} le {date} — ce dossier est conservé ici en lecture seule</translation>
    </message>
    <message>
        <source>Given with an open record bundle on {date} — this record is kept read-only here</source>
        <translation>Confié avec un dossier scolaire ouvert le {date} — ce dossier est conservé ici en lecture seule</translation>
    </message>
    <message>
        <source>(a course not on this PC)</source>
        <translation>(un cours absent de ce PC)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>Enrolled in {course}.</source>
        <translation>Inscrit à {course}.</translation>
    </message>
    <message>
        <source>Enrolment updated.</source>
        <translation>Inscription mise à jour.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notes enregistrées.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Rechercher des apprenants</translation>
    </message>
    <message>
        <source>Only learners of this course</source>
        <translation>Seulement les apprenants de ce cours</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Tous les cours</translation>
    </message>
    <message>
        <source>Only this enrolment status</source>
        <translation>Seulement ce statut d’inscription</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Show trans&amp;ferred</source>
        <translation>Afficher les trans&amp;férés</translation>
    </message>
    <message>
        <source>List the learners who moved to another school too (kept read-only here)</source>
        <translation>Lister aussi les apprenants partis dans une autre école (conservés ici en lecture seule)</translation>
    </message>
    <message>
        <source>&amp;Add learner…</source>
        <translation>&amp;Ajouter un apprenant…</translation>
    </message>
    <message>
        <source>Take &amp;register…</source>
        <translation>Faire l’&amp;appel…</translation>
    </message>
    <message>
        <source>Mark a whole class present or absent for a day</source>
        <translation>Marquer toute une classe présente ou absente pour un jour</translation>
    </message>
    <message>
        <source>&amp;Import a record bundle…</source>
        <translation>&amp;Importer un dossier scolaire…</translation>
    </message>
    <message>
        <source>Enrol a learner from another school with the record bundle they bring</source>
        <translation>Inscrire un apprenant venant d’une autre école avec le dossier scolaire qu’il apporte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation>Cours actifs</translation>
    </message>
    <message>
        <source>&amp;Enrol in course…</source>
        <translation>Inscrir&amp;e à un cours…</translation>
    </message>
    <message>
        <source>Enrol the selected learners (Shift or Ctrl and click) in a course at once</source>
        <translation>Inscrire d’un coup les apprenants sélectionnés (Maj ou Ctrl et clic) à un cours</translation>
    </message>
    <message>
        <source>Import &amp;class list…</source>
        <translation>Importer une liste de &amp;classe…</translation>
    </message>
    <message>
        <source>Add a whole class from a CSV file (name, birth year, guardian)</source>
        <translation>Ajouter toute une classe depuis un fichier CSV (nom, année de naissance, responsable)</translation>
    </message>
    <message>
        <source>{name} (transferred)</source>
        <translation>{name} (transféré)</translation>
    </message>
    <message>
        <source>Moved to another school: their record is kept here read-only</source>
        <translation>Parti dans une autre école : son dossier est conservé ici en lecture seule</translation>
    </message>
    <message>
        <source>No learner matches.</source>
        <translation>Aucun apprenant ne correspond.</translation>
    </message>
    <message>
        <source>No learners yet. Add one with “Add learner…”.</source>
        <translation>Aucun apprenant pour l’instant. Ajoutez-en un avec « Ajouter un apprenant… ».</translation>
    </message>
    <message numerus="yes">
        <source>%n matching learners</source>
        <translation>
            <numerusform>%n apprenant correspondant</numerusform>
            <numerusform>%n apprenants correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ matching learners</source>
        <translation>
            <numerusform>%n+ apprenant correspondant</numerusform>
            <numerusform>%n+ apprenants correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {n} of %n learners</source>
        <translation>
            <numerusform>{n} affiché sur %n apprenant</numerusform>
            <numerusform>{n} affichés sur %n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner added. Enrol them in a course on the Courses tab of their page.</source>
        <translation>Apprenant ajouté. Inscrivez-le à un cours dans l’onglet Cours de sa fiche.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Importer un dossier scolaire</translation>
    </message>
    <message>
        <source>Record bundles (*.edunode-learner.json *.json)</source>
        <translation>Dossiers scolaires (*.edunode-learner.json *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import the record of {name} from {school}: {name} continues at this school with every record in the bundle.</source>
        <translation>Importer le dossier de {name} venant de {school} : {name} poursuit sa scolarité dans cette école avec tout ce que contient le dossier.</translation>
    </message>
    <message>
        <source>This record bundle of {name} was imported before: nothing changed.</source>
        <translation>Ce dossier scolaire de {name} a déjà été importé : rien n’a changé.</translation>
    </message>
    <message>
        <source>{name} from {school} continues at this school, with every record of their record bundle.</source>
        <translation>{name}, venant de {school}, poursuit sa scolarité dans cette école, avec tout le contenu de son dossier scolaire.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing the record bundle</source>
        <translation>Importation du dossier scolaire</translation>
    </message>
    <message>
        <source>Importing the record of {name}… Cancel undoes all of it: nothing is kept until the last step.</source>
        <translation>Importation du dossier de {name}… Annuler défait tout : rien n’est conservé avant la dernière étape.</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Étape {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <source>Choose a lesson on the left to read or edit it.</source>
        <translation>Choisissez une leçon à gauche pour la lire ou la modifier.</translation>
    </message>
    <message>
        <source>Opening the lesson…</source>
        <translation>Ouverture de la leçon…</translation>
    </message>
    <message>
        <source>Write the lesson here. It is saved as you type.</source>
        <translation>Écrivez la leçon ici. Elle est enregistrée au fil de la frappe.</translation>
    </message>
    <message>
        <source>This lesson has no text yet.</source>
        <translation>Cette leçon n’a pas encore de texte.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This lesson no longer exists (it was deleted, perhaps on another PC).</source>
        <translation>Cette leçon n’existe plus (elle a été supprimée, peut-être sur un autre PC).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Lecture seule : ce cours est géré par une autre école.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>The records file is damaged: Repair is offered again at the next start.</source>
        <translation>Le fichier des dossiers est endommagé : la réparation sera proposée de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>Repairing the records…</source>
        <translation>Réparation des dossiers…</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Les dossiers ont été réparés.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message numerus="yes">
        <source>{name} sent %n changes</source>
        <translation>
            <numerusform>{name} a envoyé %n modification</numerusform>
            <numerusform>{name} a envoyé %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · ID {short}…</source>
        <translation>{name} · ID {short}…</translation>
    </message>
    <message>
        <source>Node ID {id}. Other admins compare this ID when they link with this PC (Settings shows it in full).</source>
        <translation>Identifiant du nœud {id}. Les autres administrateurs comparent cet identifiant quand ils se lient à ce PC (Paramètres l’affiche en entier).</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Pas encore dans une école</translation>
    </message>
    <message>
        <source>Peers online: {online} of {approved}</source>
        <translation>Pairs en ligne : {online} sur {approved}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchro : {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Automatic backup written to {path}</source>
        <translation>Sauvegarde automatique écrite dans {path}</translation>
    </message>
    <message>
        <source>This school&apos;s community summary was published.</source>
        <translation>Le résumé communautaire de cette école a été publié.</translation>
    </message>
    <message>
        <source>Automatic backup: {percent} %</source>
        <translation>Sauvegarde automatique : {percent} %</translation>
    </message>
    <message>
        <source>This school&apos;s records are only on this PC and have never been backed up. If the PC breaks, they are lost.</source>
        <translation>Les dossiers de cette école ne sont que sur ce PC et n’ont jamais été sauvegardés. Si le PC tombe en panne, ils sont perdus.</translation>
    </message>
    <message numerus="yes">
        <source>This school&apos;s records are only on this PC and have not been backed up for %n days. If the PC breaks, they are lost.</source>
        <translation>
            <numerusform>Les dossiers de cette école ne sont que sur ce PC et n’ont pas été sauvegardés depuis %n jour. Si le PC tombe en panne, ils sont perdus.</numerusform>
            <numerusform>Les dossiers de cette école ne sont que sur ce PC et n’ont pas été sauvegardés depuis %n jours. Si le PC tombe en panne, ils sont perdus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>La dernière sauvegarde automatique a échoué : {reason}</translation>
    </message>
    <message>
        <source>Network on</source>
        <translation>Réseau actif</translation>
    </message>
    <message>
        <source>No network (USB only)</source>
        <translation>Pas de réseau (USB seulement)</translation>
    </message>
    <message>
        <source>This PC does not use the network: see Settings › Network.</source>
        <translation>Ce PC n’utilise pas le réseau : voir Paramètres › Réseau.</translation>
    </message>
    <message>
        <source>Network off</source>
        <translation>Réseau arrêté</translation>
    </message>
    <message>
        <source>The network could not start: {reason}</source>
        <translation>Le réseau n’a pas pu démarrer : {reason}</translation>
    </message>
    <message>
        <source>About EduNode</source>
        <translation>À propos d’EduNode</translation>
    </message>
    <message>
        <source>Version, node ID, data folder and licences (F1)</source>
        <translation>Version, identifiant du nœud, dossier des données et licences (F1)</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome to EduNode</source>
        <translation>Bienvenue dans EduNode</translation>
    </message>
    <message>
        <source>EduNode keeps your school&apos;s courses and learner records on this PC.</source>
        <translation>EduNode conserve les cours et les dossiers des apprenants de votre école sur ce PC.</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nom de ce PC</translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation>&amp;Nom de ce PC :</translation>
    </message>
    <message>
        <source>Give this PC a name that people will recognise, such as “Library PC” or “Grade 5 classroom”.</source>
        <translation>Donnez à ce PC un nom que chacun reconnaîtra, comme « PC de la bibliothèque » ou « Salle du CM2 ».</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>nom de ce PC</translation>
    </message>
</context>
<context>
    <name>NetworkChoice</name>
    <message>
        <source>Find and answer other PCs on &amp;all network connections</source>
        <translation>Chercher et répondre aux autres PC sur &amp;toutes les connexions réseau</translation>
    </message>
    <message>
        <source>Only on these &amp;addresses or connections:</source>
        <translation>Seulement sur ces &amp;adresses ou connexions :</translation>
    </message>
    <message>
        <source>On &amp;no network: this PC exchanges records on USB sticks only</source>
        <translation>Sur &amp;aucun réseau : ce PC échange les dossiers par clé USB uniquement</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20, eth0</source>
        <translation>ex. 192.168.1.20, eth0</translation>
    </message>
    <message>
        <source>Addresses or connections</source>
        <translation>Adresses ou connexions</translation>
    </message>
    <message>
        <source>{name}: {address} (this PC only, for testing)</source>
        <translation>{name} : {address} (ce PC seulement, pour les essais)</translation>
    </message>
    <message>
        <source>{name}: {address}</source>
        <translation>{name} : {address}</translation>
    </message>
    <message>
        <source>Choose where EduNode may look for other PCs, or choose no network.</source>
        <translation>Choisissez où EduNode peut chercher d’autres PC, ou choisissez aucun réseau.</translation>
    </message>
    <message>
        <source>Type at least one address or interface name, separated by commas.</source>
        <translation>Tapez au moins une adresse ou un nom d’interface, séparés par des virgules.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Finding other PCs</source>
        <translation>Trouver les autres PC</translation>
    </message>
    <message>
        <source>May EduNode use the network, and which connections?</source>
        <translation>EduNode peut-il utiliser le réseau, et quelles connexions ?</translation>
    </message>
    <message>
        <source>EduNode will look for other EduNode PCs on this network and answer them, so that the PCs of your school and community can find each other. Nothing is shared with another PC until an admin of this PC approves a link with it. Without a network, records go from PC to PC on a USB stick.</source>
        <translation>EduNode cherchera d’autres PC EduNode sur ce réseau et leur répondra, pour que les PC de votre école et de votre communauté se trouvent. Rien n’est partagé avec un autre PC tant qu’un administrateur de ce PC n’a pas approuvé une liaison avec lui. Sans réseau, les dossiers passent d’un PC à l’autre sur une clé USB.</translation>
    </message>
    <message>
        <source>You can change this later in Settings › Network.</source>
        <translation>Vous pourrez changer cela plus tard dans Paramètres › Réseau.</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Partager ce cours avec les autres écoles de la communauté</translation>
    </message>
    <message>
        <source>Shared courses go to every linked school. Private ones stay inside this school.</source>
        <translation>Les cours partagés vont à chaque école liée. Les cours privés restent dans cette école.</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>&amp;Créer le cours</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>Ajouter un apprenant</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>&amp;Ajouter l’apprenant</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Terminée</translation>
    </message>
    <message>
        <source>▶ Current</source>
        <translation>▶ En cours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time spent in minutes</source>
        <translation>Temps passé en minutes</translation>
    </message>
    <message>
        <source>Lesson &amp;completed</source>
        <translation>Leçon &amp;terminée</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>Enregistrer la &amp;progression</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Enregistrer la progression</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Cours :</translation>
    </message>
    <message>
        <source>Not enrolled in any course yet.</source>
        <translation>Inscrit·e à aucun cours pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n lessons done · {time} spent</source>
        <translation>
            <numerusform>{done} leçon faite sur %n · {time} passé</numerusform>
            <numerusform>{done} leçons faites sur %n · {time} passé</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of their plan</source>
        <translation>en avance sur son plan</translation>
    </message>
    <message>
        <source>on track with their plan</source>
        <translation>dans les temps par rapport à son plan</translation>
    </message>
    <message>
        <source>behind their plan</source>
        <translation>en retard sur son plan</translation>
    </message>
    <message>
        <source>{state} (pace: {pace} a week)</source>
        <translation>{state} (rythme : {pace} par semaine)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Progress recorded for “{lesson}”.</source>
        <translation>Progression enregistrée pour « {lesson} ».</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Verification code (the same on both screens):</source>
        <translation>Code de vérification (le même sur les deux écrans) :</translation>
    </message>
    <message>
        <source>Community peer: shares courses</source>
        <translation>Partenaire de la communauté : partage les cours</translation>
    </message>
    <message>
        <source>Member of my school: shares learners too</source>
        <translation>Membre de mon école : partage aussi les apprenants</translation>
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation>&amp;Lier en tant que :</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN administrateur</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN administrateur :</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Attendez {seconds} s</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN administrateur</translation>
    </message>
    <message>
        <source>Approving links with other PCs and other admin actions ask for this PIN.</source>
        <translation>Approuver les liaisons avec d’autres PC et les autres actions d’administration demandent ce PIN.</translation>
    </message>
    <message>
        <source>Admin PIN again</source>
        <translation>PIN administrateur à nouveau</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN administrateur :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>À &amp;nouveau :</translation>
    </message>
    <message>
        <source>Choose at least 6 digits. Keep it for the people who run the school.</source>
        <translation>Choisissez au moins 6 chiffres. Gardez-le pour les personnes qui dirigent l’école.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nom de l’apprenant</translation>
    </message>
    <message>
        <source>e.g. 2015 (optional)</source>
        <translation>ex. 2015 (facultatif)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Name and phone of a parent or guardian (optional)</source>
        <translation>Nom et téléphone d’un parent ou responsable (facultatif)</translation>
    </message>
    <message>
        <source>Guardian contact</source>
        <translation>Contact du responsable</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Année de naissance :</translation>
    </message>
    <message>
        <source>&amp;Guardian contact:</source>
        <translation>Contact du &amp;responsable :</translation>
    </message>
    <message>
        <source>learner&apos;s name</source>
        <translation>nom de l’apprenant</translation>
    </message>
    <message>
        <source>guardian contact</source>
        <translation>contact du responsable</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop at the next safe point; what was finished before is kept whole</source>
        <translation>S’arrêter au prochain point sûr ; ce qui était terminé avant est conservé en entier</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Arrêt au prochain point sûr…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Delete {name}&apos;s record from every PC of this school?</source>
        <translation>Supprimer le dossier de {name} de tous les PC de cette école ?</translation>
    </message>
    <message>
        <source>Their profile, courses, results, attendance, progress, notes and the record bundles kept here are deleted from this PC now, and from every other PC of this school as it syncs. Each PC keeps only a line in its activity with the learner&apos;s ID and the date.</source>
        <translation>Son profil, ses cours, résultats, présences, progrès, notes et les dossiers scolaires conservés ici sont supprimés de ce PC maintenant, et de chaque autre PC de cette école lors de sa synchronisation. Chaque PC ne garde qu’une ligne dans son activité, avec l’identifiant de l’apprenant et la date.</translation>
    </message>
    <message>
        <source>This cannot be undone. {name}&apos;s new school keeps their record.</source>
        <translation>C’est irréversible. La nouvelle école de {name} conserve son dossier.</translation>
    </message>
    <message>
        <source>Purge the record of {name}</source>
        <translation>Purger le dossier de {name}</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Tous les apprenants</translation>
    </message>
    <message>
        <source>Class register</source>
        <translation>Registre d’appel</translation>
    </message>
    <message>
        <source>Class (course)</source>
        <translation>Classe (cours)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Space marks the selected learner present or absent</source>
        <translation>Espace marque l’apprenant sélectionné présent ou absent</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>Tous &amp;présents</translation>
    </message>
    <message>
        <source>All a&amp;bsent</source>
        <translation>Tous a&amp;bsents</translation>
    </message>
    <message>
        <source>&amp;Save register</source>
        <translation>&amp;Enregistrer l’appel</translation>
    </message>
    <message>
        <source>Create a course and enrol learners to take a register.</source>
        <translation>Créez un cours et inscrivez-y des apprenants pour faire l’appel.</translation>
    </message>
    <message>
        <source>Loading the class…</source>
        <translation>Chargement de la classe…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>No learner is enrolled in this course.</source>
        <translation>Aucun apprenant n’est inscrit à ce cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners</source>
        <translation>
            <numerusform>%n apprenant</numerusform>
            <numerusform>%n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>{present} present · {absent} absent</source>
        <translation>{present} présents · {absent} absents</translation>
    </message>
    <message>
        <source>already recorded for this day; saving replaces it</source>
        <translation>déjà enregistré pour ce jour ; enregistrer le remplace</translation>
    </message>
    <message numerus="yes">
        <source>Register saved for {day}: %n learners.</source>
        <translation>
            <numerusform>Appel enregistré pour le {day} : %n apprenant.</numerusform>
            <numerusform>Appel enregistré pour le {day} : %n apprenants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>The records file is damaged</source>
        <translation>Le fichier des dossiers est endommagé</translation>
    </message>
    <message>
        <source>EduNode found damage in this PC&apos;s records file. Repair keeps every record that still reads, rebuilds the lists from the change log and fetches damaged changes again from the school&apos;s other PCs at the next sync.</source>
        <translation>EduNode a trouvé des dégâts dans le fichier des dossiers de ce PC. La réparation garde chaque dossier encore lisible, reconstruit les listes à partir du journal des modifications et redemande les modifications endommagées aux autres PC de l’école à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Réparer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Les dossiers ont été réparés.</translation>
    </message>
    <message>
        <source>Could not be read: {what}.</source>
        <translation>Illisible : {what}.</translation>
    </message>
    <message>
        <source>{n} record(s) still miss changes: they come back at the next sync with a PC of the school that has them.</source>
        <translation>{n} dossier(s) attendent encore des modifications : elles reviennent à la prochaine synchronisation avec un PC de l’école qui les a.</translation>
    </message>
    <message>
        <source>The latest backup is {path}.</source>
        <translation>La dernière sauvegarde est {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Who needs &amp;help</source>
        <translation>Qui a besoin d’&amp;aide</translation>
    </message>
    <message>
        <source>Show the learners who need help instead of the chart</source>
        <translation>Afficher les apprenants qui ont besoin d’aide à la place du graphique</translation>
    </message>
    <message>
        <source>This &amp;school</source>
        <translation>Cette &amp;école</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Communauté</translation>
    </message>
    <message>
        <source>Compare the schools course by course, from the summaries they publish</source>
        <translation>Comparer les écoles cours par cours, d&apos;après les résumés qu&apos;elles publient</translation>
    </message>
    <message>
        <source>courses (yours and those shared with you)</source>
        <translation>cours (les vôtres et ceux partagés avec vous)</translation>
    </message>
    <message>
        <source>schools offering them</source>
        <translation>écoles qui les proposent</translation>
    </message>
    <message>
        <source>learners in this school</source>
        <translation>apprenants dans cette école</translation>
    </message>
    <message>
        <source>of lessons completed</source>
        <translation>des leçons terminées</translation>
    </message>
    <message>
        <source>average result</source>
        <translation>résultat moyen</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>learners behind their pathway</source>
        <translation>apprenants en retard sur leur parcours</translation>
    </message>
    <message>
        <source>Chart of completion, results and attendance per course</source>
        <translation>Graphique de l’achèvement, des résultats et de la présence par cours</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Résultat moyen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Behind pathway</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Figures per course</source>
        <translation>Chiffres par cours</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>Qui a besoin d’aide</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Learners who need help</source>
        <translation>Apprenants qui ont besoin d’aide</translation>
    </message>
    <message>
        <source>Active learners of this school behind their own plan (more than one lesson under their pace since they enrolled), whose last three results in a course fell one after another or average 15 points under the earlier ones, or who were absent the last three recorded school days.</source>
        <translation>Apprenants actifs de cette école en retard sur leur propre plan (plus d’une leçon sous leur rythme depuis leur inscription), dont les trois derniers résultats dans un cours ont baissé l’un après l’autre ou sont en moyenne 15 points sous les précédents, ou qui ont été absents les trois derniers jours de classe enregistrés.</translation>
    </message>
    <message>
        <source>Completion: lessons done out of all lessons of the course, for its learners. Behind: active learners more than one lesson below a pace of one lesson a week since they enrolled. Community figures are totals only: no learner&apos;s data.</source>
        <translation>Achèvement : leçons faites sur l’ensemble des leçons du cours, pour ses apprenants. En retard : apprenants actifs ayant plus d’une leçon de retard sur un rythme d’une leçon par semaine depuis leur inscription. Les chiffres de la communauté sont des totaux : aucune donnée d’apprenant.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n cours</numerusform>
            <numerusform>%n cours</numerusform>
        </translation>
    </message>
    <message>
        <source>behind their plan in {course}: {done} lessons done, {expected} expected by now at {pace} a week</source>
        <translation>en retard sur son plan en {course} : {done} leçons faites, {expected} attendues à ce jour à {pace} par semaine</translation>
    </message>
    <message>
        <source>falling results in {course}: the last three {results}</source>
        <translation>résultats en baisse en {course} : les trois derniers {results}</translation>
    </message>
    <message>
        <source>absent the last {days} recorded school days (since {day})</source>
        <translation>absent les {days} derniers jours de classe enregistrés (depuis le {day})</translation>
    </message>
    <message>
        <source>Who needs help ({n})</source>
        <translation>Qui a besoin d’aide ({n})</translation>
    </message>
    <message>
        <source>Who needs help: nobody by these rules</source>
        <translation>Qui a besoin d’aide : personne selon ces règles</translation>
    </message>
    <message>
        <source>Who needs &amp;help ({n})</source>
        <translation>Qui a besoin d’&amp;aide ({n})</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Achèvement %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Résultat moyen %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Présence %</translation>
    </message>
    <message>
        <source>Per course (the {n} with most learners)</source>
        <translation>Par cours (les {n} qui ont le plus d’apprenants)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Rapport enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Ouverts seulement</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>École :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Add &amp;need…</source>
        <translation>Ajouter un &amp;besoin…</translation>
    </message>
    <message>
        <source>Add o&amp;ffer…</source>
        <translation>Ajouter une o&amp;ffre…</translation>
    </message>
    <message>
        <source>&amp;Close need…</source>
        <translation>&amp;Clore un besoin…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>Needs and offers of every school</source>
        <translation>Besoins et offres de toutes les écoles</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Con&amp;tribute…</source>
        <translation>Cont&amp;ribuer…</translation>
    </message>
    <message>
        <source>&amp;Propose allocation…</source>
        <translation>&amp;Proposer une attribution…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fonds :</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The fund&apos;s ledger</source>
        <translation>Le registre du fonds</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>&amp;Fonds</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Besoins ouverts</translation>
    </message>
    <message>
        <source>Their cost</source>
        <translation>Leur coût</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Per school: open needs and allocations</source>
        <translation>Par école : besoins ouverts et attributions</translation>
    </message>
    <message>
        <source>Chart of the amount allocated per school</source>
        <translation>Graphique du montant attribué par école</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>É&amp;quité</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Toutes les écoles</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>No fund yet. An admin founds one with &apos;edunode fund create&apos;.</source>
        <translation>Aucun fonds pour l’instant. Un administrateur en crée un avec « edunode fund create ».</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>Solde : {amount} {currency}</translation>
    </message>
    <message>
        <source>Held by {schools}; an allocation takes effect once {k} of them approved it, if the balance covers it at that point (decision 0012r).</source>
        <translation>Détenu par {schools} ; une attribution prend effet dès que {k} d’entre elles l’ont approuvée, si le solde la couvre à ce moment-là (décision 0012r).</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Allocated per school. Allocation per learner needs the schools&apos; published learner counts, which schools do not share yet.</source>
        <translation>Attribué par école. Une attribution par apprenant demanderait le nombre d’apprenants publié par chaque école, que les écoles ne partagent pas encore.</translation>
    </message>
    <message>
        <source>No fund yet.</source>
        <translation>Aucun fonds pour l’instant.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ajouter le besoin</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
    <message>
        <source>&amp;Cost (optional):</source>
        <translation>&amp;Coût (facultatif) :</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>Dev&amp;ise :</translation>
    </message>
    <message>
        <source>e.g. KES, UGX, USD</source>
        <translation>ex. KES, UGX, USD</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>The need is on the board.</source>
        <translation>Le besoin est sur le tableau.</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>Ajouter une offre</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Ajouter l’offre</translation>
    </message>
    <message>
        <source>The offer is on the board.</source>
        <translation>L’offre est sur le tableau.</translation>
    </message>
    <message>
        <source>Close the need</source>
        <translation>Clore le besoin</translation>
    </message>
    <message>
        <source>Close need</source>
        <translation>Clore le besoin</translation>
    </message>
    <message>
        <source>“{item}” is:</source>
        <translation>« {item} » est :</translation>
    </message>
    <message>
        <source>&amp;Closed as:</source>
        <translation>&amp;Clos comme :</translation>
    </message>
    <message>
        <source>The need is closed.</source>
        <translation>Le besoin est clos.</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Enregistrer une contribution</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Montant ({currency}) :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Provenance :</translation>
    </message>
    <message>
        <source>The contribution is in the ledger.</source>
        <translation>La contribution est dans le registre.</translation>
    </message>
    <message>
        <source>Propose an allocation</source>
        <translation>Proposer une attribution</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Besoin :</translation>
    </message>
    <message>
        <source>The proposal is in the ledger; it needs the holding schools&apos; approval.</source>
        <translation>La proposition est dans le registre ; elle attend l’approbation des écoles détentrices.</translation>
    </message>
    <message>
        <source>Approve the allocation</source>
        <translation>Approuver l’attribution</translation>
    </message>
    <message>
        <source>Approve {amount} for “{item}” on behalf of this school? It takes effect once enough holding schools approved, if the balance covers it then.</source>
        <translation>Approuver {amount} pour « {item} » au nom de cette école ? L’attribution prend effet dès que suffisamment d’écoles détentrices l’ont approuvée, si le solde la couvre alors.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approved. The proposal is {status}.</source>
        <translation>Approuvé. La proposition est : {status}.</translation>
    </message>
    <message>
        <source>Export the equity report</source>
        <translation>Exporter le rapport d’équité</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapport écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Course of the result</source>
        <translation>Cours du résultat</translation>
    </message>
    <message>
        <source>e.g. Fractions quiz</source>
        <translation>ex. Interrogation sur les fractions</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>Date du résultat</translation>
    </message>
    <message>
        <source>Add &amp;result</source>
        <translation>Ajouter le &amp;résultat</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>Co&amp;urs :</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>É&amp;valuation :</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Enrol the learner in a course first.</source>
        <translation>Inscrivez d’abord l’apprenant à un cours.</translation>
    </message>
    <message>
        <source>assessment name</source>
        <translation>nom de l’évaluation</translation>
    </message>
    <message>
        <source>Result added.</source>
        <translation>Résultat ajouté.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>Votre école</translation>
    </message>
    <message>
        <source>Is this the first PC of your school to use EduNode?</source>
        <translation>Ce PC est-il le premier de votre école à utiliser EduNode ?</translation>
    </message>
    <message>
        <source>&amp;Start a new school</source>
        <translation>&amp;Créer une nouvelle école</translation>
    </message>
    <message>
        <source>&amp;Join a school that already uses EduNode on another PC</source>
        <translation>&amp;Rejoindre une école qui utilise déjà EduNode sur un autre PC</translation>
    </message>
    <message>
        <source>e.g. Hillside Primary School</source>
        <translation>ex. École primaire des Collines</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nom de l’école</translation>
    </message>
    <message>
        <source>After setup, open Community, choose a PC of your school in the list of PCs found on the network and ask to join its school. When its admin approves, this PC receives the school&apos;s courses and learners.</source>
        <translation>Après la configuration, ouvrez Communauté, choisissez un PC de votre école dans la liste des PC trouvés sur le réseau et demandez à rejoindre son école. Quand son administrateur approuve, ce PC reçoit les cours et les apprenants de l’école.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nom de l’école :</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>nom de l’école</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Ce PC</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nom de ce PC</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Enregistrer le &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Les autres administrateurs comparent cet identifiant quand ils se lient à ce PC.</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>Identifiant du nœud :</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>École :</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>The records, this PC&apos;s key and the log file ({file}) are kept here.</source>
        <translation>Les dossiers, la clé de ce PC et le journal ({file}) sont conservés ici.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>A&amp;bout EduNode…</source>
        <translation>À &amp;propos d’EduNode…</translation>
    </message>
    <message>
        <source>Version, node ID and data folder</source>
        <translation>Version, identifiant du nœud et dossier des données</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN administrateur</translation>
    </message>
    <message>
        <source>Current admin PIN</source>
        <translation>PIN administrateur actuel</translation>
    </message>
    <message>
        <source>New admin PIN</source>
        <translation>Nouveau PIN administrateur</translation>
    </message>
    <message>
        <source>New admin PIN again</source>
        <translation>Nouveau PIN administrateur à nouveau</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN act&amp;uel :</translation>
    </message>
    <message>
        <source>Ne&amp;w PIN:</source>
        <translation>Nou&amp;veau PIN :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>À nouv&amp;eau :</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Changer le PIN</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>EduNode looks for other EduNode PCs on the network and answers them. Nothing is shared with a PC until an admin approves a link with it.</source>
        <translation>EduNode cherche d’autres PC EduNode sur le réseau et leur répond. Rien n’est partagé avec un PC tant qu’un administrateur n’a pas approuvé une liaison avec lui.</translation>
    </message>
    <message>
        <source>Save net&amp;work settings</source>
        <translation>Enregistrer les paramètres ré&amp;seau</translation>
    </message>
    <message>
        <source>Takes effect the next time EduNode starts.</source>
        <translation>Pris en compte au prochain démarrage d’EduNode.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the computer ({name})</source>
        <translation>Comme l’ordinateur ({name})</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Comme l’ordinateur</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Pas encore dans une école</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>nom de ce PC</translation>
    </message>
    <message>
        <source>Please type the current admin PIN.</source>
        <translation>Veuillez taper le PIN administrateur actuel.</translation>
    </message>
    <message>
        <source>This PC is now called “{name}”.</source>
        <translation>Ce PC s’appelle maintenant « {name} ».</translation>
    </message>
    <message>
        <source>The admin PIN was changed.</source>
        <translation>Le PIN administrateur a été changé.</translation>
    </message>
    <message>
        <source>Network settings saved. Restart EduNode to use them.</source>
        <translation>Paramètres réseau enregistrés. Redémarrez EduNode pour les utiliser.</translation>
    </message>
    <message>
        <source>The new language is used the next time EduNode starts.</source>
        <translation>La nouvelle langue est utilisée au prochain démarrage d’EduNode.</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is {folder}</source>
        <translation>Le dossier n’a pas pu être ouvert. Il se trouve ici : {folder}</translation>
    </message>
</context>
<context>
    <name>SyncProgressPanel</name>
    <message>
        <source>Syncing with {name}: {done} of {total} changes</source>
        <translation>Synchronisation avec {name} : {done} sur {total} modifications</translation>
    </message>
    <message>
        <source>Syncing with {n} PCs: {done} of {total} changes</source>
        <translation>Synchronisation avec {n} PC : {done} sur {total} modifications</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} changes</source>
        <translation>{name} : {done} sur {total} modifications</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Connection ended; the rest comes at the next one</source>
        <translation>Connexion terminée ; le reste viendra à la prochaine</translation>
    </message>
    <message>
        <source>sending {sent} of {to_send}, receiving {received} of {to_receive}</source>
        <translation>envoi {sent} sur {to_send}, réception {received} sur {to_receive}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>{name}&apos;s record (profile, courses, results, attendance and progress) is signed over to their new school and saved as a record bundle they carry there. From then this school keeps it read-only.</source>
        <translation>Le dossier de {name} (profil, cours, résultats, présences et progrès) est confié, signé, à sa nouvelle école et enregistré comme dossier scolaire qu’il y apporte. Cette école le conserve ensuite en lecture seule.</translation>
    </message>
    <message>
        <source>The files are not encrypted: hand them only to the learner or their guardian.</source>
        <translation>Les fichiers ne sont pas chiffrés : remettez-les uniquement à l’apprenant ou à son tuteur.</translation>
    </message>
    <message>
        <source>{name} is transferred to {school}.</source>
        <translation>{name} est transféré vers {school}.</translation>
    </message>
    <message>
        <source>{name} is given an open record bundle.</source>
        <translation>{name} reçoit un dossier scolaire ouvert.</translation>
    </message>
    <message>
        <source>The record bundle and the transcript are saved in {folder}.</source>
        <translation>Le dossier scolaire et le relevé sont enregistrés dans {folder}.</translation>
    </message>
    <message>
        <source>The record bundle is saved as {path}.</source>
        <translation>Le dossier scolaire est enregistré sous {path}.</translation>
    </message>
    <message>
        <source>The transcript could not be written: {error}</source>
        <translation>Le relevé n’a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>Transferring {name}</source>
        <translation>Transfert de {name}</translation>
    </message>
    <message>
        <source>Writing the signed record of {name}…</source>
        <translation>Écriture du dossier signé de {name}…</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Étape {done} sur {total}</translation>
    </message>
    <message>
        <source>{name}&apos;s record is deleted from this PC; the other PCs of this school delete it as they sync.</source>
        <translation>Le dossier de {name} est supprimé de ce PC ; les autres PC de cette école le suppriment lors de leur synchronisation.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {name} to another school</source>
        <translation>Transférer {name} vers une autre école</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>The school the learner moves to</source>
        <translation>L’école où part l’apprenant</translation>
    </message>
    <message>
        <source>School ID: {id}</source>
        <translation>Identifiant de l’école : {id}</translation>
    </message>
    <message>
        <source>Not known yet (an open record bundle)</source>
        <translation>Pas encore connue (un dossier scolaire ouvert)</translation>
    </message>
    <message>
        <source>The first school that imports the bundle takes the record</source>
        <translation>La première école qui importe le dossier reprend le dossier de l’apprenant</translation>
    </message>
    <message>
        <source>Choose the new school</source>
        <translation>Choisissez la nouvelle école</translation>
    </message>
    <message>
        <source>Folder to save the record bundle in</source>
        <translation>Dossier où enregistrer le dossier scolaire</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder, e.g. on a USB stick</source>
        <translation>Choisissez le dossier, par exemple sur une clé USB</translation>
    </message>
    <message>
        <source>Also save the printable &amp;transcript (PDF)</source>
        <translation>Enregistrer aussi le &amp;relevé imprimable (PDF)</translation>
    </message>
    <message>
        <source>&amp;Moves to:</source>
        <translation>&amp;Part vers :</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Saves {bundle} and {pdf} in that folder.</source>
        <translation>Enregistre {bundle} et {pdf} dans ce dossier.</translation>
    </message>
    <message>
        <source>Saves {bundle} in that folder.</source>
        <translation>Enregistre {bundle} dans ce dossier.</translation>
    </message>
    <message>
        <source>Choose the school the learner moves to, or “Not known yet”.</source>
        <translation>Choisissez l’école où part l’apprenant, ou « Pas encore connue ».</translation>
    </message>
    <message>
        <source>Choose the folder to save the record bundle in.</source>
        <translation>Choisissez le dossier où enregistrer le dossier scolaire.</translation>
    </message>
    <message>
        <source>There is no folder {folder}: choose one that exists.</source>
        <translation>Le dossier {folder} n’existe pas : choisissez-en un qui existe.</translation>
    </message>
    <message>
        <source>Save the record bundle in</source>
        <translation>Enregistrer le dossier scolaire dans</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Changes in the original course</source>
        <translation>Changements dans le cours d&apos;origine</translation>
    </message>
    <message>
        <source>These lessons changed in “{course}” since this course was adapted. For each, take the original&apos;s text, keep this course&apos;s, or combine the two.</source>
        <translation>Ces leçons ont changé dans « {course} » depuis que ce cours a été adapté. Pour chacune, reprenez le texte de l&apos;original, gardez celui de ce cours ou combinez les deux.</translation>
    </message>
    <message>
        <source>Lessons changed in the original</source>
        <translation>Leçons changées dans l&apos;original</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>L&apos;original</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Ce cours</translation>
    </message>
    <message>
        <source>Combined (you may edit it)</source>
        <translation>Combiné (vous pouvez le modifier)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Prendre le &amp;leur</translation>
    </message>
    <message>
        <source>Replace this course&apos;s lesson with the original&apos;s</source>
        <translation>Remplacer la leçon de ce cours par celle de l&apos;original</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder le mien</translation>
    </message>
    <message>
        <source>Keep this course&apos;s lesson as it is; the change is no longer listed</source>
        <translation>Garder la leçon de ce cours telle quelle ; le changement n&apos;est plus listé</translation>
    </message>
    <message>
        <source>&amp;Save combined</source>
        <translation>&amp;Enregistrer le combiné</translation>
    </message>
    <message>
        <source>Use the combined text for this course&apos;s lesson</source>
        <translation>Utiliser le texte combiné pour la leçon de ce cours</translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (nouvelle)</translation>
    </message>
    <message>
        <source>This lesson is new in the original course: Take theirs adds it to this course, Keep mine leaves it out.</source>
        <translation>Cette leçon est nouvelle dans le cours d&apos;origine : « Prendre le leur » l&apos;ajoute à ce cours, « Garder le mien » la laisse de côté.</translation>
    </message>
    <message>
        <source>This lesson was changed here too since it was adapted: choose, or combine.</source>
        <translation>Cette leçon a aussi été modifiée ici depuis l&apos;adaptation : choisissez, ou combinez.</translation>
    </message>
    <message>
        <source>This lesson was not changed here since it was adapted.</source>
        <translation>Cette leçon n&apos;a pas été modifiée ici depuis l&apos;adaptation.</translation>
    </message>
</context>
<context>
    <name>UsbStickActions</name>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>For PCs that never share a network. Each PC introduces itself on the stick once; read the other PC&apos;s introduction, compare the verification code by phone and approve it above. Then write packages on one PC and read them on the other.</source>
        <translation>Pour les PC qui ne partagent jamais de réseau. Chaque PC se présente une fois sur la clé ; lisez la présentation de l’autre PC, comparez le code de vérification par téléphone et approuvez-le ci-dessus. Ensuite, écrivez les paquets sur un PC et lisez-les sur l’autre.</translation>
    </message>
    <message>
        <source>Introduce this PC on the USB stick</source>
        <translation>Présenter ce PC sur la clé USB</translation>
    </message>
    <message>
        <source>Introduction of this PC written to {path}. On the other PC, choose “Read from stick…”, compare the verification code by phone and approve.</source>
        <translation>Présentation de ce PC écrite dans {path}. Sur l’autre PC, choisissez « Lire depuis la clé… », comparez le code de vérification par téléphone et approuvez.</translation>
    </message>
    <message>
        <source>Write packages to the USB stick</source>
        <translation>Écrire les paquets sur la clé USB</translation>
    </message>
    <message>
        <source>Link with a PC first: no PC is linked with this one, so there is nothing to write. Introduce both PCs on the stick, read each other&apos;s introduction and approve it; then write packages.</source>
        <translation>Liez-vous d’abord à un PC : aucun PC n’est lié à celui-ci, il n’y a donc rien à écrire. Présentez les deux PC sur la clé, lisez la présentation de chacun et approuvez-la ; puis écrivez les paquets.</translation>
    </message>
    <message>
        <source>Write packages</source>
        <translation>Écrire les paquets</translation>
    </message>
    <message>
        <source>Write packages for {names} to {folder}? A package for a PC of this school carries the learner records: keep the stick safe.</source>
        <translation>Écrire les paquets pour {names} dans {folder} ? Un paquet pour un PC de cette école contient les dossiers des apprenants : gardez la clé en lieu sûr.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Writing packages</source>
        <translation>Écriture des paquets</translation>
    </message>
    <message>
        <source>Writing packages for {names} to {folder}…</source>
        <translation>Écriture des paquets pour {names} dans {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} documents</source>
        <translation>{done} documents sur {total}</translation>
    </message>
    <message>
        <source>{name}: {documents} documents, {changes} changes</source>
        <translation>{name} : {documents} documents, {changes} modifications</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Paquets écrits</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>Écrits dans {folder} :</translation>
    </message>
    <message>
        <source>On each of those PCs, choose “Read from stick…”.</source>
        <translation>Sur chacun de ces PC, choisissez « Lire depuis la clé… ».</translation>
    </message>
    <message>
        <source>Read from the USB stick</source>
        <translation>Lire depuis la clé USB</translation>
    </message>
    <message>
        <source>Reading the USB stick</source>
        <translation>Lecture de la clé USB</translation>
    </message>
    <message>
        <source>Reading the packages in {folder}… Cancel stops after the package being read: each package is taken whole.</source>
        <translation>Lecture des paquets dans {folder}… Annuler s’arrête après le paquet en cours de lecture : chaque paquet est pris en entier.</translation>
    </message>
    <message>
        <source>an unknown PC</source>
        <translation>un PC inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new changes from {name}.</source>
        <translation>
            <numerusform>%n nouvelle modification importée de {name}.</numerusform>
            <numerusform>%n nouvelles modifications importées de {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from {name}: this PC already had all of it.</source>
        <translation>Rien de nouveau de {name} : ce PC avait déjà tout.</translation>
    </message>
    <message>
        <source>Link request from {name}, verification code {code}: compare it by phone with the admin of that PC, then approve it under “Link requests waiting for you”.</source>
        <translation>Demande de liaison de {name}, code de vérification {code} : comparez-le par téléphone avec l’administrateur de ce PC, puis approuvez-la sous « Demandes de liaison en attente ».</translation>
    </message>
    <message>
        <source>Skipped {file} from {name}: {reason}.</source>
        <translation>{file} de {name} ignoré : {reason}.</translation>
    </message>
    <message>
        <source>Refused {file} from {name}: {reason}.</source>
        <translation>{file} de {name} refusé : {reason}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter the {what}.</source>
        <translation>Veuillez indiquer : {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long: {count} characters, at most {limit}.</source>
        <translation>Trop long ({what}) : {count} caractères, au plus {limit}.</translation>
    </message>
    <message>
        <source>The {what} must be one line of text.</source>
        <translation>Ce champ ({what}) doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The birth year is a year written with digits, such as {example}.</source>
        <translation>L’année de naissance s’écrit en chiffres, par exemple {example}.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {this_year}.</source>
        <translation>L’année de naissance doit être comprise entre 1900 et {this_year}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code. Use a short code such as en, fr, sw or pt-BR.</source>
        <translation>« {value} » n’est pas un code de langue. Utilisez un code court comme en, fr, sw ou pt-BR.</translation>
    </message>
    <message>
        <source>Please enter the score.</source>
        <translation>Veuillez indiquer la note.</translation>
    </message>
    <message>
        <source>The score &apos;{value}&apos; is not a number.</source>
        <translation>La note « {value} » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Please enter the maximum score.</source>
        <translation>Veuillez indiquer la note maximale.</translation>
    </message>
    <message>
        <source>The maximum score &apos;{value}&apos; is not a number.</source>
        <translation>La note maximale « {value} » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than 0.</source>
        <translation>La note maximale doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>The score cannot be negative.</source>
        <translation>La note ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The score {s:g} is higher than the maximum {m:g}.</source>
        <translation>La note {s:g} dépasse le maximum {m:g}.</translation>
    </message>
    <message>
        <source>Please enter a date (year-month-day, e.g. 2026-03-14).</source>
        <translation>Veuillez indiquer une date (année-mois-jour, ex. 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as year-month-day, e.g. 2026-03-14.</source>
        <translation>« {value} » n’est pas une date. Écrivez-la sous la forme année-mois-jour, ex. 2026-03-14.</translation>
    </message>
    <message>
        <source>The date {value} is too far in the past or the future.</source>
        <translation>La date {value} est trop loin dans le passé ou dans l’avenir.</translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 1440 minutes.</source>
        <translation>Le temps passé doit être compris entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <source>Please choose an admin PIN.</source>
        <translation>Veuillez choisir un PIN administrateur.</translation>
    </message>
    <message>
        <source>The admin PIN needs at least 6 characters (6 digits or more).</source>
        <translation>Le PIN administrateur doit avoir au moins 6 caractères (6 chiffres ou plus).</translation>
    </message>
    <message>
        <source>The admin PIN can have at most 64 characters.</source>
        <translation>Le PIN administrateur peut avoir au plus 64 caractères.</translation>
    </message>
    <message>
        <source>The admin PIN can only use letters, digits and symbols (no spaces at either end).</source>
        <translation>Le PIN administrateur ne peut contenir que des lettres, des chiffres et des symboles (pas d’espace au début ni à la fin).</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the new PIN again.</source>
        <translation>Les deux PIN ne sont pas identiques. Veuillez taper à nouveau le nouveau PIN.</translation>
    </message>
    <message>
        <source>Please choose a passphrase for the backups.</source>
        <translation>Veuillez choisir une phrase secrète pour les sauvegardes.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters: a short sentence you can remember is best.</source>
        <translation>La phrase secrète doit avoir au moins {count} caractères : une courte phrase dont vous vous souviendrez est idéale.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type the passphrase again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Veuillez retaper la phrase secrète.</translation>
    </message>
    <message>
        <source>Please choose a folder on a USB stick or a second disk.</source>
        <translation>Veuillez choisir un dossier sur une clé USB ou un second disque.</translation>
    </message>
</context>
<context>
    <name>WholeClassActions</name>
    <message>
        <source>Select the learners to enrol first.</source>
        <translation>Sélectionnez d’abord les apprenants à inscrire.</translation>
    </message>
    <message>
        <source>There is no course yet: make one on the Courses page.</source>
        <translation>Il n’y a encore aucun cours : créez-en un sur la page Cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners enrolled in {course}.</source>
        <translation>
            <numerusform>%n apprenant inscrit à {course}.</numerusform>
            <numerusform>%n apprenants inscrits à {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already enrolled.</source>
        <translation>
            <numerusform>%n était déjà inscrit.</numerusform>
            <numerusform>%n étaient déjà inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt)</source>
        <translation>Listes de classe (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n learners added and enrolled in {course}.</source>
        <translation>
            <numerusform>%n apprenant ajouté et inscrit à {course}.</numerusform>
            <numerusform>%n apprenants ajoutés et inscrits à {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learners added.</source>
        <translation>
            <numerusform>%n apprenant ajouté.</numerusform>
            <numerusform>%n apprenants ajoutés.</numerusform>
        </translation>
    </message>
</context>
</TS>
