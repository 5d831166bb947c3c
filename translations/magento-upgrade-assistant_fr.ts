<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up the code and the database before anything changes</source>
        <translation>Sauvegarder le code et la base de données avant toute modification</translation>
    </message>
    <message>
        <source>Take a backup before upgrading</source>
        <translation>Faire une sauvegarde avant la mise à niveau</translation>
    </message>
    <message>
        <source>What a backup covers</source>
        <translation>Ce que couvre une sauvegarde</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
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
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness summary</source>
        <translation>Résumé de la vérification de l&apos;état de préparation</translation>
    </message>
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
        <source>Magento package</source>
        <translation>Paquet Magento</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Modules&#xa0;:</translation>
    </message>
    <message>
        <source>Enabled modules</source>
        <translation>Modules activés</translation>
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
        <source>Leave empty to upgrade the database to the code that is already installed</source>
        <translation>Laissez vide pour mettre la base de données au niveau du code déjà installé</translation>
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
        <source>Store status</source>
        <translation>État de la boutique</translation>
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
        <source>Magento version</source>
        <translation>Version de Magento</translation>
    </message>
    <message>
        <source>Code generation:</source>
        <translation>Génération de code&#xa0;:</translation>
    </message>
    <message>
        <source>Code-generation folders</source>
        <translation>Dossiers de code généré</translation>
    </message>
    <message>
        <source>Deploy mode:</source>
        <translation>Mode de déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Deploy mode</source>
        <translation>Mode de déploiement</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions&#xa0;:</translation>
    </message>
    <message>
        <source>Where sessions go</source>
        <translation>Emplacement des sessions</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Maintenance&#xa0;:</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Mode maintenance</translation>
    </message>
    <message>
        <source>Cache types:</source>
        <translation>Types de cache&#xa0;:</translation>
    </message>
    <message>
        <source>Cache types</source>
        <translation>Types de cache</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>Système de fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <source>Warnings about the store</source>
        <translation>Avertissements concernant la boutique</translation>
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
        <source>About the SSH runner</source>
        <translation>À propos de l&apos;exécution via SSH</translation>
    </message>
    <message>
        <source>The PHP command-line binary that runs bin/magento (on the server, for SSH)</source>
        <translation>Le binaire PHP en ligne de commande qui exécute bin/magento (sur le serveur, pour SSH)</translation>
    </message>
    <message>
        <source>What the runner still needs</source>
        <translation>Ce qu&apos;il manque encore pour l&apos;exécution</translation>
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
        <source>Give at most one store folder.</source>
        <translation>Indiquez au plus un dossier de boutique.</translation>
    </message>
    <message>
        <source>Could not make the demo store: %1</source>
        <translation>Impossible de créer la boutique de démonstration&#xa0;: %1</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Backups are not available in this version of the assistant yet.&lt;/b&gt; It will not take one, and it will not pretend to.&lt;/p&gt;&lt;p&gt;Before you continue, make your own backup of:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the &lt;b&gt;database&lt;/b&gt; (for example &lt;code&gt;mysqldump --single-transaction&lt;/code&gt;),&lt;/li&gt;&lt;li&gt;the &lt;b&gt;code&lt;/b&gt;: the store folder without &lt;code&gt;var/&lt;/code&gt;, &lt;code&gt;generated/&lt;/code&gt; and &lt;code&gt;pub/static/&lt;/code&gt;,&lt;/li&gt;&lt;li&gt;&lt;code&gt;app/etc/env.php&lt;/code&gt; and &lt;code&gt;app/etc/config.php&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Media in &lt;code&gt;pub/media/&lt;/code&gt;, sessions kept in Redis and search indexes are not touched by the upgrade.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les sauvegardes ne sont pas encore disponibles dans cette version de l&apos;assistant.&lt;/b&gt; Il n&apos;en effectuera pas et ne prétendra pas le faire.&lt;/p&gt;&lt;p&gt;Avant de continuer, sauvegardez vous-même&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;la &lt;b&gt;base de données&lt;/b&gt; (par exemple avec &lt;code&gt;mysqldump --single-transaction&lt;/code&gt;),&lt;/li&gt;&lt;li&gt;le &lt;b&gt;code&lt;/b&gt;&#xa0;: le dossier de la boutique sans &lt;code&gt;var/&lt;/code&gt;, &lt;code&gt;generated/&lt;/code&gt; et &lt;code&gt;pub/static/&lt;/code&gt;,&lt;/li&gt;&lt;li&gt;&lt;code&gt;app/etc/env.php&lt;/code&gt; et &lt;code&gt;app/etc/config.php&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les médias de &lt;code&gt;pub/media/&lt;/code&gt;, les sessions conservées dans Redis et les index de recherche ne sont pas modifiés par la mise à niveau.&lt;/p&gt;</translation>
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
        <source>The store is on %1: %n entries would be deleted one network round trip each; use --runner ssh to do it on the server.</source>
        <translation>
            <numerusform>La boutique est sur %1&#xa0;: %n entrée serait supprimée avec un aller-retour réseau chacune&#xa0;; utilisez --runner ssh pour le faire sur le serveur.</numerusform>
            <numerusform>La boutique est sur %1&#xa0;: %n entrées seraient supprimées avec un aller-retour réseau chacune&#xa0;; utilisez --runner ssh pour le faire sur le serveur.</numerusform>
        </translation>
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
        <source>%1 is not available in this version yet; run without it (and take a backup by hand first).</source>
        <translation>%1 n&apos;est pas encore disponible dans cette version&#xa0;; lancez la commande sans cette option (et faites d&apos;abord une sauvegarde manuelle).</translation>
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
        <source>Cancelling: stopping the running command…</source>
        <translation>Annulation&#xa0;: arrêt de la commande en cours…</translation>
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
        <source>rollback is not available in this version yet: backups (--backup) are not built yet either.</source>
        <translation>rollback n&apos;est pas encore disponible dans cette version&#xa0;: les sauvegardes (--backup) ne le sont pas non plus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command.</source>
        <translation>&apos;%1&apos; n&apos;est pas une commande.</translation>
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

Options of plan and upgrade:
  --runner local|ssh             how bin/magento runs (ddev, warden, compose: not yet)
  --ssh HOST --remote-root PATH  the ssh runner: bin/magento and the file work run on HOST in
                                 PATH, while ROOT is that folder mounted here, e.g. with
                                 sshfs -o dir_cache=no HOST:PATH ROOT
  --ssh-config FILE              ssh -F FILE instead of ~/.ssh/config
  --php PATH                     PHP binary (default: php; on HOST with --runner ssh)
  --composer PATH                Composer for --target-version (default: composer)
  --target-version X             move the Magento package to X with Composer first
  --on-failure keep-maintenance|restore
                                 maintenance mode after a failed step (default: keep)
  --log FILE                     the full log (default: ROOT/var/log/upgrade-assistant-*.log)
  --report FILE                  a JSON report, written on every outcome
  --resume                       continue a failed or cancelled run where it stopped
  --break-lock                   take over a stale lock left by another host
  --grace SECONDS                time a cancelled command gets before it is killed (default 5)

Exit codes: 0 done, 1 a step failed, 2 usage error or not a store, 3 refused for safety,
130 cancelled.

  -h, --help       show this help
  -v, --version    show the version
</source>
        <translation>Utilisation&#xa0;:
  magento-upgrade-assistant [ROOT]                ouvrir l&apos;assistant (sur ROOT s&apos;il est indiqué)
  magento-upgrade-assistant --demo                ouvrir l&apos;assistant sur une boutique de démonstration jetable
  magento-upgrade-assistant demo-store DIR [--era 2.1|2.4]
                                                  créer une boutique de démonstration dans DIR
  magento-upgrade-assistant inspect ROOT [--json] décrire la boutique&#xa0;; ne modifie rien
  magento-upgrade-assistant plan ROOT [--json] [options]
                                                  lister les étapes d&apos;une mise à niveau&#xa0;; ne modifie rien
  magento-upgrade-assistant upgrade ROOT --yes [options]
                                                  exécuter la mise à niveau sans fenêtre

Options de plan et upgrade&#xa0;:
  --runner local|ssh             mode d&apos;exécution de bin/magento (ddev, warden, compose&#xa0;: pas encore)
  --ssh HOST --remote-root PATH  exécution via ssh&#xa0;: bin/magento et les opérations sur les fichiers
                                 s&apos;exécutent sur HOST dans PATH&#xa0;; ROOT est ce dossier monté ici,
                                 par ex. avec sshfs -o dir_cache=no HOST:PATH ROOT
  --ssh-config FILE              ssh -F FILE au lieu de ~/.ssh/config
  --php PATH                     binaire PHP (par défaut&#xa0;: php&#xa0;; sur HOST avec --runner ssh)
  --composer PATH                Composer pour --target-version (par défaut&#xa0;: composer)
  --target-version X             passer d&apos;abord le paquet Magento en version X avec Composer
  --on-failure keep-maintenance|restore
                                 mode maintenance après l&apos;échec d&apos;une étape (par défaut&#xa0;: keep)
  --log FILE                     le journal complet (par défaut&#xa0;: ROOT/var/log/upgrade-assistant-*.log)
  --report FILE                  un rapport JSON, écrit quel que soit le résultat
  --resume                       reprendre une exécution échouée ou annulée là où elle s&apos;est arrêtée
  --break-lock                   reprendre un verrou périmé laissé par un autre hôte
  --grace SECONDS                délai accordé à une commande annulée avant son arrêt forcé (par défaut&#xa0;: 5)

Codes de sortie&#xa0;: 0 terminé, 1 échec d&apos;une étape, 2 erreur d&apos;utilisation ou pas une boutique,
3 refusé par sécurité, 130 annulé.

  -h, --help       afficher cette aide
  -v, --version    afficher la version
</translation>
    </message>
</context>
<context>
    <name>mua::CommandExecutor</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mua::ComposerUpdateStep</name>
    <message>
        <source>no --target-version given</source>
        <translation>aucune option --target-version indiquée</translation>
    </message>
    <message>
        <source>the store is a git clone; update it with git</source>
        <translation>la boutique est un clone git&#xa0;; mettez-la à jour avec git</translation>
    </message>
    <message>
        <source>Moves %1 from %2 to %3 with Composer.</source>
        <translation>Fait passer %1 de %2 à %3 avec Composer.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Move Magento to the new version</source>
        <translation>Passer Magento à la nouvelle version</translation>
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
        <source>the file ends in the middle of a heredoc string</source>
        <translation>le fichier se termine au milieu d&apos;une chaîne heredoc</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; but found %2</source>
        <translation>&apos;%1&apos; attendu, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>found %1 in the middle of a value</source>
        <translation>trouvé au milieu d&apos;une valeur&#xa0;: %1</translation>
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
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Known fix</source>
        <translation>Solution connue</translation>
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
        <source>on: the storefront answers 503</source>
        <translation>activé&#xa0;: la vitrine renvoie une erreur 503</translation>
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
</context>
<context>
    <name>mua::KnownFailures</name>
    <message>
        <source>PHP ran out of memory: the CLI memory_limit is too low. Run with --php pointing at a wrapper that calls php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.</source>
        <translation>PHP a manqué de mémoire&#xa0;: le memory_limit de la CLI est trop bas. Lancez avec --php pointant vers un script qui appelle php -d memory_limit=2G, ou augmentez memory_limit dans le php.ini de la CLI.</translation>
    </message>
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
        <source>SSH could not resolve the host name %1: check --ssh and the Host entries of ~/.ssh/config.</source>
        <translation>SSH n&apos;a pas pu résoudre le nom d&apos;hôte %1&#xa0;: vérifiez --ssh et les entrées Host de ~/.ssh/config.</translation>
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
        <source>Save the log shown here to a file</source>
        <translation>Enregistrer dans un fichier le journal affiché ici</translation>
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
        <source>Log status</source>
        <translation>État du journal</translation>
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
        <source>The upgrade of %1 finished.</source>
        <translation>La mise à niveau de %1 est terminée.</translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <translation>Arrêter la mise à niveau&#xa0;?</translation>
    </message>
    <message>
        <source>An upgrade is running. Stop it now? The running command is stopped, the store stays in maintenance mode, and you can resume later.</source>
        <translation>Une mise à niveau est en cours. L&apos;arrêter maintenant&#xa0;? La commande en cours est interrompue, la boutique reste en mode maintenance et vous pourrez reprendre plus tard.</translation>
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
</context>
<context>
    <name>mua::Plan</name>
    <message>
        <source>the store is in %1 mode, not production</source>
        <translation>la boutique est en mode %1, pas en mode production</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Sauvegarder la boutique</translation>
    </message>
    <message>
        <source>not requested (backups are not available yet)</source>
        <translation>non demandé (les sauvegardes ne sont pas encore disponibles)</translation>
    </message>
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
        <source>Check the storefront</source>
        <translation>Vérifier la vitrine</translation>
    </message>
    <message>
        <source>not requested (no --url given)</source>
        <translation>non demandé (aucune option --url indiquée)</translation>
    </message>
    <message>
        <source>Plan for %1 (Magento %2 %3, %4 mode)</source>
        <translation>Plan pour %1 (Magento %2 %3, mode %4)</translation>
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
</context>
<context>
    <name>mua::PreflightStep</name>
    <message>
        <source>Magento store</source>
        <translation>Boutique Magento</translation>
    </message>
    <message>
        <source>Magento %1 %2 in %3 mode.</source>
        <translation>Magento %1 %2 en mode %3.</translation>
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
        <source>Install the PHP command-line interpreter or choose one with --php PATH.</source>
        <translation>Installez l&apos;interpréteur PHP en ligne de commande ou choisissez-en un avec --php PATH.</translation>
    </message>
    <message>
        <source>Raise memory_limit in the CLI php.ini, or run with --php pointing at a wrapper that passes -d memory_limit=2G.</source>
        <translation>Augmentez memory_limit dans le php.ini de la CLI, ou lancez avec --php pointant vers un script qui passe -d memory_limit=2G.</translation>
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
        <source>Check out the release with git instead of --target-version %1.</source>
        <translation>Récupérez la version avec git checkout au lieu d&apos;utiliser --target-version %1.</translation>
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
        <source>%1 %2 — the database is brought up to this code</source>
        <translation>%1 %2 — la base de données est mise au niveau de ce code</translation>
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
</context>
<context>
    <name>mua::RunnerFactory</name>
    <message>
        <source>The %1 runner is not available in this version yet; use --runner local.</source>
        <translation>L&apos;exécution via %1 n&apos;est pas encore disponible dans cette version&#xa0;; utilisez --runner local.</translation>
    </message>
    <message>
        <source>--runner %1 is not one of %2.</source>
        <translation>--runner %1 n&apos;est pas valide&#xa0;; valeurs possibles&#xa0;: %2.</translation>
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
    <name>mua::SshMount</name>
    <message>
        <source>Without a store folder, --runner ssh needs --ssh HOST and --remote-root with the store&apos;s absolute path on that host.</source>
        <translation>Sans dossier de boutique, --runner ssh nécessite --ssh HOST et --remote-root avec le chemin absolu de la boutique sur cet hôte.</translation>
    </message>
    <message>
        <source>Without a store folder the assistant mounts %1:%2 itself, which needs sshfs (Debian and Ubuntu: apt install sshfs); or mount it yourself and give that folder as ROOT.</source>
        <translation>Sans dossier de boutique, l&apos;assistant monte lui-même %1:%2, ce qui nécessite sshfs (Debian et Ubuntu&#xa0;: apt install sshfs)&#xa0;; sinon, montez-le vous-même et indiquez ce dossier comme ROOT.</translation>
    </message>
    <message>
        <source>Cannot make a private folder to mount %1:%2 on: %3.</source>
        <translation>Impossible de créer un dossier privé où monter %1:%2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Could not mount %1 with sshfs (exit code %2)%3 Check that `ssh %4` works without a password prompt.</source>
        <translation>Impossible de monter %1 avec sshfs (code de sortie %2)%3 Vérifiez que `ssh %4` fonctionne sans demande de mot de passe.</translation>
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
        <source>The ssh runner needs --ssh HOST: the server, or a Host of your ~/.ssh/config, where the store runs.</source>
        <translation>L&apos;exécution via ssh nécessite --ssh HOST&#xa0;: le serveur où tourne la boutique, ou un Host de votre ~/.ssh/config.</translation>
    </message>
    <message>
        <source>--ssh %1 is not a host name.</source>
        <translation>--ssh %1 n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The ssh runner needs --remote-root PATH: the store&apos;s folder on the server (what ROOT shows through the mount).</source>
        <translation>L&apos;exécution via ssh nécessite --remote-root PATH&#xa0;: le dossier de la boutique sur le serveur (celui que ROOT montre via le montage).</translation>
    </message>
    <message>
        <source>--remote-root %1 is not an absolute path; give the store&apos;s folder on the server from /, for example /var/www/magento.</source>
        <translation>--remote-root %1 n&apos;est pas un chemin absolu&#xa0;; indiquez le dossier de la boutique sur le serveur à partir de /, par exemple /var/www/magento.</translation>
    </message>
    <message>
        <source>--remote-root / is not a store folder; give the store&apos;s folder on the server.</source>
        <translation>--remote-root / n&apos;est pas un dossier de boutique&#xa0;; indiquez le dossier de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>--ssh-config %1 is not a readable file.</source>
        <translation>--ssh-config %1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>The local mount %1 of the store is gone (unmounted or disconnected) while the run works on %2: mount it again, then run the upgrade again with --resume.</source>
        <translation>Le montage local %1 de la boutique a disparu (démonté ou déconnecté) pendant que l&apos;exécution travaille sur %2&#xa0;: remontez-le, puis relancez la mise à niveau avec --resume.</translation>
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
        <source>Give --remote-root the folder that %1 shows, or mount that folder at %1 (for example: sshfs %2 %1 -o dir_cache=no).</source>
        <translation>Indiquez à --remote-root le dossier que montre %1, ou montez ce dossier sur %1 (par exemple&#xa0;: sshfs %2 %1 -o dir_cache=no).</translation>
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
        <source>Connect as %1: --ssh %1@%2, or User %1 in ~/.ssh/config.</source>
        <translation>Connectez-vous en tant que %1&#xa0;: --ssh %1@%2, ou User %1 dans ~/.ssh/config.</translation>
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
    <message>
        <source>%1 syntax, mode %2</source>
        <translation>syntaxe %1, mode %2</translation>
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
        <source>%1 is a folder, not a file: restore app/etc/env.php from a backup.</source>
        <translation>%1 est un dossier, pas un fichier&#xa0;: restaurez app/etc/env.php à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Run the assistant as the store&apos;s owner (the user who owns the files).</source>
        <translation>Impossible de lire %1&#xa0;: %2. Exécutez l&apos;assistant en tant que propriétaire de la boutique (l&apos;utilisateur à qui appartiennent les fichiers).</translation>
    </message>
    <message>
        <source>%1 is %2 MB, far larger than any env.php Magento writes: check the file.</source>
        <translation>%1 fait %2 Mo, bien plus que tout fichier env.php écrit par Magento&#xa0;: vérifiez le fichier.</translation>
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
</context>
<context>
    <name>mua::StoreLock</name>
    <message>
        <source>%1@%2 (pid %3), started %4 UTC, last heartbeat %5 s ago</source>
        <translation>%1@%2 (PID %3), démarré le %4 UTC, dernier signal de vie il y a %5 s</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2. The store&apos;s var/ folder must be writable.</source>
        <translation>Impossible de créer %1&#xa0;: %2. Le dossier var/ de la boutique doit être accessible en écriture.</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Wait for it to finish.</source>
        <translation>Une autre exécution détient le verrou de la boutique&#xa0;: %1. Attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Its heartbeat is stale; if that run is gone, run again with --break-lock.</source>
        <translation>Une autre exécution détient le verrou de la boutique&#xa0;: %1. Son signal de vie est périmé&#xa0;; si cette exécution n&apos;existe plus, relancez avec --break-lock.</translation>
    </message>
    <message>
        <source>Took over the lock of a run that is no longer running: %1.</source>
        <translation>Verrou d&apos;une exécution qui n&apos;est plus active repris&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Broke the stale lock of %1 (--break-lock).</source>
        <translation>Verrou périmé de %1 levé (--break-lock).</translation>
    </message>
    <message>
        <source>Another run took the store&apos;s lock at the same moment: %1.</source>
        <translation>Une autre exécution a pris le verrou de la boutique au même moment&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <source>Where bin/magento runs. ddev, warden and docker compose runners are coming in a later version.</source>
        <translation>Où s&apos;exécute bin/magento. L&apos;exécution via ddev, warden et docker compose arrivera dans une version ultérieure.</translation>
    </message>
    <message>
        <source>Choose an SSH config file</source>
        <translation>Choisir un fichier de configuration SSH</translation>
    </message>
    <message>
        <source>Enter the SSH host and the store&apos;s folder on the server.</source>
        <translation>Indiquez l&apos;hôte SSH et le dossier de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>Enter the SSH host.</source>
        <translation>Indiquez l&apos;hôte SSH.</translation>
    </message>
    <message>
        <source>“%1” is not a host ssh accepts.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hôte accepté par ssh.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s folder on the server.</source>
        <translation>Indiquez le dossier de la boutique sur le serveur.</translation>
    </message>
    <message>
        <source>The folder on the server must be a full path from /, for example /var/www/magento2.</source>
        <translation>Le dossier sur le serveur doit être un chemin complet à partir de /, par exemple /var/www/magento2.</translation>
    </message>
    <message>
        <source>The folder on the server must be the store&apos;s folder, not /.</source>
        <translation>Le dossier sur le serveur doit être celui de la boutique, pas /.</translation>
    </message>
    <message>
        <source>Give the SSH config file&apos;s full path, or leave it empty.</source>
        <translation>Indiquez le chemin complet du fichier de configuration SSH, ou laissez le champ vide.</translation>
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
</context>
<context>
    <name>mua::UpgradeWorker</name>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier journal %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2.</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Magento Upgrade Assistant %1: upgrading %2 (Magento %3 %4, %5 mode)</source>
        <translation>Assistant de mise à niveau Magento %1&#xa0;: mise à niveau de %2 (Magento %3 %4, mode %5)</translation>
    </message>
    <message>
        <source>There is no failed or cancelled run to resume in %1; run the upgrade without --resume.</source>
        <translation>Il n&apos;y a aucune exécution échouée ou annulée à reprendre dans %1&#xa0;; lancez la mise à niveau sans --resume.</translation>
    </message>
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
        <source>The unfinished run was for --target-version %1; resume it with the same target, or start over without --resume.</source>
        <translation>L&apos;exécution inachevée visait --target-version %1&#xa0;; reprenez-la avec la même cible, ou recommencez sans --resume.</translation>
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
</context>
</TS>
