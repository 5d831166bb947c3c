<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up the code and the database before upgrading</source>
        <translation>Sauvegarder le code et la base de données avant la mise à niveau</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Folder the store&apos;s backups go to</source>
        <translation>Dossier où sont enregistrées les sauvegardes de la boutique</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Also back up pub/&amp;media (product images and uploads)</source>
        <translation>Sauvegarder aussi pub/&amp;media (images des produits et fichiers téléversés)</translation>
    </message>
    <message>
        <source>Also back up pub/media</source>
        <translation>Sauvegarder aussi pub/media</translation>
    </message>
    <message>
        <source>Back &amp;up code and database first</source>
        <translation>Sauvegarder d&apos;abord le code et la &amp;base de données</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>&amp;Resume upgrade</source>
        <translation>&amp;Reprendre la mise à niveau</translation>
    </message>
    <message>
        <source>Resume the upgrade where it stopped</source>
        <translation>Reprendre la mise à niveau là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>&amp;Open log</source>
        <translation>&amp;Ouvrir le journal</translation>
    </message>
    <message>
        <source>Open the log file</source>
        <translation>Ouvrir le fichier journal</translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation>&amp;Enregistrer le journal…</translation>
    </message>
    <message>
        <source>Save a copy of the log</source>
        <translation>Enregistrer une copie du journal</translation>
    </message>
    <message>
        <source>Roll the store back to the backup taken before the upgrade</source>
        <translation>Restaurer la boutique à partir de la sauvegarde effectuée avant la mise à niveau</translation>
    </message>
    <message>
        <source>Ro&amp;ll back</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <source>Open s&amp;torefront</source>
        <translation>Ouvrir la &amp;vitrine</translation>
    </message>
    <message>
        <source>Open the storefront in the web browser</source>
        <translation>Ouvrir la vitrine dans le navigateur web</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness checks</source>
        <translation>Vérifications de l&apos;état de préparation</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was found, and what to do</source>
        <translation>Constat et marche à suivre</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Run the readiness checks again</source>
        <translation>Relancer la vérification de l&apos;état de préparation</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The components you&apos;re upgrading</source>
        <translation>Composants mis à niveau</translation>
    </message>
    <message>
        <source>Magento package:</source>
        <translation>Paquet Magento&#xa0;:</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Modules&#xa0;:</translation>
    </message>
    <message>
        <source>Move to &amp;version:</source>
        <translation>Version &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>Target Magento version</source>
        <translation>Version cible de Magento</translation>
    </message>
    <message>
        <source>Steps of the upgrade</source>
        <translation>Étapes de la mise à niveau</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What it will touch</source>
        <translation>Ce qui sera modifié</translation>
    </message>
    <message>
        <source>Storefront &amp;address (optional):</source>
        <translation>A&amp;dresse de la vitrine (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Storefront address</source>
        <translation>Adresse de la vitrine</translation>
    </message>
    <message>
        <source>Optional. Checked over HTTP: 200 before the upgrade, 503 during maintenance, 200 after it.</source>
        <translation>Facultative. Vérifiée via HTTP&#xa0;: 200 avant la mise à niveau, 503 pendant la maintenance, 200 après.</translation>
    </message>
    <message>
        <source>Checked over HTTP from this computer: it must answer 200 before the upgrade, 503 while maintenance is on, and 200 again after it</source>
        <translation>Vérifiée via HTTP depuis cet ordinateur&#xa0;: elle doit renvoyer 200 avant la mise à niveau, 503 tant que le mode maintenance est activé, puis de nouveau 200 après</translation>
    </message>
    <message>
        <source>Choose a version the store&apos;s repositories offer, or type one; leave empty to upgrade the database to the code that is already installed</source>
        <translation>Choisissez une version proposée par les dépôts de la boutique, ou saisissez-en une&#xa0;; laissez vide pour mettre la base de données au niveau du code déjà installé</translation>
    </message>
    <message>
        <source>The move to another version</source>
        <translation>Passage à une autre version</translation>
    </message>
    <message>
        <source>Packages that b&amp;lock the move:</source>
        <translation>Paquets qui &amp;bloquent le changement de version&#xa0;:</translation>
    </message>
    <message>
        <source>Packages that block the move</source>
        <translation>Paquets qui bloquent le changement de version</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>What it pins</source>
        <translation>Ce qu&apos;il impose</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Marche à suivre</translation>
    </message>
    <message>
        <source>Chec&amp;ks for the target version:</source>
        <translation>&amp;Vérifications pour la version cible&#xa0;:</translation>
    </message>
    <message>
        <source>Checks for the target version</source>
        <translation>Vérifications pour la version cible</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was found, and what to do</source>
        <translation>Constat et marche à suivre</translation>
    </message>
    <message>
        <source>&amp;Packages that change:</source>
        <translation>Paquets qui c&amp;hangent&#xa0;:</translation>
    </message>
    <message>
        <source>Packages that change</source>
        <translation>Paquets qui changent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Impact report…</source>
        <translation>Rapport d&apos;&amp;impact…</translation>
    </message>
    <message>
        <source>Impact report of the move to the target version</source>
        <translation>Rapport d&apos;impact du passage à la version cible</translation>
    </message>
    <message>
        <source>What moving to the target version changes in code the store customises (theme overrides, preferences, plugins, tables, setup patches); nothing in the store changes</source>
        <translation>Ce que le passage à la version cible modifie dans le code que la boutique personnalise (surcharges de thème, préférences, plugins, tables, correctifs d&apos;installation)&#xa0;; rien ne change dans la boutique</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Store &amp;folder (drop a folder here, or pick a recent store):</source>
        <translation>&amp;Dossier de la boutique (déposez un dossier ici ou choisissez une boutique récente)&#xa0;:</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>Dossier de la boutique</translation>
    </message>
    <message>
        <source>The folder that holds the store&apos;s app/, bin/ and var/</source>
        <translation>Le dossier qui contient app/, bin/ et var/ de la boutique</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for the store folder</source>
        <translation>Rechercher le dossier de la boutique</translation>
    </message>
    <message>
        <source>What the assistant found</source>
        <translation>Ce que l&apos;assistant a trouvé</translation>
    </message>
    <message>
        <source>Magento:</source>
        <translation>Magento&#xa0;:</translation>
    </message>
    <message>
        <source>Code generation:</source>
        <translation>Génération de code&#xa0;:</translation>
    </message>
    <message>
        <source>Deploy mode:</source>
        <translation>Mode de déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions&#xa0;:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Maintenance&#xa0;:</translation>
    </message>
    <message>
        <source>Cache types:</source>
        <translation>Types de cache&#xa0;:</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>Système de fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>How commands run</source>
        <translation>Exécution des commandes</translation>
    </message>
    <message>
        <source>&amp;Runner:</source>
        <translation>&amp;Exécuter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Mode d&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;PHP:</source>
        <translation>P&amp;HP&#xa0;:</translation>
    </message>
    <message>
        <source>PHP binary</source>
        <translation>Binaire PHP</translation>
    </message>
    <message>
        <source>php</source>
        <translation>php</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>Hô&amp;te SSH&#xa0;:</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>Hôte SSH</translation>
    </message>
    <message>
        <source>shop-prod, or deploy@shop.example.com</source>
        <translation>shop-prod, ou deploy@shop.example.com</translation>
    </message>
    <message>
        <source>Anything ssh accepts: a host name, user@host, or a Host from your ~/.ssh/config</source>
        <translation>Tout ce que ssh accepte&#xa0;: un nom d&apos;hôte, user@host ou un Host de votre ~/.ssh/config</translation>
    </message>
    <message>
        <source>Store folder on the &amp;server:</source>
        <translation>Dossier de la boutique sur le ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Store folder on the server</source>
        <translation>Dossier de la boutique sur le serveur</translation>
    </message>
    <message>
        <source>/var/www/magento2</source>
        <translation>/var/www/magento2</translation>
    </message>
    <message>
        <source>The store&apos;s folder on the server, from /: the folder the store folder above shows through the mount</source>
        <translation>Le dossier de la boutique sur le serveur, à partir de /&#xa0;: celui que le dossier de la boutique ci-dessus montre via le montage</translation>
    </message>
    <message>
        <source>SSH &amp;config file:</source>
        <translation>Fichier de &amp;configuration SSH&#xa0;:</translation>
    </message>
    <message>
        <source>SSH config file</source>
        <translation>Fichier de configuration SSH</translation>
    </message>
    <message>
        <source>optional: ~/.ssh/config when empty</source>
        <translation>facultatif&#xa0;: ~/.ssh/config si vide</translation>
    </message>
    <message>
        <source>Another ssh configuration to use instead of ~/.ssh/config (ssh -F FILE)</source>
        <translation>Une autre configuration ssh à utiliser au lieu de ~/.ssh/config (ssh -F FILE)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for an SSH config file</source>
        <translation>Rechercher un fichier de configuration SSH</translation>
    </message>
    <message>
        <source>The store folder above must be this same store, mounted here from the server (for example with sshfs). Before anything changes, the assistant checks that both are the same store.</source>
        <translation>Le dossier de la boutique ci-dessus doit être cette même boutique, montée ici depuis le serveur (par exemple avec sshfs). Avant toute modification, l&apos;assistant vérifie qu&apos;il s&apos;agit bien de la même boutique.</translation>
    </message>
    <message>
        <source>The PHP command-line binary that runs bin/magento (on the server, for SSH)</source>
        <translation>Le binaire PHP en ligne de commande qui exécute bin/magento (sur le serveur, pour SSH)</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Serv&amp;ice&#xa0;:</translation>
    </message>
    <message>
        <source>Container service</source>
        <translation>Service du conteneur</translation>
    </message>
    <message>
        <source>php-fpm</source>
        <translation>php-fpm</translation>
    </message>
    <message>
        <source>The service of the compose project whose container runs PHP (docker compose exec -T SERVICE)</source>
        <translation>Le service du projet compose dont le conteneur exécute PHP (docker compose exec -T SERVICE)</translation>
    </message>
</context>
<context>
    <name>UpgradePage</name>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>&amp;Stop upgrade</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation>Arrêter la mise à niveau</translation>
    </message>
    <message>
        <source>Steps and their state</source>
        <translation>Étapes et leur état</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>Journal de la console</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Magento Upgrade Assistant</source>
        <translation>Assistant de mise à niveau Magento</translation>
    </message>
    <message>
        <source>Could not make the demo store: %1</source>
        <translation>Impossible de créer la boutique de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The wizard could not open a window on %1: check that it is running and yours to use (MUA_DEBUG=1 shows why), or use the commands inspect, plan and upgrade, which need no window.</source>
        <translation>L&apos;assistant n&apos;a pas pu ouvrir de fenêtre sur %1&#xa0;: vérifiez que cet affichage est actif et que vous avez le droit de l&apos;utiliser (MUA_DEBUG=1 en indique la raison), ou utilisez les commandes inspect, plan et upgrade, qui n&apos;ont pas besoin de fenêtre.</translation>
    </message>
</context>
<context>
    <name>mua::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2. %3</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Free some space on the file system that holds %1 (df -h %1 shows what is left), then run again.</source>
        <translation>Libérez de l&apos;espace sur le système de fichiers qui contient %1 (df -h %1 indique ce qui reste), puis relancez.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: mount it read-write, then run again.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;: montez-le en lecture-écriture, puis relancez.</translation>
    </message>
    <message>
        <source>Make %1 writable for %2 (check its mode, owner and lsattr flags), or run as the store&apos;s owner.</source>
        <translation>Rendez %1 accessible en écriture pour %2 (vérifiez son mode, son propriétaire et ses attributs lsattr), ou exécutez l&apos;assistant en tant que propriétaire de la boutique.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error: check it (dmesg) before you run again.</source>
        <translation>Le disque a signalé une erreur d&apos;entrée/sortie&#xa0;: vérifiez-le (dmesg) avant de relancer.</translation>
    </message>
    <message>
        <source>Check %1, then run again.</source>
        <translation>Vérifiez %1, puis relancez.</translation>
    </message>
</context>
<context>
    <name>mua::Backup</name>
    <message>
        <source>Cannot make the backup folder %1: %2.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the code: every file of the store folder except var/, generated/ and pub/static/, with pub/media/ and app/etc/env.php; links are kept as links</source>
        <translation>le code&#xa0;: tous les fichiers du dossier de la boutique sauf var/, generated/ et pub/static/, avec pub/media/ et app/etc/env.php&#xa0;; les liens sont conservés en tant que liens</translation>
    </message>
    <message>
        <source>the code: every file of the store folder except var/, generated/, pub/static/ and pub/media/, with app/etc/env.php; links are kept as links</source>
        <translation>le code&#xa0;: tous les fichiers du dossier de la boutique sauf var/, generated/, pub/static/ et pub/media/, avec app/etc/env.php&#xa0;; les liens sont conservés en tant que liens</translation>
    </message>
    <message>
        <source>the database named in app/etc/env.php: every table, view, trigger and stored routine, as one consistent snapshot</source>
        <translation>la base de données indiquée dans app/etc/env.php&#xa0;: toutes les tables, vues, déclencheurs et routines stockées, en un seul instantané cohérent</translation>
    </message>
    <message>
        <source>var/, generated/ and pub/static/: caches, logs, sessions kept as files and files Magento rebuilds</source>
        <translation>var/, generated/ et pub/static/&#xa0;: caches, journaux, sessions stockées dans des fichiers et fichiers que Magento reconstruit</translation>
    </message>
    <message>
        <source>sessions and caches kept in Redis or Valkey</source>
        <translation>sessions et caches stockés dans Redis ou Valkey</translation>
    </message>
    <message>
        <source>Elasticsearch/OpenSearch indexes: rebuild them with bin/magento indexer:reindex after a rollback</source>
        <translation>index Elasticsearch/OpenSearch&#xa0;: reconstruisez-les avec bin/magento indexer:reindex après une restauration</translation>
    </message>
    <message>
        <source>files outside the store folder (shared media, the web server&apos;s and PHP&apos;s configuration)</source>
        <translation>fichiers hors du dossier de la boutique (médias partagés, configuration du serveur web et de PHP)</translation>
    </message>
    <message>
        <source>cron jobs and the crontab</source>
        <translation>tâches cron et crontab</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandée</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>%1 %2 of about %3 (%4%)</source>
        <translation>%1 %2 sur environ %3 (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Some files changed while they were archived; the archive holds them as they were when read.</source>
        <translation>Certains fichiers ont changé pendant leur archivage&#xa0;; l&apos;archive les contient tels qu&apos;ils étaient au moment de leur lecture.</translation>
    </message>
    <message>
        <source>Cannot run tar: %1. Install GNU tar.</source>
        <translation>Impossible de lancer tar&#xa0;: %1. Installez GNU tar.</translation>
    </message>
    <message>
        <source>tar was stopped because the run was cancelled.</source>
        <translation>tar a été arrêté car l&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>tar failed with exit code %1: %2.</source>
        <translation>tar a échoué avec le code de sortie %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>aucun texte d&apos;erreur</translation>
    </message>
    <message>
        <source>Database: %1.</source>
        <translation>Base de données&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The backup needs about %1 (code %2 in %n entries, database %3); %4 free in %5.</source>
        <translation>
            <numerusform>La sauvegarde nécessite environ %1 (code %2 en %n entrée, base de données %3)&#xa0;; %4 libres dans %5.</numerusform>
            <numerusform>La sauvegarde nécessite environ %1 (code %2 en %n entrées, base de données %3)&#xa0;; %4 libres dans %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The backup was cancelled; its unfinished folder was removed.</source>
        <translation>La sauvegarde a été annulée&#xa0;; son dossier inachevé a été supprimé.</translation>
    </message>
    <message>
        <source>The unfinished backup folder was removed; the store was not changed.</source>
        <translation>Le dossier de sauvegarde inachevé a été supprimé&#xa0;; la boutique n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Archiving the code of %1 to %2 …</source>
        <translation>Archivage du code de %1 dans %2 …</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json, so it is not a finished backup.</source>
        <translation>%1 ne contient pas de manifest.json&#xa0;: ce n&apos;est donc pas une sauvegarde terminée.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a folder.</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1/manifest.json is not valid JSON (%2).</source>
        <translation>%1/manifest.json n&apos;est pas un JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup in %1 is incomplete: %2 is missing.</source>
        <translation>La sauvegarde située dans %1 est incomplète&#xa0;: %2 est absent.</translation>
    </message>
    <message>
        <source>The backup in %1 is damaged: %2 has %3 bytes, the manifest says %4.</source>
        <translation>La sauvegarde située dans %1 est endommagée&#xa0;: %2 fait %3 octets, alors que le manifeste indique %4.</translation>
    </message>
    <message>
        <source>Checking the sha256 of %1 (%2) …</source>
        <translation>Vérification du sha256 de %1 (%2) …</translation>
    </message>
    <message>
        <source>The backup in %1 is damaged: the sha256 of %2 does not match its manifest.</source>
        <translation>La sauvegarde située dans %1 est endommagée&#xa0;: le sha256 de %2 ne correspond pas à son manifeste.</translation>
    </message>
    <message>
        <source>%1 has the wrong size</source>
        <translation>%1 n&apos;a pas la bonne taille</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>unfinished: no manifest.json</source>
        <translation>inachevée&#xa0;: pas de manifest.json</translation>
    </message>
    <message>
        <source>%1 is not a backup in %2; it is left alone.</source>
        <translation>%1 n&apos;est pas une sauvegarde de %2&#xa0;; il est laissé intact.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation>Impossible de supprimer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The database %1 has no tables with the prefix %2 that app/etc/env.php names: check db.table_prefix there.</source>
        <translation>La base de données %1 ne contient aucune table avec le préfixe %2 indiqué dans app/etc/env.php&#xa0;: vérifiez db.table_prefix dans ce fichier.</translation>
    </message>
    <message>
        <source>pub/media/ (product images and uploads), unless it is included (%1): the upgrade does not change it</source>
        <translation>pub/media/ (images des produits et fichiers téléversés), sauf s&apos;il est inclus (%1)&#xa0;: la mise à niveau ne le modifie pas</translation>
    </message>
    <message>
        <source>The backup needs about %1, but only %2 is free in %3: free some space there or choose another %4.</source>
        <translation>La sauvegarde nécessite environ %1, mais seulement %2 sont libres dans %3&#xa0;: libérez de l&apos;espace à cet endroit ou choisissez un autre dossier dans le champ %4.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup needs about %1, but only %2 is free in %3: free some space there or choose another folder with %4.</source>
        <translation>La sauvegarde nécessite environ %1, mais seulement %2 sont libres dans %3&#xa0;: libérez de l&apos;espace à cet endroit ou choisissez un autre dossier avec %4.</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside the store: choose a folder outside it with %2 (anything in the web root can be downloaded).</source>
        <translation>Le dossier de sauvegarde %1 se trouve dans la boutique&#xa0;: choisissez avec %2 un dossier situé en dehors (tout ce qui se trouve dans la racine web peut être téléchargé).</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside the store: set %2 to a folder outside it (anything in the web root can be downloaded).</source>
        <translation>Le dossier de sauvegarde %1 se trouve dans la boutique&#xa0;: indiquez dans le champ %2 un dossier situé en dehors (tout ce qui se trouve dans la racine web peut être téléchargé).</translation>
    </message>
    <message>
        <source>Backup complete in %1: code %2 (sha256 %3), database %4 (sha256 %5), %6, %7.</source>
        <comment>%6: the module versions, %7: the tables</comment>
        <translation>Sauvegarde terminée dans %1&#xa0;: code %2 (sha256 %3), base de données %4 (sha256 %5), %6, %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n module version(s)</source>
        <translation>
            <numerusform>%n version de module</numerusform>
            <numerusform>%n versions de modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::BackupManifest</name>
    <message>
        <source>manifest.json has format %1, which this version does not read.</source>
        <translation>manifest.json est au format %1, que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <source>manifest.json lacks the store, the database, the time or the files of the backup.</source>
        <translation>Il manque dans manifest.json la boutique, la base de données, la date ou les fichiers de la sauvegarde.</translation>
    </message>
    <message>
        <source>manifest.json lists a file it cannot vouch for (%1).</source>
        <translation>manifest.json liste un fichier dont il ne peut pas garantir l&apos;intégrité (%1).</translation>
    </message>
    <message>
        <source>manifest.json lists %1 as a folder the backup leaves out, which is not a path inside the store.</source>
        <translation>manifest.json liste %1 comme un dossier exclu de la sauvegarde, mais ce n&apos;est pas un chemin situé dans la boutique.</translation>
    </message>
</context>
<context>
    <name>mua::BackupPage</name>
    <message>
        <source>Create a backup</source>
        <translation>Créer une sauvegarde</translation>
    </message>
    <message>
        <source>Get back to the store you have now if the upgrade goes wrong.</source>
        <translation>Pour revenir à la boutique actuelle si la mise à niveau échoue.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before maintenance mode goes on, the assistant checks that the folder has room, archives the code and dumps the database into a new folder there, with a manifest of sizes and sha256 checksums. If the upgrade fails, &lt;b&gt;Roll back&lt;/b&gt; on the last page puts both back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Avant d&apos;activer le mode maintenance, l&apos;assistant vérifie que le dossier dispose d&apos;assez d&apos;espace, puis y archive le code et exporte la base de données dans un nouveau dossier, avec un manifeste des tailles et des sommes de contrôle sha256. Si la mise à niveau échoue, le bouton &lt;b&gt;Restaurer&lt;/b&gt; de la dernière page remet les deux en place.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Covered:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Couvert&#xa0;:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not covered:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Non couvert&#xa0;:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The archive holds app/etc/env.php with its passwords: the folder is readable by you only. Keep it outside the web root.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;archive contient app/etc/env.php avec ses mots de passe&#xa0;: le dossier n&apos;est lisible que par vous. Conservez-le hors de la racine web.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The free space in %1 is unknown.</source>
        <translation>L&apos;espace libre dans %1 est inconnu.</translation>
    </message>
    <message>
        <source>%1 is free in %2.</source>
        <translation>Espace libre dans %2&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The backup needs about %1 of free space for the code (%2 in %n files, with room to spare), and more for the database, whose size is unknown.</source>
        <translation>
            <numerusform>La sauvegarde nécessite environ %1 d&apos;espace libre pour le code (%2 en %n fichier, avec une marge), et davantage pour la base de données, dont la taille est inconnue.</numerusform>
            <numerusform>La sauvegarde nécessite environ %1 d&apos;espace libre pour le code (%2 en %n fichiers, avec une marge), et davantage pour la base de données, dont la taille est inconnue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup needs about %1 of free space (the code is %2 in %n files, the database %3, with room to spare).</source>
        <translation>
            <numerusform>La sauvegarde nécessite environ %1 d&apos;espace libre (code&#xa0;: %2 en %n fichier, base de données&#xa0;: %3, avec une marge).</numerusform>
            <numerusform>La sauvegarde nécessite environ %1 d&apos;espace libre (code&#xa0;: %2 en %n fichiers, base de données&#xa0;: %3, avec une marge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring what the backup needs…</source>
        <translation>Mesure de l&apos;espace nécessaire à la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup would fail: %1 Untick it, or fix this first.</source>
        <translation>La sauvegarde échouerait&#xa0;: %1 Décochez la case, ou corrigez d&apos;abord ce problème.</translation>
    </message>
</context>
<context>
    <name>mua::BackupStep</name>
    <message>
        <source>Covers %1. Does not cover %2.</source>
        <translation>Couvre %1. Ne couvre pas %2.</translation>
    </message>
    <message>
        <source>the database (%1)</source>
        <translation>la base de données (%1)</translation>
    </message>
    <message>
        <source>the database %1 (about %2)</source>
        <translation>la base de données %1 (environ %2)</translation>
    </message>
    <message>
        <source>the database %1 (its size is unknown: %2)</source>
        <translation>la base de données %1 (taille inconnue&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Archives the code (%1 in %2 entries) and dumps %3 into a new folder in %4, after checking that about %5 is free there (%6 now).</source>
        <translation>Archive le code (%1 en %2 entrées) et exporte %3 dans un nouveau dossier de %4, après avoir vérifié qu&apos;environ %5 y sont libres (%6 actuellement).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>code %1, database %2 in %3</source>
        <translation>code %1, base de données %2 dans %3</translation>
    </message>
    <message>
        <source>Back up the code and the database</source>
        <translation>Sauvegarder le code et la base de données</translation>
    </message>
    <message>
        <source>In this version backups work only when the store&apos;s commands run on this computer: with %1 the database lives where this computer cannot reach it. Back up the store on its server first, then upgrade without %2.</source>
        <translation>Dans cette version, les sauvegardes ne fonctionnent que si les commandes de la boutique s&apos;exécutent sur cet ordinateur&#xa0;: avec %1, la base de données se trouve là où cet ordinateur ne peut pas l&apos;atteindre. Sauvegardez d&apos;abord la boutique sur son serveur, puis mettez à niveau sans %2.</translation>
    </message>
    <message>
        <source>%1 works with the local runner only in this version: with %2 the database lives where this computer cannot reach it. Back up the store on its server first, then run without %1.</source>
        <translation>Dans cette version, %1 ne fonctionne qu&apos;avec le mode d&apos;exécution local&#xa0;: avec %2, la base de données se trouve là où cet ordinateur ne peut pas l&apos;atteindre. Sauvegardez d&apos;abord la boutique sur son serveur, puis relancez sans %1.</translation>
    </message>
</context>
<context>
    <name>mua::CacheEnableStep</name>
    <message numerus="yes">
        <source>All %n cache types are on now; checks they still are after the upgrade.</source>
        <translation>
            <numerusform>%n type de cache est activé&#xa0;; l&apos;assistant vérifie qu&apos;il l&apos;est toujours après la mise à niveau.</numerusform>
            <numerusform>Les %n types de cache sont activés&#xa0;; l&apos;assistant vérifie qu&apos;ils le sont toujours après la mise à niveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turns on %1 and checks that every type is on.</source>
        <translation>Active %1 et vérifie que tous les types sont activés.</translation>
    </message>
    <message>
        <source>cache:status listed no cache types.</source>
        <translation>cache:status n&apos;a listé aucun type de cache.</translation>
    </message>
    <message>
        <source>These cache types are still off after cache:enable: %1.</source>
        <translation>Ces types de cache sont toujours désactivés après cache:enable&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>all %n types on</source>
        <translation>
            <numerusform>%n type activé</numerusform>
            <numerusform>les %n types activés</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable all cache types</source>
        <translation>Activer tous les types de cache</translation>
    </message>
</context>
<context>
    <name>mua::ClearGeneratedStep</name>
    <message numerus="yes">
        <source>%1: removed %n entries</source>
        <translation>
            <numerusform>%1&#xa0;: %n entrée supprimée</numerusform>
            <numerusform>%1&#xa0;: %n entrées supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n entries (%1)</source>
        <translation>
            <numerusform>%n entrée supprimée (%1)</numerusform>
            <numerusform>%n entrées supprimées (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the code-generation folders</source>
        <translation>Vider les dossiers de code généré</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n entries (%1) inside %2; the folders stay. Each folder is moved aside in one rename and put back empty, so the shop does not wait for the deletion, which goes on in the background.</source>
        <translation>
            <numerusform>Supprime %n entrée (%1) dans %2&#xa0;; les dossiers sont conservés. Chaque dossier est mis de côté en un seul renommage et remis en place vide&#xa0;: la boutique n&apos;attend donc pas la suppression, qui se poursuit en arrière-plan.</numerusform>
            <numerusform>Supprime %n entrées (%1) dans %2&#xa0;; les dossiers sont conservés. Chaque dossier est mis de côté en un seul renommage et remis en place vide&#xa0;: la boutique n&apos;attend donc pas la suppression, qui se poursuit en arrière-plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: moved aside in one rename; its old contents are deleted in the background</source>
        <translation>%1&#xa0;: mis de côté en un seul renommage&#xa0;; son ancien contenu est supprimé en arrière-plan</translation>
    </message>
    <message>
        <source>%1: empty already</source>
        <translation>%1&#xa0;: déjà vide</translation>
    </message>
    <message>
        <source>%1 Emptying it in place instead.</source>
        <translation>%1 Le dossier est vidé directement à la place.</translation>
    </message>
    <message>
        <source>emptied %1 by moving the contents aside</source>
        <translation>vidage de %1 par mise de côté du contenu</translation>
    </message>
    <message numerus="yes">
        <source>The store is on %1: %n entries would be deleted one network round trip each; use %2 to do it on the server.</source>
        <translation>
            <numerusform>La boutique est sur %1&#xa0;: %n entrée serait supprimée avec un aller-retour réseau chacune&#xa0;; utilisez %2 pour le faire sur le serveur.</numerusform>
            <numerusform>La boutique est sur %1&#xa0;: %n entrées seraient supprimées avec un aller-retour réseau chacune&#xa0;; utilisez %2 pour le faire sur le serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Cli</name>
    <message>
        <source>Run &apos;magento-upgrade-assistant --help&apos; for the commands.</source>
        <translation>Exécutez &apos;magento-upgrade-assistant --help&apos; pour voir les commandes.</translation>
    </message>
    <message>
        <source>%1 does not know the option %2%3.</source>
        <translation>%1 ne connaît pas l&apos;option %2%3.</translation>
    </message>
    <message>
        <source>inspect takes exactly one store folder: magento-upgrade-assistant inspect ROOT [--json].</source>
        <translation>inspect attend exactement un dossier de boutique&#xa0;: magento-upgrade-assistant inspect ROOT [--json].</translation>
    </message>
    <message>
        <source>demo-store takes exactly one folder: magento-upgrade-assistant demo-store DIR [--era 2.1|2.4].</source>
        <translation>demo-store attend exactement un dossier&#xa0;: magento-upgrade-assistant demo-store DIR [--era 2.1|2.4].</translation>
    </message>
    <message>
        <source>--era %1 is not one of the demo eras (%2).</source>
        <translation>--era %1 ne fait pas partie des générations de démonstration (%2).</translation>
    </message>
    <message>
        <source>Made a Magento %1 sandbox store in %2. Try: magento-upgrade-assistant inspect %2
</source>
        <translation>Boutique de démonstration Magento %1 créée dans %2. Essayez&#xa0;: magento-upgrade-assistant inspect %2
</translation>
    </message>
    <message>
        <source>--grace %1 is not a number of seconds between 0 and 3600.</source>
        <translation>--grace %1 n&apos;est pas un nombre de secondes compris entre 0 et 3600.</translation>
    </message>
    <message>
        <source>--on-failure %1 is not keep-maintenance or restore.</source>
        <translation>--on-failure %1 n&apos;est ni keep-maintenance ni restore.</translation>
    </message>
    <message>
        <source>--target-version %1 is not a Magento 2 version such as 2.4.7 or 2.4.7-p3.</source>
        <translation>--target-version %1 n&apos;est pas une version de Magento 2 telle que 2.4.7 ou 2.4.7-p3.</translation>
    </message>
    <message>
        <source>plan takes exactly one store folder: magento-upgrade-assistant plan ROOT [options].</source>
        <translation>plan attend exactement un dossier de boutique&#xa0;: magento-upgrade-assistant plan ROOT [options].</translation>
    </message>
    <message>
        <source>upgrade takes exactly one store folder: magento-upgrade-assistant upgrade ROOT --yes [options].</source>
        <translation>upgrade attend exactement un dossier de boutique&#xa0;: magento-upgrade-assistant upgrade ROOT --yes [options].</translation>
    </message>
    <message>
        <source>upgrade changes the store, so it needs --yes. To see what it would do first, run: magento-upgrade-assistant plan %1</source>
        <translation>upgrade modifie la boutique et exige donc --yes. Pour voir d&apos;abord ce qui serait fait, exécutez&#xa0;: magento-upgrade-assistant plan %1</translation>
    </message>
    <message>
        <source>Done: %1
</source>
        <translation>Terminé&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Known fix: %1</source>
        <translation>Solution connue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Log: %1
</source>
        <translation>Journal&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--runner %1 is not one of %2.</source>
        <translation>--runner %1 n&apos;est pas valide&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--%1 is for --runner ssh, not %2.</source>
        <translation>--%1 ne s&apos;applique qu&apos;à --runner ssh, pas à %2.</translation>
    </message>
    <message>
        <source>--service is for --runner compose and warden (the container that runs PHP), not %1.</source>
        <translation>--service ne s&apos;applique qu&apos;à --runner compose et warden (le conteneur qui exécute PHP), pas à %1.</translation>
    </message>
    <message>
        <source>--%1 is for the local and ssh runners: with %2, the container&apos;s own %1 runs.</source>
        <translation>--%1 ne s&apos;applique qu&apos;aux modes d&apos;exécution local et ssh&#xa0;: avec %2, c&apos;est le %1 du conteneur qui s&apos;exécute.</translation>
    </message>
    <message>
        <source>--%1 only means something with --backup.</source>
        <translation>--%1 n&apos;a de sens qu&apos;avec --backup.</translation>
    </message>
    <message>
        <source>rollback takes one store folder and one backup: magento-upgrade-assistant rollback ROOT --backup DIR --yes.</source>
        <translation>rollback attend un dossier de boutique et une sauvegarde&#xa0;: magento-upgrade-assistant rollback ROOT --backup DIR --yes.</translation>
    </message>
    <message>
        <source>rollback replaces the store&apos;s code and database, so it needs --yes. To see the store&apos;s backups first, run: magento-upgrade-assistant backups %1</source>
        <translation>rollback remplace le code et la base de données de la boutique et exige donc --yes. Pour voir d&apos;abord les sauvegardes de la boutique, exécutez&#xa0;: magento-upgrade-assistant backups %1</translation>
    </message>
    <message>
        <source>backups takes exactly one store folder: magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR] [--prune KEEP --yes].</source>
        <translation>backups attend exactement un dossier de boutique&#xa0;: magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR] [--prune KEEP --yes].</translation>
    </message>
    <message>
        <source>--prune %1 is not a number of backups to keep (0 or more).</source>
        <translation>--prune %1 n&apos;est pas un nombre de sauvegardes à conserver (0 ou plus).</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.
</source>
        <translation>Aucune sauvegarde de %1 dans %2.
</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first:
</source>
        <translation>Sauvegardes de %1 dans %2, de la plus récente à la plus ancienne&#xa0;:
</translation>
    </message>
    <message>
        <source>Magento %1</source>
        <translation>Magento %1</translation>
    </message>
    <message>
        <source>Magento ?</source>
        <translation>Magento ?</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>NOT complete (%1)</source>
        <translation>INCOMPLÈTE (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to prune: %1 holds %n backup(s).</source>
        <translation>
            <numerusform>Rien à supprimer&#xa0;: %1 contient %n sauvegarde.</numerusform>
            <numerusform>Rien à supprimer&#xa0;: %1 contient %n sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>--prune deletes backups, so it needs --yes. It would delete: %1</source>
        <translation>--prune supprime des sauvegardes et exige donc --yes. Seraient supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted %1
</source>
        <translation>Supprimé&#xa0;: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Kept the newest %n complete backup(s).
</source>
        <translation>
            <numerusform>%n sauvegarde complète conservée (la plus récente).
</numerusform>
            <numerusform>%n sauvegardes complètes conservées (les plus récentes).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pruned, because they may belong to another store: %1. Delete them by hand if they are this store&apos;s.</source>
        <translation>Non supprimées, car elles appartiennent peut-être à une autre boutique&#xa0;: %1. Supprimez-les manuellement si elles appartiennent à cette boutique.</translation>
    </message>
    <message>
        <source>%1 is not an option of the wizard, which opens on a store folder or --demo; the commands are %2.</source>
        <translation>%1 n&apos;est pas une option de l&apos;assistant, qui s&apos;ouvre sur un dossier de boutique ou avec --demo&#xa0;; les commandes sont %2.</translation>
    </message>
    <message>
        <source>%1 is neither a command nor a folder: the commands are %2, and a store folder or --demo opens the wizard.</source>
        <translation>%1 n&apos;est ni une commande ni un dossier&#xa0;: les commandes sont %2, et un dossier de boutique ou --demo ouvre l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1 is neither a command nor a folder (did you mean %2?): the commands are %3, and a store folder or --demo opens the wizard.</source>
        <translation>%1 n&apos;est ni une commande ni un dossier (vouliez-vous dire %2&#xa0;?)&#xa0;: les commandes sont %3, et un dossier de boutique ou --demo ouvre l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1 does not exist: give the wizard a store folder, or use one of the commands %2.</source>
        <translation>%1 n&apos;existe pas&#xa0;: indiquez un dossier de boutique à l&apos;assistant, ou utilisez l&apos;une des commandes %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder: give the wizard a store folder, or use one of the commands %2.</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;: indiquez un dossier de boutique à l&apos;assistant, ou utilisez l&apos;une des commandes %2.</translation>
    </message>
    <message numerus="yes">
        <source>The wizard opens one store folder, not %n: give it one, or use one of the commands %1.</source>
        <translation>
            <numerusform>L&apos;assistant ouvre un seul dossier de boutique, pas %n&#xa0;: indiquez-en un, ou utilisez l&apos;une des commandes %1.</numerusform>
            <numerusform>L&apos;assistant ouvre un seul dossier de boutique, pas %n&#xa0;: indiquez-en un, ou utilisez l&apos;une des commandes %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--demo opens a sandbox store of its own: give either --demo or a store folder.</source>
        <translation>--demo ouvre sa propre boutique de démonstration&#xa0;: indiquez soit --demo, soit un dossier de boutique.</translation>
    </message>
    <message>
        <source>There is no display to open the wizard on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it in a desktop session or under xvfb-run, or use the commands %1, which need no window.</source>
        <translation>Aucun affichage sur lequel ouvrir l&apos;assistant (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini)&#xa0;: lancez-le dans une session de bureau ou sous xvfb-run, ou utilisez les commandes %1, qui n&apos;ont pas besoin de fenêtre.</translation>
    </message>
    <message>
        <source>--target-version is empty: give the Magento version to move to, such as 2.4.8, or leave the option out to upgrade without moving.</source>
        <translation>--target-version est vide&#xa0;: indiquez la version de Magento visée, par exemple 2.4.8, ou omettez l&apos;option pour effectuer la mise à niveau sans changer de version.</translation>
    </message>
    <message>
        <source>--%1 is empty: give the program&apos;s name or path, or leave the option out.</source>
        <translation>--%1 est vide&#xa0;: indiquez le nom ou le chemin du programme, ou omettez l&apos;option.</translation>
    </message>
    <message>
        <source>--notify and --notify-file both name the webhook: give one of them.</source>
        <translation>--notify et --notify-file désignent tous deux le webhook&#xa0;: n&apos;utilisez que l&apos;une des deux options.</translation>
    </message>
    <message>
        <source>Cancelling: stopping the running command… (a second Ctrl-C stops at once and says where the store stands)</source>
        <translation>Annulation&#xa0;: arrêt de la commande en cours… (un second Ctrl-C arrête immédiatement et indique où en est la boutique)</translation>
    </message>
    <message>
        <source>Cancelling: a rollback stops only before it changes the store; once it has begun it finishes (a second Ctrl-C stops it at once, half done).</source>
        <translation>Annulation&#xa0;: une restauration ne peut s&apos;arrêter qu&apos;avant de modifier la boutique&#xa0;; une fois commencée, elle va jusqu&apos;au bout (un second Ctrl-C l&apos;arrête immédiatement, à moitié faite).</translation>
    </message>
    <message>
        <source>If the rollback had begun to change the store, it is half done: run the same rollback command again to finish it.</source>
        <translation>Si la restauration avait commencé à modifier la boutique, elle est à moitié faite&#xa0;: relancez la même commande rollback pour la terminer.</translation>
    </message>
    <message>
        <source>  --notify-file FILE             the webhook&apos;s address from FILE (mode 600), or set MUA_NOTIFY_URL:
                                 ps shows a --notify URL to every local user
</source>
        <translation>  --notify-file FILE             lit l&apos;adresse du webhook dans FILE (mode 600) ou MUA_NOTIFY_URL&#xa0;:
                                 ps montre l&apos;URL de --notify à tous les utilisateurs locaux
</translation>
    </message>
    <message>
        <source>Nothing in the store was changed.</source>
        <translation>Rien n&apos;a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>versions takes exactly one store folder: magento-upgrade-assistant versions ROOT [--json].</source>
        <translation>versions attend exactement un dossier de boutique&#xa0;: magento-upgrade-assistant versions ROOT [--json].</translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <translation>%1 %2 est installé.</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no newer version.</source>
        <translation>Les dépôts de la boutique ne proposent aucune version plus récente.</translation>
    </message>
    <message>
        <source>Newer versions the store&apos;s repositories offer:</source>
        <translation>Versions plus récentes proposées par les dépôts de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>  %1  (PHP %2)</source>
        <translation>  %1  (PHP %2)</translation>
    </message>
    <message>
        <source>Usage:
  magento-upgrade-assistant [ROOT]                open the wizard (on ROOT when given)
  magento-upgrade-assistant --demo                open the wizard on a throw-away sandbox store
  magento-upgrade-assistant demo-store DIR [--era 2.1|2.4]
                                                  make a sandbox store in DIR
  magento-upgrade-assistant inspect ROOT [--json] say what the store is; changes nothing
  magento-upgrade-assistant plan ROOT [--json] [options]
                                                  list the steps an upgrade would run; changes nothing
  magento-upgrade-assistant upgrade ROOT --yes [options]
                                                  run the upgrade without a window
  magento-upgrade-assistant rollback ROOT --backup DIR --yes [--json] [--accept-data-loss]
                                                  put the code and database of a --backup back
  magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR]
                                                  list the store&apos;s backups; --prune KEEP --yes
                                                  deletes all but the newest KEEP complete ones
  magento-upgrade-assistant versions ROOT [--json] [options]
                                                  the newer Magento versions the store&apos;s own
                                                  Composer repositories offer; changes nothing
  magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE] [options]
                                                  what moving to X changes in code the store
                                                  customises; changes nothing in the store

Options of plan and upgrade:
  --runner local|ssh|ddev|warden|compose
                                 how bin/magento runs: with this computer&apos;s PHP (default), on
                                 a server over ssh, or in the project&apos;s PHP container:
                                 ddev exec, warden env exec -T php-fpm, docker compose exec -T
                                 SERVICE (inspect says which one the project looks like)
  --ssh HOST --remote-root PATH  the ssh runner: bin/magento and the file work run on HOST in
                                 PATH, while ROOT is that folder mounted here, e.g. with
                                 sshfs -o dir_cache=no HOST:PATH ROOT
  --ssh-config FILE              ssh -F FILE instead of ~/.ssh/config
  --service NAME                 the container that runs PHP, for --runner compose and warden
                                 (default: php-fpm)
  --php PATH                     PHP binary (default: php; on HOST with --runner ssh)
  --composer PATH                Composer for --target-version (default: composer)
  --target-version X             move the Magento package to X with Composer first
  --backup                       back up the code (without var/, generated/, pub/static/,
                                 pub/media/) and the database first, after checking the space
  --backup-dir DIR               where this store&apos;s backups go (default:
                                 ~/.local/share/magento-upgrade-assistant/backups/STORE-HASH)
  --backup-media                 back up pub/media/ too
  --url URL                      the storefront: 200 before the run, 503 during maintenance,
                                 200 after it (warns when slower or showing PHP errors)
  --notify URL                   POST a JSON summary to this webhook (Slack, Teams, …) at the end
  --on-failure keep-maintenance|restore
                                 maintenance mode after a failed step (default: keep)
  --log FILE                     the full log (default: ROOT/var/log/upgrade-assistant-*.log)
  --report FILE                  a JSON report, written on every outcome
  --resume                       continue a failed or cancelled run where it stopped
  --break-lock                   take over a broken lock, or a stale one left by
                                 another host
  --grace SECONDS                time a cancelled command gets before it is killed (default 5)

Options of rollback: --php PATH, --log FILE, --report FILE, --break-lock, and
  --accept-data-loss             roll back even though orders, customers or carts were added
                                 since the backup (they are lost)

Exit codes: 0 done, 1 a step failed, 2 usage error or not a store, 3 refused for safety,
130 cancelled.

  -h, --help       show this help
  -v, --version    show the version
</source>
        <translation>Utilisation&#xa0;:
  magento-upgrade-assistant [ROOT]                ouvre l&apos;assistant (sur ROOT s&apos;il est indiqué)
  magento-upgrade-assistant --demo                ouvre l&apos;assistant sur une boutique de
                                                  démonstration jetable
  magento-upgrade-assistant demo-store DIR [--era 2.1|2.4]
                                                  crée une boutique de démonstration dans DIR
  magento-upgrade-assistant inspect ROOT [--json] décrit la boutique&#xa0;; ne modifie rien
  magento-upgrade-assistant plan ROOT [--json] [options]
                                                  liste les étapes qu&apos;exécuterait une mise à niveau&#xa0;;
                                                  ne modifie rien
  magento-upgrade-assistant upgrade ROOT --yes [options]
                                                  exécute la mise à niveau sans fenêtre
  magento-upgrade-assistant rollback ROOT --backup DIR --yes [--json] [--accept-data-loss]
                                                  remet en place le code et la base de données d&apos;une
                                                  sauvegarde --backup
  magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR]
                                                  liste les sauvegardes de la boutique&#xa0;;
                                                  --prune KEEP --yes supprime tout sauf les KEEP
                                                  sauvegardes complètes les plus récentes
  magento-upgrade-assistant versions ROOT [--json] [options]
                                                  liste les versions plus récentes de Magento proposées par
                                                  les dépôts Composer de la boutique&#xa0;; ne modifie rien
  magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE] [options]
                                                  indique ce que le changement de version vers X modifie
                                                  dans le code que la boutique personnalise&#xa0;;
                                                  ne modifie rien dans la boutique

Options des commandes plan et upgrade&#xa0;:
  --runner local|ssh|ddev|warden|compose
                                 où s&apos;exécute bin/magento&#xa0;: avec le PHP de cet ordinateur
                                 (par défaut), sur un serveur via ssh, ou dans le conteneur
                                 PHP du projet&#xa0;: ddev exec, warden env exec -T php-fpm,
                                 docker compose exec -T SERVICE (inspect indique à quel
                                 type de projet il ressemble)
  --ssh HOST --remote-root PATH  exécution via ssh&#xa0;: bin/magento et les opérations sur les fichiers
                                 s&apos;exécutent sur HOST dans PATH, ROOT étant ce dossier monté ici,
                                 p. ex. avec sshfs -o dir_cache=no HOST:PATH ROOT
  --ssh-config FILE              ssh -F FILE au lieu de ~/.ssh/config
  --service NAME                 le conteneur qui exécute PHP, pour --runner compose et warden
                                 (par défaut&#xa0;: php-fpm)
  --php PATH                     binaire PHP (par défaut&#xa0;: php&#xa0;; sur HOST avec --runner ssh)
  --composer PATH                Composer pour --target-version (par défaut&#xa0;: composer)
  --target-version X             fait d&apos;abord passer le paquet Magento à X avec Composer
  --backup                       sauvegarde d&apos;abord le code (sans var/, generated/, pub/static/,
                                 pub/media/) et la base de données, après avoir vérifié l&apos;espace
  --backup-dir DIR               où vont les sauvegardes de cette boutique (par défaut&#xa0;:
                                 ~/.local/share/magento-upgrade-assistant/backups/STORE-HASH)
  --backup-media                 sauvegarde aussi pub/media/
  --url URL                      la vitrine&#xa0;: 200 avant l&apos;exécution, 503 pendant la maintenance,
                                 200 après (avertit si elle est plus lente ou affiche des erreurs PHP)
  --notify URL                   envoie un résumé JSON (POST) à ce webhook (Slack, Teams, …) à la fin
  --on-failure keep-maintenance|restore
                                 mode maintenance après l&apos;échec d&apos;une étape (par défaut&#xa0;: keep)
  --log FILE                     le journal complet
                                 (par défaut&#xa0;: ROOT/var/log/upgrade-assistant-*.log)
  --report FILE                  un rapport JSON, écrit quelle que soit l&apos;issue
  --resume                       reprend une exécution échouée ou annulée là où elle s&apos;est arrêtée
  --break-lock                   reprend un verrou invalide, ou un verrou périmé laissé
                                 par un autre hôte
  --grace SECONDS                délai laissé à une commande annulée avant qu&apos;elle soit tuée
                                 (par défaut&#xa0;: 5)

Options de la commande rollback&#xa0;: --php PATH, --log FILE, --report FILE, --break-lock, et
  --accept-data-loss             restaure même si des commandes, des clients ou des paniers ont été
                                 ajoutés depuis la sauvegarde (ils sont perdus)

Codes de sortie&#xa0;: 0 terminé, 1 une étape a échoué, 2 erreur d&apos;utilisation ou pas une boutique,
3 refus par sécurité, 130 annulé.

  -h, --help       affiche cette aide
  -v, --version    affiche la version
</translation>
    </message>
    <message>
        <source>Moving from %1 to %2: %3 need a look, %4 worth knowing, %5 only whitespace or comments.</source>
        <translation>Passage de %1 à %2&#xa0;: %3 à examiner, %4 bon à savoir, %5 espaces ou commentaires seulement.</translation>
    </message>
    <message>
        <source>the installed version</source>
        <translation>la version installée</translation>
    </message>
    <message>
        <source>Nothing the store customises changes with the move.</source>
        <translation>Le changement de version ne modifie rien de ce que la boutique personnalise.</translation>
    </message>
    <message>
        <source>impact takes exactly one store folder: magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE].</source>
        <translation>impact attend exactement un dossier de boutique&#xa0;: magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE].</translation>
    </message>
    <message>
        <source>impact needs the version to move to: add --target-version X (see magento-upgrade-assistant versions ROOT).</source>
        <translation>impact a besoin de la version cible&#xa0;: ajoutez --target-version X (voir magento-upgrade-assistant versions ROOT).</translation>
    </message>
    <message>
        <source>Cancelled: nothing in the store was changed.</source>
        <translation>Annulé&#xa0;: rien n’a été modifié dans la boutique.</translation>
    </message>
</context>
<context>
    <name>mua::CommandExecutor</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) of output left out here)</source>
        <translation>
            <numerusform>(%n ligne de sortie omise ici)</numerusform>
            <numerusform>(%n lignes de sortie omises ici)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::ComposerProblems</name>
    <message>
        <source>composer.json requires %1, which %2 cannot be installed with: change or remove that requirement in composer.json.</source>
        <translation>composer.json exige %1, ce qui empêche d&apos;installer %2&#xa0;: modifiez ou supprimez cette exigence dans composer.json.</translation>
    </message>
    <message>
        <source>composer.json requires %1, but %2 needs %3: change that requirement in composer.json so that it allows %3, or remove it.</source>
        <translation>composer.json exige %1, mais %2 a besoin de %3&#xa0;: modifiez cette exigence dans composer.json pour qu&apos;elle autorise %3, ou supprimez-la.</translation>
    </message>
    <message>
        <source>%1 requires %2, which %3 cannot be installed with: update %1 to a version made for %3, ask its vendor for one, or remove it.</source>
        <translation>%1 exige %2, ce qui empêche d&apos;installer %3&#xa0;: mettez à jour %1 vers une version conçue pour %3, demandez-en une à son éditeur, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 requires %2, but %3 needs %4: update %1 to a version made for %3, ask its vendor for one, or remove it.</source>
        <translation>%1 exige %2, mais %3 a besoin de %4&#xa0;: mettez à jour %1 vers une version conçue pour %3, demandez-en une à son éditeur, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 declares a conflict with %2, which %3 needs: update %1 to a version made for %3, ask its vendor for one, or remove it.</source>
        <translation>%1 déclare un conflit avec %2, dont %3 a besoin&#xa0;: mettez à jour %1 vers une version conçue pour %3, demandez-en une à son éditeur, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 declares a conflict with %2: update %3 to a version that %1 allows, ask its vendor for one, or remove it.</source>
        <translation>%1 déclare un conflit avec %2&#xa0;: mettez à jour %3 vers une version que %1 autorise, demandez-en une à son éditeur, ou supprimez-le.</translation>
    </message>
</context>
<context>
    <name>mua::ComposerStageStep</name>
    <message>
        <source>%1; Composer moves the store in maintenance instead</source>
        <translation>%1&#xa0;; à la place, Composer fait passer la boutique à la nouvelle version en mode maintenance</translation>
    </message>
    <message>
        <source>Moves a copy of the store&apos;s code to %1 in %2 while the shop is still up (with the store&apos;s Composer plugins, without scripts), so that in maintenance the move is a swap.</source>
        <translation>Fait passer une copie du code de la boutique à %1 dans %2 pendant que la boutique est encore en ligne (avec les plugins Composer de la boutique, sans scripts), de sorte qu&apos;en mode maintenance le changement de version se résume à un échange.</translation>
    </message>
    <message>
        <source>The move could not be staged in %1, and the shop is still up: %2</source>
        <translation>Le changement de version n&apos;a pas pu être préparé dans %1, et la boutique est toujours en ligne&#xa0;: %2</translation>
    </message>
    <message>
        <source>Staging the move to %1 in %2 while the shop is up: in maintenance, composer-update only swaps it in.</source>
        <translation>Préparation du changement de version vers %1 dans %2 pendant que la boutique est en ligne&#xa0;: en mode maintenance, composer-update n&apos;a plus qu&apos;à le mettre en place.</translation>
    </message>
    <message>
        <source>The store was not changed, and the shop is still up.</source>
        <translation>La boutique n&apos;a pas été modifiée et elle est toujours en ligne.</translation>
    </message>
    <message>
        <source>The staged move cannot be recorded, and the shop is still up: %1</source>
        <translation>Le changement de version préparé ne peut pas être consigné, et la boutique est toujours en ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 staged in %2 s</source>
        <translation>%1 préparée en %2 s</translation>
    </message>
    <message>
        <source>Prepare the new version while the shop is up</source>
        <translation>Préparer la nouvelle version pendant que la boutique est en ligne</translation>
    </message>
</context>
<context>
    <name>mua::ComposerUpdateStep</name>
    <message>
        <source>the store is a git clone; update it with git</source>
        <translation>la boutique est un clone git&#xa0;; mettez-la à jour avec git</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Move Magento to the new version</source>
        <translation>Passer Magento à la nouvelle version</translation>
    </message>
    <message>
        <source>Moves %1 from %2 to %3 with Composer; composer.json, composer.lock and vendor/ are kept and put back as they were if Composer fails.</source>
        <translation>Fait passer %1 de %2 à %3 avec Composer&#xa0;; composer.json, composer.lock et vendor/ sont conservés et remis en l&apos;état si Composer échoue.</translation>
    </message>
    <message>
        <source>An earlier run stopped in the middle of the move: putting the code it kept back first.</source>
        <translation>Une exécution précédente s&apos;est arrêtée au milieu du changement de version&#xa0;: le code qu&apos;elle avait conservé est d&apos;abord remis en place.</translation>
    </message>
    <message>
        <source>The code kept by the interrupted move could not be put back: %1 It is in %2.</source>
        <translation>Le code conservé par le changement de version interrompu n&apos;a pas pu être remis en place&#xa0;: %1 Il se trouve dans %2.</translation>
    </message>
    <message>
        <source>The code could not be kept before the move, so Composer did not run: %1</source>
        <translation>Le code n&apos;a pas pu être conservé avant le changement de version, Composer n&apos;a donc pas été lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>composer.json, composer.lock, vendor/ and the files magento2-base maps are kept in %1 until Composer has succeeded.</source>
        <translation>composer.json, composer.lock, vendor/ et les fichiers mappés par magento2-base sont conservés dans %1 jusqu&apos;à ce que Composer ait réussi.</translation>
    </message>
    <message>
        <source>composer.json, composer.lock, vendor/ and the mapped files are back as they were before the move.</source>
        <translation>composer.json, composer.lock, vendor/ et les fichiers mappés sont revenus à leur état d&apos;avant le changement de version.</translation>
    </message>
    <message>
        <source>composer.json, composer.lock and vendor/ are back as they were.</source>
        <translation>composer.json, composer.lock et vendor/ sont revenus à leur état précédent.</translation>
    </message>
    <message>
        <source>Putting the code back failed: %1 The code as it was is in %2.</source>
        <translation>La remise en place du code a échoué&#xa0;: %1 Le code d&apos;origine se trouve dans %2.</translation>
    </message>
    <message>
        <source>Swaps in the move of %1 from %2 to %3 that composer-stage prepared (renames), then writes the autoloader; composer.json, composer.lock and vendor/ are kept and put back as they were if any of it fails.</source>
        <translation>Met en place le changement de version de %1 de %2 à %3 préparé par composer-stage (renommages), puis écrit l&apos;autoloader&#xa0;; composer.json, composer.lock et vendor/ sont conservés et remis en l&apos;état si quoi que ce soit échoue.</translation>
    </message>
    <message>
        <source>Composer moves the store now, in maintenance, because %1.</source>
        <translation>Composer fait passer la boutique à la nouvelle version maintenant, en mode maintenance, car %1.</translation>
    </message>
    <message>
        <source>Swapping in the move staged before maintenance: the store&apos;s vendor/, composer.json, composer.lock and mapped files are kept in %1 until it has succeeded.</source>
        <translation>Mise en place du changement de version préparé avant la maintenance&#xa0;: vendor/, composer.json, composer.lock et les fichiers mappés de la boutique sont conservés dans %1 jusqu&apos;à ce que l&apos;opération ait réussi.</translation>
    </message>
    <message>
        <source>The staged code could not be swapped in: %1</source>
        <translation>Le code préparé n&apos;a pas pu être mis en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (staged; swapped in %3 s)</source>
        <translation>%1 → %2 (préparé&#xa0;; mis en place en %3 s)</translation>
    </message>
</context>
<context>
    <name>mua::ComposerVersion</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3): the version was not read from it.</source>
        <translation>%1 n&apos;est pas un JSON valide (%2 à l&apos;octet %3)&#xa0;: la version n&apos;y a pas été lue.</translation>
    </message>
    <message>
        <source>%1 gives %2 a version that is not one (%3 characters, not only letters, digits and . - + _): the version was not read from it.</source>
        <translation>%1 attribue à %2 une version invalide (%3 caractères, pas uniquement des lettres, des chiffres et . - + _)&#xa0;: la version n&apos;y a pas été lue.</translation>
    </message>
</context>
<context>
    <name>mua::ContainerRunner</name>
    <message>
        <source>The ddev project</source>
        <translation>Le projet ddev</translation>
    </message>
    <message>
        <source>The warden environment</source>
        <translation>L&apos;environnement warden</translation>
    </message>
    <message>
        <source>The docker compose service %1</source>
        <translation>Le service docker compose %1</translation>
    </message>
    <message>
        <source>ddev is not installed (there is no ddev on PATH): install it from https://ddev.com/get-started/, then try again.</source>
        <translation>ddev n&apos;est pas installé (aucun ddev dans le PATH)&#xa0;: installez-le depuis https://ddev.com/get-started/, puis réessayez.</translation>
    </message>
    <message>
        <source>warden is not installed (there is no warden on PATH): install it from https://docs.warden.dev/installing.html, then try again.</source>
        <translation>warden n&apos;est pas installé (aucun warden dans le PATH)&#xa0;: installez-le depuis https://docs.warden.dev/installing.html, puis réessayez.</translation>
    </message>
    <message>
        <source>docker is not installed (there is no docker on PATH): install Docker Engine and its Compose plugin (the docker-ce and docker-compose-plugin packages, https://docs.docker.com/engine/install/), then try again.</source>
        <translation>docker n&apos;est pas installé (aucun docker dans le PATH)&#xa0;: installez Docker Engine et son plugin Compose (paquets docker-ce et docker-compose-plugin, https://docs.docker.com/engine/install/), puis réessayez.</translation>
    </message>
    <message>
        <source>%1, then resume the upgrade.</source>
        <translation>%1, puis reprenez la mise à niveau.</translation>
    </message>
    <message>
        <source>%1, then try again.</source>
        <translation>%1, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is on PATH but cannot be started (%2): check its installation, then try again.</source>
        <translation>%1 se trouve dans le PATH mais ne peut pas être lancé (%2)&#xa0;: vérifiez son installation, puis réessayez.</translation>
    </message>
    <message>
        <source>start it with %1 (in %2)</source>
        <translation>démarrez-le avec %1 (dans %2)</translation>
    </message>
    <message>
        <source>You may not use Docker on this computer (permission denied on its socket): add yourself to the docker group (sudo usermod -aG docker $USER, then log in again)</source>
        <translation>Vous n&apos;avez pas le droit d&apos;utiliser Docker sur cet ordinateur (permission refusée sur son socket)&#xa0;: ajoutez-vous au groupe docker (sudo usermod -aG docker $USER, puis reconnectez-vous)</translation>
    </message>
    <message>
        <source>Docker is not running: start Docker (sudo systemctl start docker, or Docker Desktop), then %1 (in %2)</source>
        <translation>Docker n&apos;est pas démarré&#xa0;: démarrez Docker (sudo systemctl start docker, ou Docker Desktop), puis exécutez %1 (dans %2)</translation>
    </message>
    <message>
        <source>This docker has no Compose plugin (docker compose is an unknown command): install docker-compose-plugin (https://docs.docker.com/compose/install/linux/)</source>
        <translation>Cette installation de docker n&apos;a pas le plugin Compose (docker compose est une commande inconnue)&#xa0;: installez docker-compose-plugin (https://docs.docker.com/compose/install/linux/)</translation>
    </message>
    <message>
        <source>%1 is not running: %2</source>
        <translation>%1 n&apos;est pas démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not in a ddev project (no .ddev/config.yaml in it or above it): run ddev config there first, or choose another runner</source>
        <translation>%1 ne se trouve pas dans un projet ddev (aucun .ddev/config.yaml dans ce dossier ni au-dessus)&#xa0;: exécutez d&apos;abord ddev config à cet endroit, ou choisissez un autre mode d&apos;exécution</translation>
    </message>
    <message>
        <source>This ddev asks for a terminal even without one: update ddev to a current release</source>
        <translation>Cette version de ddev demande un terminal même en l&apos;absence de terminal&#xa0;: mettez ddev à jour vers une version récente</translation>
    </message>
    <message>
        <source>%1 is not in a warden environment (no .env with WARDEN_ENV_NAME in it or above it): run warden env-init there first, or choose another runner</source>
        <translation>%1 ne se trouve pas dans un environnement warden (aucun .env contenant WARDEN_ENV_NAME dans ce dossier ni au-dessus)&#xa0;: exécutez d&apos;abord warden env-init à cet endroit, ou choisissez un autre mode d&apos;exécution</translation>
    </message>
    <message>
        <source>docker compose finds no compose file in %1 or above it: run the assistant on the store of a compose project, or choose another runner</source>
        <translation>docker compose ne trouve aucun fichier compose dans %1 ni au-dessus&#xa0;: lancez l&apos;assistant sur la boutique d&apos;un projet compose, ou choisissez un autre mode d&apos;exécution</translation>
    </message>
    <message>
        <source>The project in %1 has no service %2: name the service that runs PHP in %3 (docker compose config --services lists them)</source>
        <translation>Le projet dans %1 n&apos;a pas de service %2&#xa0;: indiquez dans %3 le service qui exécute PHP (docker compose config --services les liste)</translation>
    </message>
    <message>
        <source>This looks like a ddev project (%1): add %2.</source>
        <translation>Cela ressemble à un projet ddev (%1)&#xa0;: ajoutez %2.</translation>
    </message>
    <message>
        <source>This looks like a ddev project (%1): choose %2.</source>
        <translation>Cela ressemble à un projet ddev (%1)&#xa0;: choisissez %2.</translation>
    </message>
    <message>
        <source>This looks like a warden environment (%1 sets WARDEN_ENV_TYPE=%2): add %3.</source>
        <translation>Cela ressemble à un environnement warden (%1 définit WARDEN_ENV_TYPE=%2)&#xa0;: ajoutez %3.</translation>
    </message>
    <message>
        <source>This looks like a warden environment (%1 sets WARDEN_ENV_TYPE=%2): choose %3.</source>
        <translation>Cela ressemble à un environnement warden (%1 définit WARDEN_ENV_TYPE=%2)&#xa0;: choisissez %3.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service php-fpm runs PHP (%1): add %2.</source>
        <translation>Cela ressemble à un projet docker compose dont le service php-fpm exécute PHP (%1)&#xa0;: ajoutez %2.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service php-fpm runs PHP (%1): choose %2.</source>
        <translation>Cela ressemble à un projet docker compose dont le service php-fpm exécute PHP (%1)&#xa0;: choisissez %2.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service %1 runs PHP (%2): add %3 %4.</source>
        <translation>Cela ressemble à un projet docker compose dont le service %1 exécute PHP (%2)&#xa0;: ajoutez %3 %4.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service %1 runs PHP (%2): choose %3 with %4.</source>
        <translation>Cela ressemble à un projet docker compose dont le service %1 exécute PHP (%2)&#xa0;: choisissez %3 avec %4.</translation>
    </message>
</context>
<context>
    <name>mua::Customisations</name>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 a été ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed, so it was left out of the report.</source>
        <translation>%1 est un lien symbolique&#xa0;; les liens ne sont pas suivis, il a donc été exclu du rapport.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the store; links are not followed, so it was left out of the report.</source>
        <translation>%1 est un lien symbolique vers %2, hors de la boutique&#xa0;; les liens ne sont pas suivis, il a donc été exclu du rapport.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3); its theme&apos;s parent is not known, so its overrides are compared with its modules only.</source>
        <translation>%1 n&apos;est pas un XML bien formé (ligne %2&#xa0;: %3)&#xa0;; le thème parent n&apos;est pas connu, les surcharges du thème sont donc comparées uniquement avec les modules.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3), so its preferences and plugins are left out of the report.</source>
        <translation>%1 n&apos;est pas un XML bien formé (ligne %2&#xa0;: %3), ses préférences et ses plugins sont donc exclus du rapport.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3), so its tables are left out of the report.</source>
        <translation>%1 n&apos;est pas un XML bien formé (ligne %2&#xa0;: %3), ses tables sont donc exclues du rapport.</translation>
    </message>
    <message>
        <source>The parents of the theme %1 lead back to %2 (a loop in theme.xml), so its overrides are compared with the themes before the loop only.</source>
        <translation>Les thèmes parents du thème %1 ramènent à %2 (une boucle dans theme.xml), ses surcharges sont donc comparées uniquement avec les thèmes situés avant la boucle.</translation>
    </message>
</context>
<context>
    <name>mua::Database</name>
    <message>
        <source>The database server refused %1 (%2): check the username and password in app/etc/env.php.</source>
        <translation>Le serveur de base de données a refusé %1 (%2)&#xa0;: vérifiez le nom d&apos;utilisateur et le mot de passe dans app/etc/env.php.</translation>
    </message>
    <message>
        <source>Cannot reach the database server for %1 (%2): is it running, and is db.connection.default&apos;s host in app/etc/env.php right?</source>
        <translation>Impossible de joindre le serveur de base de données pour %1 (%2)&#xa0;: est-il démarré, et l&apos;hôte de db.connection.default dans app/etc/env.php est-il correct&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot use the database of %1 (%2).</source>
        <translation>Impossible d&apos;utiliser la base de données de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3.</source>
        <translation>%1 a échoué pour %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>aucun texte d&apos;erreur</translation>
    </message>
    <message>
        <source>The database connection was not prepared.</source>
        <translation>La connexion à la base de données n&apos;a pas été préparée.</translation>
    </message>
    <message>
        <source>Cannot run the database client: %1. Install mariadb-client.</source>
        <translation>Impossible de lancer le client de base de données&#xa0;: %1. Installez mariadb-client.</translation>
    </message>
    <message>
        <source>Cancelled while asking the database.</source>
        <translation>Annulé pendant l&apos;interrogation de la base de données.</translation>
    </message>
    <message>
        <source>A database query</source>
        <translation>Une requête à la base de données</translation>
    </message>
    <message>
        <source>&lt;private option file&gt;</source>
        <translation>&lt;private option file&gt;</translation>
    </message>
    <message>
        <source>Cannot run %1: %2.</source>
        <translation>Impossible de lancer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 was stopped because the run was cancelled.</source>
        <translation>%1 a été arrêté car l&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>The database dump</source>
        <translation>Le dump de la base de données</translation>
    </message>
    <message>
        <source>Loading the database dump</source>
        <translation>Le chargement du dump de la base de données</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%n table(s) with the prefix %1&gt;</source>
        <translation>
            <numerusform>&lt;%n table avec le préfixe %1&gt;</numerusform>
            <numerusform>&lt;%n tables avec le préfixe %1&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a private in-memory option file for the database password: %1.</source>
        <translation>Impossible de créer en mémoire un fichier d&apos;options privé pour le mot de passe de la base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot make a private in-memory file for a database query: %1.</source>
        <translation>Impossible de créer en mémoire un fichier privé pour une requête sur la base de données&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>mua::DbConnection</name>
    <message>
        <source>app/etc/env.php has no db.connection.default: the assistant cannot tell which database belongs to the store.</source>
        <translation>app/etc/env.php ne contient pas db.connection.default&#xa0;: l&apos;assistant ne peut pas savoir quelle base de données appartient à la boutique.</translation>
    </message>
    <message>
        <source>app/etc/env.php computes %1 at run time (for instance with getenv()), so the assistant cannot tell which database to use; write the values into env.php or back up the database by hand.</source>
        <translation>app/etc/env.php calcule %1 à l&apos;exécution (par exemple avec getenv())&#xa0;: l&apos;assistant ne peut donc pas savoir quelle base de données utiliser&#xa0;; écrivez les valeurs dans env.php ou sauvegardez la base de données manuellement.</translation>
    </message>
    <message>
        <source>app/etc/env.php names no %1 in db.connection.default.</source>
        <translation>app/etc/env.php n&apos;indique pas de %1 dans db.connection.default.</translation>
    </message>
    <message>
        <source>%1@%2, database %3</source>
        <translation>%1@%2, base de données %3</translation>
    </message>
</context>
<context>
    <name>mua::DemoStore</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The program&apos;s built-in copy of %1 is missing.</source>
        <translation>La copie de %1 intégrée au programme est introuvable.</translation>
    </message>
    <message>
        <source>There is no sandbox store for Magento &quot;%1&quot;; choose one of %2.</source>
        <translation>Il n&apos;existe pas de boutique de démonstration pour Magento «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>No folder was given for the sandbox store.</source>
        <translation>Aucun dossier n&apos;a été indiqué pour la boutique de démonstration.</translation>
    </message>
    <message>
        <source>%1 is not a folder; a sandbox store needs an empty or new folder.</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;; une boutique de démonstration nécessite un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; a sandbox store can only be made in an empty or new folder.</source>
        <translation>Le dossier %1 n&apos;est pas vide&#xa0;; une boutique de démonstration ne peut être créée que dans un dossier vide ou nouveau.</translation>
    </message>
</context>
<context>
    <name>mua::DeployMode</name>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>%1 n&apos;a pas pu être lancé (%2)</translation>
    </message>
    <message>
        <source>%1 was stopped because the run was cancelled</source>
        <translation>%1 a été arrêté, car l&apos;exécution a été annulée</translation>
    </message>
    <message>
        <source>%1 did not say the mode (exit code %2)</source>
        <translation>%1 n&apos;a pas indiqué le mode (code de sortie %2)</translation>
    </message>
    <message>
        <source>%1 did not say the mode (exit code %2: &quot;%3&quot;)</source>
        <translation>%1 n&apos;a pas indiqué le mode (code de sortie %2&#xa0;: «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>deploy mode unknown, as app/etc/env.php computes MAGE_MODE at run time</source>
        <translation>mode de déploiement inconnu, car app/etc/env.php calcule MAGE_MODE à l&apos;exécution</translation>
    </message>
    <message>
        <source>%1 mode from %2, as app/etc/env.php computes MAGE_MODE at run time</source>
        <translation>mode %1 selon %2, car app/etc/env.php calcule MAGE_MODE à l&apos;exécution</translation>
    </message>
    <message>
        <source>%1 mode, as app/etc/env.php sets no MAGE_MODE</source>
        <translation>mode %1, car app/etc/env.php ne définit pas MAGE_MODE</translation>
    </message>
    <message>
        <source>%1 mode from app/etc/env.php</source>
        <translation>mode %1 selon app/etc/env.php</translation>
    </message>
    <message>
        <source>app/etc/env.php computes MAGE_MODE at run time, and Magento was not asked for the mode.</source>
        <translation>app/etc/env.php calcule MAGE_MODE à l&apos;exécution, et le mode n&apos;a pas été demandé à Magento.</translation>
    </message>
    <message>
        <source>app/etc/env.php computes MAGE_MODE at run time, and %1.</source>
        <translation>app/etc/env.php calcule MAGE_MODE à l&apos;exécution, et %1.</translation>
    </message>
    <message>
        <source>Run %1 by hand and fix what it says, or write MAGE_MODE into app/etc/env.php: the assistant does not guess, since production mode needs setup:di:compile and setup:static-content:deploy after setup:upgrade.</source>
        <translation>Exécutez %1 manuellement et corrigez ce que la commande signale, ou écrivez MAGE_MODE dans app/etc/env.php&#xa0;: l&apos;assistant ne devine pas, car le mode production exige setup:di:compile et setup:static-content:deploy après setup:upgrade.</translation>
    </message>
</context>
<context>
    <name>mua::EnvPhpParser</name>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>la chaîne %1</translation>
    </message>
    <message>
        <source>a control character (U+%1)</source>
        <translation>un caractère de contrôle (U+%1)</translation>
    </message>
    <message>
        <source>the file ends in the middle of a /* */ comment</source>
        <translation>le fichier se termine au milieu d&apos;un commentaire /* */</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte)</source>
        <translation>le fichier contient des données binaires (un octet NUL)</translation>
    </message>
    <message>
        <source>the file does not start with &lt;?php</source>
        <translation>le fichier ne commence pas par &lt;?php</translation>
    </message>
    <message>
        <source>the file ends in the middle of a declare statement</source>
        <translation>le fichier se termine au milieu d&apos;une instruction declare</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;declare&apos; but found %1</source>
        <translation>&apos;(&apos; attendu après &apos;declare&apos;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the declare statement is missing its closing &apos;)&apos;</source>
        <translation>il manque la &apos;)&apos; fermante de l&apos;instruction declare</translation>
    </message>
    <message>
        <source>expected &apos;;&apos; after the declare statement but found %1</source>
        <translation>&apos;;&apos; attendu après l&apos;instruction declare, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file ends before &apos;return&apos; and the configuration array</source>
        <translation>le fichier se termine avant &apos;return&apos; et le tableau de configuration</translation>
    </message>
    <message>
        <source>expected &apos;return&apos; followed by an array but found %1</source>
        <translation>&apos;return&apos; suivi d&apos;un tableau attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array after &apos;return&apos; but found %1</source>
        <translation>tableau attendu après &apos;return&apos;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file ends after &apos;return&apos; without an array</source>
        <translation>le fichier se termine après &apos;return&apos; sans tableau</translation>
    </message>
    <message>
        <source>the file ends without the &apos;;&apos; after the configuration array</source>
        <translation>le fichier se termine sans le &apos;;&apos; après le tableau de configuration</translation>
    </message>
    <message>
        <source>expected &apos;;&apos; after the configuration array but found %1</source>
        <translation>&apos;;&apos; attendu après le tableau de configuration, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is text after the closing ?&gt; tag</source>
        <translation>du texte suit la balise fermante&#xa0;?&gt;</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the return statement</source>
        <translation>élément inattendu après la fin de l&apos;instruction return&#xa0;: %1</translation>
    </message>
    <message>
        <source>the arrays are nested more than %1 levels deep</source>
        <translation>les tableaux sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the file ends in the middle of an array</source>
        <translation>le fichier se termine au milieu d&apos;un tableau</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; after a value but found %2</source>
        <translation>&apos;,&apos; ou &apos;%1&apos; attendu après une valeur, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>an array cannot be used as an array key</source>
        <translation>un tableau ne peut pas servir de clé de tableau</translation>
    </message>
    <message>
        <source>expected a value but found %1</source>
        <translation>valeur attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;array&apos; but found %1</source>
        <translation>&apos;(&apos; attendu après &apos;array&apos;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of a string</source>
        <translation>le fichier se termine au milieu d&apos;une chaîne</translation>
    </message>
    <message>
        <source>a \u{…} escape in a string is not a valid Unicode code point</source>
        <translation>une séquence d&apos;échappement \u{…} dans une chaîne n&apos;est pas un point de code Unicode valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre valide</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number</source>
        <translation>le fichier se termine au milieu d&apos;un nombre</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; but found %2</source>
        <translation>&apos;%1&apos; attendu, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>found %1 in the middle of a value</source>
        <translation>trouvé au milieu d&apos;une valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file ends without the &apos;)&apos; after the configuration array</source>
        <translation>le fichier se termine sans le &apos;)&apos; après le tableau de configuration</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after the configuration array but found %1</source>
        <translation>&apos;)&apos; attendu après le tableau de configuration, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file ends in the middle of a heredoc string: no line closes it with %1</source>
        <translation>le fichier se termine au milieu d&apos;une chaîne heredoc&#xa0;: aucune ligne ne la ferme avec %1</translation>
    </message>
    <message>
        <source>the closing marker of a heredoc string is indented with both tabs and spaces</source>
        <translation>le marqueur de fin d&apos;une chaîne heredoc est indenté à la fois avec des tabulations et des espaces</translation>
    </message>
    <message numerus="yes">
        <source>a line of the heredoc string is indented less than its closing marker (%n space(s) or tab(s))</source>
        <translation>
            <numerusform>une ligne de la chaîne heredoc est moins indentée que son marqueur de fin (%n espace ou tabulation)</numerusform>
            <numerusform>une ligne de la chaîne heredoc est moins indentée que son marqueur de fin (%n espaces ou tabulations)</numerusform>
        </translation>
    </message>
    <message>
        <source>the heredoc string is indented with both tabs and spaces</source>
        <translation>la chaîne heredoc est indentée à la fois avec des tabulations et des espaces</translation>
    </message>
    <message>
        <source>a \u{…} escape in a heredoc string is not a valid Unicode code point</source>
        <translation>une séquence d&apos;échappement \u{…} dans une chaîne heredoc n&apos;est pas un point de code Unicode valide</translation>
    </message>
</context>
<context>
    <name>mua::FileOps</name>
    <message>
        <source>%1 is a symbolic link; the assistant does not follow links out of the store.</source>
        <translation>%1 est un lien symbolique&#xa0;; l&apos;assistant ne suit pas les liens qui sortent de la boutique.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No store folder was given.</source>
        <translation>Aucun dossier de boutique n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>No folder inside the store was given.</source>
        <translation>Aucun dossier à l&apos;intérieur de la boutique n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is outside the store folder %2; the assistant only works inside the store.</source>
        <translation>%1 se trouve hors du dossier de la boutique %2&#xa0;; l&apos;assistant ne travaille qu&apos;à l&apos;intérieur de la boutique.</translation>
    </message>
    <message>
        <source>The assistant does not empty the whole store folder %1.</source>
        <translation>L&apos;assistant ne vide pas la totalité du dossier de la boutique %1.</translation>
    </message>
    <message>
        <source>The store folder %1 does not exist.</source>
        <translation>Le dossier de la boutique %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>was moved while the assistant was working in it; stopped there</source>
        <translation>a été déplacé pendant que l&apos;assistant y travaillait&#xa0;; arrêt à cet endroit</translation>
    </message>
    <message>
        <source>is a mount point; left alone</source>
        <translation>est un point de montage&#xa0;; laissé intact</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a mount point.</source>
        <translation>%1 est un point de montage.</translation>
    </message>
    <message>
        <source>Could not rename %1: %2.</source>
        <translation>Impossible de renommer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not %1 for %2 (%3), nor put the old folder back: it is now %4.</source>
        <translation>Échec de %1 pour %2 (%3), et l&apos;ancien dossier n&apos;a pas pu être remis en place&#xa0;: il se trouve désormais à l&apos;emplacement %4.</translation>
    </message>
    <message>
        <source>Could not %1 for %2: %3.</source>
        <translation>Échec de %1 pour %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>make a new empty folder</source>
        <translation>la création d&apos;un nouveau dossier vide</translation>
    </message>
    <message>
        <source>open the new folder</source>
        <translation>l&apos;ouverture du nouveau dossier</translation>
    </message>
    <message>
        <source>give the new folder the old one&apos;s owner and group</source>
        <translation>l&apos;attribution au nouveau dossier du propriétaire et du groupe de l&apos;ancien</translation>
    </message>
    <message>
        <source>give the new folder the old one&apos;s mode</source>
        <translation>l&apos;attribution au nouveau dossier du mode de l&apos;ancien</translation>
    </message>
    <message>
        <source>copy the old folder&apos;s ACLs</source>
        <translation>la copie des ACL de l&apos;ancien dossier</translation>
    </message>
    <message>
        <source>%1 is not a folder the assistant moved aside; it is left alone.</source>
        <translation>%1 n&apos;est pas un dossier mis de côté par l&apos;assistant&#xa0;; il est laissé intact.</translation>
    </message>
    <message>
        <source>%1 holds a mount point (%2).</source>
        <translation>%1 contient un point de montage (%2).</translation>
    </message>
</context>
<context>
    <name>mua::FinishPage</name>
    <message>
        <source>Your upgrade was successful!</source>
        <translation>La mise à niveau a réussi&#xa0;!</translation>
    </message>
    <message>
        <source>The upgrade was stopped.</source>
        <translation>La mise à niveau a été arrêtée.</translation>
    </message>
    <message>
        <source>The upgrade did not start.</source>
        <translation>La mise à niveau n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>The upgrade failed.</source>
        <translation>La mise à niveau a échoué.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>The upgrade did not finish</source>
        <translation>La mise à niveau n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, of %3</source>
        <translation>%1 sur %3 terminées, %2 ignorées</translation>
    </message>
    <message>
        <source>Cache types</source>
        <translation>Types de cache</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Mode maintenance</translation>
    </message>
    <message>
        <source>off: the storefront is open</source>
        <translation>désactivé&#xa0;: la vitrine est accessible</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Turning maintenance mode off…</source>
        <translation>Désactivation du mode maintenance…</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Fichiers journaux (*.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved the log to %1.</source>
        <translation>Journal enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save the log to %1: choose a folder you can write to.</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1&#xa0;: choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Vitrine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>%1 (put back)</source>
        <translation>%1 (restaurée)</translation>
    </message>
    <message>
        <source>Roll back?</source>
        <translation>Restaurer la sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Put back the code and the database from the backup in %1? Everything the upgrade changed in them is undone; the store is in maintenance mode meanwhile.</source>
        <translation>Remettre en place le code et la base de données à partir de la sauvegarde située dans %1&#xa0;? Toutes les modifications que la mise à niveau y a apportées sont annulées&#xa0;; la boutique reste en mode maintenance pendant ce temps.</translation>
    </message>
    <message>
        <source>Rolling back to the backup in %1…</source>
        <translation>Restauration de la sauvegarde située dans %1…</translation>
    </message>
    <message>
        <source>Roll back anyway?</source>
        <translation>Restaurer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>%1

Roll back anyway and lose them?</source>
        <translation>%1

Restaurer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Turn &amp;maintenance off</source>
        <translation>&amp;Désactiver le mode maintenance</translation>
    </message>
    <message>
        <source>Turn maintenance mode off</source>
        <translation>Désactiver le mode maintenance</translation>
    </message>
    <message>
        <source>The database and modules of Magento %1 were brought up to its code.</source>
        <translation>La base de données et les modules de Magento %1 ont été mis au niveau de son code.</translation>
    </message>
    <message>
        <source>You stopped the upgrade during the step “%1”.</source>
        <translation>Vous avez arrêté la mise à niveau pendant l&apos;étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>You stopped the upgrade.</source>
        <translation>Vous avez arrêté la mise à niveau.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your shop is offline: %1 is in maintenance mode and answers 503 to every visitor until maintenance is turned off.</source>
        <translation>Votre boutique est hors ligne&#xa0;: %1 est en mode maintenance et renvoie une erreur 503 à chaque visiteur tant que le mode maintenance n&apos;est pas désactivé.</translation>
    </message>
    <message>
        <source>%1 was in maintenance mode before the upgrade and stays in it: the shop answers 503 until you turn maintenance off.</source>
        <translation>%1 était déjà en mode maintenance avant la mise à niveau et y reste&#xa0;: la boutique renvoie une erreur 503 jusqu&apos;à ce que vous désactiviez le mode maintenance.</translation>
    </message>
    <message>
        <source>Known fix:</source>
        <translation>Solution connue&#xa0;:</translation>
    </message>
    <message>
        <source>Press Back to untick %1 or to choose another %2, then upgrade again.</source>
        <translation>Cliquez sur «&#xa0;Précédent&#xa0;» pour décocher %1 ou choisir un autre dossier dans le champ %2, puis relancez la mise à niveau.</translation>
    </message>
    <message>
        <source>Press Back to change the settings, then upgrade again.</source>
        <translation>Cliquez sur «&#xa0;Précédent&#xa0;» pour modifier les paramètres, puis relancez la mise à niveau.</translation>
    </message>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>Étapes ignorées et pourquoi</translation>
    </message>
    <message>
        <source>What people usually do next</source>
        <translation>Ce que l&apos;on fait habituellement ensuite</translation>
    </message>
    <message>
        <source>Reload PHP-FPM (for example: sudo systemctl reload &apos;php*-fpm&apos;), or Apache with mod_php, so that OPcache lets go of the old code.</source>
        <translation>Rechargez PHP-FPM (par exemple&#xa0;: sudo systemctl reload &apos;php*-fpm&apos;), ou Apache avec mod_php, afin qu&apos;OPcache libère l&apos;ancien code.</translation>
    </message>
    <message>
        <source>Purge Varnish or the CDN in front of the shop, if there is one: the upgrade only cleaned Magento&apos;s own caches.</source>
        <translation>Purgez Varnish ou le CDN placé devant la boutique, s&apos;il y en a un&#xa0;: la mise à niveau n&apos;a nettoyé que les caches propres à Magento.</translation>
    </message>
    <message>
        <source>Check that cron runs for the store&apos;s user (crontab -l) and restart the queue consumers, so that they load the new code (bin/magento queue:consumers:list lists them).</source>
        <translation>Vérifiez que cron s&apos;exécute pour l&apos;utilisateur de la boutique (crontab -l) et redémarrez les consommateurs de files d&apos;attente, pour qu&apos;ils chargent le nouveau code (bin/magento queue:consumers:list les liste).</translation>
    </message>
    <message>
        <source>Open the storefront and the Admin, and try a product page, the cart and the checkout.</source>
        <translation>Ouvrez la vitrine et l&apos;Admin, et essayez une page produit, le panier et le passage de commande.</translation>
    </message>
    <message>
        <source>Open the storefront and the Admin (/%1), and try a product page, the cart and the checkout.</source>
        <translation>Ouvrez la vitrine et l&apos;Admin (/%1), et essayez une page produit, le panier et le passage de commande.</translation>
    </message>
    <message>
        <source>Magento was upgraded from %1 to %2, and its database and modules were brought up to the new code.</source>
        <translation>Magento a été mis à niveau de %1 vers %2, et sa base de données et ses modules ont été mis à jour selon le nouveau code.</translation>
    </message>
    <message>
        <source>Whether your shop is offline could not be determined: open the storefront to check it.</source>
        <translation>Impossible de déterminer si votre boutique est hors ligne&#xa0;: ouvrez la vitrine pour le vérifier.</translation>
    </message>
    <message>
        <source>Rollback log</source>
        <translation>Journal de restauration</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message numerus="yes">
        <source>%n changed by Composer</source>
        <translation>
            <numerusform>%n modifié par Composer</numerusform>
            <numerusform>%n modifiés par Composer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::HttpClient</name>
    <message>
        <source>another name</source>
        <translation>un autre nom</translation>
    </message>
    <message>
        <source>trust it on this computer (copy it to /usr/local/share/ca-certificates and run update-ca-certificates), or check the http:// address instead</source>
        <translation>faites-lui confiance sur cet ordinateur (copiez-le dans /usr/local/share/ca-certificates et exécutez update-ca-certificates), ou vérifiez plutôt l&apos;adresse http://</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is for %2, not for %3 — use the address the certificate names, or get a certificate for %3.</source>
        <translation>%1&#xa0;: le certificat TLS est établi pour %2, pas pour %3 — utilisez l&apos;adresse indiquée par le certificat, ou obtenez un certificat pour %3.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is not trusted (self-signed) — %2.</source>
        <translation>%1&#xa0;: le certificat TLS n&apos;est pas reconnu comme fiable (auto-signé) — %2.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate expired on %2 — renew it (for example with certbot renew).</source>
        <translation>%1&#xa0;: le certificat TLS a expiré le %2 — renouvelez-le (par exemple avec certbot renew).</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is not valid yet — check the clock of this computer and of the server.</source>
        <translation>%1&#xa0;: le certificat TLS n&apos;est pas encore valide — vérifiez l&apos;horloge de cet ordinateur et celle du serveur.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is not trusted (its issuer is unknown to this computer, or the server does not send the intermediate certificates) — %2.</source>
        <translation>%1&#xa0;: le certificat TLS n&apos;est pas reconnu comme fiable (son émetteur est inconnu de cet ordinateur, ou le serveur n&apos;envoie pas les certificats intermédiaires) — %2.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate was refused (%2).</source>
        <translation>%1&#xa0;: le certificat TLS a été refusé (%2).</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2) — the server may speak plain http on this port, or only old TLS versions.</source>
        <translation>%1&#xa0;: la négociation TLS a échoué (%2) — le serveur utilise peut-être du http non chiffré sur ce port, ou seulement d&apos;anciennes versions de TLS.</translation>
    </message>
    <message>
        <source>%1: the host name %2 was not found (DNS) — check the address, or add the host to /etc/hosts for a store on this computer.</source>
        <translation>%1&#xa0;: le nom d&apos;hôte %2 est introuvable (DNS) — vérifiez l&apos;adresse, ou ajoutez l&apos;hôte à /etc/hosts pour une boutique située sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1: the connection was refused — nothing listens on %2 port %3; is the web server running?</source>
        <translation>%1&#xa0;: la connexion a été refusée — rien n&apos;écoute sur %2, port %3&#xa0;; le serveur web est-il démarré&#xa0;?</translation>
    </message>
    <message>
        <source>%1: the server closed the connection without an answer — look at the web server&apos;s error log.</source>
        <translation>%1&#xa0;: le serveur a fermé la connexion sans répondre — consultez le journal d&apos;erreurs du serveur web.</translation>
    </message>
    <message>
        <source>%1: the connection timed out — a firewall may drop it, or the server is down.</source>
        <translation>%1&#xa0;: le délai de connexion a expiré — un pare-feu la bloque peut-être, ou le serveur est arrêté.</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects (the last one to %3) — probably a redirect loop; check the store&apos;s base URLs (web/unsecure/base_url and web/secure/base_url).</source>
        <translation>%1&#xa0;: plus de %2 redirections (la dernière vers %3) — probablement une boucle de redirection&#xa0;; vérifiez les URL de base de la boutique (web/unsecure/base_url et web/secure/base_url).</translation>
    </message>
    <message>
        <source>%1: redirected from https to the unencrypted %2, which is not followed — check the store&apos;s base URLs (web/secure/base_url).</source>
        <translation>%1&#xa0;: redirection de https vers %2, non chiffré, qui n&apos;est pas suivie — vérifiez les URL de base de la boutique (web/secure/base_url).</translation>
    </message>
    <message>
        <source>%1: only http:// and https:// addresses can be checked.</source>
        <translation>%1&#xa0;: seules les adresses http:// et https:// peuvent être vérifiées.</translation>
    </message>
    <message>
        <source>%1: the answer was not HTTP (%2) — is this the web server&apos;s port?</source>
        <translation>%1&#xa0;: la réponse n&apos;était pas du HTTP (%2) — est-ce bien le port du serveur web&#xa0;?</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: not checked, the run was cancelled.</source>
        <translation>%1&#xa0;: non vérifié, l&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s — the server, or something in front of it, is too slow or does not answer.</source>
        <translation>%1&#xa0;: aucune réponse en %2 s — le serveur, ou un élément placé devant lui, est trop lent ou ne répond pas.</translation>
    </message>
    <message>
        <source>%1: TLS is not available in this build.</source>
        <translation>%1&#xa0;: TLS n&apos;est pas disponible dans cette version du programme.</translation>
    </message>
    <message>
        <source>%1 %2 is not an http:// or https:// address such as https://shop.example.com/.</source>
        <translation>%1 %2 n&apos;est pas une adresse http:// ou https:// telle que https://shop.example.com/.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address such as https://hooks.example.com/… (the address is not repeated here, because it holds a secret).</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https:// telle que https://hooks.example.com/… (l&apos;adresse n&apos;est pas reprise ici, car elle contient un secret).</translation>
    </message>
    <message>
        <source>the answer was not HTTP — is this the web server&apos;s port?</source>
        <translation>la réponse n&apos;était pas du HTTP — est-ce bien le port du serveur web&#xa0;?</translation>
    </message>
    <message>
        <source>the status line of the answer is longer than %1 KB — is this the web server&apos;s port?</source>
        <translation>la ligne d&apos;état de la réponse dépasse %1 Ko — est-ce bien le port du serveur web&#xa0;?</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are larger than %1 KB — check the web server and whatever is in front of it.</source>
        <translation>les en-têtes de la réponse dépassent %1 Ko — vérifiez le serveur web et tout ce qui se trouve devant lui.</translation>
    </message>
    <message>
        <source>the answer has more than %1 header fields — check the web server and whatever is in front of it.</source>
        <translation>la réponse comporte plus de %1 champs d&apos;en-tête — vérifiez le serveur web et tout ce qui se trouve devant lui.</translation>
    </message>
    <message>
        <source>the answer&apos;s chunked body is malformed — check the web server.</source>
        <translation>le corps fragmenté (chunked) de la réponse est mal formé — vérifiez le serveur web.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the connection in the middle of its answer — look at the web server&apos;s error log.</source>
        <translation>%1&#xa0;: le serveur a fermé la connexion au milieu de sa réponse — consultez le journal d&apos;erreurs du serveur web.</translation>
    </message>
</context>
<context>
    <name>mua::Impact</name>
    <message>
        <source>The move removes the file this copy replaces: Magento will no longer use the copy the same way; check where the vendor moved it.</source>
        <translation>Le changement de version supprime le fichier que cette copie remplace&#xa0;: Magento n&apos;utilisera plus la copie de la même façon&#xa0;; vérifiez où l&apos;éditeur l&apos;a déplacé.</translation>
    </message>
    <message>
        <source>The vendor file this copy replaces changes only in comments or whitespace.</source>
        <translation>Le fichier de vendor/ que cette copie remplace ne change que dans ses commentaires ou ses espaces.</translation>
    </message>
    <message>
        <source>After the move this copy is the same as the vendor file (but for comments and whitespace): it can be deleted.</source>
        <translation>Après le changement de version, cette copie est identique au fichier de vendor/ (aux commentaires et aux espaces près)&#xa0;: elle peut être supprimée.</translation>
    </message>
    <message>
        <source>The vendor file this copy replaces changes: bring the vendor&apos;s change into the copy, or the shop keeps the old code.</source>
        <translation>Le fichier de vendor/ que cette copie remplace change&#xa0;: reportez la modification de l&apos;éditeur dans la copie, sinon la boutique garde l&apos;ancien code.</translation>
    </message>
    <message>
        <source>The move removes %1, for which %2 is the preference: the preference no longer replaces anything.</source>
        <translation>Le changement de version supprime %1, dont %2 est la préférence&#xa0;: la préférence ne remplace plus rien.</translation>
    </message>
    <message>
        <source>%1, for which %2 is the preference, changes only in comments or whitespace.</source>
        <translation>%1, dont %2 est la préférence, ne change que dans ses commentaires ou ses espaces.</translation>
    </message>
    <message>
        <source>%1, for which %2 is the preference, changes: compare the preference with the new class.</source>
        <translation>%1, dont %2 est la préférence, change&#xa0;: comparez la préférence avec la nouvelle classe.</translation>
    </message>
    <message>
        <source>%1, for which %2 is the preference, changes outside its methods (its properties, constants or signature): compare the preference with the new class.</source>
        <translation>%1, dont %2 est la préférence, change en dehors de ses méthodes (propriétés, constantes ou signature)&#xa0;: comparez la préférence avec la nouvelle classe.</translation>
    </message>
    <message>
        <source>The plugin %1 of %2 on %3, a class the move changes, was not found in the store&apos;s code, so its methods were not compared.</source>
        <translation>Le plugin %1 de %2 sur %3, une classe que le changement de version modifie, est introuvable dans le code de la boutique&#xa0;; ses méthodes n&apos;ont donc pas été comparées.</translation>
    </message>
    <message>
        <source>%1::%2 is a plugin on %3(), which the move removes.</source>
        <translation>%1::%2 est un plugin sur %3(), méthode que le changement de version supprime.</translation>
    </message>
    <message>
        <source>%1::%2 is a plugin on %3(), which the move changes.</source>
        <translation>%1::%2 est un plugin sur %3(), méthode que le changement de version modifie.</translation>
    </message>
    <message>
        <source>The move removes table %1 from this vendor schema, and the store&apos;s schema extends it.</source>
        <translation>Le changement de version retire la table %1 de ce schéma de vendor/, et le schéma de la boutique l&apos;étend.</translation>
    </message>
    <message>
        <source>The move declares table %1 in this vendor schema, and the store&apos;s schema declares it too: check that the columns agree.</source>
        <translation>Le changement de version déclare la table %1 dans ce schéma de vendor/, et le schéma de la boutique la déclare aussi&#xa0;: vérifiez que les colonnes concordent.</translation>
    </message>
    <message>
        <source>The move changes table %1, which the store&apos;s schema extends: check that the columns, keys and indexes still agree.</source>
        <translation>Le changement de version modifie la table %1, que le schéma de la boutique étend&#xa0;: vérifiez que les colonnes, les clés et les index concordent toujours.</translation>
    </message>
    <message>
        <source>The move adds this data patch: setup:upgrade applies it to the store&apos;s data.</source>
        <translation>Le changement de version ajoute ce correctif de données&#xa0;: setup:upgrade l&apos;applique aux données de la boutique.</translation>
    </message>
    <message>
        <source>The move adds this schema patch: setup:upgrade applies it to the database.</source>
        <translation>Le changement de version ajoute ce correctif de schéma&#xa0;: setup:upgrade l&apos;applique à la base de données.</translation>
    </message>
    <message>
        <source>This patch changes only in comments or whitespace.</source>
        <translation>Ce correctif ne change que dans ses commentaires ou ses espaces.</translation>
    </message>
    <message>
        <source>The move changes this patch (Magento applies a patch once: a changed one that already ran does not run again).</source>
        <translation>Le changement de version modifie ce correctif (Magento n&apos;applique un correctif qu&apos;une seule fois&#xa0;: un correctif modifié qui a déjà été exécuté ne l&apos;est pas de nouveau).</translation>
    </message>
    <message>
        <source>The impact report was cancelled.</source>
        <translation>Le rapport d&apos;impact a été annulé.</translation>
    </message>
    <message>
        <source>The impact report needs the version to move to (--target-version).</source>
        <translation>Le rapport d&apos;impact a besoin de la version cible (--target-version).</translation>
    </message>
    <message>
        <source>Working out the move to %1 with Composer…</source>
        <translation>Calcul du changement de version vers %1 avec Composer…</translation>
    </message>
    <message>
        <source>Composer could not work out the move to %1.</source>
        <translation>Composer n&apos;a pas pu calculer le changement de version vers %1.</translation>
    </message>
    <message>
        <source>Installing what the move installs, outside the store…</source>
        <translation>Installation de ce qu&apos;installe le changement de version, hors de la boutique…</translation>
    </message>
    <message>
        <source>Comparing the store&apos;s vendor/ with %1…</source>
        <translation>Comparaison du vendor/ de la boutique avec %1…</translation>
    </message>
    <message>
        <source>The move adds this file between the copy and the file it was made from, in Magento&apos;s fallback: compare the copy with it.</source>
        <translation>Le changement de version ajoute ce fichier entre la copie et le fichier dont elle est issue, dans le repli de Magento&#xa0;: comparez la copie avec lui.</translation>
    </message>
    <message>
        <source>%1 (plugin %2) intercepts %3, a class the move removes.</source>
        <translation>%1 (plugin %2) intercepte %3, une classe que le changement de version supprime.</translation>
    </message>
    <message numerus="yes">
        <source>Compared on the server with diff: %n file(s) differ.</source>
        <translation>
            <numerusform>Comparé sur le serveur avec diff&#xa0;: %n fichier diffère.</numerusform>
            <numerusform>Comparé sur le serveur avec diff&#xa0;: %n fichiers diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s diff said what this cannot read; comparing through the mount instead.</source>
        <translation>La sortie de diff sur le serveur n’est pas lisible ici&#xa0;; la comparaison passe par le montage.</translation>
    </message>
    <message>
        <source>%1, the preference for %2, extends %3, which the move removes.</source>
        <translation>%1, la préférence pour %2, étend %3, que le changement de version supprime.</translation>
    </message>
    <message>
        <source>%1, the preference for %2, extends %3, which the move changes: compare the preference with the new class.</source>
        <translation>%1, la préférence pour %2, étend %3, que le changement de version modifie&#xa0;: comparez la préférence avec la nouvelle classe.</translation>
    </message>
</context>
<context>
    <name>mua::ImpactDialog</name>
    <message>
        <source>Impact report: the move to %1</source>
        <translation>Rapport d&apos;impact&#xa0;: changement de version vers %1</translation>
    </message>
    <message>
        <source>Making the impact report</source>
        <translation>Création du rapport d&apos;impact</translation>
    </message>
    <message>
        <source>Stop making the impact report</source>
        <translation>Arrêter la création du rapport d&apos;impact</translation>
    </message>
    <message>
        <source>Working out what the move to %1 changes in code the store customises: Composer installs %1 into a scratch folder outside the store, which can take minutes. Nothing in the store changes.</source>
        <translation>Détermination de ce que le changement de version vers %1 modifie dans le code que la boutique personnalise&#xa0;: Composer installe %1 dans un dossier temporaire hors de la boutique, ce qui peut prendre plusieurs minutes. Rien ne change dans la boutique.</translation>
    </message>
    <message>
        <source>Close the impact report</source>
        <translation>Fermer le rapport d&apos;impact</translation>
    </message>
    <message>
        <source>The impact report could not be made.</source>
        <translation>Le rapport d&apos;impact n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>mua::ImpactHtml</name>
    <message>
        <source>Neither version of the vendor file is at hand, so its change is not shown.</source>
        <translation>Aucune des deux versions du fichier de vendor/ n&apos;est disponible, sa modification n&apos;est donc pas affichée.</translation>
    </message>
    <message>
        <source>The vendor file is not a text file, so its change is not shown.</source>
        <translation>Le fichier de vendor/ n&apos;est pas un fichier texte, sa modification n&apos;est donc pas affichée.</translation>
    </message>
    <message>
        <source>The move adds this vendor file.</source>
        <translation>Le changement de version ajoute ce fichier de vendor/.</translation>
    </message>
    <message>
        <source>The move removes this vendor file.</source>
        <translation>Le changement de version supprime ce fichier de vendor/.</translation>
    </message>
    <message>
        <source>The vendor file&apos;s content does not change.</source>
        <translation>Le contenu du fichier de vendor/ ne change pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) of this change are left out here; compare the two vendor files to see them all.</source>
        <translation>
            <numerusform>%n ligne supplémentaire de cette modification n&apos;est pas affichée ici&#xa0;; comparez les deux fichiers de vendor/ pour tout voir.</numerusform>
            <numerusform>%n lignes supplémentaires de cette modification ne sont pas affichées ici&#xa0;; comparez les deux fichiers de vendor/ pour tout voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrade impact for %1: Magento %2 → %3</source>
        <translation>Impact de la mise à niveau pour %1&#xa0;: Magento %2 → %3</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the page, as an HTML lang attribute</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Upgrade impact: Magento %1 → %2</source>
        <translation>Impact de la mise à niveau&#xa0;: Magento %1 → %2</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>Dossier de la boutique&#xa0;: %1</translation>
    </message>
    <message>
        <source>What moving the store to the new version changes in code the store customises: theme overrides, preferences and plugins, database tables and setup patches. Each finding shows the vendor file&apos;s change as a unified diff.</source>
        <translation>Ce que le passage de la boutique à la nouvelle version modifie dans le code qu&apos;elle personnalise&#xa0;: surcharges de thème, préférences et plugins, tables de la base de données et correctifs d&apos;installation. Chaque constat montre la modification du fichier de vendor/ sous forme de diff unifié.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n constat</numerusform>
            <numerusform>%1&#xa0;: %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>What the report could not read</source>
        <translation>Ce que le rapport n&apos;a pas pu lire</translation>
    </message>
    <message>
        <source>The move changes nothing the store customises.</source>
        <translation>Le changement de version ne modifie rien de ce que la boutique personnalise.</translation>
    </message>
    <message>
        <source>Findings by type and level</source>
        <translation>Constats par type et par niveau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Vendor file:</source>
        <translation>Fichier de vendor/&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mua::ImpactReport</name>
    <message>
        <source>Needs a look</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Whitespace or comments only</source>
        <translation>Espaces ou commentaires seulement</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Redundant override</source>
        <translation>Surcharge superflue</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Preference for a removed class</source>
        <translation>Préférence pour une classe supprimée</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Plugin on a removed method</source>
        <translation>Plugin sur une méthode supprimée</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Schéma de base de données</translation>
    </message>
    <message>
        <source>Setup patch</source>
        <translation>Correctif d&apos;installation</translation>
    </message>
</context>
<context>
    <name>mua::ImpactView</name>
    <message>
        <source>Show findings of the level</source>
        <translation>Afficher les constats de ce niveau</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Show findings of the type</source>
        <translation>Afficher les constats de ce type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show findings whose file contains</source>
        <translation>Afficher les constats dont le fichier contient</translation>
    </message>
    <message>
        <source>part of a path, e.g. Magento_Catalog</source>
        <translation>partie d&apos;un chemin, p. ex. Magento_Catalog</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>&amp;Enregistrer en HTML…</translation>
    </message>
    <message>
        <source>Save the impact report as an HTML page</source>
        <translation>Enregistrer le rapport d&apos;impact sous forme de page HTML</translation>
    </message>
    <message>
        <source>One page with every finding and the vendor&apos;s changes, to read or send on</source>
        <translation>Une seule page avec tous les constats et les modifications de l&apos;éditeur, à lire ou à transmettre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Press Enter on a finding to read its files below.</source>
        <translation>Appuyez sur Entrée sur un constat pour lire ses fichiers ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Open in editor</source>
        <translation>&amp;Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Open your copy in the editor</source>
        <translation>Ouvrir votre copie dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Copy as &amp;patch</source>
        <translation>Copier comme &amp;correctif</translation>
    </message>
    <message>
        <source>Copy the vendor&apos;s change as a patch</source>
        <translation>Copier la modification de l&apos;éditeur comme correctif</translation>
    </message>
    <message>
        <source>The vendor&apos;s change to this file, as a patch that patch -p1 applies to your copy in the store&apos;s folder</source>
        <translation>La modification apportée par l&apos;éditeur à ce fichier, sous forme de correctif que patch -p1 applique à votre copie dans le dossier de la boutique</translation>
    </message>
    <message>
        <source>Your file: %1
The vendor file: %2</source>
        <translation>Votre fichier&#xa0;: %1
Fichier de vendor/&#xa0;: %2</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installée</translation>
    </message>
    <message>
        <source>Vendor &amp;before (%1)</source>
        <translation>vendor/ &amp;avant (%1)</translation>
    </message>
    <message>
        <source>Vendor &amp;after (%1)</source>
        <translation>vendor/ a&amp;près (%1)</translation>
    </message>
    <message>
        <source>Vendor file before the move (%1)</source>
        <translation>Fichier de vendor/ avant le changement de version (%1)</translation>
    </message>
    <message>
        <source>Vendor file after the move (%1)</source>
        <translation>Fichier de vendor/ après le changement de version (%1)</translation>
    </message>
    <message>
        <source>No impact report yet.</source>
        <translation>Pas encore de rapport d&apos;impact.</translation>
    </message>
    <message>
        <source>The report could not read everything, so its findings leave this out: %1</source>
        <translation>Le rapport n&apos;a pas pu tout lire, ses constats ne tiennent donc pas compte de ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing the store customises changes in the move to %1: no theme override, preference, plugin, extended table or setup patch of the store is touched.</source>
        <translation>Le changement de version vers %1 ne modifie rien de ce que la boutique personnalise&#xa0;: aucune surcharge de thème, préférence, plugin, table étendue ni correctif d&apos;installation de la boutique n&apos;est touché.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a look</source>
        <translation>
            <numerusform>%n à examiner</numerusform>
            <numerusform>%n à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worth knowing</source>
        <translation>
            <numerusform>%n bon à savoir</numerusform>
            <numerusform>%n bons à savoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whitespace or comments only</source>
        <translation>
            <numerusform>%n espaces ou commentaires seulement</numerusform>
            <numerusform>%n espaces ou commentaires seulement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The move to %1 touches %n of the store&apos;s customisations: %2. Nothing here blocks the upgrade.</source>
        <translation>
            <numerusform>Le changement de version vers %1 touche %n personnalisation de la boutique&#xa0;: %2. Rien de tout cela ne bloque la mise à niveau.</numerusform>
            <numerusform>Le changement de version vers %1 touche %n personnalisations de la boutique&#xa0;: %2. Rien de tout cela ne bloque la mise à niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The move from %1 to %2 touches %n of the store&apos;s customisations: %3. Nothing here blocks the upgrade.</source>
        <translation>
            <numerusform>Le changement de version de %1 à %2 touche %n personnalisation de la boutique&#xa0;: %3. Rien de tout cela ne bloque la mise à niveau.</numerusform>
            <numerusform>Le changement de version de %1 à %2 touche %n personnalisations de la boutique&#xa0;: %3. Rien de tout cela ne bloque la mise à niveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation>Aucun constat ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n findings shown.</source>
        <translation>
            <numerusform>Constats affichés&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Constats affichés&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The vendor file: %2</source>
        <translation>%1
Fichier de vendor/&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Your copy</source>
        <translation>&amp;Votre copie</translation>
    </message>
    <message>
        <source>&amp;Your file</source>
        <translation>&amp;Votre fichier</translation>
    </message>
    <message>
        <source>Your copy (%1)</source>
        <translation>Votre copie (%1)</translation>
    </message>
    <message>
        <source>Your file (%1)</source>
        <translation>Votre fichier (%1)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The vendor file does not exist before the move: %1 adds it.</source>
        <translation>Le fichier de vendor/ n&apos;existe pas avant le changement de version&#xa0;: %1 l&apos;ajoute.</translation>
    </message>
    <message>
        <source>The vendor file does not exist after the move: %1 removes it.</source>
        <translation>Le fichier de vendor/ n&apos;existe plus après le changement de version&#xa0;: %1 le supprime.</translation>
    </message>
    <message>
        <source>A setup patch has no copy in the store: the vendor&apos;s file is the patch.</source>
        <translation>Un correctif d&apos;installation n&apos;a pas de copie dans la boutique&#xa0;: le fichier de l&apos;éditeur est le correctif.</translation>
    </message>
    <message>
        <source>%1 cannot be read in the store: it is missing, or a link, which is not followed.</source>
        <translation>Impossible de lire %1 dans la boutique&#xa0;: le fichier est absent, ou c&apos;est un lien, qui n&apos;est pas suivi.</translation>
    </message>
    <message>
        <source>Select a finding to see its files.</source>
        <translation>Sélectionnez un constat pour voir ses fichiers.</translation>
    </message>
    <message>
        <source>Your copy</source>
        <translation>Votre copie</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The vendor removed no line.</source>
        <translation>L&apos;éditeur n&apos;a supprimé aucune ligne.</translation>
    </message>
    <message>
        <source>Marked: the lines the vendor removed, %1.</source>
        <translation>Marquées&#xa0;: les lignes supprimées par l&apos;éditeur, %1.</translation>
    </message>
    <message>
        <source>The vendor added no line.</source>
        <translation>L&apos;éditeur n&apos;a ajouté aucune ligne.</translation>
    </message>
    <message>
        <source>Marked: the lines the vendor added, %1.</source>
        <translation>Marquées&#xa0;: les lignes ajoutées par l&apos;éditeur, %1.</translation>
    </message>
    <message>
        <source>Your copy is the same as the new vendor file.</source>
        <translation>Votre copie est identique au nouveau fichier de vendor/.</translation>
    </message>
    <message>
        <source>Marked: the lines of your copy that differ from the new vendor file, %1.</source>
        <translation>Marquées&#xa0;: les lignes de votre copie qui diffèrent du nouveau fichier de vendor/, %1.</translation>
    </message>
    <message>
        <source>The vendor file %1 did not change in content: there is no patch to copy.</source>
        <translation>Le contenu du fichier %1 n&apos;a pas changé&#xa0;: il n&apos;y a aucun correctif à copier.</translation>
    </message>
    <message>
        <source>The vendor&apos;s change is in the clipboard as a patch: patch -p1 in the store&apos;s folder applies it to %1.</source>
        <translation>La modification de l&apos;éditeur est dans le presse-papiers sous forme de correctif&#xa0;: patch -p1 dans le dossier de la boutique l&apos;applique à %1.</translation>
    </message>
    <message>
        <source>Save the impact report</source>
        <translation>Enregistrer le rapport d&apos;impact</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <source>The impact report is saved as %1.</source>
        <translation>Le rapport d&apos;impact est enregistré sous %1.</translation>
    </message>
    <message>
        <source>The vendor&apos;s change to its own file, as a patch to read: your file is not a copy of the vendor file, so the patch is not one for your file</source>
        <translation>La modification de l’éditeur sur son propre fichier, en correctif à lire&#xa0;: votre fichier n’est pas une copie du fichier de vendor/, le correctif ne s’applique donc pas à votre fichier</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie…</translation>
    </message>
    <message>
        <source>The vendor&apos;s change to %1 is in the clipboard as a patch to read: it changes the vendor file, not a file of the store.</source>
        <translation>La modification de l’éditeur sur %1 est dans le presse-papiers en correctif à lire&#xa0;: il modifie le fichier de vendor/, pas un fichier de la boutique.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>mua::JournalFile</name>
    <message>
        <source>It records what an unfinished run changed; without it the assistant cannot tell whether maintenance mode and the generated code are as a run left them. Look at it, then move it aside (mv %1 %1.bad) to start afresh.</source>
        <translation>Il consigne ce qu&apos;une exécution inachevée a modifié&#xa0;; sans lui, l&apos;assistant ne peut pas savoir si le mode maintenance et le code généré sont tels qu&apos;une exécution les a laissés. Examinez-le, puis mettez-le de côté (mv %1 %1.bad) pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The journal %1 is empty.</source>
        <translation>Le journal de reprise %1 est vide.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2 at byte %3).</source>
        <translation>Le journal de reprise %1 est endommagé (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
</context>
<context>
    <name>mua::KnownFailures</name>
    <message>
        <source>PHP stopped with a fatal error (exit code 255); the lines above say where. If it mentions memory, raise the CLI memory_limit to 2G.</source>
        <translation>PHP s&apos;est arrêté sur une erreur fatale (code de sortie 255)&#xa0;; les lignes ci-dessus indiquent où. S&apos;il est question de mémoire, portez le memory_limit de la CLI à 2G.</translation>
    </message>
    <message>
        <source>A third-party module&apos;s setup script needs an area code; the module is named just before the error. Update or disable that module, then resume.</source>
        <translation>Le script d&apos;installation d&apos;un module tiers a besoin d&apos;un code de zone (area code)&#xa0;; le module est nommé juste avant l&apos;erreur. Mettez à jour ou désactivez ce module, puis reprenez.</translation>
    </message>
    <message>
        <source>%1&apos;s setup script failed with &quot;Area code is not set&quot;: update or disable that module (bin/magento module:disable %1), then resume.</source>
        <translation>Le script d&apos;installation de %1 a échoué avec «&#xa0;Area code is not set&#xa0;»&#xa0;: mettez à jour ou désactivez ce module (bin/magento module:disable %1), puis reprenez.</translation>
    </message>
    <message>
        <source>Magento could not start, usually because of stale generated code or a broken module: empty the code-generation folders and resume; run bin/magento with -vvv to see the cause.</source>
        <translation>Magento n&apos;a pas pu démarrer, généralement à cause de code généré obsolète ou d&apos;un module défectueux&#xa0;: videz les dossiers de code généré et reprenez&#xa0;; lancez bin/magento avec -vvv pour voir la cause.</translation>
    </message>
    <message>
        <source>The code is newer than the database: setup:upgrade has to run; resume the upgrade.</source>
        <translation>Le code est plus récent que la base de données&#xa0;: setup:upgrade doit être exécuté&#xa0;; reprenez la mise à niveau.</translation>
    </message>
    <message>
        <source>Web requests regenerated classes during the cleanup: run the cleanup inside maintenance mode (resume the upgrade; the assistant turns maintenance on first).</source>
        <translation>Des requêtes web ont régénéré des classes pendant le nettoyage&#xa0;: effectuez le nettoyage en mode maintenance (reprenez la mise à niveau&#xa0;; l&apos;assistant active d&apos;abord le mode maintenance).</translation>
    </message>
    <message>
        <source>Session files belong to another user: the session-permissions step (chmod 770 var/session) fixes this; run as the files&apos; owner.</source>
        <translation>Les fichiers de session appartiennent à un autre utilisateur&#xa0;: l&apos;étape des droits de session (chmod 770 var/session) corrige cela&#xa0;; exécutez l&apos;assistant en tant que propriétaire des fichiers.</translation>
    </message>
    <message>
        <source>Composer cannot satisfy the constraints in composer.json: relax or update the conflicting requirements it lists, then resume.</source>
        <translation>Composer ne peut pas satisfaire les contraintes de composer.json&#xa0;: assouplissez ou mettez à jour les exigences en conflit qu&apos;il liste, puis reprenez.</translation>
    </message>
    <message>
        <source>Magento 2.4 needs a running search engine (OpenSearch, or Elasticsearch before 2.4.8): start it and check catalog/search settings, then resume.</source>
        <translation>Magento 2.4 a besoin d&apos;un moteur de recherche en fonctionnement (OpenSearch, ou Elasticsearch avant la 2.4.8)&#xa0;: démarrez-le et vérifiez les paramètres catalog/search, puis reprenez.</translation>
    </message>
    <message>
        <source>The server refused the SSH key for %1: check ssh-add -l / your key (IdentityFile in ~/.ssh/config) and the server&apos;s authorized_keys.</source>
        <translation>Le serveur a refusé la clé SSH pour %1&#xa0;: vérifiez ssh-add -l ou votre clé (IdentityFile dans ~/.ssh/config) et le fichier authorized_keys du serveur.</translation>
    </message>
    <message>
        <source>%1 only accepts a password over SSH, and the assistant never types one: set up key login (ssh-copy-id).</source>
        <translation>%1 n&apos;accepte qu&apos;un mot de passe via SSH, et l&apos;assistant n&apos;en saisit jamais&#xa0;: configurez la connexion par clé (ssh-copy-id).</translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key is unknown or changed: connect once by hand with ssh to check and accept it.</source>
        <translation>La clé d&apos;hôte SSH du serveur est inconnue ou a changé&#xa0;: connectez-vous une fois manuellement avec ssh pour la vérifier et l&apos;accepter.</translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key is unknown or changed: connect once with ssh %1 to check and accept it.</source>
        <translation>La clé d&apos;hôte SSH du serveur est inconnue ou a changé&#xa0;: connectez-vous une fois avec ssh %1 pour la vérifier et l&apos;accepter.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection on port %2: check that sshd runs there and that the port is right.</source>
        <translation>%1 a refusé la connexion SSH sur le port %2&#xa0;: vérifiez que sshd y fonctionne et que le port est correct.</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2 over SSH (%3): check the host name, the port, your VPN or firewall.</source>
        <translation>Aucune réponse SSH de %1 sur le port %2 (%3)&#xa0;: vérifiez le nom d&apos;hôte, le port, votre VPN ou votre pare-feu.</translation>
    </message>
    <message>
        <source>The server closed the SSH connection before login (sshd or a firewall refused it): run ssh by hand to see why.</source>
        <translation>Le serveur a fermé la connexion SSH avant l&apos;authentification (refus de sshd ou d&apos;un pare-feu)&#xa0;: lancez ssh manuellement pour en voir la raison.</translation>
    </message>
    <message>
        <source>The SSH connection broke while the command ran: it may still be running on the server (check with ps there) before you resume.</source>
        <translation>La connexion SSH a été coupée pendant la commande&#xa0;: elle s&apos;exécute peut-être encore sur le serveur&#xa0;; vérifiez-le avec ps sur le serveur avant de reprendre.</translation>
    </message>
    <message>
        <source>SSH could not resolve the host name %1: check %2 and the Host entries of ~/.ssh/config.</source>
        <translation>SSH n&apos;a pas pu résoudre le nom d&apos;hôte %1&#xa0;: vérifiez %2 et les entrées Host de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>PHP ran out of memory: the CLI memory_limit is too low. Give as %1 a wrapper that calls php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.</source>
        <translation>PHP a manqué de mémoire&#xa0;: le memory_limit de la CLI est trop bas. Indiquez dans le champ %1 un script qui appelle php -d memory_limit=2G, ou augmentez memory_limit dans le php.ini de la CLI.</translation>
    </message>
    <message>
        <source>PHP stopped with a fatal error; the console log says where. If it mentions memory, raise the CLI memory_limit to 2G.</source>
        <translation>PHP s&apos;est arrêté sur une erreur fatale&#xa0;; le journal de la console indique où. S&apos;il est question de mémoire, portez le memory_limit de la CLI à 2G.</translation>
    </message>
    <message>
        <source>PHP ran out of memory: the CLI memory_limit is too low. Run with %1 pointing at a wrapper that calls php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.</source>
        <translation>PHP a manqué de mémoire&#xa0;: le memory_limit de la CLI est trop bas. Relancez avec %1 pointant vers un script qui appelle php -d memory_limit=2G, ou augmentez memory_limit dans le php.ini de la CLI.</translation>
    </message>
    <message>
        <source>repo.magento.com refused Composer because its access keys are missing or wrong: put them in auth.json next to composer.json or in $COMPOSER_HOME/auth.json as http-basic.repo.magento.com, the public key as username and the private key as password (from the Access Keys page of your Magento Marketplace account), then resume.</source>
        <translation>repo.magento.com a refusé Composer car ses clés d&apos;accès sont absentes ou erronées&#xa0;: indiquez-les dans auth.json à côté de composer.json ou dans $COMPOSER_HOME/auth.json sous http-basic.repo.magento.com, la clé publique comme nom d&apos;utilisateur et la clé privée comme mot de passe (depuis la page Access Keys de votre compte Magento Marketplace), puis reprenez.</translation>
    </message>
    <message>
        <source>%1 refused Composer because its credentials are missing or wrong: put them in auth.json next to composer.json or in $COMPOSER_HOME/auth.json (http-basic.%1, or the token that host uses), then resume.</source>
        <translation>%1 a refusé Composer car ses identifiants sont absents ou erronés&#xa0;: indiquez-les dans auth.json à côté de composer.json ou dans $COMPOSER_HOME/auth.json (http-basic.%1, ou le jeton qu&apos;utilise cet hôte), puis reprenez.</translation>
    </message>
    <message numerus="yes">
        <source>Composer stopped at the plugin(s) %1, which config.allow-plugins does not allow: check that you trust each, then add &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} to composer.json and resume.</source>
        <translation>
            <numerusform>Composer s&apos;est arrêté sur %n plugin que config.allow-plugins n&apos;autorise pas (%1)&#xa0;: vérifiez que vous lui faites confiance, puis ajoutez &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} à composer.json et reprenez.</numerusform>
            <numerusform>Composer s&apos;est arrêté sur %n plugins que config.allow-plugins n&apos;autorise pas (%1)&#xa0;: vérifiez que vous faites confiance à chacun d&apos;eux, puis ajoutez &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} à composer.json et reprenez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composer ran out of memory under PHP&apos;s memory_limit: run it with COMPOSER_MEMORY_LIMIT=-1 in its environment (or raise memory_limit in the CLI php.ini), then resume.</source>
        <translation>Composer a manqué de mémoire sous le memory_limit de PHP&#xa0;: lancez-le avec COMPOSER_MEMORY_LIMIT=-1 dans son environnement (ou augmentez memory_limit dans le php.ini de la CLI), puis reprenez.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a blocking package and what it pins</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Composer cannot resolve the requirements because of %1: update each to a version made for the new release, ask its vendor for one, or remove it, then resume.</source>
        <translation>Composer ne peut pas résoudre les exigences à cause de %1&#xa0;: mettez à jour chacun d&apos;eux vers une version conçue pour la nouvelle version de Magento, demandez-en une à son éditeur, ou supprimez-le, puis reprenez.</translation>
    </message>
    <message>
        <source>%1 needs PHP %2, but Composer ran with PHP %3: run the store&apos;s commands with a PHP that fits (and check config.platform.php in composer.json), then resume.</source>
        <translation>%1 a besoin de PHP %2, mais Composer s&apos;est exécuté avec PHP %3&#xa0;: exécutez les commandes de la boutique avec un PHP adapté (et vérifiez config.platform.php dans composer.json), puis reprenez.</translation>
    </message>
    <message numerus="yes">
        <source>Composer cannot install the requirements without the PHP extension(s) %1: install or enable each in the PHP that runs the store&apos;s commands, then resume.</source>
        <translation>
            <numerusform>Composer ne peut pas installer les exigences car il manque %n extension PHP (%1)&#xa0;: installez-la ou activez-la dans le PHP qui exécute les commandes de la boutique, puis reprenez.</numerusform>
            <numerusform>Composer ne peut pas installer les exigences car il manque %n extensions PHP (%1)&#xa0;: installez ou activez chacune d&apos;elles dans le PHP qui exécute les commandes de la boutique, puis reprenez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store&apos;s Composer repositories do not have %1: check the name and the version (and the repositories in composer.json), then resume.</source>
        <translation>Les dépôts Composer de la boutique ne contiennent pas %1&#xa0;: vérifiez le nom et la version (ainsi que les dépôts déclarés dans composer.json), puis reprenez.</translation>
    </message>
</context>
<context>
    <name>mua::LogFileSearch</name>
    <message>
        <source>Could not read the log file %1.</source>
        <translation>Impossible de lire le fichier journal %1.</translation>
    </message>
</context>
<context>
    <name>mua::LogPane</name>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>Respecter exactement les majuscules et les minuscules</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when nothing is selected</source>
        <translation>Copier les lignes sélectionnées, ou tout le journal si rien n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Suivre les nouvelles lignes</translation>
    </message>
    <message>
        <source>Keep the newest line in sight; scrolling up pauses this</source>
        <translation>Garder la dernière ligne visible&#xa0;; remonter dans le journal met le suivi en pause</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Afficher l&apos;horodatage</translation>
    </message>
    <message>
        <source>Show the time of every line</source>
        <translation>Afficher l&apos;heure de chaque ligne</translation>
    </message>
    <message>
        <source>Upgrade log pane</source>
        <translation>Volet du journal de mise à niveau</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Find in the log (%1). Enter finds the next line, Shift+Enter the previous one, Escape goes back to the log.</source>
        <translation>Rechercher dans le journal (%1). Entrée trouve la ligne suivante, Maj+Entrée la précédente, Échap revient au journal.</translation>
    </message>
    <message>
        <source>No match for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log files (*.log);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved the log to %1.</source>
        <translation>Journal enregistré dans %1.</translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation>Ouvrir le fichier journal</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Retour à la ligne</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Afficher les lignes longues sur plusieurs lignes</translation>
    </message>
    <message>
        <source>Wrap long lines at the edge of the log instead of scrolling sideways (%1)</source>
        <translation>Afficher les lignes longues sur plusieurs lignes au lieu de faire défiler le journal horizontalement (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s) are not shown: the log keeps the newest %1.</source>
        <translation>
            <numerusform>%n ligne antérieure n&apos;est pas affichée&#xa0;: le journal conserve les %1 plus récentes.</numerusform>
            <numerusform>%n lignes antérieures ne sont pas affichées&#xa0;: le journal conserve les %1 plus récentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier lines are not shown here: they are in the log file %1.</source>
        <translation>Les lignes antérieures ne sont pas affichées ici&#xa0;: elles se trouvent dans le fichier journal %1.</translation>
    </message>
    <message>
        <source>Earlier lines are not shown here: they are in the log files %1.</source>
        <translation>Les lignes antérieures ne sont pas affichées ici&#xa0;: elles se trouvent dans les fichiers journaux %1.</translation>
    </message>
    <message>
        <source>Save the lines shown here to a file</source>
        <translation>Enregistrer dans un fichier les lignes affichées ici</translation>
    </message>
    <message>
        <source>Save the whole log of the run (%1) to a file</source>
        <translation>Enregistrer dans un fichier le journal complet de l&apos;exécution (%1)</translation>
    </message>
    <message>
        <source>Not in the lines shown here: searching the log file…</source>
        <translation>Absent des lignes affichées ici&#xa0;: recherche dans le fichier journal…</translation>
    </message>
    <message>
        <source>“%1” is not in the lines shown here: it is in the log file %2 at line %3.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans les lignes affichées ici&#xa0;: il se trouve dans le fichier journal %2, à la ligne %3.</translation>
    </message>
    <message>
        <source>Open the log file %1 (the text is at line %2)</source>
        <translation>Ouvrir le fichier journal %1 (le texte se trouve à la ligne %2)</translation>
    </message>
    <message>
        <source>Saving the log to %1…</source>
        <translation>Enregistrement du journal dans %1…</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2.</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be read.</source>
        <translation>Le fichier journal %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Saved the whole log to %1.</source>
        <translation>Journal complet enregistré dans %1.</translation>
    </message>
    <message>
        <source>Saved the lines shown here to %1. %2</source>
        <translation>Lignes affichées ici enregistrées dans %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lines shown here to %1; %n earlier line(s) were no longer kept.</source>
        <translation>
            <numerusform>Lignes affichées ici enregistrées dans %1&#xa0;; %n ligne antérieure n&apos;était plus conservée.</numerusform>
            <numerusform>Lignes affichées ici enregistrées dans %1&#xa0;; %n lignes antérieures n&apos;étaient plus conservées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::LogView</name>
    <message>
        <source>Upgrade log</source>
        <translation>Journal de mise à niveau</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Le journal est vide.</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2.</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation>Ligne %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Last line: %1</source>
        <translation>Dernière ligne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mua::MagentoCommandStep</name>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1 en %2 s</translation>
    </message>
</context>
<context>
    <name>mua::MainWizard</name>
    <message>
        <source>Magento Upgrade Assistant</source>
        <translation>Assistant de mise à niveau Magento</translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <translation>Arrêter la mise à niveau&#xa0;?</translation>
    </message>
    <message>
        <source>An upgrade is running. Stop it now? The running command is stopped, the store stays in maintenance mode, and you can resume later.</source>
        <translation>Une mise à niveau est en cours. L&apos;arrêter maintenant&#xa0;? La commande en cours est interrompue, la boutique reste en mode maintenance et vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>A rollback or another action on the store is still running and cannot be stopped; close the window when it has finished.</source>
        <translation>Une restauration ou une autre action sur la boutique est encore en cours et ne peut pas être arrêtée&#xa0;; fermez la fenêtre lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Back to the review page, to change settings and upgrade again</source>
        <translation>Retour à la page de vérification, pour modifier les paramètres et relancer la mise à niveau</translation>
    </message>
    <message>
        <source>Leave the shop offline?</source>
        <translation>Laisser la boutique hors ligne&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is still in maintenance mode: the shop answers 503 to every visitor until maintenance is turned off. Close the assistant anyway?</source>
        <translation>%1 est toujours en mode maintenance&#xa0;: la boutique renvoie une erreur 503 à chaque visiteur tant que le mode maintenance n&apos;est pas désactivé. Fermer quand même l&apos;assistant&#xa0;?</translation>
    </message>
    <message>
        <source>Open the assistant on this store again to resume or to turn maintenance off.</source>
        <translation>Rouvrez l&apos;assistant sur cette boutique pour reprendre ou pour désactiver le mode maintenance.</translation>
    </message>
    <message>
        <source>Stop the upgrade and close?</source>
        <translation>Arrêter la mise à niveau et fermer&#xa0;?</translation>
    </message>
    <message>
        <source>An upgrade is running. Stop it and close the window? The running command is stopped and the store stays in maintenance mode: the shop answers 503 until you resume or turn maintenance off. A notification says when the upgrade has stopped.</source>
        <translation>Une mise à niveau est en cours. L&apos;arrêter et fermer la fenêtre&#xa0;? La commande en cours est interrompue et la boutique reste en mode maintenance&#xa0;: elle renvoie une erreur 503 jusqu&apos;à ce que vous repreniez la mise à niveau ou désactiviez le mode maintenance. Une notification vous préviendra lorsque la mise à niveau sera arrêtée.</translation>
    </message>
</context>
<context>
    <name>mua::MaintenanceOffStep</name>
    <message>
        <source>maintenance was on before the run, so it stays on</source>
        <translation>le mode maintenance était activé avant l&apos;exécution, il reste donc activé</translation>
    </message>
    <message>
        <source>Turns maintenance off and checks that the flag is gone.</source>
        <translation>Désactive le mode maintenance et vérifie que l&apos;indicateur a disparu.</translation>
    </message>
    <message>
        <source>Maintenance is still on after maintenance:disable (var/.maintenance.flag exists).</source>
        <translation>Le mode maintenance est toujours activé après maintenance:disable (var/.maintenance.flag existe).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Put maintenance mode back</source>
        <translation>Rétablir le mode maintenance</translation>
    </message>
</context>
<context>
    <name>mua::MaintenanceOnStep</name>
    <message>
        <source>Maintenance is already on; it stays on during and after the run.</source>
        <translation>Le mode maintenance est déjà activé&#xa0;; il le reste pendant et après l&apos;exécution.</translation>
    </message>
    <message>
        <source>The storefront answers 503 until the run puts maintenance back.</source>
        <translation>La vitrine renvoie une erreur 503 jusqu&apos;à ce que l&apos;exécution rétablisse le mode maintenance.</translation>
    </message>
    <message>
        <source>maintenance:enable reported success but var/.maintenance.flag does not exist.</source>
        <translation>maintenance:enable a signalé un succès, mais var/.maintenance.flag n&apos;existe pas.</translation>
    </message>
    <message>
        <source>was already on</source>
        <translation>était déjà activé</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>Turn maintenance mode on</source>
        <translation>Activer le mode maintenance</translation>
    </message>
    <message>
        <source>%1; the storefront answers 503</source>
        <translation>%1&#xa0;; la vitrine renvoie une erreur 503</translation>
    </message>
    <message>
        <source>%1 Maintenance was turned off again, as nothing else had changed.</source>
        <translation>%1 Le mode maintenance a été désactivé de nouveau, car rien d&apos;autre n&apos;avait été modifié.</translation>
    </message>
    <message>
        <source>%1 Turning maintenance off again failed too: %2</source>
        <translation>%1 La désactivation du mode maintenance a également échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mua::MoveGuard</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2: %3.</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The link %1 cannot be kept: %2.</source>
        <translation>Impossible de conserver le lien %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is %2, which the version move does not keep: remove it from the code first.</source>
        <translation>%1 est %2, ce que le changement de version ne conserve pas&#xa0;: supprimez-le d&apos;abord du code.</translation>
    </message>
    <message>
        <source>%1 cannot be made: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be given its mode: %2.</source>
        <translation>Impossible d&apos;appliquer ses droits d&apos;accès à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: %3.</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 is there already: an earlier move was interrupted.</source>
        <translation>%1 existe déjà&#xa0;: un changement de version précédent a été interrompu.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The kept copy of the code (%1) has no manifest: it was never finished, and the code was not changed after it.</source>
        <translation>La copie conservée du code (%1) n&apos;a pas de manifeste&#xa0;: elle n&apos;a jamais été terminée, et le code n&apos;a pas été modifié ensuite.</translation>
    </message>
    <message>
        <source>%1 cannot be kept: %2.</source>
        <translation>Impossible de conserver %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the copy stopped</source>
        <translation>la copie s&apos;est interrompue</translation>
    </message>
</context>
<context>
    <name>mua::Notifier</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the webhook at %1</source>
        <translation>le webhook de %1</translation>
    </message>
    <message>
        <source>✅ Magento upgrade succeeded: %1 on %2 in %3.</source>
        <translation>✅ Mise à niveau Magento réussie&#xa0;: %1 sur %2 en %3.</translation>
    </message>
    <message>
        <source>❌ Magento upgrade failed at %1: %2 on %3 after %4.</source>
        <translation>❌ Échec de la mise à niveau Magento à l&apos;étape %1&#xa0;: %2 sur %3 après %4.</translation>
    </message>
    <message>
        <source>⏹ Magento upgrade cancelled during %1: %2 on %3 after %4.</source>
        <translation>⏹ Mise à niveau Magento annulée pendant l&apos;étape %1&#xa0;: %2 sur %3 après %4.</translation>
    </message>
    <message>
        <source>⛔ Magento upgrade refused: %1 on %2.</source>
        <translation>⛔ Mise à niveau Magento refusée&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Storefront %1: %2.</source>
        <translation>Vitrine %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Known fix: %1</source>
        <translation>Solution connue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3 — check the webhook&apos;s address.</source>
        <translation>%1 a renvoyé HTTP %2%3 — vérifiez l&apos;adresse du webhook.</translation>
    </message>
    <message>
        <source> (&quot;%1&quot;)</source>
        <translation> («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file: put the webhook&apos;s address into a file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;: placez l&apos;adresse du webhook dans un fichier.</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users (mode %2): the address is the webhook&apos;s password, so run chmod 600 %3 first.</source>
        <translation>%1 peut être lu ou modifié par d&apos;autres utilisateurs (mode %2)&#xa0;: l&apos;adresse tient lieu de mot de passe du webhook, exécutez donc d&apos;abord chmod 600 %3.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far more than a webhook&apos;s address: check the file.</source>
        <translation>%1 fait %2 octets, bien plus qu&apos;une adresse de webhook&#xa0;: vérifiez le fichier.</translation>
    </message>
    <message>
        <source>%1 is empty: put the webhook&apos;s address on its first line.</source>
        <translation>%1 est vide&#xa0;: placez l&apos;adresse du webhook sur sa première ligne.</translation>
    </message>
</context>
<context>
    <name>mua::Plan</name>
    <message>
        <source>Upgrade the database and modules</source>
        <translation>Mettre à niveau la base et les modules</translation>
    </message>
    <message>
        <source>Updates the database schema and data of every module and cleans caches and generated code.</source>
        <translation>Met à jour le schéma et les données des modules, puis nettoie caches et code généré.</translation>
    </message>
    <message>
        <source>Compile dependency injection</source>
        <translation>Compiler l&apos;injection de dépendances</translation>
    </message>
    <message>
        <source>Generates code and dependency injection configuration (production mode).</source>
        <translation>Génère le code et la configuration de l&apos;injection de dépendances (mode production).</translation>
    </message>
    <message>
        <source>Deploy static files</source>
        <translation>Déployer les fichiers statiques</translation>
    </message>
    <message>
        <source>Deploys the storefront&apos;s and Admin&apos;s static files (production mode).</source>
        <translation>Déploie les fichiers statiques de la vitrine et de l&apos;Admin (mode production).</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Readiness:</source>
        <translation>État de préparation&#xa0;:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>the deploy mode is unknown (see the readiness check)</source>
        <translation>le mode de déploiement est inconnu (voir la vérification de l&apos;état de préparation)</translation>
    </message>
    <message>
        <source>the store is in %1 mode, not production (%2)</source>
        <translation>la boutique est en mode %1, pas en mode production (%2)</translation>
    </message>
    <message>
        <source>Plan for %1 (Magento %2 %3, %4)</source>
        <translation>Plan pour %1 (Magento %2 %3, %4)</translation>
    </message>
    <message>
        <source>Move: %1 %2 → %3</source>
        <translation>Changement de version&#xa0;: %1 %2 → %3</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Paquets bloquants&#xa0;:</translation>
    </message>
    <message>
        <source>Impact report (kept from an earlier impact of this move): %1 need a look, %2 worth knowing, %3 only whitespace or comments; impact ROOT --target-version %4 lists them.</source>
        <translation>Rapport d&apos;impact (conservé d&apos;une exécution précédente de impact pour ce changement de version)&#xa0;: %1 à examiner, %2 bon à savoir, %3 espaces ou commentaires seulement&#xa0;; impact ROOT --target-version %4 les liste.</translation>
    </message>
</context>
<context>
    <name>mua::PreflightStep</name>
    <message>
        <source>Magento store</source>
        <translation>Boutique Magento</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>File-system owner</source>
        <translation>Propriétaire des fichiers</translation>
    </message>
    <message>
        <source>You are running as %1, but app/etc/env.php belongs to %2.</source>
        <translation>Vous exécutez l&apos;assistant en tant que %1, mais app/etc/env.php appartient à %2.</translation>
    </message>
    <message>
        <source>Run the assistant as %1, for example: sudo -u %1 magento-upgrade-assistant …</source>
        <translation>Exécutez l&apos;assistant en tant que %1, par exemple&#xa0;: sudo -u %1 magento-upgrade-assistant …</translation>
    </message>
    <message>
        <source>Running as %1, the owner of the store&apos;s files.</source>
        <translation>Exécution en tant que %1, propriétaire des fichiers de la boutique.</translation>
    </message>
    <message>
        <source>Writable folders</source>
        <translation>Dossiers accessibles en écriture</translation>
    </message>
    <message>
        <source>%1 can be written.</source>
        <translation>Écriture possible dans %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written by this user.</source>
        <translation>Cet utilisateur ne peut pas écrire dans %1.</translation>
    </message>
    <message>
        <source>Run as the store&apos;s owner, or give the owner write permission on them.</source>
        <translation>Exécutez l&apos;assistant en tant que propriétaire de la boutique, ou donnez à ce propriétaire le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Only %1 free where the store lives.</source>
        <translation>Seulement %1 libres sur le disque de la boutique.</translation>
    </message>
    <message>
        <source>Free at least %1 before upgrading.</source>
        <translation>Libérez au moins %1 avant la mise à niveau.</translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation>%1 libres.</translation>
    </message>
    <message>
        <source>Composer and setup:upgrade may need more; free at least 1 GB.</source>
        <translation>Composer et setup:upgrade peuvent avoir besoin de plus&#xa0;; libérez au moins 1 Go.</translation>
    </message>
    <message>
        <source>PHP</source>
        <translation>PHP</translation>
    </message>
    <message>
        <source>%1 did not print its version.</source>
        <translation>%1 n&apos;a pas affiché sa version.</translation>
    </message>
    <message>
        <source>PHP %1 with memory_limit %2; Magento needs at least 756M.</source>
        <translation>PHP %1 avec memory_limit %2&#xa0;; Magento a besoin d&apos;au moins 756M.</translation>
    </message>
    <message>
        <source>PHP %1 with memory_limit %2; 2G or more is recommended.</source>
        <translation>PHP %1 avec memory_limit %2&#xa0;; 2G ou plus est recommandé.</translation>
    </message>
    <message>
        <source>PHP %1 with memory_limit %2.</source>
        <translation>PHP %1 avec memory_limit %2.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Setup Wizard leftovers</source>
        <translation>Restes de l&apos;assistant web</translation>
    </message>
    <message>
        <source>No flags left by Magento&apos;s web Setup Wizard.</source>
        <translation>Aucun indicateur laissé par l&apos;assistant de configuration web de Magento.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>If no web Setup Wizard update is running, delete them before upgrading.</source>
        <translation>Si aucune mise à jour de l&apos;assistant de configuration web n&apos;est en cours, supprimez-les avant la mise à niveau.</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>This store is a git clone of Magento: its version comes from git, not from Composer.</source>
        <translation>Cette boutique est un clone git de Magento&#xa0;: sa version provient de git, pas de Composer.</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <source>The store is on %1, a network share: every file operation is a round trip.</source>
        <translation>La boutique se trouve sur %1, un partage réseau&#xa0;: chaque opération sur un fichier implique un aller-retour réseau.</translation>
    </message>
    <message>
        <source>Cleaning generated code may take minutes; run on the server where you can.</source>
        <translation>Le nettoyage du code généré peut prendre plusieurs minutes&#xa0;; travaillez directement sur le serveur si possible.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The database needs setup:upgrade (setup:db:status exit code 2).</source>
        <translation>La base de données nécessite setup:upgrade (setup:db:status, code de sortie 2).</translation>
    </message>
    <message>
        <source>All modules are up to date; setup:upgrade will still run and apply the configuration.</source>
        <translation>Tous les modules sont à jour&#xa0;; setup:upgrade sera tout de même exécuté pour appliquer la configuration.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The store is not installed or cannot start; run %1 by hand and fix what it says.</source>
        <translation>La boutique n&apos;est pas installée ou ne peut pas démarrer&#xa0;; exécutez %1 manuellement et corrigez ce qu&apos;il signale.</translation>
    </message>
    <message>
        <source>Read-only checks: owner, writable folders, disk space, PHP version and memory_limit, wizard leftovers, database status.</source>
        <translation>Vérifications en lecture seule&#xa0;: propriétaire, dossiers accessibles en écriture, espace disque, version de PHP et memory_limit, restes de l&apos;assistant web, état de la base de données.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>Cancelled during the readiness check.</source>
        <translation>Annulé pendant la vérification de l&apos;état de préparation.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n vérification réussie</numerusform>
            <numerusform>%n vérifications réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Vérification de l&apos;état de préparation</translation>
    </message>
    <message>
        <source>Cannot read who owns %1.</source>
        <translation>Impossible de déterminer le propriétaire de %1.</translation>
    </message>
    <message>
        <source>Run the assistant as the store&apos;s owner.</source>
        <translation>Exécutez l&apos;assistant en tant que propriétaire de la boutique.</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Mode d&apos;exécution</translation>
    </message>
    <message>
        <source>Without it, bin/magento runs with this computer&apos;s PHP, which may not reach the project&apos;s database and services.</source>
        <translation>Sans cette option, bin/magento s&apos;exécute avec le PHP de cet ordinateur, qui risque de ne pas atteindre la base de données et les services du projet.</translation>
    </message>
    <message>
        <source>Container environment</source>
        <translation>Environnement de conteneurs</translation>
    </message>
    <message>
        <source>Run %1 by hand to see why.</source>
        <translation>Exécutez %1 manuellement pour en voir la raison.</translation>
    </message>
    <message>
        <source>Raise memory_limit in the PHP configuration of the container (with ddev: a .ini file in .ddev/php/), then restart it with %1.</source>
        <translation>Augmentez memory_limit dans la configuration PHP du conteneur (avec ddev&#xa0;: un fichier .ini dans .ddev/php/), puis redémarrez-le avec %1.</translation>
    </message>
    <message>
        <source>Container files</source>
        <translation>Fichiers dans le conteneur</translation>
    </message>
    <message>
        <source>PHP in the container does not see the store in %1: the lock file this run wrote there (var/.upgrade-assistant.lock) is missing or different in the folder where %2 runs bin/magento.</source>
        <translation>Le PHP du conteneur ne voit pas la boutique située dans %1&#xa0;: le fichier de verrou que cette exécution y a écrit (var/.upgrade-assistant.lock) est absent ou différent dans le dossier où %2 exécute bin/magento.</translation>
    </message>
    <message>
        <source>Mount the store folder into the container (a bind mount, not a named volume), and for docker compose make it the service&apos;s working folder; or run the assistant inside the container with the local runner.</source>
        <translation>Montez le dossier de la boutique dans le conteneur (un montage de type bind, pas un volume nommé) et, pour docker compose, faites-en le dossier de travail du service&#xa0;; ou exécutez l&apos;assistant dans le conteneur avec le mode d&apos;exécution local.</translation>
    </message>
    <message>
        <source>%1 says that PHP runs in the project&apos;s container: choose the runner %2.</source>
        <translation>%1 indique que PHP s&apos;exécute dans le conteneur du projet&#xa0;: choisissez le mode d&apos;exécution %2.</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter, or give its path as %1.</source>
        <translation>Installez l&apos;interpréteur PHP en ligne de commande, ou indiquez son chemin dans le champ %1.</translation>
    </message>
    <message>
        <source>Raise memory_limit in the CLI php.ini, or give as %1 a wrapper that passes -d memory_limit=2G.</source>
        <translation>Augmentez memory_limit dans le php.ini de la CLI, ou indiquez dans le champ %1 un script qui passe -d memory_limit=2G.</translation>
    </message>
    <message>
        <source>Check out %1 with git, and leave %2 empty.</source>
        <translation>Récupérez %1 avec git checkout et laissez le champ %2 vide.</translation>
    </message>
    <message>
        <source>The database needs setup:upgrade: its modules are behind the code.</source>
        <translation>La base de données nécessite setup:upgrade&#xa0;: ses modules sont en retard sur le code.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a folder, not a program</source>
        <translation>%1 est un dossier, pas un programme</translation>
    </message>
    <message>
        <source>%1 is not executable</source>
        <translation>%1 n&apos;est pas exécutable</translation>
    </message>
    <message>
        <source>%1 is not found on PATH</source>
        <translation>%1 est introuvable dans le PATH</translation>
    </message>
    <message>
        <source>Composer cannot be started for %1: %2.</source>
        <translation>Composer ne peut pas être lancé pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Install Composer 2 on this computer, so that the command composer runs.</source>
        <translation>Installez Composer 2 sur cet ordinateur, afin que la commande composer fonctionne.</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Version cible</translation>
    </message>
    <message>
        <source>%1 is the version installed already (%2, from %3).</source>
        <translation>%1&#xa0;: cette version est déjà installée (%2, d&apos;après %3).</translation>
    </message>
    <message>
        <source>%1 is older than the installed %2 (from %3): Magento is not moved back with Composer.</source>
        <translation>%1&#xa0;: cette version est plus ancienne que la version installée %2 (d&apos;après %3)&#xa0;; Composer ne ramène pas Magento à une version antérieure.</translation>
    </message>
    <message>
        <source>Leave %1 out to run the upgrade steps on the installed version.</source>
        <translation>Omettez %1 pour exécuter les étapes de mise à niveau sur la version installée.</translation>
    </message>
    <message>
        <source>To go back to an earlier version, roll back to a backup taken before.</source>
        <translation>Pour revenir à une version antérieure, restaurez une sauvegarde effectuée auparavant.</translation>
    </message>
    <message>
        <source>The installed version is unknown, so whether %1 is newer cannot be checked.</source>
        <translation>La version installée est inconnue&#xa0;: impossible de vérifier si %1 est plus récente.</translation>
    </message>
    <message>
        <source>Make sure %1 is newer than what the store runs.</source>
        <translation>Assurez-vous que %1 est plus récente que la version utilisée par la boutique.</translation>
    </message>
    <message>
        <source>Magento %1 %2, %3.</source>
        <translation>Magento %1 %2, %3.</translation>
    </message>
    <message>
        <source>MAGE_MODE variable</source>
        <translation>Variable MAGE_MODE</translation>
    </message>
    <message>
        <source>MAGE_MODE=%1 is set in this environment, so bin/magento runs in %1 mode here, while the store is in %2.</source>
        <translation>MAGE_MODE=%1 est défini dans cet environnement&#xa0;: bin/magento s&apos;exécute donc ici en mode %1, alors que la boutique est en %2.</translation>
    </message>
    <message>
        <source>Run the assistant without it (env -u MAGE_MODE magento-upgrade-assistant …), or the commands may behave unlike the shop (setup:static-content:deploy refuses outside production mode).</source>
        <translation>Lancez l&apos;assistant sans cette variable (env -u MAGE_MODE magento-upgrade-assistant …), sinon les commandes risquent de se comporter autrement que dans la boutique (setup:static-content:deploy refuse de s&apos;exécuter hors du mode production).</translation>
    </message>
    <message>
        <source>Deploy mode</source>
        <translation>Mode de déploiement</translation>
    </message>
    <message>
        <source>%1 says %2 mode (app/etc/env.php computes MAGE_MODE at run time).</source>
        <translation>%1 indique le mode %2 (app/etc/env.php calcule MAGE_MODE à l&apos;exécution).</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2</source>
        <translation>%1 est un lien symbolique vers %2</translation>
    </message>
    <message>
        <source>%1 (the assistant empties %2 only as a real folder in the store, never through a link)</source>
        <translation>%1 (l&apos;assistant ne vide %2 que s&apos;il s&apos;agit d&apos;un vrai dossier de la boutique, jamais à travers un lien)</translation>
    </message>
    <message>
        <source>%1 (setup:upgrade and the static deploy need a folder there)</source>
        <translation>%1 (setup:upgrade et le déploiement des fichiers statiques ont besoin d&apos;un dossier à cet endroit)</translation>
    </message>
    <message>
        <source>%1, outside the store (setup:upgrade would empty what it points to)</source>
        <translation>%1, hors de la boutique (setup:upgrade viderait sa cible)</translation>
    </message>
    <message>
        <source>%1: the session permissions are not changed there</source>
        <translation>%1&#xa0;: les droits de session n&apos;y sont pas modifiés</translation>
    </message>
    <message>
        <source>Folders the upgrade changes</source>
        <translation>Dossiers modifiés par la mise à niveau</translation>
    </message>
    <message>
        <source>Make them real folders inside the store (move what the link points to into the store, or remove the link and create the folder), then check again.</source>
        <translation>Faites-en de vrais dossiers dans la boutique (déplacez la cible du lien dans la boutique, ou supprimez le lien et créez le dossier), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Fix the permissions where the link points by hand, if sessions are lost.</source>
        <translation>Si des sessions sont perdues, corrigez manuellement les droits à l&apos;emplacement visé par le lien.</translation>
    </message>
    <message>
        <source>Every folder the steps change is inside the store.</source>
        <translation>Tous les dossiers modifiés par les étapes se trouvent dans la boutique.</translation>
    </message>
    <message>
        <source>The PHP to run the store with cannot be started: %1.</source>
        <translation>Le PHP avec lequel exécuter la boutique ne peut pas être lancé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check out the release with git instead of %1.</source>
        <translation>Récupérez la version avec git checkout au lieu d&apos;utiliser %1.</translation>
    </message>
    <message>
        <source>Install Composer 2 or give its path with %1.</source>
        <translation>Installez Composer 2 ou indiquez son chemin avec %1.</translation>
    </message>
    <message>
        <source>To go back to an earlier version, roll back to a backup taken before (%1).</source>
        <translation>Pour revenir à une version antérieure, restaurez une sauvegarde effectuée auparavant (%1).</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter (php-cli) or choose one with %1.</source>
        <translation>Installez l&apos;interpréteur PHP en ligne de commande (php-cli) ou choisissez-en un avec %1.</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter (php-cli), or give its path as %1.</source>
        <translation>Installez l&apos;interpréteur PHP en ligne de commande (php-cli), ou indiquez son chemin pour %1.</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter or choose one with %1.</source>
        <translation>Installez l&apos;interpréteur PHP en ligne de commande ou choisissez-en un avec %1.</translation>
    </message>
    <message>
        <source>Raise memory_limit in the CLI php.ini, or run with %1 pointing at a wrapper that passes -d memory_limit=2G.</source>
        <translation>Augmentez memory_limit dans le php.ini de la CLI, ou relancez avec %1 pointant vers un script qui passe -d memory_limit=2G.</translation>
    </message>
</context>
<context>
    <name>mua::ReadinessPage</name>
    <message>
        <source>Readiness check</source>
        <translation>Vérification de l&apos;état de préparation</translation>
    </message>
    <message>
        <source>What the upgrade needs from this machine and this store. These checks only read.</source>
        <translation>Ce dont la mise à niveau a besoin sur cette machine et dans cette boutique. Ces vérifications ne font que lire.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Vérification de %1 …</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Solution&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: fix them, then press Check again.</source>
        <translation>
            <numerusform>%n vérification a échoué&#xa0;: corrigez le problème, puis cliquez sur «&#xa0;Vérifier à nouveau&#xa0;».</numerusform>
            <numerusform>%n vérifications ont échoué&#xa0;: corrigez les problèmes, puis cliquez sur «&#xa0;Vérifier à nouveau&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) worth reading.</source>
        <translation>
            <numerusform>Prêt, avec %n avertissement à lire.</numerusform>
            <numerusform>Prêt, avec %n avertissements à lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: every check passed.</source>
        <translation>Prêt&#xa0;: toutes les vérifications ont réussi.</translation>
    </message>
</context>
<context>
    <name>mua::ReviewPage</name>
    <message>
        <source>Review the upgrade</source>
        <translation>Vérifier la mise à niveau</translation>
    </message>
    <message>
        <source>What will change, step by step. Press Upgrade to start; the store goes into maintenance mode.</source>
        <translation>Ce qui va changer, étape par étape. Cliquez sur «&#xa0;Mettre à niveau&#xa0;» pour commencer&#xa0;; la boutique passe en mode maintenance.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Mettre à niveau</translation>
    </message>
    <message>
        <source>keep the installed code, e.g. 2.4.8</source>
        <translation>conserver le code installé, p. ex. 2.4.8</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>unknown (app/etc/config.php could not be read)</source>
        <translation>inconnu (impossible de lire app/etc/config.php)</translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n activé</numerusform>
            <numerusform>%n activés</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, will run</source>
        <translation>%1, sera exécutée</translation>
    </message>
    <message>
        <source>%1, skipped</source>
        <translation>%1, ignorée</translation>
    </message>
    <message>
        <source>not checked, e.g. https://shop.example.com/</source>
        <translation>non vérifiée, p. ex. https://shop.example.com/</translation>
    </message>
    <message>
        <source>The storefront address</source>
        <translation>L&apos;adresse de la vitrine</translation>
    </message>
    <message>
        <source>Optional. Checked over HTTP: 200 before the upgrade, 503 during maintenance, 200 after it.</source>
        <translation>Facultative. Vérifiée via HTTP&#xa0;: 200 avant la mise à niveau, 503 pendant la maintenance, 200 après.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database and the modules are brought up to the code that is installed.</source>
        <translation>La base de données et les modules sont mis au niveau du code installé.</translation>
    </message>
    <message>
        <source>Composer moves the code to %1 first; the database and the modules follow it.</source>
        <translation>Composer fait d&apos;abord passer le code à %1&#xa0;; la base de données et les modules suivent.</translation>
    </message>
    <message>
        <source>The step “%1” would fail: %2</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» échouerait&#xa0;: %2</translation>
    </message>
    <message>
        <source>Press Back to untick %1 or to choose another %2.</source>
        <translation>Cliquez sur «&#xa0;Précédent&#xa0;» pour décocher %1 ou choisir un autre dossier dans le champ %2.</translation>
    </message>
    <message>
        <source>The upgrade cannot start: %1</source>
        <translation>La mise à niveau ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the versions the store&apos;s repositories offer…</source>
        <translation>Lecture des versions proposées par les dépôts de la boutique…</translation>
    </message>
    <message>
        <source>%1 Type the version to move to instead.</source>
        <translation>%1 Saisissez plutôt vous-même la version cible.</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no version of %1.</source>
        <translation>Les dépôts de la boutique ne proposent aucune version de %1.</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no version newer than %1.</source>
        <translation>Les dépôts de la boutique ne proposent aucune version plus récente que %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n newer version(s) offered: choose one from the list, or type one.</source>
        <translation>
            <numerusform>%n version plus récente proposée&#xa0;: choisissez-la dans la liste, ou saisissez-en une.</numerusform>
            <numerusform>%n versions plus récentes proposées&#xa0;: choisissez-en une dans la liste, ou saisissez-en une.</numerusform>
        </translation>
    </message>
    <message>
        <source>keep the installed code</source>
        <translation>conserver le code installé</translation>
    </message>
    <message>
        <source>%1 (PHP %2)</source>
        <translation>%1 (PHP %2)</translation>
    </message>
    <message>
        <source>%1 → %2: Composer is working the move out in a scratch copy; nothing in the store changes…</source>
        <translation>%1 → %2&#xa0;: Composer calcule le changement de version dans une copie temporaire&#xa0;; rien ne change dans la boutique…</translation>
    </message>
    <message>
        <source>the installed version</source>
        <translation>Version installée</translation>
    </message>
    <message>
        <source>“%1” is not a Magento version: choose one from the list, or type one such as 2.4.8.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version de Magento&#xa0;: choisissez-en une dans la liste, ou saisissez-en une, par exemple 2.4.8.</translation>
    </message>
    <message>
        <source>The check “%1” failed: %2</source>
        <translation>La vérification «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: Composer cannot make the move: %n package(s) block it.</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: Composer ne peut pas effectuer le changement de version&#xa0;: %n paquet le bloque.</numerusform>
            <numerusform>%1 → %2&#xa0;: Composer ne peut pas effectuer le changement de version&#xa0;: %n paquets le bloquent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: the move cannot be made until the checks marked below pass.</source>
        <translation>%1 → %2&#xa0;: le changement de version ne sera possible qu&apos;une fois réussies les vérifications signalées ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: Composer can make the move; %n package(s) change.</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: Composer peut effectuer le changement de version&#xa0;; %n paquet change.</numerusform>
            <numerusform>%1 → %2&#xa0;: Composer peut effectuer le changement de version&#xa0;; %n paquets changent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Rollback</name>
    <message>
        <source>Cannot open the store folder: %1.</source>
        <translation>Impossible d&apos;ouvrir le dossier de la boutique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot make %1 in the store: %2.</source>
        <translation>Impossible de créer %1 dans la boutique&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the store folder</source>
        <translation>le dossier de la boutique</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3.</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot make %1: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot put back %1: something else is in its place.</source>
        <translation>Impossible de remettre %1 en place&#xa0;: autre chose occupe son emplacement.</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n nouvelle commande</numerusform>
            <numerusform>%n nouvelles commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed order(s)</source>
        <translation>
            <numerusform>%n commande modifiée</numerusform>
            <numerusform>%n commandes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer account(s)</source>
        <translation>
            <numerusform>%n nouveau compte client</numerusform>
            <numerusform>%n nouveaux comptes clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cart(s)</source>
        <translation>
            <numerusform>%n nouveau panier</numerusform>
            <numerusform>%n nouveaux paniers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Tables dropped: %1</source>
        <translation>Tables supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Vérifier la sauvegarde</translation>
    </message>
    <message>
        <source>Check that a rollback is safe</source>
        <translation>Vérifier que la restauration est sans risque</translation>
    </message>
    <message>
        <source>Extract the code beside the store</source>
        <translation>Extraire le code à côté de la boutique</translation>
    </message>
    <message>
        <source>Turn maintenance mode on</source>
        <translation>Activer le mode maintenance</translation>
    </message>
    <message>
        <source>Put the code back</source>
        <translation>Remettre le code en place</translation>
    </message>
    <message>
        <source>Put the database back</source>
        <translation>Remettre la base de données en place</translation>
    </message>
    <message>
        <source>Empty the code-generation folders and caches</source>
        <translation>Vider les dossiers de code généré et les caches</translation>
    </message>
    <message>
        <source>Put maintenance mode back</source>
        <translation>Rétablir le mode maintenance</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>rollback works with the local runner only in this version.</source>
        <translation>Dans cette version, rollback ne fonctionne qu&apos;avec le mode d&apos;exécution local.</translation>
    </message>
    <message>
        <source>Refused: %1 Give the folder of one backup (the one that holds manifest.json); &apos;magento-upgrade-assistant backups %2&apos; lists them. Nothing was changed.</source>
        <translation>Refusé&#xa0;: %1 Indiquez le dossier d&apos;une seule sauvegarde (celui qui contient manifest.json)&#xa0;; &apos;magento-upgrade-assistant backups %2&apos; les liste. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Refused: %1 %2 Nothing was changed.</source>
        <translation>Refusé&#xa0;: %1 %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Magento Upgrade Assistant %1: rolling %2 back to the backup in %3, taken %4 (Magento %5).</source>
        <translation>Assistant de mise à niveau Magento %1&#xa0;: restauration de %2 à partir de la sauvegarde située dans %3, effectuée le %4 (Magento %5).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Refused: %1 Nothing was changed.</source>
        <translation>Refusé&#xa0;: %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), sizes and sha256 match the manifest</source>
        <translation>
            <numerusform>%n fichier, tailles et sha256 conformes au manifeste</numerusform>
            <numerusform>%n fichiers, tailles et sha256 conformes au manifeste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Refused: the backup was taken of the store in %1, not of %2.</source>
        <translation>Refusé&#xa0;: la sauvegarde a été effectuée pour la boutique située dans %1, pas pour %2.</translation>
    </message>
    <message>
        <source>Refused: the backup holds the database %1, but app/etc/env.php now uses %2.</source>
        <translation>Refusé&#xa0;: la sauvegarde contient la base de données %1, mais app/etc/env.php utilise désormais %2.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Module versions changed since the backup, put back by the rollback: %1</source>
        <translation>Versions de modules modifiées depuis la sauvegarde, rétablies par la restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>same store and database; %1 accepted as lost</source>
        <translation>même boutique et même base de données&#xa0;; perte acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>same store and database; nothing taken in since the backup</source>
        <translation>même boutique et même base de données&#xa0;; rien n&apos;a été enregistré depuis la sauvegarde</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused: putting the code back needs about %1 beside the store, but only %2 is free in %3.</source>
        <translation>Refusé&#xa0;: la remise en place du code nécessite environ %1 à côté de la boutique, mais seulement %2 sont libres dans %3.</translation>
    </message>
    <message>
        <source>The code archive could not be extracted (%1).</source>
        <translation>L&apos;archive du code n&apos;a pas pu être extraite (%1).</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Could not put maintenance back: %1</source>
        <translation>Impossible de rétablir le mode maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The code could not be put back: %1 The store&apos;s code is as it was, and the database was not touched.</source>
        <translation>Le code n&apos;a pas pu être remis en place&#xa0;: %1 Le code de la boutique est inchangé et la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries put back; %1 kept as they are</source>
        <translation>
            <numerusform>%n entrée remise en place&#xa0;; %1 conservés en l&apos;état</numerusform>
            <numerusform>%n entrées remises en place&#xa0;; %1 conservés en l&apos;état</numerusform>
        </translation>
    </message>
    <message>
        <source>bin/magento cache:flush did not succeed; caches outside the store (Redis, Valkey) may still hold the newer code&apos;s entries: flush them by hand.</source>
        <translation>bin/magento cache:flush a échoué&#xa0;; les caches situés hors de la boutique (Redis, Valkey) contiennent peut-être encore des entrées du code plus récent&#xa0;: videz-les manuellement.</translation>
    </message>
    <message>
        <source>emptied %1</source>
        <translation>vidage de %1</translation>
    </message>
    <message>
        <source>maintenance was on before the rollback, so it stays on</source>
        <translation>le mode maintenance était activé avant la restauration, il reste donc activé</translation>
    </message>
    <message>
        <source>The code and the database are back, but maintenance could not be turned off: %1</source>
        <translation>Le code et la base de données sont remis en place, mais le mode maintenance n&apos;a pas pu être désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleting the code the rollback replaced …</source>
        <translation>Suppression du code remplacé par la restauration …</translation>
    </message>
    <message>
        <source>Rolled back to the backup of %1 (Magento %2): the code and the database are as they were then; maintenance is %3, as it was before the rollback.</source>
        <translation>Restauration de la sauvegarde du %1 (Magento %2) terminée&#xa0;: le code et la base de données sont tels qu&apos;ils étaient alors&#xa0;; le mode maintenance est %3, comme avant la restauration.</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>When the store looks right, turn it off with: %1</source>
        <translation>Lorsque la boutique vous semble correcte, désactivez le mode maintenance avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>The store is in production mode: run %1 and %2 before it serves customers again.</source>
        <translation>La boutique est en mode production&#xa0;: exécutez %1 et %2 avant qu&apos;elle ne serve de nouveau des clients.</translation>
    </message>
    <message>
        <source>Moving the files back failed too: %1</source>
        <translation>La remise en place des fichiers a également échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot move %1 back to %2: %3.</source>
        <translation>Impossible de remettre %1 à son emplacement %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Dump the database as it is now</source>
        <translation>Exporter la base de données dans son état actuel</translation>
    </message>
    <message>
        <source>%1 Made var/.maintenance.flag directly instead.</source>
        <translation>%1 var/.maintenance.flag a été créé directement à la place.</translation>
    </message>
    <message>
        <source>on (var/.maintenance.flag made directly)</source>
        <translation>activé (var/.maintenance.flag créé directement)</translation>
    </message>
    <message>
        <source>Refused: with maintenance on, the orders placed since the backup could not be counted again (%1); maintenance is back as it was. Nothing was restored.</source>
        <translation>Refusé&#xa0;: une fois le mode maintenance activé, les commandes passées depuis la sauvegarde n&apos;ont pas pu être recomptées (%1)&#xa0;; le mode maintenance a été rétabli tel qu&apos;il était. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Refused: while maintenance mode was being turned on the store took in more; since the backup it now has %1. Maintenance is back as it was and nothing was restored; run the rollback again to decide.</source>
        <translation>Refusé&#xa0;: pendant l&apos;activation du mode maintenance, la boutique a encore enregistré des données&#xa0;; depuis la sauvegarde, elle a désormais enregistré %1. Le mode maintenance a été rétabli tel qu&apos;il était et rien n&apos;a été restauré&#xa0;; relancez la restauration pour décider.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database could not be dumped as it is now (%1), and the rollback needs that dump to undo a failed load. Nothing was restored.</source>
        <translation>La base de données n&apos;a pas pu être exportée dans son état actuel (%1), or la restauration a besoin de ce dump pour annuler un chargement qui échouerait. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The code could not be put back: %1 The store&apos;s files are partly in %2 (the code the rollback replaced) and %3 (the backup&apos;s); move them back by hand. The database was not touched; the store stays in maintenance mode.</source>
        <translation>Le code n&apos;a pas pu être remis en place&#xa0;: %1 Les fichiers de la boutique se trouvent en partie dans %2 (le code remplacé par la restauration) et dans %3 (celui de la sauvegarde)&#xa0;; remettez-les en place manuellement. La base de données n&apos;a pas été modifiée&#xa0;; la boutique reste en mode maintenance.</translation>
    </message>
    <message>
        <source>Putting the database and the code back as they were before the rollback …</source>
        <translation>Remise en place de la base de données et du code tels qu&apos;ils étaient avant la restauration …</translation>
    </message>
    <message>
        <source>The database could not be put back: %1 The rollback was undone: the code and the database are as they were before it, and the store stays in maintenance mode. Fix the cause and run the same rollback again.</source>
        <translation>La base de données n&apos;a pas pu être remise en place&#xa0;: %1 La restauration a été annulée&#xa0;: le code et la base de données sont tels qu&apos;ils étaient avant elle, et la boutique reste en mode maintenance. Corrigez la cause et relancez la même restauration.</translation>
    </message>
    <message>
        <source>the database is as it was before the rollback</source>
        <translation>la base de données est telle qu&apos;elle était avant la restauration</translation>
    </message>
    <message>
        <source>the database could not be returned to how it was either (%1): load %2, the database as it was before the rollback, by hand</source>
        <translation>la base de données n&apos;a pas pu non plus être remise dans son état antérieur (%1)&#xa0;: chargez manuellement %2, la base de données telle qu&apos;elle était avant la restauration</translation>
    </message>
    <message>
        <source>the code is as it was before the rollback</source>
        <translation>le code est tel qu&apos;il était avant la restauration</translation>
    </message>
    <message>
        <source>the code could not be moved back (%1): the code the rollback replaced is in %2 and the backup&apos;s in %3; move it back by hand</source>
        <translation>le code n&apos;a pas pu être remis en place (%1)&#xa0;: le code remplacé par la restauration se trouve dans %2 et celui de la sauvegarde dans %3&#xa0;; remettez-le en place manuellement</translation>
    </message>
    <message>
        <source>The database could not be put back: %1 Undoing the rollback: %2; %3. The store stays in maintenance mode.</source>
        <translation>La base de données n&apos;a pas pu être remise en place&#xa0;: %1 Annulation de la restauration&#xa0;: %2&#xa0;; %3. La boutique reste en mode maintenance.</translation>
    </message>
    <message>
        <source>off (var/.maintenance.flag deleted directly, as it was made)</source>
        <translation>désactivé (var/.maintenance.flag supprimé directement, comme il avait été créé)</translation>
    </message>
    <message>
        <source>The database as it was just before the rollback is kept in %1; delete it when you no longer need it.</source>
        <translation>La base de données telle qu&apos;elle était juste avant la restauration est conservée dans %1&#xa0;; supprimez-la lorsque vous n&apos;en aurez plus besoin.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checks the size and sha256 of the %n file(s) of the backup in %1.</source>
        <translation>
            <numerusform>Vérifie la taille et le sha256 du %n fichier de la sauvegarde dans %1.</numerusform>
            <numerusform>Vérifie la taille et le sha256 des %n fichiers de la sauvegarde dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that the backup is of %1 and of its database, and counts the orders, customers and carts taken in since it was made.</source>
        <translation>Vérifie que la sauvegarde est celle de %1 et de sa base de données, et compte les commandes, clients et paniers reçus depuis.</translation>
    </message>
    <message>
        <source>Extracts the backup&apos;s code (about %1) into a folder beside the store&apos;s own.</source>
        <translation>Extrait le code de la sauvegarde (environ %1) dans un dossier à côté de celui de la boutique.</translation>
    </message>
    <message>
        <source>Turns maintenance mode on, then counts the orders placed since the backup again.</source>
        <translation>Active le mode maintenance, puis compte à nouveau les commandes passées depuis la sauvegarde.</translation>
    </message>
    <message>
        <source>Dumps the database as it is now into %1, to undo a load that fails.</source>
        <translation>Exporte la base de données telle qu&apos;elle est maintenant dans %1, pour annuler un chargement qui échouerait.</translation>
    </message>
    <message>
        <source>Moves the store&apos;s code aside and the backup&apos;s into its place; %1 stay as they are.</source>
        <translation>Met le code de la boutique de côté et celui de la sauvegarde à sa place&#xa0;; %1 restent tels quels.</translation>
    </message>
    <message numerus="yes">
        <source>Drops what the backup&apos;s database does not have and loads %1 (%n table(s)).</source>
        <translation>
            <numerusform>Supprime ce que la base de la sauvegarde n&apos;a pas et charge %1 (%n table).</numerusform>
            <numerusform>Supprime ce que la base de la sauvegarde n&apos;a pas et charge %1 (%n tables).</numerusform>
        </translation>
    </message>
    <message>
        <source>Empties the code-generation folders, var/view_preprocessed and the caches.</source>
        <translation>Vide les dossiers de code généré, var/view_preprocessed et les caches.</translation>
    </message>
    <message>
        <source>Turns maintenance mode off when it was off before the rollback.</source>
        <translation>Désactive le mode maintenance s&apos;il était désactivé avant la restauration.</translation>
    </message>
    <message>
        <source>Refused: cannot tell whether orders were placed since the backup (%1); roll back anyway only if none can have been.</source>
        <translation>Refusé&#xa0;: impossible de savoir si des commandes ont été passées depuis la sauvegarde (%1)&#xa0;; ne restaurez quand même que si aucune n&apos;a pu l&apos;être.</translation>
    </message>
    <message>
        <source>Could not check for orders placed since the backup (%1); going on, as you chose.</source>
        <translation>Impossible de vérifier les commandes passées depuis la sauvegarde (%1)&#xa0;; la restauration continue, comme vous l&apos;avez choisi.</translation>
    </message>
    <message>
        <source>Refused: since the backup was taken (%1) the store has %2; a rollback would throw them away. Export them first, or roll back anyway.</source>
        <translation>Refusé&#xa0;: depuis la sauvegarde (%1), la boutique a enregistré %2&#xa0;; une restauration les effacerait. Exportez-les d&apos;abord, ou restaurez quand même.</translation>
    </message>
    <message>
        <source>Since the backup was taken (%1) the store has %2; they will be lost, as you chose.</source>
        <translation>Depuis la sauvegarde (%1), la boutique a enregistré %2&#xa0;; ces données seront perdues, comme vous l&apos;avez choisi.</translation>
    </message>
    <message>
        <source>Refused: cannot tell whether orders were placed since the backup (%1); run again with %2 to roll back all the same.</source>
        <translation>Refusé&#xa0;: impossible de savoir si des commandes ont été passées depuis la sauvegarde (%1)&#xa0;; relancez avec %2 pour restaurer quand même.</translation>
    </message>
    <message>
        <source>Could not check for orders placed since the backup (%1); going on because of %2.</source>
        <translation>Impossible de vérifier les commandes passées depuis la sauvegarde (%1)&#xa0;; la restauration continue en raison de %2.</translation>
    </message>
    <message>
        <source>Refused: since the backup was taken (%1) the store has %2; a rollback would throw them away. Export them first, or run again with %3.</source>
        <translation>Refusé&#xa0;: depuis la sauvegarde (%1), la boutique a enregistré %2&#xa0;; une restauration les effacerait. Exportez-les d&apos;abord, ou relancez avec %3.</translation>
    </message>
    <message>
        <source>Since the backup was taken (%1) the store has %2; they will be lost (%3).</source>
        <translation>Depuis la sauvegarde (%1), la boutique a enregistré %2&#xa0;; ces données seront perdues (%3).</translation>
    </message>
    <message>
        <source>Dropping what %1 does not have: %2.</source>
        <translation>Suppression de ce que %1 ne contient pas&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n vue</numerusform>
            <numerusform>%n vues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) from %1</source>
        <translation>
            <numerusform>%n table chargée depuis %1</numerusform>
            <numerusform>%n tables chargées depuis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::SafeFile</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist: point the link at the real file or put the file in its place.</source>
        <translation>%1 est un lien symbolique vers %2, qui n&apos;existe pas&#xa0;: faites pointer le lien vers le vrai fichier ou mettez le fichier à sa place.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself through other links (a loop): point it at the real file or put the file in its place.</source>
        <translation>%1 est un lien symbolique qui, via d&apos;autres liens, renvoie à lui-même (une boucle)&#xa0;: faites-le pointer vers le vrai fichier ou mettez le fichier à sa place.</translation>
    </message>
    <message>
        <source>%1 cannot exist: a part of its path is a file, not a folder.</source>
        <translation>%1 ne peut pas exister&#xa0;: une partie de son chemin est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which is %3, not a regular file</source>
        <translation>%1 est un lien symbolique vers %2, qui est %3, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file</source>
        <translation>%1 est %2, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: the assistant reads only regular files. Put the real file in its place.</source>
        <translation>%1&#xa0;: l&apos;assistant ne lit que des fichiers ordinaires. Mettez le vrai fichier à sa place.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 the assistant reads of such a file</source>
        <translation>%1 fait %2, plus que les %3 que l&apos;assistant lit d&apos;un tel fichier</translation>
    </message>
    <message>
        <source>%1: check that it is the right file.</source>
        <translation>%1&#xa0;: vérifiez qu&apos;il s&apos;agit du bon fichier.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>un fichier ordinaire</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>une FIFO (tube nommé)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique en mode caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique en mode bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>Cannot read %1: its folder %2 has mode %3, which does not let its owner (you, %4) in. Give the folder back its mode, e.g. chmod u+rx %2.</source>
        <translation>Impossible de lire %1&#xa0;: son dossier parent %2 a le mode %3, qui en interdit l&apos;accès à son propriétaire (vous, %4). Rendez au dossier son mode, p. ex. avec chmod u+rx %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: its folder %2 belongs to %3 and its mode %4 does not let %5 in. Run the assistant as %3, or give %5 access to the folder.</source>
        <translation>Impossible de lire %1&#xa0;: son dossier parent %2 appartient à %3 et son mode %4 en interdit l&apos;accès à %5. Exécutez l&apos;assistant en tant que %3, ou donnez à %5 l&apos;accès au dossier.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied to a folder on its way.</source>
        <translation>Impossible de lire %1&#xa0;: l&apos;accès à un dossier de son chemin est refusé.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is yours (%2), but its mode %3 does not let its owner read it. Give it read permission: chmod u+r %1</source>
        <translation>Impossible de lire %1&#xa0;: ce fichier vous appartient (%2), mais son mode %3 n&apos;en permet pas la lecture à son propriétaire. Donnez-lui le droit de lecture&#xa0;: chmod u+r %1</translation>
    </message>
    <message>
        <source>Cannot read %1: it belongs to %2 and its mode %3 lets only its owner read it. Run the assistant as %2, the store&apos;s owner, or let %4 read it.</source>
        <translation>Impossible de lire %1&#xa0;: ce fichier appartient à %2 et son mode %3 n&apos;en permet la lecture qu&apos;à son propriétaire. Exécutez l&apos;assistant en tant que %2, propriétaire de la boutique, ou autorisez %4 à le lire.</translation>
    </message>
    <message>
        <source>Cannot read %1: its mode %2 would let %3 read it, but access is denied (an ACL, or a security policy such as AppArmor or SELinux): check getfacl %1 and the system log.</source>
        <translation>Impossible de lire %1&#xa0;: son mode %2 permettrait à %3 de le lire, mais l&apos;accès est refusé (par une ACL, ou une politique de sécurité comme AppArmor ou SELinux)&#xa0;: vérifiez getfacl %1 et le journal système.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and the assistant never follows a link in this place</source>
        <translation>%1 est un lien symbolique, et l&apos;assistant ne suit jamais de lien à cet endroit</translation>
    </message>
    <message>
        <source>%1: delete the link.</source>
        <translation>%1&#xa0;: supprimez le lien.</translation>
    </message>
    <message>
        <source>%1 %2 is a folder: give a file name in it, for example %2/%3.</source>
        <translation>%1 %2 est un dossier&#xa0;: indiquez un nom de fichier à l&apos;intérieur, par exemple %2/%3.</translation>
    </message>
    <message>
        <source>%1 %2 is a pipe: a run would stop whenever nothing reads it. The run&apos;s lines go to standard output anyway; give %1 a regular file, or leave it out.</source>
        <translation>%1 %2 est un tube&#xa0;: une exécution s&apos;arrêterait chaque fois que personne ne le lit. Les lignes de l&apos;exécution vont de toute façon sur la sortie standard&#xa0;; donnez à %1 un fichier ordinaire, ou omettez l&apos;option.</translation>
    </message>
    <message>
        <source>%1 %2 is a FIFO (named pipe): a run would stop whenever nothing reads it. Give %1 a regular file.</source>
        <translation>%1 %2 est une FIFO (tube nommé)&#xa0;: une exécution s&apos;arrêterait chaque fois que personne ne la lit. Donnez à %1 un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 %2 is %3: give %1 a regular file.</source>
        <translation>%1 %2 est %3&#xa0;: donnez à %1 un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: it is %2, and the assistant writes its log only to a regular file, /dev/null or a terminal (a pipe would stop the run whenever nothing reads it).</source>
        <translation>Impossible d&apos;écrire le fichier journal %1&#xa0;: c&apos;est %2, et l&apos;assistant n&apos;écrit son journal que dans un fichier ordinaire, /dev/null ou un terminal (un tube arrêterait l&apos;exécution chaque fois que personne ne le lit).</translation>
    </message>
    <message>
        <source>%1 needs a file name, for example %1 /tmp/%2.</source>
        <translation>%1 attend un nom de fichier, par exemple %1 /tmp/%2.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be reached: a folder on its way does not let %3 in.</source>
        <translation>%1 %2 est inaccessible&#xa0;: un dossier de son chemin en interdit l&apos;accès à %3.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be used: %3.</source>
        <translation>%1 %2 est inutilisable&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 %2 is a symbolic link to %3, which does not exist: give %1 the file itself.</source>
        <translation>%1 %2 est un lien symbolique vers %3, qui n&apos;existe pas&#xa0;: donnez à %1 le fichier lui-même.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist. Create it first (mkdir -p %3) or give a file in a folder that exists.</source>
        <translation>%1 %2&#xa0;: le dossier %3 n&apos;existe pas. Créez-le d&apos;abord (mkdir -p %3) ou indiquez un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not a folder. Give a file in a folder that exists.</source>
        <translation>%1 %2&#xa0;: %3 n&apos;est pas un dossier. Indiquez un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not let %4 make files in it (%5). Give a file in a folder you can write to.</source>
        <translation>%1 %2&#xa0;: le dossier %3 ne permet pas à %4 d&apos;y créer des fichiers (%5). Indiquez un fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written: %3. Give a file you can write to.</source>
        <translation>%1 %2 ne peut pas être écrit&#xa0;: %3. Indiquez un fichier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written: %3.</source>
        <translation>%1 %2 ne peut pas être écrit&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 %2 does not take what is written to it (%3): give %1 a regular file.</source>
        <translation>%1 %2 n&apos;accepte pas ce qu&apos;on y écrit (%3)&#xa0;: donnez à %1 un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: it is a symbolic link, and the assistant never writes through a link there. Delete the link.</source>
        <translation>Impossible d&apos;écrire le fichier journal %1&#xa0;: c&apos;est un lien symbolique, et l&apos;assistant n&apos;écrit jamais à travers un lien à cet endroit. Supprimez le lien.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier journal %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>mua::SessionPermissionsStep</name>
    <message>
        <source>save_path is %1</source>
        <translation>save_path vaut %1</translation>
    </message>
    <message>
        <source>var/session is a symbolic link; the assistant does not follow it</source>
        <translation>var/session est un lien symbolique&#xa0;; l&apos;assistant ne le suit pas</translation>
    </message>
    <message>
        <source>var/session is empty</source>
        <translation>var/session est vide</translation>
    </message>
    <message numerus="yes">
        <source>chmod 770 on var/session and %n entries in it.</source>
        <translation>
            <numerusform>chmod 770 sur var/session et %n entrée qu&apos;il contient.</numerusform>
            <numerusform>chmod 770 sur var/session et les %n entrées qu&apos;il contient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>770 on %n entries</source>
        <translation>
            <numerusform>770 sur %n entrée</numerusform>
            <numerusform>770 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Make var/session group-accessible</source>
        <translation>Rendre var/session accessible au groupe</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>sessions are in %1</source>
        <translation>les sessions sont stockées dans %1</translation>
    </message>
</context>
<context>
    <name>mua::SignalWatcher</name>
    <message numerus="yes">
        <source>Stopped at once: the program did not end within %n second(s) of the signal (something it waits for is blocked: a full pipe on its output, a hung network mount, a FIFO).</source>
        <translation>
            <numerusform>Arrêt immédiat&#xa0;: le programme ne s&apos;est pas terminé dans un délai de %n seconde après le signal (quelque chose qu&apos;il attend est bloqué&#xa0;: un tube plein sur sa sortie, un montage réseau figé, une FIFO).</numerusform>
            <numerusform>Arrêt immédiat&#xa0;: le programme ne s&apos;est pas terminé dans un délai de %n secondes après le signal (quelque chose qu&apos;il attend est bloqué&#xa0;: un tube plein sur sa sortie, un montage réseau figé, une FIFO).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at once on a second signal, without waiting for the run to finish in order.</source>
        <translation>Arrêt immédiat au second signal, sans attendre que l&apos;exécution se termine proprement.</translation>
    </message>
</context>
<context>
    <name>mua::SmokeTestStep</name>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1, first byte after %2 ms</source>
        <translation>%1, premier octet après %2 ms</translation>
    </message>
    <message numerus="yes">
        <source> (%n redirect(s), to %1)</source>
        <translation>
            <numerusform> (%n redirection, vers %1)</numerusform>
            <numerusform> (%n redirections, vers %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n redirect(s) to %1</source>
        <translation>
            <numerusform> après %n redirection vers %1</numerusform>
            <numerusform> après %n redirections vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (first line: &quot;%1&quot;)</source>
        <translation> (première ligne&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Storefront %1: GET %2 → %3.</source>
        <translation>Vitrine, %1&#xa0;: GET %2 → %3.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>before %1 · during maintenance %2 · after %3</source>
        <translation>avant %1 · pendant la maintenance %2 · après %3</translation>
    </message>
    <message>
        <source>Then checks that %1 answers 200 and measures its time to first byte.</source>
        <translation>Vérifie ensuite que %1 renvoie 200 et mesure son délai jusqu&apos;au premier octet.</translation>
    </message>
    <message>
        <source>Then checks that %1 answers 503, which proves maintenance took effect.</source>
        <translation>Vérifie ensuite que %1 renvoie 503, ce qui prouve que le mode maintenance a pris effet.</translation>
    </message>
    <message>
        <source>before the run</source>
        <translation>avant l&apos;exécution</translation>
    </message>
    <message>
        <source>Maintenance is on, so %1 answers %2 now; before the first run it answered 200 with the first byte after %3 ms.</source>
        <translation>Le mode maintenance est activé, %1 renvoie donc %2 actuellement&#xa0;; avant la première exécution, l&apos;adresse renvoyait 200 avec un premier octet après %3 ms.</translation>
    </message>
    <message>
        <source>Maintenance is on already, so %1 answers %2; its time to first byte with the shop open is not known, and the check after the run compares with nothing.</source>
        <translation>Le mode maintenance est déjà activé, %1 renvoie donc %2&#xa0;; son délai jusqu&apos;au premier octet lorsque la boutique est ouverte est inconnu, et la vérification après l&apos;exécution n&apos;aura aucun point de comparaison.</translation>
    </message>
    <message>
        <source>%1 shows error text before the upgrade already: &quot;%2&quot;.</source>
        <translation>%1 affiche déjà un texte d&apos;erreur avant la mise à niveau&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>during maintenance</source>
        <translation>pendant la maintenance</translation>
    </message>
    <message>
        <source>%1 answered %2 while maintenance was on, not 503%3: maintenance did not take effect for this check — is this computer&apos;s address in var/.maintenance.ip, or does a cache (Varnish, a CDN) or another server answer for the store?</source>
        <translation>%1 a renvoyé %2 alors que le mode maintenance était activé, et non 503%3&#xa0;: le mode maintenance n&apos;a pas pris effet pour cette vérification — l&apos;adresse de cet ordinateur figure-t-elle dans var/.maintenance.ip, ou un cache (Varnish, un CDN) ou un autre serveur répond-il à la place de la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>%1 answers 503 during maintenance: maintenance mode took effect.</source>
        <translation>%1 renvoie 503 pendant la maintenance&#xa0;: le mode maintenance a pris effet.</translation>
    </message>
    <message>
        <source>maintenance was on before the run and stays on, so the storefront stays closed</source>
        <translation>le mode maintenance était activé avant l&apos;exécution et le reste, la vitrine reste donc fermée</translation>
    </message>
    <message>
        <source>Checks that %1 answers 200 again, with its first byte no more than twice as late as before the run, and without PHP or Magento error text on the page.</source>
        <translation>Vérifie que %1 renvoie de nouveau 200, avec un premier octet au plus deux fois plus tardif qu&apos;avant l&apos;exécution, et sans texte d&apos;erreur PHP ou Magento sur la page.</translation>
    </message>
    <message>
        <source>after the upgrade</source>
        <translation>après la mise à niveau</translation>
    </message>
    <message>
        <source>%1 answered %2 after the upgrade, not 200%3 — the store is open with this page; look at var/report/ and var/log/exception.log, or close it again with %4.</source>
        <translation>%1 a renvoyé %2 après la mise à niveau, et non 200%3 — la boutique est ouverte avec cette page&#xa0;; consultez var/report/ et var/log/exception.log, ou refermez-la avec %4.</translation>
    </message>
    <message>
        <source>after the upgrade, again</source>
        <translation>après la mise à niveau, nouvel essai</translation>
    </message>
    <message>
        <source>%1: the first byte came after %2 ms, more than twice the %3 ms before the upgrade — caches may still be warming up; look again if it stays slow.</source>
        <translation>%1&#xa0;: le premier octet est arrivé après %2 ms, plus du double des %3 ms d&apos;avant la mise à niveau — les caches sont peut-être encore en cours de préchauffage&#xa0;; vérifiez de nouveau si la lenteur persiste.</translation>
    </message>
    <message>
        <source>%1: the first byte came after %2 ms at best (%3 ms the first time), more than twice the %4 ms before the upgrade — caches may still be warming up; look again if it stays slow.</source>
        <translation>%1&#xa0;: le premier octet est arrivé au mieux après %2 ms (%3 ms la première fois), plus du double des %4 ms d&apos;avant la mise à niveau — les caches sont peut-être encore en cours de préchauffage&#xa0;; vérifiez de nouveau si la lenteur persiste.</translation>
    </message>
    <message>
        <source>%1 answered 200, but the page shows error text: &quot;%2&quot;%3 — look at var/report/ and var/log/exception.log.</source>
        <translation>%1 a renvoyé 200, mais la page affiche un texte d&apos;erreur&#xa0;: «&#xa0;%2&#xa0;»%3 — consultez var/report/ et var/log/exception.log.</translation>
    </message>
    <message>
        <source> (it did before the upgrade too)</source>
        <translation> (c&apos;était déjà le cas avant la mise à niveau)</translation>
    </message>
    <message>
        <source>200, first byte after %1 ms (before: %2 ms)</source>
        <translation>200, premier octet après %1 ms (avant&#xa0;: %2 ms)</translation>
    </message>
    <message>
        <source>200, first byte after %1 ms</source>
        <translation>200, premier octet après %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the storefront</source>
        <translation>Vérifier la vitrine</translation>
    </message>
    <message>
        <source>%1 answers %2 now; before the first run it answered 200 with the first byte after %3 ms, and the check after the run compares with that.</source>
        <translation>%1 renvoie désormais %2&#xa0;; avant la première exécution, la réponse était 200 avec un premier octet après %3 ms, et c&apos;est à cette mesure que se compare la vérification après l&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 answered 503 during maintenance, but with an error page (&quot;%2&quot;), not the maintenance page: look at var/report/ for what went wrong.</source>
        <translation>%1 a renvoyé 503 pendant la maintenance, mais avec une page d&apos;erreur («&#xa0;%2&#xa0;») et non la page de maintenance&#xa0;: consultez var/report/ pour savoir ce qui s&apos;est mal passé.</translation>
    </message>
    <message>
        <source>%1 asks for a password (HTTP 401) — give it in the address, as in %2.</source>
        <translation>%1 demande un mot de passe (HTTP 401) — indiquez-le dans l&apos;adresse, comme dans %2.</translation>
    </message>
    <message>
        <source>%1 answered %2 before the upgrade, not 200%3 — the storefront has to work before the run for the check after it to mean something; fix it, or run without %4.</source>
        <translation>%1 a renvoyé %2 avant la mise à niveau, et non 200%3 — la vitrine doit fonctionner avant l&apos;exécution pour que la vérification qui la suit ait un sens&#xa0;; corrigez-la, ou relancez sans %4.</translation>
    </message>
</context>
<context>
    <name>mua::SshMount</name>
    <message>
        <source>Without a store folder the assistant mounts %1:%2 itself, which needs sshfs (Debian and Ubuntu: apt install sshfs); or mount it yourself and give that folder as ROOT.</source>
        <translation>Sans dossier de boutique, l&apos;assistant monte lui-même %1:%2, ce qui nécessite sshfs (Debian et Ubuntu&#xa0;: apt install sshfs)&#xa0;; sinon, montez-le vous-même et indiquez ce dossier comme ROOT.</translation>
    </message>
    <message>
        <source>Cannot make a private folder to mount %1:%2 on: %3.</source>
        <translation>Impossible de créer un dossier privé où monter %1:%2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Could not mount %1 with sshfs (exit code %2)%3 Check that `%4` works without a password prompt.</source>
        <translation>Impossible de monter %1 avec sshfs (code de sortie %2)%3 Vérifiez que `%4` fonctionne sans demande de mot de passe.</translation>
    </message>
</context>
<context>
    <name>mua::SshRunner</name>
    <message>
        <source>Cannot make the folder %1 for the shared SSH connection: %2.</source>
        <translation>Impossible de créer le dossier %1 pour la connexion SSH partagée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a private folder of yours (a folder owned by you with mode 700); the assistant keeps its shared SSH connection there, so remove or fix it.</source>
        <translation>%1 n&apos;est pas un dossier privé vous appartenant (dossier dont vous êtes propriétaire, en mode 700)&#xa0;; l&apos;assistant y conserve sa connexion SSH partagée&#xa0;: supprimez-le ou corrigez-le.</translation>
    </message>
    <message>
        <source>%1 is outside the store folder %2; the assistant only works inside the store.</source>
        <translation>%1 se trouve hors du dossier de la boutique %2&#xa0;; l&apos;assistant ne travaille qu&apos;à l&apos;intérieur de la boutique.</translation>
    </message>
    <message>
        <source>ssh %1 failed to connect (exit code 255).</source>
        <translation>ssh %1 n&apos;a pas pu se connecter (code de sortie 255).</translation>
    </message>
    <message>
        <source>ssh %1 failed to connect (exit code 255): %2</source>
        <translation>ssh %1 n&apos;a pas pu se connecter (code de sortie 255)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not run ssh for the file work on %1: %2.</source>
        <translation>Impossible de lancer ssh pour les opérations sur les fichiers dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link on the server; the assistant does not follow links out of the store.</source>
        <translation>%1 est un lien symbolique sur le serveur&#xa0;; l&apos;assistant ne suit pas les liens qui sortent de la boutique.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The store folder %1 does not exist on %2 or cannot be entered.</source>
        <translation>Le dossier de la boutique %1 n&apos;existe pas sur %2 ou n&apos;est pas accessible.</translation>
    </message>
    <message>
        <source>%1 was moved while the assistant was working in it; stopped there.</source>
        <translation>%1 a été déplacé pendant que l&apos;assistant y travaillait&#xa0;; arrêt à cet endroit.</translation>
    </message>
    <message>
        <source>The file work on %1 did not finish (exit code %2)%3</source>
        <translation>Les opérations sur les fichiers dans %1 n&apos;ont pas abouti (code de sortie %2)%3</translation>
    </message>
    <message>
        <source>Could not count everything in %1: %2</source>
        <translation>Impossible de tout compter dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The assistant does not empty the whole store folder %1.</source>
        <translation>L&apos;assistant ne vide pas la totalité du dossier de la boutique %1.</translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation>Connexion SSH</translation>
    </message>
    <message>
        <source>Could not run ssh: %1.</source>
        <translation>Impossible de lancer ssh&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cancelled while connecting to %1.</source>
        <translation>Annulé pendant la connexion à %1.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; bin/magento and the file work run there.</source>
        <translation>Connecté à %1 en tant que %2&#xa0;; bin/magento et les opérations sur les fichiers s&apos;y exécutent.</translation>
    </message>
    <message>
        <source>Store on the server</source>
        <translation>Boutique sur le serveur</translation>
    </message>
    <message>
        <source>%1 has no bin/magento: it is not a Magento store&apos;s folder.</source>
        <translation>%1 ne contient pas bin/magento&#xa0;: ce n&apos;est pas le dossier d&apos;une boutique Magento.</translation>
    </message>
    <message>
        <source>the lock file this run wrote through %1 is not in %2</source>
        <translation>le fichier de verrou écrit par cette exécution via %1 ne se trouve pas dans %2</translation>
    </message>
    <message>
        <source>the run&apos;s lock file shows in both</source>
        <translation>le fichier de verrou de l&apos;exécution apparaît dans les deux</translation>
    </message>
    <message>
        <source>their app/etc/env.php differ</source>
        <translation>leurs fichiers app/etc/env.php diffèrent</translation>
    </message>
    <message>
        <source>app/etc/env.php is the same in both</source>
        <translation>app/etc/env.php est identique dans les deux</translation>
    </message>
    <message>
        <source>%1 (the local mount) and %2 are not the same store: %3.</source>
        <translation>%1 (le montage local) et %2 ne sont pas la même boutique&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 (the local mount) and %2 are the same store: %3.</source>
        <translation>%1 (le montage local) et %2 sont la même boutique&#xa0;: %3.</translation>
    </message>
    <message>
        <source>File-system owner</source>
        <translation>Propriétaire des fichiers</translation>
    </message>
    <message>
        <source>On %1 you log in as %2, but app/etc/env.php belongs to %3.</source>
        <translation>Sur %1, vous vous connectez en tant que %2, mais app/etc/env.php appartient à %3.</translation>
    </message>
    <message>
        <source>On %1 you log in as %2, the owner of the store&apos;s files.</source>
        <translation>Sur %1, vous vous connectez en tant que %2, propriétaire des fichiers de la boutique.</translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key is unknown or changed: connect once with %1 to check and accept it.</source>
        <translation>La clé d&apos;hôte SSH du serveur est inconnue ou a changé&#xa0;: connectez-vous une fois avec %1 pour la vérifier et l&apos;accepter.</translation>
    </message>
    <message>
        <source>%1 must work without a question before the assistant can use it.</source>
        <translation>%1 doit fonctionner sans poser de question avant que l&apos;assistant puisse l&apos;utiliser.</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <source>%1 is an sshfs mount that caches names and attributes for 20 s: the assistant may read an old maintenance flag through it.</source>
        <translation>%1 est un montage sshfs qui met en cache les noms et attributs pendant 20 s&#xa0;: l&apos;assistant risque d&apos;y lire un ancien indicateur de maintenance.</translation>
    </message>
    <message>
        <source>Mount it with -o dir_cache=no, for example: sshfs -o dir_cache=no %1 %2</source>
        <translation>Montez-le avec -o dir_cache=no, par exemple&#xa0;: sshfs -o dir_cache=no %1 %2</translation>
    </message>
    <message>
        <source>Could not make %1 again, nor put the old folder back: it is now %2.</source>
        <translation>Impossible de recréer %1 ou de remettre l&apos;ancien dossier en place&#xa0;: il se trouve désormais à l&apos;emplacement %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder the assistant moved aside; it is left alone.</source>
        <translation>%1 n&apos;est pas un dossier mis de côté par l&apos;assistant&#xa0;; il est laissé intact.</translation>
    </message>
    <message>
        <source>the server has no perl for a rename that never copies</source>
        <translation>le serveur n&apos;a pas perl pour un renommage qui ne copie jamais</translation>
    </message>
    <message>
        <source>it cannot be renamed</source>
        <translation>il ne peut pas être renommé</translation>
    </message>
    <message>
        <source>a new empty folder cannot be made</source>
        <translation>impossible de créer un nouveau dossier vide</translation>
    </message>
    <message>
        <source>the new folder cannot get the old one&apos;s owner and group</source>
        <translation>le nouveau dossier ne peut pas recevoir le propriétaire et le groupe de l&apos;ancien</translation>
    </message>
    <message>
        <source>the new folder cannot get the old one&apos;s mode</source>
        <translation>le nouveau dossier ne peut pas recevoir le mode de l&apos;ancien</translation>
    </message>
    <message>
        <source>the new folder cannot get the old one&apos;s ACLs</source>
        <translation>le nouveau dossier ne peut pas recevoir les ACL de l&apos;ancien</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside: %2.</source>
        <translation>%1 ne peut pas être mis de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is or holds a mount point</source>
        <translation>c’est un point de montage ou il en contient un</translation>
    </message>
    <message>
        <source>%1 %2 is not a readable file.</source>
        <translation>%1 %2 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Give %3 the folder that %1 shows, or mount that folder at %1 (for example: sshfs %2 %1 -o dir_cache=no).</source>
        <translation>Indiquez pour %3 le dossier que montre %1, ou montez ce dossier sur %1 (par exemple&#xa0;: sshfs %2 %1 -o dir_cache=no).</translation>
    </message>
    <message>
        <source>Connect as %1: %2, or User %1 in ~/.ssh/config.</source>
        <translation>Connectez-vous en tant que %1&#xa0;: %2, ou User %1 dans ~/.ssh/config.</translation>
    </message>
    <message>
        <source>The local mount %1 of the store is gone (unmounted or disconnected) while the run works on %2: mount it again, then resume the upgrade.</source>
        <translation>Le montage local %1 de la boutique a disparu (démonté ou déconnecté) alors que l&apos;exécution travaille sur %2&#xa0;: remontez-le, puis reprenez la mise à niveau.</translation>
    </message>
    <message>
        <source>The local mount %1 of the store is gone (unmounted or disconnected) while the run works on %2: mount it again, then run the upgrade again with %3.</source>
        <translation>Le montage local %1 de la boutique a disparu (démonté ou déconnecté) alors que l&apos;exécution travaille sur %2&#xa0;: remontez-le, puis relancez la mise à niveau avec %3.</translation>
    </message>
    <message>
        <source>%1 is not a new place in a folder the assistant made for its copy; nothing was copied there.</source>
        <translation>%1 n&apos;est pas un nouvel emplacement dans un dossier créé par l&apos;assistant pour sa copie&#xa0;; rien n&apos;y a été copié.</translation>
    </message>
</context>
<context>
    <name>mua::StagedMove</name>
    <message>
        <source>%1 cannot be moved to %2: %3.</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder, so the new version&apos;s folder cannot be copied there: move it away, then try again.</source>
        <translation>%1 n&apos;est pas un dossier, le dossier de la nouvelle version ne peut donc pas y être copié&#xa0;: déplacez-le ailleurs, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be made: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, so the new version&apos;s file cannot be copied there: move it away, then try again.</source>
        <translation>%1 est un dossier, le fichier de la nouvelle version ne peut donc pas y être copié&#xa0;: déplacez-le ailleurs, puis réessayez.</translation>
    </message>
    <message>
        <source>the ssh runner does not stage the move on the server</source>
        <translation>le mode d&apos;exécution ssh ne prépare pas le changement de version sur le serveur</translation>
    </message>
    <message>
        <source>composer.json cannot be read: %1</source>
        <translation>composer.json est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>composer.json sets vendor-dir to %1, and only vendor/ is staged</source>
        <translation>composer.json définit vendor-dir à %1, alors que seul vendor/ est préparé</translation>
    </message>
    <message>
        <source>composer.json sets bin-dir to %1, and only vendor/bin is staged</source>
        <translation>composer.json définit bin-dir à %1, alors que seul vendor/bin est préparé</translation>
    </message>
    <message>
        <source>composer.json sets extra.magento-deploystrategy to %1, and only copied files can be staged</source>
        <translation>composer.json définit extra.magento-deploystrategy à %1, alors que seuls des fichiers copiés peuvent être préparés</translation>
    </message>
    <message>
        <source>the %1 repository %2 is relative to the store, so from the staged folder it would point elsewhere</source>
        <translation>le dépôt %1 %2 est relatif à la boutique, et depuis le dossier préparé il pointerait donc ailleurs</translation>
    </message>
    <message>
        <source>the path repository %1 links its packages into vendor/, and those links would point elsewhere once the staged vendor/ moves</source>
        <translation>le dépôt path %1 crée des liens vers ses paquets dans vendor/, et ces liens pointeraient ailleurs une fois le vendor/ préparé déplacé</translation>
    </message>
    <message>
        <source>the store has no vendor/ folder</source>
        <translation>la boutique n&apos;a pas de dossier vendor/</translation>
    </message>
    <message>
        <source>vendor/ is not a folder of the store (a link or a file)</source>
        <translation>vendor/ n&apos;est pas un dossier de la boutique (c&apos;est un lien ou un fichier)</translation>
    </message>
    <message>
        <source>vendor/ is on another file system than the store&apos;s folder, so it cannot be swapped by renaming</source>
        <translation>vendor/ se trouve sur un autre système de fichiers que le dossier de la boutique, il ne peut donc pas être échangé par renommage</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>nothing was staged before maintenance</source>
        <translation>rien n&apos;a été préparé avant la maintenance</translation>
    </message>
    <message>
        <source>what was staged is not the move to %1</source>
        <translation>ce qui a été préparé n&apos;est pas le changement de version vers %1</translation>
    </message>
    <message>
        <source>composer.json or composer.lock changed after the move was staged</source>
        <translation>composer.json ou composer.lock a changé après la préparation du changement de version</translation>
    </message>
    <message>
        <source>the staged folder %1 is not as the run left it</source>
        <translation>le dossier préparé %1 n&apos;est plus tel que l&apos;exécution l&apos;a laissé</translation>
    </message>
    <message>
        <source>The staged %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier %1 préparé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside: %2.</source>
        <translation>%1 ne peut pas être mis de côté&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>mua::Step</name>
    <message numerus="yes">
        <source>Cancelled after %n entries.</source>
        <translation>
            <numerusform>Annulé après %n entrée.</numerusform>
            <numerusform>Annulé après %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be changed: %1</source>
        <translation>
            <numerusform>%n entrée n&apos;a pas pu être modifiée&#xa0;: %1</numerusform>
            <numerusform>%n entrées n&apos;ont pas pu être modifiées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>exit code %1 after %2 ms</source>
        <translation>code de sortie %1 après %2 ms</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 was stopped because the run was cancelled.</source>
        <translation>%1 a été arrêté car l&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>%1 was ended by a signal.</source>
        <translation>%1 a été terminé par un signal.</translation>
    </message>
    <message>
        <source>%1 ended with a PHP fatal error (exit code 255).</source>
        <translation>%1 s&apos;est terminé sur une erreur fatale PHP (code de sortie 255).</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>%1 ended with exit code 255: a PHP fatal error on the server, or ssh lost the connection.</source>
        <translation>%1 s&apos;est terminé avec le code de sortie 255&#xa0;: erreur fatale PHP sur le serveur, ou connexion ssh perdue.</translation>
    </message>
    <message>
        <source>%1 stopped with a PHP fatal error on the server, or ssh lost the connection.</source>
        <translation>%1 s&apos;est arrêté sur une erreur fatale PHP sur le serveur, ou ssh a perdu la connexion.</translation>
    </message>
    <message>
        <source>%1 stopped with a PHP fatal error.</source>
        <translation>%1 s&apos;est arrêté sur une erreur fatale PHP.</translation>
    </message>
    <message>
        <source>%1 ended with an error; the console log shows what it said.</source>
        <translation>%1 s&apos;est terminé par une erreur&#xa0;; le journal de la console montre ce qui a été affiché.</translation>
    </message>
</context>
<context>
    <name>mua::Store</name>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>%1 %2 (from %3)</source>
        <translation>%1 %2 (d&apos;après %3)</translation>
    </message>
    <message>
        <source>Code layout</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>2.0–2.1, under var/</source>
        <translation>2.0–2.1, sous var/</translation>
    </message>
    <message>
        <source>2.2+, generated/</source>
        <translation>2.2+, generated/</translation>
    </message>
    <message>
        <source>env.php</source>
        <translation>env.php</translation>
    </message>
    <message numerus="yes">
        <source>files in var/session (%n entries)</source>
        <translation>
            <numerusform>fichiers dans var/session (%n entrée)</numerusform>
            <numerusform>fichiers dans var/session (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>files in %1</source>
        <translation>fichiers dans %1</translation>
    </message>
    <message>
        <source>%1 (not in var/session)</source>
        <translation>%1 (pas dans var/session)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>on (the storefront answers 503)</source>
        <translation>activé (la vitrine renvoie une erreur 503)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 of %2 types on</source>
        <translation>%1 types sur %2 activés</translation>
    </message>
    <message>
        <source> (off: %1)</source>
        <translation> (désactivés&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (a network share)</source>
        <translation>%1 (un partage réseau)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Mode d&apos;exécution</translation>
    </message>
    <message>
        <source>%1 syntax, %2</source>
        <translation>syntaxe %1, %2</translation>
    </message>
</context>
<context>
    <name>mua::StoreActions</name>
    <message>
        <source>Maintenance mode is off: the storefront answers again.</source>
        <translation>Le mode maintenance est désactivé&#xa0;: la vitrine répond de nouveau.</translation>
    </message>
</context>
<context>
    <name>mua::StoreInspector</name>
    <message>
        <source>%1 does not exist: give the folder that holds the store&apos;s app/, bin/ and var/.</source>
        <translation>%1 n&apos;existe pas&#xa0;: indiquez le dossier qui contient app/, bin/ et var/ de la boutique.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: give the store&apos;s root folder (the one that holds app/etc/env.php and bin/magento).</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;: indiquez le dossier racine de la boutique (celui qui contient app/etc/env.php et bin/magento).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Run the assistant as the store&apos;s owner or make the folder readable.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Exécutez l&apos;assistant en tant que propriétaire de la boutique ou rendez le dossier lisible.</translation>
    </message>
    <message>
        <source>%1 is not a Magento 2 store: it has neither app/etc/env.php nor bin/magento. Give the folder that holds the store&apos;s app/, bin/ and var/.</source>
        <translation>%1 n&apos;est pas une boutique Magento 2&#xa0;: ce dossier ne contient ni app/etc/env.php ni bin/magento. Indiquez le dossier qui contient app/, bin/ et var/ de la boutique.</translation>
    </message>
    <message>
        <source>%1 is not a Magento 2 store: %2 is missing. Give the folder that holds the store&apos;s app/, bin/ and var/, or finish the store&apos;s installation first.</source>
        <translation>%1 n&apos;est pas une boutique Magento 2&#xa0;: %2 est absent. Indiquez le dossier qui contient app/, bin/ et var/ de la boutique, ou terminez d&apos;abord l&apos;installation de la boutique.</translation>
    </message>
    <message>
        <source>%1 cannot be read as Magento&apos;s configuration: line %2, column %3: %4. Fix the file or restore it from a backup; the assistant never rewrites it.</source>
        <translation>%1 ne peut pas être lu comme configuration de Magento&#xa0;: ligne %2, colonne %3&#xa0;: %4. Corrigez le fichier ou restaurez-le à partir d&apos;une sauvegarde&#xa0;; l&apos;assistant ne le réécrit jamais.</translation>
    </message>
    <message>
        <source>%1 does not return an array: restore it from a backup.</source>
        <translation>%1 ne renvoie pas de tableau&#xa0;: restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>No file says which Magento version this is (composer.lock, vendor/magento/magento2-base/composer.json, vendor/composer/installed.json): the code-generation folders were guessed from the folders present.</source>
        <translation>Aucun fichier n&apos;indique la version de Magento (composer.lock, vendor/magento/magento2-base/composer.json, vendor/composer/installed.json)&#xa0;: les dossiers de code généré ont été déduits des dossiers présents.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Run the assistant as the store&apos;s owner or make var/ readable.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Exécutez l&apos;assistant en tant que propriétaire de la boutique ou rendez var/ lisible.</translation>
    </message>
    <message>
        <source>var/session is a symbolic link; the assistant does not follow links out of the store and will not change what it points to.</source>
        <translation>var/session est un lien symbolique&#xa0;; l&apos;assistant ne suit pas les liens qui sortent de la boutique et ne modifiera pas sa cible.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Sessions are files and env.php sets no save_path, but var/session is empty: PHP&apos;s own session.save_path (php.ini of the web server) may be where sessions really go.</source>
        <translation>Les sessions sont des fichiers et env.php ne définit pas de save_path, mais var/session est vide&#xa0;: les sessions sont peut-être réellement stockées dans le session.save_path de PHP (php.ini du serveur web).</translation>
    </message>
    <message>
        <source>env.php computes the session storage at run time; sessions were assumed to be in var/session only if it holds files.</source>
        <translation>env.php calcule le stockage des sessions à l&apos;exécution&#xa0;; les sessions n&apos;ont été supposées dans var/session que si ce dossier contient des fichiers.</translation>
    </message>
    <message>
        <source>var/.update_in_progress.flag is left from Magento&apos;s web Setup Wizard: an update may still be running or was interrupted.</source>
        <translation>var/.update_in_progress.flag a été laissé par l&apos;assistant de configuration web de Magento&#xa0;: une mise à jour est peut-être encore en cours ou a été interrompue.</translation>
    </message>
    <message>
        <source>var/.update_error.flag is left from a failed web Setup Wizard update.</source>
        <translation>var/.update_error.flag a été laissé par une mise à jour échouée de l&apos;assistant de configuration web.</translation>
    </message>
    <message>
        <source>var/.update_queue.json holds queued web Setup Wizard jobs that cron may still run.</source>
        <translation>var/.update_queue.json contient des tâches en attente de l&apos;assistant de configuration web que cron pourrait encore exécuter.</translation>
    </message>
    <message>
        <source>var/.regenerate exists: the next request will rewrite env.php and wipe generated code.</source>
        <translation>var/.regenerate existe&#xa0;: la prochaine requête réécrira env.php et effacera le code généré.</translation>
    </message>
    <message>
        <source>env.php computes %1 at run time (for instance with getenv()); they are shown as dynamic, not guessed.</source>
        <translation>env.php calcule %1 à l&apos;exécution (par exemple avec getenv())&#xa0;; ces valeurs sont affichées comme dynamiques, sans être devinées.</translation>
    </message>
    <message>
        <source>MAGENTO_DC_* environment variables are set (%1): they override env.php values when Magento runs.</source>
        <translation>Des variables d&apos;environnement MAGENTO_DC_* sont définies (%1)&#xa0;: elles remplacent les valeurs de env.php lorsque Magento s&apos;exécute.</translation>
    </message>
    <message>
        <source>%1 is %2, not a folder: give the store&apos;s root folder (the one that holds app/etc/env.php and bin/magento).</source>
        <translation>%1 est %2, pas un dossier&#xa0;: indiquez le dossier racine de la boutique (celui qui contient app/etc/env.php et bin/magento).</translation>
    </message>
    <message>
        <source>%1 is missing while the store is in maintenance mode: env.php was lost during a deployment or an upgrade. Restore app/etc/env.php from your backup or version control (it holds the database settings and the crypt key); the shop stays in maintenance until then.</source>
        <translation>%1 est absent alors que la boutique est en mode maintenance&#xa0;: env.php a été perdu lors d&apos;un déploiement ou d&apos;une mise à niveau. Restaurez app/etc/env.php à partir de votre sauvegarde ou de votre gestionnaire de versions (il contient les paramètres de la base de données et la clé de chiffrement)&#xa0;; d&apos;ici là, la boutique reste en maintenance.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: restore bin/magento from the store&apos;s code (Composer or version control).</source>
        <translation>%1 est %2, pas un fichier ordinaire&#xa0;: restaurez bin/magento à partir du code de la boutique (Composer ou gestionnaire de versions).</translation>
    </message>
    <message>
        <source>env.php computes MAGE_MODE at run time: plan and upgrade ask bin/magento deploy:mode:show for the deploy mode.</source>
        <translation>env.php calcule MAGE_MODE à l&apos;exécution&#xa0;: plan et upgrade demandent le mode de déploiement à bin/magento deploy:mode:show.</translation>
    </message>
    <message>
        <source>MAGE_MODE is set in this environment (%1): bin/magento run from here works in that mode, whatever env.php says.</source>
        <translation>MAGE_MODE est défini dans cet environnement (%1)&#xa0;: bin/magento lancé d&apos;ici fonctionne dans ce mode, quoi qu&apos;indique env.php.</translation>
    </message>
    <message>
        <source>%1 is missing while the store is in maintenance mode and an upgrade run of the assistant did not finish: env.php was lost during the run. Restore app/etc/env.php from your backup or version control (it holds the database settings and the crypt key), then resume the run.</source>
        <translation>%1 est absent alors que la boutique est en mode maintenance et qu&apos;une exécution de mise à niveau de l&apos;assistant ne s&apos;est pas terminée&#xa0;: env.php a été perdu pendant l&apos;exécution. Restaurez app/etc/env.php à partir de votre sauvegarde ou de votre gestionnaire de versions (il contient les paramètres de la base de données et la clé de chiffrement), puis reprenez l&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 is missing while the store is in maintenance mode and an upgrade run of the assistant did not finish: env.php was lost during the run. Restore app/etc/env.php from your backup or version control (it holds the database settings and the crypt key), then finish the run with: %2</source>
        <translation>%1 est absent alors que la boutique est en mode maintenance et qu&apos;une exécution de mise à niveau de l&apos;assistant ne s&apos;est pas terminée&#xa0;: env.php a été perdu pendant l&apos;exécution. Restaurez app/etc/env.php à partir de votre sauvegarde ou de votre gestionnaire de versions (il contient les paramètres de la base de données et la clé de chiffrement), puis terminez l&apos;exécution avec&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mua::StoreLock</name>
    <message>
        <source>%1@%2 (pid %3), started %4 UTC, last heartbeat %5 s ago</source>
        <translation>%1@%2 (PID %3), démarré le %4 UTC, dernier signal de vie il y a %5 s</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Wait for it to finish.</source>
        <translation>Une autre exécution détient le verrou de la boutique&#xa0;: %1. Attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Took over the lock of a run that is no longer running: %1.</source>
        <translation>Verrou d&apos;une exécution qui n&apos;est plus active repris&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Another run took the store&apos;s lock at the same moment: %1.</source>
        <translation>Une autre exécution a pris le verrou de la boutique au même moment&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>it is larger than any lock file this program writes</source>
        <translation>il est plus gros que tout fichier de verrou écrit par ce programme</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c&apos;est un lien symbolique</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>c&apos;est %1, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is not the JSON this program writes</source>
        <translation>il ne contient pas le JSON qu&apos;écrit ce programme</translation>
    </message>
    <message>
        <source>it lacks the host, process id, token or heartbeat that a lock names</source>
        <translation>il lui manque l&apos;hôte, l&apos;identifiant de processus, le jeton ou le signal de vie qu&apos;indique un verrou</translation>
    </message>
    <message>
        <source>Cannot create the store&apos;s lock file %1: %2. %3</source>
        <translation>Impossible de créer le fichier de verrou %1 de la boutique&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Cannot take over the broken lock: %1</source>
        <translation>Impossible de reprendre le verrou invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot take over the store&apos;s lock: %1</source>
        <translation>Impossible de reprendre le verrou de la boutique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The store&apos;s lock file %1 is broken (%2), so it names no run. If no upgrade or rollback is running on this store, run again with %3, or delete %1.</source>
        <translation>Le fichier de verrou %1 de la boutique est invalide (%2)&#xa0;: il n&apos;indique donc aucune exécution. Si aucune mise à niveau ni restauration n&apos;est en cours sur cette boutique, relancez avec %3, ou supprimez %1.</translation>
    </message>
    <message>
        <source>The store&apos;s lock file %1 is broken (%2), so it names no run. If no upgrade or rollback is running on this store, delete %1.</source>
        <translation>Le fichier de verrou %1 de la boutique est invalide (%2)&#xa0;: il n&apos;indique donc aucune exécution. Si aucune mise à niveau ni restauration n&apos;est en cours sur cette boutique, supprimez %1.</translation>
    </message>
    <message>
        <source>Took over the broken lock file %1 (%2) because of %3.</source>
        <translation>Fichier de verrou invalide %1 (%2) repris en raison de %3.</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Its heartbeat is stale; if that run is gone, run again with %2.</source>
        <translation>Une autre exécution détient le verrou de la boutique&#xa0;: %1. Son signal de vie est périmé&#xa0;; si cette exécution n&apos;existe plus, relancez avec %2.</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Its heartbeat is stale; if that run is gone, delete %2.</source>
        <translation>Une autre exécution détient le verrou de la boutique&#xa0;: %1. Son signal de vie est périmé&#xa0;; si cette exécution n&apos;existe plus, supprimez %2.</translation>
    </message>
    <message>
        <source>Broke the stale lock of %1 (%2).</source>
        <translation>Verrou périmé de %1 forcé (%2).</translation>
    </message>
</context>
<context>
    <name>mua::StorePage</name>
    <message>
        <source>Choose the store</source>
        <translation>Choisir la boutique</translation>
    </message>
    <message>
        <source>Nothing in the store changes until you press Upgrade on the review page.</source>
        <translation>Rien ne change dans la boutique tant que vous n&apos;avez pas cliqué sur «&#xa0;Mettre à niveau&#xa0;» sur la page de vérification.</translation>
    </message>
    <message>
        <source>This computer (php bin/magento)</source>
        <translation>Cet ordinateur (php bin/magento)</translation>
    </message>
    <message>
        <source>/var/www/magento2</source>
        <translation>/var/www/magento2</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Choisir le dossier de la boutique</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lecture de %1 …</translation>
    </message>
    <message>
        <source>This is a Magento store the assistant can upgrade.</source>
        <translation>Il s&apos;agit d&apos;une boutique Magento que l&apos;assistant peut mettre à niveau.</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>%1 %2 (from %3)</source>
        <translation>%1 %2 (d&apos;après %3)</translation>
    </message>
    <message numerus="yes">
        <source>files in var/session (%n entries)</source>
        <translation>
            <numerusform>fichiers dans var/session (%n entrée)</numerusform>
            <numerusform>fichiers dans var/session (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>files in %1</source>
        <translation>fichiers dans %1</translation>
    </message>
    <message>
        <source>%1, not in var/session</source>
        <translation>%1, pas dans var/session</translation>
    </message>
    <message>
        <source>on: the storefront answers 503</source>
        <translation>activé&#xa0;: la vitrine renvoie une erreur 503</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>all %n on</source>
        <translation>
            <numerusform>%n activé</numerusform>
            <numerusform>les %n activés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on; off: %3</source>
        <translation>%1 sur %2 activés&#xa0;; désactivés&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (a network share)</source>
        <translation>%1 (un partage réseau)</translation>
    </message>
    <message>
        <source>A server over SSH (ssh HOST, bin/magento there)</source>
        <translation>Un serveur via SSH (ssh HOST, bin/magento sur le serveur)</translation>
    </message>
    <message>
        <source>Choose an SSH config file</source>
        <translation>Choisir un fichier de configuration SSH</translation>
    </message>
    <message>
        <source>A ddev project (ddev exec bin/magento)</source>
        <translation>Un projet ddev (ddev exec bin/magento)</translation>
    </message>
    <message>
        <source>Docker Compose (docker compose exec SERVICE bin/magento)</source>
        <translation>Docker Compose (docker compose exec SERVICE bin/magento)</translation>
    </message>
    <message>
        <source>Where bin/magento runs: with this computer&apos;s PHP, on a server over SSH, or in the PHP container of a ddev, warden or docker compose project.</source>
        <translation>Où s&apos;exécute bin/magento&#xa0;: avec le PHP de cet ordinateur, sur un serveur via SSH, ou dans le conteneur PHP d&apos;un projet ddev, warden ou docker compose.</translation>
    </message>
    <message>
        <source>bin/magento runs in the project&apos;s web container (ddev exec), started from the store folder above; the file work is done here, in that folder. Start the project with ddev start first.</source>
        <translation>bin/magento s&apos;exécute dans le conteneur web du projet (ddev exec), lancé depuis le dossier de la boutique ci-dessus&#xa0;; les opérations sur les fichiers sont effectuées ici, dans ce dossier. Démarrez d&apos;abord le projet avec ddev start.</translation>
    </message>
    <message>
        <source>bin/magento runs in the environment&apos;s PHP container (warden env exec -T), started from the store folder above; the file work is done here, in that folder. Start the environment with warden env up first.</source>
        <translation>bin/magento s&apos;exécute dans le conteneur PHP de l&apos;environnement (warden env exec -T), lancé depuis le dossier de la boutique ci-dessus&#xa0;; les opérations sur les fichiers sont effectuées ici, dans ce dossier. Démarrez d&apos;abord l&apos;environnement avec warden env up.</translation>
    </message>
    <message>
        <source>bin/magento runs in the service&apos;s container (docker compose exec -T), started from the store folder above; the file work is done here, in that folder. Start the project with docker compose up -d first.</source>
        <translation>bin/magento s&apos;exécute dans le conteneur du service (docker compose exec -T), lancé depuis le dossier de la boutique ci-dessus&#xa0;; les opérations sur les fichiers sont effectuées ici, dans ce dossier. Démarrez d&apos;abord le projet avec docker compose up -d.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A warden environment (warden env exec -T php-fpm bin/magento)</source>
        <translation>Un environnement warden (warden env exec -T php-fpm bin/magento)</translation>
    </message>
    <message>
        <source>set at run time by app/etc/env.php (the readiness check asks Magento)</source>
        <translation>défini à l&apos;exécution par app/etc/env.php (la vérification interroge Magento)</translation>
    </message>
    <message>
        <source>Without a version to move to (chosen on the review page), the upgrade only brings the database up to the code already installed.</source>
        <translation>Sans version cible (à choisir sur la page de vérification), la mise à niveau ne fait que mettre la base de données au niveau du code déjà installé.</translation>
    </message>
    <message>
        <source>Without a version to move to (chosen on the review page), the upgrade only brings the database up to the code already installed: the store stays on Magento %1.</source>
        <translation>Sans version cible (à choisir sur la page de vérification), la mise à niveau ne fait que mettre la base de données au niveau du code déjà installé&#xa0;: la boutique reste sur Magento %1.</translation>
    </message>
</context>
<context>
    <name>mua::UpgradePage</name>
    <message>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <source>The store is being upgraded. Messages from bin/magento appear in the console log.</source>
        <translation>La boutique est en cours de mise à niveau. Les messages de bin/magento s&apos;affichent dans le journal de la console.</translation>
    </message>
    <message>
        <source>&amp;Stop upgrade</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Resuming the upgrade where it stopped.</source>
        <translation>Reprise de la mise à niveau là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>The upgrade finished. Press Next for the summary.</source>
        <translation>La mise à niveau est terminée. Cliquez sur «&#xa0;Suivant&#xa0;» pour voir le résumé.</translation>
    </message>
    <message>
        <source>The upgrade stopped. Press Next to see why and what to do.</source>
        <translation>La mise à niveau s&apos;est arrêtée. Cliquez sur «&#xa0;Suivant&#xa0;» pour en voir la cause et la marche à suivre.</translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <translation>Arrêter la mise à niveau&#xa0;?</translation>
    </message>
    <message>
        <source>Stop the upgrade now? The running command is stopped, the store stays in maintenance mode, and you can resume later.</source>
        <translation>Arrêter la mise à niveau maintenant&#xa0;? La commande en cours est interrompue, la boutique reste en mode maintenance et vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stopped at “%1”</source>
        <translation>Arrêté à l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed at “%1”</source>
        <translation>Échec à l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>&amp;Stop rollback</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the rollback</source>
        <translation>Arrêter la restauration</translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation>Arrêter la mise à niveau</translation>
    </message>
    <message>
        <source>The store is being rolled back to its backup. Until the rollback begins to change the store, it can still be stopped.</source>
        <translation>La boutique est en cours de restauration depuis sa sauvegarde. Tant que la restauration n&apos;a pas commencé à modifier la boutique, elle peut encore être arrêtée.</translation>
    </message>
    <message>
        <source>The rollback finished. Press Next for the summary.</source>
        <translation>La restauration est terminée. Cliquez sur «&#xa0;Suivant&#xa0;» pour voir le résumé.</translation>
    </message>
    <message>
        <source>The rollback stopped. Press Next to see why and what to do.</source>
        <translation>La restauration s&apos;est arrêtée. Cliquez sur «&#xa0;Suivant&#xa0;» pour savoir pourquoi et que faire.</translation>
    </message>
    <message>
        <source>The rollback is changing the store now and runs to its end; it can no longer be stopped.</source>
        <translation>La restauration modifie maintenant la boutique et va jusqu&apos;au bout&#xa0;; elle ne peut plus être arrêtée.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>The rollback has begun to change the store and runs to its end; close the window when it has finished.</source>
        <translation>La restauration a commencé à modifier la boutique et va jusqu&apos;au bout&#xa0;; fermez la fenêtre quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Stop the rollback?</source>
        <translation>Arrêter la restauration&#xa0;?</translation>
    </message>
    <message>
        <source>Stop the rollback now? It has not changed the store yet, so the store stays as it is.</source>
        <translation>Arrêter la restauration maintenant&#xa0;? Elle n&apos;a pas encore modifié la boutique, qui reste donc telle quelle.</translation>
    </message>
</context>
<context>
    <name>mua::UpgradeWorker</name>
    <message>
        <source>Resuming the run of %1 that stopped at %2.</source>
        <translation>Reprise de l&apos;exécution du %1, arrêtée à %2.</translation>
    </message>
    <message>
        <source>An earlier run did not finish; maintenance was %1 before it, and will be put back that way.</source>
        <translation>Une exécution précédente n&apos;a pas abouti&#xa0;; le mode maintenance était %1 auparavant et sera rétabli ainsi.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1&#xa0;: ignorée, %2</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1&#xa0;: terminée (%2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The upgrade finished; maintenance is %1, as it was before.</source>
        <translation>La mise à niveau est terminée&#xa0;; le mode maintenance est %1, comme avant.</translation>
    </message>
    <message>
        <source>Could not put maintenance back: %1</source>
        <translation>Impossible de rétablir le mode maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: %1 Nothing was changed.</source>
        <translation>Refusé&#xa0;: %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled during %1.</source>
        <translation>Annulé pendant %1.</translation>
    </message>
    <message>
        <source>The store is in maintenance mode (the storefront answers 503).</source>
        <translation>La boutique est en mode maintenance (la vitrine renvoie une erreur 503).</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>Le mode maintenance est désactivé.</translation>
    </message>
    <message>
        <source>To reopen the store without finishing, run: %1</source>
        <translation>Pour rouvrir la boutique sans terminer, exécutez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Known fix: %1</source>
        <translation>Solution connue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: %1 %2 Nothing was changed.</source>
        <translation>Refusé&#xa0;: %1 %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Resuming the run of %1, which was interrupted.</source>
        <translation>Reprise de l&apos;exécution du %1, qui avait été interrompue.</translation>
    </message>
    <message>
        <source>Refused: %1 Nothing was changed by this run, but the earlier run is still unfinished.</source>
        <translation>Refusé&#xa0;: %1 Cette exécution n&apos;a rien modifié, mais l&apos;exécution précédente reste inachevée.</translation>
    </message>
    <message>
        <source>Finishing the deletion of the old generated code in the background (%1) …</source>
        <translation>Fin de la suppression de l&apos;ancien code généré en arrière-plan (%1) …</translation>
    </message>
    <message numerus="yes">
        <source>%n entries moved aside could not be deleted; the next run tries again: %1</source>
        <translation>
            <numerusform>%n entrée mise de côté n&apos;a pas pu être supprimée&#xa0;; la prochaine exécution réessaiera&#xa0;: %1</numerusform>
            <numerusform>%n entrées mises de côté n&apos;ont pas pu être supprimées&#xa0;; la prochaine exécution réessaiera&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left for the next run to delete: %1</source>
        <translation>À supprimer lors de la prochaine exécution&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n folders that an earlier run moved aside, in the background: %1</source>
        <translation>
            <numerusform>Suppression en arrière-plan de %n dossier mis de côté par une exécution précédente&#xa0;: %1</numerusform>
            <numerusform>Suppression en arrière-plan de %n dossiers mis de côté par une exécution précédente&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the folders that were moved aside.</source>
        <translation>Les dossiers mis de côté ont été supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries that were moved aside.</source>
        <translation>
            <numerusform>%n entrée mise de côté a été supprimée.</numerusform>
            <numerusform>%n entrées mises de côté ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the summary to %1 (HTTP %2).</source>
        <translation>Résumé envoyé (HTTP %2)&#xa0;; destinataire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not notify: %1 The run&apos;s result is unchanged.</source>
        <translation>Impossible d&apos;envoyer la notification&#xa0;: %1 Le résultat de l&apos;exécution n&apos;en est pas modifié.</translation>
    </message>
    <message>
        <source>Storefront: %1%2.</source>
        <translation>Vitrine&#xa0;: %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether maintenance mode is on could not be read (the store cannot be reached); check with: %1</source>
        <translation>Impossible de savoir si le mode maintenance est activé (la boutique est injoignable)&#xa0;; vérifiez avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Non exécutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The log file %1 lacks everything from %2 on: writing it failed with %3. That part of the run is only in the report and on the screen.</source>
        <translation>Il manque au fichier journal %1 tout ce qui suit %2&#xa0;: l&apos;écriture a échoué (%3). Cette partie de l&apos;exécution ne figure que dans le rapport et à l&apos;écran.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1, so the run cannot record what it does: %2. %3</source>
        <translation>Impossible d&apos;écrire le journal de reprise %1, l&apos;exécution ne peut donc pas consigner ce qu&apos;elle fait&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>%1 Next: %2</source>
        <translation>%1 Étape suivante&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing in the store was changed.</source>
        <translation>Rien n&apos;a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>The journal %1 records the steps up to %2 as done.</source>
        <translation>D&apos;après le journal de reprise %1, les étapes jusqu&apos;à %2 sont terminées.</translation>
    </message>
    <message>
        <source>The journal %1 records %2 as under way.</source>
        <translation>D&apos;après le journal de reprise %1, %2 est en cours.</translation>
    </message>
    <message>
        <source>The store is in maintenance mode; it was off before the run.</source>
        <translation>La boutique est en mode maintenance, alors qu&apos;elle ne l&apos;était pas avant l&apos;exécution.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2; the previous one, if any, is unchanged. %3</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: %2&#xa0;; le précédent, s&apos;il existe, reste inchangé. %3</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Magento Upgrade Assistant %1: upgrading %2 (Magento %3 %4, %5)</source>
        <translation>Assistant de mise à niveau Magento %1&#xa0;: mise à niveau de %2 (Magento %3 %4, %5)</translation>
    </message>
    <message>
        <source>Refused: %1 The run stopped before %2 and turned maintenance off again, as nothing the shop depends on had changed yet.</source>
        <translation>Refusé&#xa0;: %1 L&apos;exécution s&apos;est arrêtée avant %2 et a de nouveau désactivé le mode maintenance, car rien de ce dont dépend la boutique n&apos;avait encore changé.</translation>
    </message>
    <message>
        <source>Refused: %1 The run stopped before %2; nothing in the store was changed.</source>
        <translation>Refusé&#xa0;: %1 L&apos;exécution s&apos;est arrêtée avant %2&#xa0;; rien n&apos;a été modifié dans la boutique.</translation>
    </message>
    <message>
        <source>The earlier run is still unfinished.</source>
        <translation>L&apos;exécution précédente n&apos;est toujours pas terminée.</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 n&apos;a pas démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Every upgrade step before it finished, so the store is consistent and it is safe to reopen it by deleting its maintenance flag: %1</source>
        <translation>Toutes les étapes de mise à niveau précédentes se sont terminées&#xa0;: la boutique est donc cohérente et peut être rouverte sans risque en supprimant son indicateur de maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>maintenance:disable cannot be relied on here; nothing the shop depends on had changed yet, so it is safe to reopen the store now by deleting its maintenance flag: %1</source>
        <translation>On ne peut pas se fier ici à maintenance:disable&#xa0;; rien de ce dont dépend la boutique n&apos;avait encore changé&#xa0;: elle peut donc être rouverte sans risque dès maintenant en supprimant son indicateur de maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal could not be written at the end, so it was deleted: there is nothing to resume.</source>
        <translation>Le journal de reprise n&apos;a pas pu être écrit à la fin&#xa0;; il a donc été supprimé&#xa0;: il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <source>The unfinished run was for %1; resume it with the same target, or start over without %2.</source>
        <translation>L&apos;exécution inachevée visait %1&#xa0;; reprenez-la avec la même cible, ou recommencez sans %2.</translation>
    </message>
    <message>
        <source>The unfinished run asked for a backup (%1) and did not take one; resume with %1 (and the same %2) to take it now.</source>
        <translation>L&apos;exécution inachevée demandait une sauvegarde (%1) et ne l&apos;a pas effectuée&#xa0;; reprenez avec %1 (et le même %2) pour l&apos;effectuer maintenant.</translation>
    </message>
    <message>
        <source>The unfinished run asked for a backup and did not take one; resume it with a backup into %1 as before to take it now.</source>
        <translation>L&apos;exécution inachevée demandait une sauvegarde et ne l&apos;a pas effectuée&#xa0;; reprenez-la avec une sauvegarde dans %1, comme auparavant, pour l&apos;effectuer maintenant.</translation>
    </message>
    <message>
        <source>There is no failed or cancelled run to resume in %1; run the upgrade without %2.</source>
        <translation>Il n&apos;y a aucune exécution échouée ou annulée à reprendre dans %1&#xa0;; lancez la mise à niveau sans %2.</translation>
    </message>
    <message>
        <source>maintenance:disable did not work either; once a %3 has finished the upgrade, reopen the store by deleting its maintenance flag: %1. Not before: after %2 stopped, the code, the generated files and the database may not match, and visitors would see errors.</source>
        <translation>maintenance:disable n&apos;a pas fonctionné non plus&#xa0;; une fois qu&apos;une exécution avec %3 a terminé la mise à niveau, rouvrez la boutique en supprimant son indicateur de maintenance&#xa0;: %1. Pas avant&#xa0;: après l&apos;arrêt de %2, le code, les fichiers générés et la base de données peuvent ne pas concorder, et les visiteurs verraient des erreurs.</translation>
    </message>
    <message>
        <source>maintenance:disable did not work either; once the run has been resumed and has finished the upgrade, reopen the store by deleting its maintenance flag: %1. Not before: after %2 stopped, the code, the generated files and the database may not match, and visitors would see errors.</source>
        <translation>maintenance:disable n&apos;a pas fonctionné non plus&#xa0;; une fois l&apos;exécution reprise et la mise à niveau terminée, rouvrez la boutique en supprimant son indicateur de maintenance&#xa0;: %1. Pas avant&#xa0;: après l&apos;arrêt de %2, le code, les fichiers générés et la base de données peuvent ne pas concorder, et les visiteurs verraient des erreurs.</translation>
    </message>
    <message>
        <source>An earlier run stopped in the middle of the move: the code it kept is back.</source>
        <translation>Une exécution précédente s&apos;est arrêtée au milieu du changement de version&#xa0;: le code qu&apos;elle avait conservé a été remis en place.</translation>
    </message>
    <message>
        <source>An earlier run stopped in the middle of the move, and the code it kept could not be put back yet: %1</source>
        <translation>Une exécution précédente s&apos;est arrêtée au milieu du changement de version, et le code qu&apos;elle avait conservé n&apos;a pas encore pu être remis en place&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mua::VendorDiff</name>
    <message>
        <source>%1 cannot be listed: %2.</source>
        <translation>Impossible de lister %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link is not followed).</source>
        <translation>%1 n&apos;est pas un dossier (un lien n&apos;est pas suivi).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>mua::VersionMove</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3): Composer cannot read it either.</source>
        <translation>%1 n&apos;est pas un JSON valide (%2 à l&apos;octet %3)&#xa0;: Composer ne peut pas le lire non plus.</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>Composer could not be started: %1.</source>
        <translation>Composer n&apos;a pas pu être lancé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Composer could not read the versions of %1 from the store&apos;s repositories (exit code %2).</source>
        <translation>Composer n&apos;a pas pu lire les versions de %1 dans les dépôts de la boutique (code de sortie %2).</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Composer cannot be started where the store&apos;s commands run: %1.</source>
        <translation>Composer ne peut pas être lancé là où s&apos;exécutent les commandes de la boutique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Composer did not say its version where the store&apos;s commands run (exit code %1).</source>
        <translation>Composer n&apos;a pas indiqué sa version là où s&apos;exécutent les commandes de la boutique (code de sortie %1).</translation>
    </message>
    <message>
        <source>Install Composer 2 where the store&apos;s commands run, so that the command composer works.</source>
        <translation>Installez Composer 2 là où s&apos;exécutent les commandes de la boutique, afin que la commande composer fonctionne.</translation>
    </message>
    <message>
        <source>Composer %1 cannot install Magento %2: it needs Composer %3 or newer.</source>
        <translation>Composer %1 ne peut pas installer Magento %2&#xa0;: il faut Composer %3 ou plus récent.</translation>
    </message>
    <message>
        <source>Update Composer where the store&apos;s commands run (composer self-update --2), then check again.</source>
        <translation>Mettez à jour Composer là où s&apos;exécutent les commandes de la boutique (composer self-update --2), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Composer %1 runs where the store&apos;s commands run.</source>
        <translation>Composer %1 fonctionne là où s&apos;exécutent les commandes de la boutique.</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Version cible</translation>
    </message>
    <message>
        <source>Make sure Composer can reach the store&apos;s repositories (and that auth.json holds their keys), then check again.</source>
        <translation>Assurez-vous que Composer peut atteindre les dépôts de la boutique (et que auth.json contient leurs clés), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no version of %1.</source>
        <translation>Les dépôts de la boutique ne proposent aucune version de %1.</translation>
    </message>
    <message>
        <source>%1 is not a version of %2 that the store&apos;s repositories offer (the newest: %3).</source>
        <translation>%1 n&apos;est pas une version de %2 proposée par les dépôts de la boutique (la plus récente&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Choose one of the versions offered.</source>
        <translation>Choisissez l&apos;une des versions proposées.</translation>
    </message>
    <message>
        <source>%1 → %2, offered by the store&apos;s repositories.</source>
        <translation>%1 → %2, proposée par les dépôts de la boutique.</translation>
    </message>
    <message>
        <source>Composer resolve</source>
        <translation>Résolution Composer</translation>
    </message>
    <message>
        <source>The move could not be worked out in %1: %2</source>
        <translation>Le changement de version n&apos;a pas pu être calculé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Make room or fix the folder&apos;s permissions, then check again.</source>
        <translation>Libérez de l&apos;espace ou corrigez les droits du dossier, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>var/ is not a folder of the store.</source>
        <translation>var/ n&apos;est pas un dossier de la boutique.</translation>
    </message>
    <message>
        <source>it cannot be made.</source>
        <translation>le dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Fix composer.json, then check again.</source>
        <translation>Corrigez composer.json, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>its files cannot be written.</source>
        <translation>ses fichiers ne peuvent pas être écrits.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The packages resolve; what stops the move is the PHP that runs the store (below).</source>
        <translation>Les paquets se résolvent&#xa0;; ce qui empêche le changement de version, c&apos;est le PHP qui exécute la boutique (voir ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>Composer cannot move the store to %1: %n package(s) block it: %2.</source>
        <translation>
            <numerusform>Composer ne peut pas faire passer la boutique à %1&#xa0;: %n paquet bloque le changement&#xa0;: %2.</numerusform>
            <numerusform>Composer ne peut pas faire passer la boutique à %1&#xa0;: %n paquets bloquent le changement&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1 (exit code %2).</source>
        <translation>Composer ne peut pas faire passer la boutique à %1 (code de sortie %2).</translation>
    </message>
    <message>
        <source>Update each blocking package to a version made for %1, ask its vendor for one, or remove it; then check again.</source>
        <translation>Mettez à jour chaque paquet bloquant vers une version conçue pour %1, demandez-en une à son éditeur, ou supprimez-le&#xa0;; puis relancez la vérification.</translation>
    </message>
    <message>
        <source>PHP for the target</source>
        <translation>PHP pour la version cible</translation>
    </message>
    <message>
        <source>PHP %1 satisfies what %2 needs.</source>
        <translation>PHP %1 satisfait aux exigences de %2.</translation>
    </message>
    <message>
        <source>Not known until the move resolves.</source>
        <translation>Inconnu tant que le changement de version n&apos;est pas résolu.</translation>
    </message>
    <message>
        <source>%1 needs PHP %2</source>
        <translation>%1 a besoin de PHP %2</translation>
    </message>
    <message>
        <source>The store runs PHP %1, but %2.</source>
        <translation>La boutique utilise PHP %1, mais %2.</translation>
    </message>
    <message>
        <source>Move the store to a PHP version that %1 supports first (%2), then check again.</source>
        <translation>Faites d&apos;abord passer la boutique à une version de PHP prise en charge par %1 (%2), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>PHP extensions</source>
        <translation>Extensions PHP</translation>
    </message>
    <message>
        <source>PHP %1 has every extension the move needs.</source>
        <translation>PHP %1 dispose de toutes les extensions nécessaires au changement de version.</translation>
    </message>
    <message>
        <source>PHP %1, which runs the store, lacks %2, which %3 needs.</source>
        <translation>Le PHP %1 qui exécute la boutique n&apos;a pas ce dont %3 a besoin&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Install or enable %1 for the PHP that runs the store, then check again.</source>
        <translation>Installez ou activez %1 pour le PHP qui exécute la boutique, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Composer plugins</source>
        <translation>Plugins Composer</translation>
    </message>
    <message numerus="yes">
        <source>Composer can move the store to %1: %n package(s) change.</source>
        <translation>
            <numerusform>Composer peut faire passer la boutique à %1&#xa0;: %n paquet change.</numerusform>
            <numerusform>Composer peut faire passer la boutique à %1&#xa0;: %n paquets changent.</numerusform>
        </translation>
    </message>
    <message>
        <source>PHP %1 satisfies %2 (%3).</source>
        <translation>PHP %1 satisfait à %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 would install %n Composer plugin(s) that composer.json&apos;s config.allow-plugins does not allow (%2): Composer would stop in the middle of the move.</source>
        <translation>
            <numerusform>%1 installerait %n plugin Composer que config.allow-plugins de composer.json n&apos;autorise pas (%2)&#xa0;: Composer s&apos;arrêterait au milieu du changement de version.</numerusform>
            <numerusform>%1 installerait %n plugins Composer que config.allow-plugins de composer.json n&apos;autorise pas (%2)&#xa0;: Composer s&apos;arrêterait au milieu du changement de version.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you trust them, add them to composer.json (%1), then check again.</source>
        <translation>Si vous leur faites confiance, ajoutez-les à composer.json (%1), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Every Composer plugin of the move is allowed by composer.json.</source>
        <translation>composer.json autorise tous les plugins Composer du changement de version.</translation>
    </message>
    <message>
        <source>Composer could not read the versions of %1 from the store&apos;s repositories.</source>
        <translation>Composer n&apos;a pas pu lire les versions de %1 dans les dépôts de la boutique.</translation>
    </message>
    <message>
        <source>Composer did not say its version where the store&apos;s commands run.</source>
        <translation>Composer n&apos;a pas indiqué sa version là où s&apos;exécutent les commandes de la boutique.</translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1.</source>
        <translation>Composer ne peut pas faire passer la boutique à %1.</translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1 (exit code %2); it said: “%3”</source>
        <translation>Composer ne peut pas faire passer la boutique à %1 (code de sortie %2)&#xa0;; il a indiqué&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1; it said: “%2”</source>
        <translation>Composer ne peut pas faire passer la boutique à %1&#xa0;; il a indiqué&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Fix what Composer names, then check again.</source>
        <translation>Corrigez ce que Composer signale, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Composer said nothing that names the cause: run composer update in a copy of the store to see why, then check again.</source>
        <translation>Composer n&apos;a rien indiqué qui en nomme la cause&#xa0;: exécutez composer update dans une copie de la boutique pour savoir pourquoi, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>The packages of %1 could not be downloaded in %2: %3</source>
        <translation>Les paquets de %1 n&apos;ont pas pu être téléchargés dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Make room or fix the folder&apos;s permissions, then try again.</source>
        <translation>Libérez de l&apos;espace ou corrigez les droits du dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Cancelled while downloading the packages of %1.</source>
        <translation>Annulé pendant le téléchargement des paquets de %1.</translation>
    </message>
    <message>
        <source>Composer could not download what the move to %1 installs, so the move would fail with the shop in maintenance. Composer said: %2</source>
        <translation>Composer n&apos;a pas pu télécharger ce qu&apos;installe le changement de version vers %1&#xa0;: le changement de version échouerait donc alors que la boutique est en mode maintenance. Composer a indiqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix what Composer names (the repository, its keys in auth.json, room on the disk), then try again.</source>
        <translation>Corrigez ce que Composer signale (le dépôt, ses clés dans auth.json, l&apos;espace disque), puis réessayez.</translation>
    </message>
    <message>
        <source>What the move to %1 installs is in Composer&apos;s cache (%2 s, before maintenance): the move downloads nothing while the shop is in maintenance.</source>
        <translation>Ce qu&apos;installe le changement de version vers %1 se trouve déjà dans le cache de Composer (%2 s, avant la maintenance)&#xa0;: le changement de version ne télécharge rien pendant que la boutique est en mode maintenance.</translation>
    </message>
    <message>
        <source>The packages of %1 are already installed in %2.</source>
        <translation>Les paquets de %1 sont déjà installés dans %2.</translation>
    </message>
    <message>
        <source>The packages of %1 could not be installed in %2: %3</source>
        <translation>Les paquets de %1 n&apos;ont pas pu être installés dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancelled while installing the packages of %1.</source>
        <translation>Annulé pendant l&apos;installation des paquets de %1.</translation>
    </message>
    <message>
        <source>Composer could not install what the move to %1 installs in %2. Composer said: %3</source>
        <translation>Composer n&apos;a pas pu installer dans %2 ce qu&apos;installe le changement de version vers %1. Composer a indiqué&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>mua::WizardWording</name>
    <message>
        <source>“%1”</source>
        <comment>a field of the wizard named in a sentence</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <comment>a field of the wizard and its value</comment>
        <translation>%1 défini sur %2</translation>
    </message>
    <message>
        <source>%1 is not ticked</source>
        <translation>la case %1 n&apos;est pas cochée</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>le champ %1 est vide</translation>
    </message>
    <message>
        <source>Enter the SSH host.</source>
        <translation>Indiquez l&apos;hôte SSH.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s folder on the server.</source>
        <translation>Indiquez le dossier de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>“%1” is not a host ssh accepts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hôte accepté par ssh.</translation>
    </message>
    <message>
        <source>The folder on the server must be a full path from /, for example /var/www/magento2.</source>
        <translation>Le dossier sur le serveur doit être un chemin complet à partir de /, par exemple /var/www/magento2.</translation>
    </message>
    <message>
        <source>Give the SSH config file&apos;s full path, or leave it empty.</source>
        <translation>Indiquez le chemin complet du fichier de configuration SSH, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The folder on the server must be the store&apos;s folder, not /.</source>
        <translation>Le dossier sur le serveur doit être celui de la boutique, pas /.</translation>
    </message>
    <message>
        <source>“%1” is not a service name docker compose accepts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de service accepté par docker compose.</translation>
    </message>
    <message>
        <source>Enter the SSH host and the store&apos;s folder on the server.</source>
        <translation>Indiquez l&apos;hôte SSH et le dossier de la boutique sur le serveur.</translation>
    </message>
</context>
<context>
    <name>mua::Wording</name>
    <message>
        <source>no --target-version given</source>
        <translation>aucune option --target-version indiquée</translation>
    </message>
    <message>
        <source>not requested (--backup takes one)</source>
        <translation>non demandée (--backup en effectue une)</translation>
    </message>
    <message>
        <source>not requested (no --url given)</source>
        <translation>non demandée (aucune option --url indiquée)</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>aucune option %1 indiquée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list: all but the last item</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: its last item</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The ssh runner needs --ssh HOST: the server, or a Host of your ~/.ssh/config, where the store runs.</source>
        <translation>L&apos;exécution via ssh nécessite --ssh HOST&#xa0;: le serveur où tourne la boutique, ou un Host de votre ~/.ssh/config.</translation>
    </message>
    <message>
        <source>The ssh runner needs --remote-root PATH: the store&apos;s folder on the server (what ROOT shows through the mount).</source>
        <translation>L&apos;exécution via ssh nécessite --remote-root PATH&#xa0;: le dossier de la boutique sur le serveur (celui que ROOT montre via le montage).</translation>
    </message>
    <message>
        <source>--ssh %1 is not a host name.</source>
        <translation>--ssh %1 n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>--remote-root %1 is not an absolute path; give the store&apos;s folder on the server from /, for example /var/www/magento.</source>
        <translation>--remote-root %1 n&apos;est pas un chemin absolu&#xa0;; indiquez le dossier de la boutique sur le serveur à partir de /, par exemple /var/www/magento.</translation>
    </message>
    <message>
        <source>%1 %2 is not an absolute path; give the file&apos;s full path.</source>
        <translation>%1 %2 n&apos;est pas un chemin absolu&#xa0;; indiquez le chemin complet du fichier.</translation>
    </message>
    <message>
        <source>--remote-root %1 is not a store folder; give the store&apos;s folder on the server.</source>
        <translation>--remote-root %1 n&apos;est pas un dossier de boutique&#xa0;; indiquez le dossier de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>--service %1 is not a docker compose service name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>--service %1 n&apos;est pas un nom de service docker compose (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;).</translation>
    </message>
    <message>
        <source>the runner</source>
        <translation>le mode d&apos;exécution</translation>
    </message>
    <message>
        <source>the PHP program</source>
        <translation>le programme PHP</translation>
    </message>
    <message>
        <source>the SSH host</source>
        <translation>l&apos;hôte SSH</translation>
    </message>
    <message>
        <source>the store&apos;s folder on the server</source>
        <translation>le dossier de la boutique sur le serveur</translation>
    </message>
    <message>
        <source>the SSH config file</source>
        <translation>le fichier de configuration SSH</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>le service</translation>
    </message>
    <message>
        <source>the target version</source>
        <translation>la version cible</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>the backup of pub/media</source>
        <translation>la sauvegarde de pub/media</translation>
    </message>
    <message>
        <source>the storefront&apos;s address</source>
        <translation>l&apos;adresse de la vitrine</translation>
    </message>
    <message>
        <source>the Composer program</source>
        <translation>le programme Composer</translation>
    </message>
    <message>
        <source>the file with the webhook&apos;s address</source>
        <translation>le fichier contenant l&apos;adresse du webhook</translation>
    </message>
    <message>
        <source>the report file</source>
        <translation>le fichier de rapport</translation>
    </message>
    <message>
        <source>resuming the run</source>
        <translation>la reprise de l&apos;exécution</translation>
    </message>
    <message>
        <source>breaking the lock</source>
        <translation>le forçage du verrou</translation>
    </message>
    <message>
        <source>accepting the loss of data</source>
        <translation>l&apos;acceptation de la perte de données</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a setting and its value: the SSH host shop.example.com</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the %1 runner</source>
        <translation>le mode d&apos;exécution %1</translation>
    </message>
    <message>
        <source>The ssh runner needs the SSH host: the server, or a Host of your ~/.ssh/config, where the store runs.</source>
        <translation>L&apos;exécution via ssh nécessite l&apos;hôte SSH&#xa0;: le serveur où tourne la boutique, ou un Host de votre ~/.ssh/config.</translation>
    </message>
    <message>
        <source>The ssh runner needs the store&apos;s folder on the server.</source>
        <translation>L&apos;exécution via ssh nécessite le dossier de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>%1 is not a host name.</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The store&apos;s folder on the server, %1, is not an absolute path; give it from /, for example /var/www/magento.</source>
        <translation>Le dossier de la boutique sur le serveur, %1, n&apos;est pas un chemin absolu&#xa0;; indiquez-le à partir de /, par exemple /var/www/magento.</translation>
    </message>
    <message>
        <source>%1 is not an absolute path; give the file&apos;s full path.</source>
        <translation>%1 n&apos;est pas un chemin absolu&#xa0;; indiquez le chemin complet du fichier.</translation>
    </message>
    <message>
        <source>%1 is not a store folder; give the store&apos;s folder on the server.</source>
        <translation>%1 n&apos;est pas un dossier de boutique&#xa0;; indiquez le dossier de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>%1 is not a docker compose service name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>%1 n&apos;est pas un nom de service docker compose (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;).</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>non demandée</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>aucune valeur pour %1</translation>
    </message>
</context>
</TS>
