<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up the code and the database before upgrading</source>
        <translation>Vor dem Upgrade Code und Datenbank sichern</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Folder the store&apos;s backups go to</source>
        <translation>Ordner, in dem die Sicherungen des Shops abgelegt werden</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Also back up pub/&amp;media (product images and uploads)</source>
        <translation>Auch pub/&amp;media sichern (Produktbilder und Uploads)</translation>
    </message>
    <message>
        <source>Also back up pub/media</source>
        <translation>Auch pub/media sichern</translation>
    </message>
    <message>
        <source>Back &amp;up code and database first</source>
        <translation>Zuerst Code und Datenbank &amp;sichern</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>&amp;Resume upgrade</source>
        <translation>Upgrade fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Resume the upgrade where it stopped</source>
        <translation>Das Upgrade dort fortsetzen, wo es angehalten wurde</translation>
    </message>
    <message>
        <source>&amp;Open log</source>
        <translation>Protokoll ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the log file</source>
        <translation>Die Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save log…</source>
        <translation>Protokoll s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save a copy of the log</source>
        <translation>Eine Kopie des Protokolls speichern</translation>
    </message>
    <message>
        <source>Roll the store back to the backup taken before the upgrade</source>
        <translation>Den Shop auf die vor dem Upgrade erstellte Sicherung zurücksetzen</translation>
    </message>
    <message>
        <source>Ro&amp;ll back</source>
        <translation>R&amp;ollback durchführen</translation>
    </message>
    <message>
        <source>Open s&amp;torefront</source>
        <translation>Shop-Frontend &amp;aufrufen</translation>
    </message>
    <message>
        <source>Open the storefront in the web browser</source>
        <translation>Das Shop-Frontend im Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness checks</source>
        <translation>Bereitschaftsprüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What was found, and what to do</source>
        <translation>Ergebnis und was zu tun ist</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Run the readiness checks again</source>
        <translation>Die Bereitschaftsprüfung erneut ausführen</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The components you&apos;re upgrading</source>
        <translation>Komponenten, die aktualisiert werden</translation>
    </message>
    <message>
        <source>Magento package:</source>
        <translation>Magento-Paket:</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Move to &amp;version:</source>
        <translation>Ziel&amp;version:</translation>
    </message>
    <message>
        <source>Target Magento version</source>
        <translation>Magento-Zielversion</translation>
    </message>
    <message>
        <source>Steps of the upgrade</source>
        <translation>Schritte des Upgrades</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What it will touch</source>
        <translation>Was geändert wird</translation>
    </message>
    <message>
        <source>Storefront &amp;address (optional):</source>
        <translation>&amp;Adresse des Shop-Frontends (optional):</translation>
    </message>
    <message>
        <source>Storefront address</source>
        <translation>Adresse des Shop-Frontends</translation>
    </message>
    <message>
        <source>Optional. Checked over HTTP: 200 before the upgrade, 503 during maintenance, 200 after it.</source>
        <translation>Optional. Wird per HTTP geprüft: 200 vor dem Upgrade, 503 im Wartungsmodus, 200 danach.</translation>
    </message>
    <message>
        <source>Checked over HTTP from this computer: it must answer 200 before the upgrade, 503 while maintenance is on, and 200 again after it</source>
        <translation>Wird von diesem Computer aus per HTTP geprüft: Die Adresse muss vor dem Upgrade mit 200 antworten, im Wartungsmodus mit 503 und danach wieder mit 200</translation>
    </message>
    <message>
        <source>Choose a version the store&apos;s repositories offer, or type one; leave empty to upgrade the database to the code that is already installed</source>
        <translation>Wählen Sie eine Version, die die Repositories des Shops anbieten, oder geben Sie eine ein; lassen Sie das Feld leer, um die Datenbank auf den Stand des bereits installierten Codes zu bringen</translation>
    </message>
    <message>
        <source>The move to another version</source>
        <translation>Wechsel auf eine andere Version</translation>
    </message>
    <message>
        <source>Packages that b&amp;lock the move:</source>
        <translation>Pakete, die den Versionswechsel b&amp;lockieren:</translation>
    </message>
    <message>
        <source>Packages that block the move</source>
        <translation>Pakete, die den Versionswechsel blockieren</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>What it pins</source>
        <translation>Was es festlegt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Chec&amp;ks for the target version:</source>
        <translation>Prü&amp;fungen für die Zielversion:</translation>
    </message>
    <message>
        <source>Checks for the target version</source>
        <translation>Prüfungen für die Zielversion</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What was found, and what to do</source>
        <translation>Ergebnis und was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Packages that change:</source>
        <translation>&amp;Pakete, die sich ändern:</translation>
    </message>
    <message>
        <source>Packages that change</source>
        <translation>Pakete, die sich ändern</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Impact report…</source>
        <translation>Auswirkungs&amp;bericht…</translation>
    </message>
    <message>
        <source>Impact report of the move to the target version</source>
        <translation>Auswirkungsbericht zum Wechsel auf die Zielversion</translation>
    </message>
    <message>
        <source>What moving to the target version changes in code the store customises (theme overrides, preferences, plugins, tables, setup patches); nothing in the store changes</source>
        <translation>Was der Wechsel auf die Zielversion an Code ändert, den der Shop anpasst (Theme-Überschreibungen, Preferences, Plugins, Tabellen, Setup-Patches); am Shop ändert sich nichts</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Store &amp;folder (drop a folder here, or pick a recent store):</source>
        <translation>Shop-&amp;Ordner (Ordner hierher ziehen oder einen zuletzt verwendeten Shop wählen):</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>Shop-Ordner</translation>
    </message>
    <message>
        <source>The folder that holds the store&apos;s app/, bin/ and var/</source>
        <translation>Der Ordner, der app/, bin/ und var/ des Shops enthält</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the store folder</source>
        <translation>Den Shop-Ordner suchen</translation>
    </message>
    <message>
        <source>What the assistant found</source>
        <translation>Was der Assistent gefunden hat</translation>
    </message>
    <message>
        <source>Magento:</source>
        <translation>Magento:</translation>
    </message>
    <message>
        <source>Code generation:</source>
        <translation>Codegenerierung:</translation>
    </message>
    <message>
        <source>Deploy mode:</source>
        <translation>Bereitstellungsmodus:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Wartungsmodus:</translation>
    </message>
    <message>
        <source>Cache types:</source>
        <translation>Cache-Typen:</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>Dateisystem:</translation>
    </message>
    <message>
        <source>How commands run</source>
        <translation>Wie Befehle ausgeführt werden</translation>
    </message>
    <message>
        <source>&amp;Runner:</source>
        <translation>&amp;Ausführen auf:</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Ausführungsart</translation>
    </message>
    <message>
        <source>&amp;PHP:</source>
        <translation>&amp;PHP:</translation>
    </message>
    <message>
        <source>PHP binary</source>
        <translation>PHP-Binärdatei</translation>
    </message>
    <message>
        <source>php</source>
        <translation>php</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH-&amp;Host:</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH-Host</translation>
    </message>
    <message>
        <source>shop-prod, or deploy@shop.example.com</source>
        <translation>shop-prod oder deploy@shop.example.com</translation>
    </message>
    <message>
        <source>Anything ssh accepts: a host name, user@host, or a Host from your ~/.ssh/config</source>
        <translation>Alles, was ssh akzeptiert: ein Hostname, user@host oder ein Host aus Ihrer ~/.ssh/config</translation>
    </message>
    <message>
        <source>Store folder on the &amp;server:</source>
        <translation>Shop-Ordner auf dem &amp;Server:</translation>
    </message>
    <message>
        <source>Store folder on the server</source>
        <translation>Shop-Ordner auf dem Server</translation>
    </message>
    <message>
        <source>/var/www/magento2</source>
        <translation>/var/www/magento2</translation>
    </message>
    <message>
        <source>The store&apos;s folder on the server, from /: the folder the store folder above shows through the mount</source>
        <translation>Der Ordner des Shops auf dem Server, ab /: der Ordner, den der Shop-Ordner oben über die Einbindung zeigt</translation>
    </message>
    <message>
        <source>SSH &amp;config file:</source>
        <translation>SSH-&amp;Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>SSH config file</source>
        <translation>SSH-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>optional: ~/.ssh/config when empty</source>
        <translation>optional: ~/.ssh/config, wenn leer</translation>
    </message>
    <message>
        <source>Another ssh configuration to use instead of ~/.ssh/config (ssh -F FILE)</source>
        <translation>Eine andere ssh-Konfiguration, die statt ~/.ssh/config verwendet wird (ssh -F FILE)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for an SSH config file</source>
        <translation>Eine SSH-Konfigurationsdatei suchen</translation>
    </message>
    <message>
        <source>The store folder above must be this same store, mounted here from the server (for example with sshfs). Before anything changes, the assistant checks that both are the same store.</source>
        <translation>Der Shop-Ordner oben muss genau dieser Shop sein, vom Server hier eingebunden (zum Beispiel mit sshfs). Bevor etwas geändert wird, prüft der Assistent, ob beide derselbe Shop sind.</translation>
    </message>
    <message>
        <source>The PHP command-line binary that runs bin/magento (on the server, for SSH)</source>
        <translation>Die PHP-Kommandozeilen-Binärdatei, die bin/magento ausführt (bei SSH auf dem Server)</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Di&amp;enst:</translation>
    </message>
    <message>
        <source>Container service</source>
        <translation>Container-Dienst</translation>
    </message>
    <message>
        <source>php-fpm</source>
        <translation>php-fpm</translation>
    </message>
    <message>
        <source>The service of the compose project whose container runs PHP (docker compose exec -T SERVICE)</source>
        <translation>Der Dienst des Compose-Projekts, dessen Container PHP ausführt (docker compose exec -T SERVICE)</translation>
    </message>
</context>
<context>
    <name>UpgradePage</name>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>&amp;Stop upgrade</source>
        <translation>Upgrade &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation>Das Upgrade stoppen</translation>
    </message>
    <message>
        <source>Steps and their state</source>
        <translation>Schritte und ihr Status</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>Konsolenprotokoll</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Magento Upgrade Assistant</source>
        <translation>Magento-Upgrade-Assistent</translation>
    </message>
    <message>
        <source>Could not make the demo store: %1</source>
        <translation>Der Demo-Shop konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The wizard could not open a window on %1: check that it is running and yours to use (MUA_DEBUG=1 shows why), or use the commands inspect, plan and upgrade, which need no window.</source>
        <translation>Der Assistent konnte kein Fenster auf %1 öffnen: Prüfen Sie, ob dieses Display läuft und Sie es verwenden dürfen (MUA_DEBUG=1 zeigt den Grund), oder verwenden Sie die Befehle inspect, plan und upgrade, die kein Fenster benötigen.</translation>
    </message>
</context>
<context>
    <name>mua::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2. %3</source>
        <translation>%1 kann nicht geschrieben werden: %2. %3</translation>
    </message>
    <message>
        <source>Free some space on the file system that holds %1 (df -h %1 shows what is left), then run again.</source>
        <translation>Schaffen Sie Platz auf dem Dateisystem, auf dem %1 liegt (df -h %1 zeigt, wie viel frei ist), und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system: mount it read-write, then run again.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem: Binden Sie es mit Schreibzugriff ein und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Make %1 writable for %2 (check its mode, owner and lsattr flags), or run as the store&apos;s owner.</source>
        <translation>Machen Sie %1 für %2 beschreibbar (prüfen Sie Modus, Eigentümer und lsattr-Attribute) oder führen Sie den Assistenten als Eigentümer des Shops aus.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error: check it (dmesg) before you run again.</source>
        <translation>Der Datenträger hat einen Ein-/Ausgabefehler gemeldet: Prüfen Sie ihn (dmesg), bevor Sie erneut starten.</translation>
    </message>
    <message>
        <source>Check %1, then run again.</source>
        <translation>Prüfen Sie %1 und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>mua::Backup</name>
    <message>
        <source>Cannot make the backup folder %1: %2.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the code: every file of the store folder except var/, generated/ and pub/static/, with pub/media/ and app/etc/env.php; links are kept as links</source>
        <translation>der Code: alle Dateien des Shop-Ordners außer var/, generated/ und pub/static/, einschließlich pub/media/ und app/etc/env.php; Links bleiben Links</translation>
    </message>
    <message>
        <source>the code: every file of the store folder except var/, generated/, pub/static/ and pub/media/, with app/etc/env.php; links are kept as links</source>
        <translation>der Code: alle Dateien des Shop-Ordners außer var/, generated/, pub/static/ und pub/media/, einschließlich app/etc/env.php; Links bleiben Links</translation>
    </message>
    <message>
        <source>the database named in app/etc/env.php: every table, view, trigger and stored routine, as one consistent snapshot</source>
        <translation>die in app/etc/env.php genannte Datenbank: alle Tabellen, Views, Trigger und gespeicherten Routinen als ein konsistenter Snapshot</translation>
    </message>
    <message>
        <source>var/, generated/ and pub/static/: caches, logs, sessions kept as files and files Magento rebuilds</source>
        <translation>var/, generated/ und pub/static/: Caches, Protokolle, als Dateien gespeicherte Sitzungen und Dateien, die Magento neu erstellt</translation>
    </message>
    <message>
        <source>sessions and caches kept in Redis or Valkey</source>
        <translation>in Redis oder Valkey gespeicherte Sitzungen und Caches</translation>
    </message>
    <message>
        <source>Elasticsearch/OpenSearch indexes: rebuild them with bin/magento indexer:reindex after a rollback</source>
        <translation>Elasticsearch-/OpenSearch-Indizes: Erstellen Sie sie nach einem Rollback mit bin/magento indexer:reindex neu</translation>
    </message>
    <message>
        <source>files outside the store folder (shared media, the web server&apos;s and PHP&apos;s configuration)</source>
        <translation>Dateien außerhalb des Shop-Ordners (gemeinsam genutzte Medien, die Konfiguration von Webserver und PHP)</translation>
    </message>
    <message>
        <source>cron jobs and the crontab</source>
        <translation>Cron-Jobs und die Crontab</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>%1 %2 of about %3 (%4%)</source>
        <translation>%1: %2 von etwa %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some files changed while they were archived; the archive holds them as they were when read.</source>
        <translation>Einige Dateien haben sich während des Archivierens geändert; das Archiv enthält sie in dem Zustand, in dem sie gelesen wurden.</translation>
    </message>
    <message>
        <source>Cannot run tar: %1. Install GNU tar.</source>
        <translation>tar kann nicht ausgeführt werden: %1. Installieren Sie GNU tar.</translation>
    </message>
    <message>
        <source>tar was stopped because the run was cancelled.</source>
        <translation>tar wurde gestoppt, weil der Lauf abgebrochen wurde.</translation>
    </message>
    <message>
        <source>tar failed with exit code %1: %2.</source>
        <translation>tar ist mit Exit-Code %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <source>Database: %1.</source>
        <translation>Datenbank: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The backup needs about %1 (code %2 in %n entries, database %3); %4 free in %5.</source>
        <translation>
            <numerusform>Die Sicherung benötigt etwa %1 (Code %2 in %n Eintrag, Datenbank %3); frei in %5: %4.</numerusform>
            <numerusform>Die Sicherung benötigt etwa %1 (Code %2 in %n Einträgen, Datenbank %3); frei in %5: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The backup was cancelled; its unfinished folder was removed.</source>
        <translation>Die Sicherung wurde abgebrochen; ihr unvollständiger Ordner wurde entfernt.</translation>
    </message>
    <message>
        <source>The unfinished backup folder was removed; the store was not changed.</source>
        <translation>Der unvollständige Sicherungsordner wurde entfernt; der Shop wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Archiving the code of %1 to %2 …</source>
        <translation>Der Code von %1 wird nach %2 archiviert …</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json, so it is not a finished backup.</source>
        <translation>%1 enthält keine manifest.json und ist daher keine abgeschlossene Sicherung.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a folder.</source>
        <translation>%1 existiert nicht oder ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1/manifest.json is not valid JSON (%2).</source>
        <translation>%1/manifest.json ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The backup in %1 is incomplete: %2 is missing.</source>
        <translation>Die Sicherung in %1 ist unvollständig: %2 fehlt.</translation>
    </message>
    <message>
        <source>The backup in %1 is damaged: %2 has %3 bytes, the manifest says %4.</source>
        <translation>Die Sicherung in %1 ist beschädigt: %2 ist %3 Byte groß, laut Manifest %4.</translation>
    </message>
    <message>
        <source>Checking the sha256 of %1 (%2) …</source>
        <translation>Die sha256-Prüfsumme von %1 (%2) wird geprüft …</translation>
    </message>
    <message>
        <source>The backup in %1 is damaged: the sha256 of %2 does not match its manifest.</source>
        <translation>Die Sicherung in %1 ist beschädigt: Die sha256-Prüfsumme von %2 stimmt nicht mit dem Manifest überein.</translation>
    </message>
    <message>
        <source>%1 has the wrong size</source>
        <translation>%1 hat die falsche Größe</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unfinished: no manifest.json</source>
        <translation>unvollständig: keine manifest.json</translation>
    </message>
    <message>
        <source>%1 is not a backup in %2; it is left alone.</source>
        <translation>%1 ist keine Sicherung in %2 und bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation>%1 kann nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>The database %1 has no tables with the prefix %2 that app/etc/env.php names: check db.table_prefix there.</source>
        <translation>Die Datenbank %1 enthält keine Tabellen mit dem in app/etc/env.php genannten Präfix %2: Prüfen Sie dort db.table_prefix.</translation>
    </message>
    <message>
        <source>pub/media/ (product images and uploads), unless it is included (%1): the upgrade does not change it</source>
        <translation>pub/media/ (Produktbilder und Uploads), sofern nicht einbezogen (%1): das Upgrade ändert diesen Ordner nicht</translation>
    </message>
    <message>
        <source>The backup needs about %1, but only %2 is free in %3: free some space there or choose another %4.</source>
        <translation>Die Sicherung benötigt etwa %1, aber in %3 ist nur %2 frei: Schaffen Sie dort Platz oder wählen Sie unter %4 einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup needs about %1, but only %2 is free in %3: free some space there or choose another folder with %4.</source>
        <translation>Die Sicherung benötigt etwa %1, aber in %3 ist nur %2 frei: Schaffen Sie dort Platz oder wählen Sie mit %4 einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside the store: choose a folder outside it with %2 (anything in the web root can be downloaded).</source>
        <translation>Der Sicherungsordner %1 liegt innerhalb des Shops: Wählen Sie mit %2 einen Ordner außerhalb (alles im Web-Root kann heruntergeladen werden).</translation>
    </message>
    <message>
        <source>The backup folder %1 is inside the store: set %2 to a folder outside it (anything in the web root can be downloaded).</source>
        <translation>Der Sicherungsordner %1 liegt innerhalb des Shops: Stellen Sie unter %2 einen Ordner außerhalb ein (alles im Web-Root kann heruntergeladen werden).</translation>
    </message>
    <message>
        <source>Backup complete in %1: code %2 (sha256 %3), database %4 (sha256 %5), %6, %7.</source>
        <comment>%6: the module versions, %7: the tables</comment>
        <translation>Sicherung in %1 abgeschlossen: Code %2 (sha256 %3), Datenbank %4 (sha256 %5), %6, %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n module version(s)</source>
        <translation>
            <numerusform>%n Modulversion</numerusform>
            <numerusform>%n Modulversionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::BackupManifest</name>
    <message>
        <source>manifest.json has format %1, which this version does not read.</source>
        <translation>manifest.json hat das Format %1, das diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>manifest.json lacks the store, the database, the time or the files of the backup.</source>
        <translation>In manifest.json fehlen der Shop, die Datenbank, der Zeitpunkt oder die Dateien der Sicherung.</translation>
    </message>
    <message>
        <source>manifest.json lists a file it cannot vouch for (%1).</source>
        <translation>manifest.json führt eine Datei auf, für die es nicht einstehen kann (%1).</translation>
    </message>
    <message>
        <source>manifest.json lists %1 as a folder the backup leaves out, which is not a path inside the store.</source>
        <translation>manifest.json führt %1 als Ordner auf, den die Sicherung auslässt, doch das ist kein Pfad innerhalb des Shops.</translation>
    </message>
</context>
<context>
    <name>mua::BackupPage</name>
    <message>
        <source>Create a backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Get back to the store you have now if the upgrade goes wrong.</source>
        <translation>Damit Sie zum jetzigen Stand des Shops zurückkehren können, falls das Upgrade fehlschlägt.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before maintenance mode goes on, the assistant checks that the folder has room, archives the code and dumps the database into a new folder there, with a manifest of sizes and sha256 checksums. If the upgrade fails, &lt;b&gt;Roll back&lt;/b&gt; on the last page puts both back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bevor der Wartungsmodus aktiviert wird, prüft der Assistent, ob im Ordner genug Platz ist, archiviert den Code und sichert die Datenbank per Dump in einen neuen Ordner dort, zusammen mit einem Manifest der Größen und sha256-Prüfsummen. Schlägt das Upgrade fehl, stellt &lt;b&gt;Rollback durchführen&lt;/b&gt; auf der letzten Seite beides wieder her.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Covered:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Enthalten:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not covered:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nicht enthalten:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The archive holds app/etc/env.php with its passwords: the folder is readable by you only. Keep it outside the web root.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Archiv enthält app/etc/env.php mit den darin stehenden Passwörtern: Der Ordner ist nur für Sie lesbar. Bewahren Sie ihn außerhalb des Web-Roots auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The free space in %1 is unknown.</source>
        <translation>Der freie Speicherplatz in %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 is free in %2.</source>
        <translation>In %2 sind %1 frei.</translation>
    </message>
    <message numerus="yes">
        <source>The backup needs about %1 of free space for the code (%2 in %n files, with room to spare), and more for the database, whose size is unknown.</source>
        <translation>
            <numerusform>Die Sicherung benötigt für den Code etwa %1 freien Speicherplatz (%2 in %n Datei, mit Reserve) und zusätzlich Platz für die Datenbank, deren Größe unbekannt ist.</numerusform>
            <numerusform>Die Sicherung benötigt für den Code etwa %1 freien Speicherplatz (%2 in %n Dateien, mit Reserve) und zusätzlich Platz für die Datenbank, deren Größe unbekannt ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup needs about %1 of free space (the code is %2 in %n files, the database %3, with room to spare).</source>
        <translation>
            <numerusform>Die Sicherung benötigt etwa %1 freien Speicherplatz (Code: %2 in %n Datei, Datenbank: %3, mit Reserve).</numerusform>
            <numerusform>Die Sicherung benötigt etwa %1 freien Speicherplatz (Code: %2 in %n Dateien, Datenbank: %3, mit Reserve).</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring what the backup needs…</source>
        <translation>Der Platzbedarf der Sicherung wird ermittelt…</translation>
    </message>
    <message>
        <source>The backup would fail: %1 Untick it, or fix this first.</source>
        <translation>Die Sicherung würde fehlschlagen: %1 Entfernen Sie das Häkchen oder beheben Sie zuerst das Problem.</translation>
    </message>
</context>
<context>
    <name>mua::BackupStep</name>
    <message>
        <source>Covers %1. Does not cover %2.</source>
        <translation>Enthalten: %1. Nicht enthalten: %2.</translation>
    </message>
    <message>
        <source>the database (%1)</source>
        <translation>die Datenbank (%1)</translation>
    </message>
    <message>
        <source>the database %1 (about %2)</source>
        <translation>die Datenbank %1 (etwa %2)</translation>
    </message>
    <message>
        <source>the database %1 (its size is unknown: %2)</source>
        <translation>die Datenbank %1 (ihre Größe ist unbekannt: %2)</translation>
    </message>
    <message>
        <source>Archives the code (%1 in %2 entries) and dumps %3 into a new folder in %4, after checking that about %5 is free there (%6 now).</source>
        <translation>Prüft, ob in %4 etwa %5 frei sind (derzeit %6), archiviert dann den Code (%1 in %2 Einträgen) und sichert %3 per Dump in einen neuen Ordner dort.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>code %1, database %2 in %3</source>
        <translation>Code %1, Datenbank %2 in %3</translation>
    </message>
    <message>
        <source>Back up the code and the database</source>
        <translation>Code und Datenbank sichern</translation>
    </message>
    <message>
        <source>In this version backups work only when the store&apos;s commands run on this computer: with %1 the database lives where this computer cannot reach it. Back up the store on its server first, then upgrade without %2.</source>
        <translation>In dieser Version funktionieren Sicherungen nur, wenn die Befehle des Shops auf diesem Computer laufen: mit %1 liegt die Datenbank dort, wo dieser Computer sie nicht erreicht. Sichern Sie den Shop zuerst auf seinem Server und aktualisieren Sie dann ohne %2.</translation>
    </message>
    <message>
        <source>%1 works with the local runner only in this version: with %2 the database lives where this computer cannot reach it. Back up the store on its server first, then run without %1.</source>
        <translation>%1 funktioniert in dieser Version nur mit der lokalen Ausführung: Bei %2 liegt die Datenbank dort, wo dieser Computer sie nicht erreicht. Sichern Sie den Shop zuerst auf seinem Server und starten Sie dann ohne %1.</translation>
    </message>
</context>
<context>
    <name>mua::CacheEnableStep</name>
    <message numerus="yes">
        <source>All %n cache types are on now; checks they still are after the upgrade.</source>
        <translation>
            <numerusform>%n Cache-Typ ist jetzt aktiviert; nach dem Upgrade wird geprüft, ob er es noch ist.</numerusform>
            <numerusform>Alle %n Cache-Typen sind jetzt aktiviert; nach dem Upgrade wird geprüft, ob sie es noch sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turns on %1 and checks that every type is on.</source>
        <translation>Aktiviert %1 und prüft, ob alle Typen aktiviert sind.</translation>
    </message>
    <message>
        <source>cache:status listed no cache types.</source>
        <translation>cache:status hat keine Cache-Typen aufgeführt.</translation>
    </message>
    <message>
        <source>These cache types are still off after cache:enable: %1.</source>
        <translation>Diese Cache-Typen sind nach cache:enable immer noch deaktiviert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>all %n types on</source>
        <translation>
            <numerusform>%n Typ aktiviert</numerusform>
            <numerusform>alle %n Typen aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable all cache types</source>
        <translation>Alle Cache-Typen aktivieren</translation>
    </message>
</context>
<context>
    <name>mua::ClearGeneratedStep</name>
    <message numerus="yes">
        <source>%1: removed %n entries</source>
        <translation>
            <numerusform>%1: %n Eintrag entfernt</numerusform>
            <numerusform>%1: %n Einträge entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n entries (%1)</source>
        <translation>
            <numerusform>%n Eintrag entfernt (%1)</numerusform>
            <numerusform>%n Einträge entfernt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the code-generation folders</source>
        <translation>Ordner für generierten Code leeren</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n entries (%1) inside %2; the folders stay. Each folder is moved aside in one rename and put back empty, so the shop does not wait for the deletion, which goes on in the background.</source>
        <translation>
            <numerusform>Löscht %n Eintrag (%1) in %2; die Ordner bleiben erhalten. Jeder Ordner wird mit einer einzigen Umbenennung beiseitegeschoben und leer wieder angelegt, sodass der Shop nicht auf das Löschen warten muss, das im Hintergrund weiterläuft.</numerusform>
            <numerusform>Löscht %n Einträge (%1) in %2; die Ordner bleiben erhalten. Jeder Ordner wird mit einer einzigen Umbenennung beiseitegeschoben und leer wieder angelegt, sodass der Shop nicht auf das Löschen warten muss, das im Hintergrund weiterläuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: moved aside in one rename; its old contents are deleted in the background</source>
        <translation>%1: mit einer einzigen Umbenennung beiseitegeschoben; der alte Inhalt wird im Hintergrund gelöscht</translation>
    </message>
    <message>
        <source>%1: empty already</source>
        <translation>%1: bereits leer</translation>
    </message>
    <message>
        <source>%1 Emptying it in place instead.</source>
        <translation>%1 Der Ordner wird stattdessen an Ort und Stelle geleert.</translation>
    </message>
    <message>
        <source>emptied %1 by moving the contents aside</source>
        <translation>%1 durch Beiseiteschieben des Inhalts geleert</translation>
    </message>
    <message numerus="yes">
        <source>The store is on %1: %n entries would be deleted one network round trip each; use %2 to do it on the server.</source>
        <translation>
            <numerusform>Der Shop liegt auf %1: %n Eintrag würde mit je einem Netzwerk-Roundtrip gelöscht; mit %2 geschieht es auf dem Server.</numerusform>
            <numerusform>Der Shop liegt auf %1: %n Einträge würden mit je einem Netzwerk-Roundtrip gelöscht; mit %2 geschieht es auf dem Server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Cli</name>
    <message>
        <source>Run &apos;magento-upgrade-assistant --help&apos; for the commands.</source>
        <translation>Eine Übersicht der Befehle zeigt &apos;magento-upgrade-assistant --help&apos;.</translation>
    </message>
    <message>
        <source>%1 does not know the option %2%3.</source>
        <translation>%1 kennt die Option %2%3 nicht.</translation>
    </message>
    <message>
        <source>inspect takes exactly one store folder: magento-upgrade-assistant inspect ROOT [--json].</source>
        <translation>inspect erwartet genau einen Shop-Ordner: magento-upgrade-assistant inspect ROOT [--json].</translation>
    </message>
    <message>
        <source>demo-store takes exactly one folder: magento-upgrade-assistant demo-store DIR [--era 2.1|2.4].</source>
        <translation>demo-store erwartet genau einen Ordner: magento-upgrade-assistant demo-store DIR [--era 2.1|2.4].</translation>
    </message>
    <message>
        <source>--era %1 is not one of the demo eras (%2).</source>
        <translation>--era %1 ist keine der verfügbaren Demo-Generationen (%2).</translation>
    </message>
    <message>
        <source>Made a Magento %1 sandbox store in %2. Try: magento-upgrade-assistant inspect %2
</source>
        <translation>Sandbox-Shop mit Magento %1 in %2 angelegt. Probieren Sie: magento-upgrade-assistant inspect %2
</translation>
    </message>
    <message>
        <source>--grace %1 is not a number of seconds between 0 and 3600.</source>
        <translation>--grace %1 ist keine Anzahl Sekunden zwischen 0 und 3600.</translation>
    </message>
    <message>
        <source>--on-failure %1 is not keep-maintenance or restore.</source>
        <translation>--on-failure %1 ist weder keep-maintenance noch restore.</translation>
    </message>
    <message>
        <source>--target-version %1 is not a Magento 2 version such as 2.4.7 or 2.4.7-p3.</source>
        <translation>--target-version %1 ist keine Magento-2-Version wie 2.4.7 oder 2.4.7-p3.</translation>
    </message>
    <message>
        <source>plan takes exactly one store folder: magento-upgrade-assistant plan ROOT [options].</source>
        <translation>plan erwartet genau einen Shop-Ordner: magento-upgrade-assistant plan ROOT [Optionen].</translation>
    </message>
    <message>
        <source>upgrade takes exactly one store folder: magento-upgrade-assistant upgrade ROOT --yes [options].</source>
        <translation>upgrade erwartet genau einen Shop-Ordner: magento-upgrade-assistant upgrade ROOT --yes [Optionen].</translation>
    </message>
    <message>
        <source>upgrade changes the store, so it needs --yes. To see what it would do first, run: magento-upgrade-assistant plan %1</source>
        <translation>upgrade verändert den Shop und erfordert daher --yes. Was dabei geschehen würde, zeigt vorher: magento-upgrade-assistant plan %1</translation>
    </message>
    <message>
        <source>Done: %1
</source>
        <translation>Fertig: %1
</translation>
    </message>
    <message>
        <source>Known fix: %1</source>
        <translation>Bekannte Lösung: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Log: %1
</source>
        <translation>Protokoll: %1
</translation>
    </message>
    <message>
        <source>--runner %1 is not one of %2.</source>
        <translation>--runner %1 ist ungültig; möglich sind: %2.</translation>
    </message>
    <message>
        <source>--%1 is for --runner ssh, not %2.</source>
        <translation>--%1 gilt nur für --runner ssh, nicht für %2.</translation>
    </message>
    <message>
        <source>--service is for --runner compose and warden (the container that runs PHP), not %1.</source>
        <translation>--service gilt nur für --runner compose und warden (der Container, der PHP ausführt), nicht für %1.</translation>
    </message>
    <message>
        <source>--%1 is for the local and ssh runners: with %2, the container&apos;s own %1 runs.</source>
        <translation>--%1 gilt nur für die Ausführungsarten local und ssh: Bei %2 läuft das eigene %1 des Containers.</translation>
    </message>
    <message>
        <source>--%1 only means something with --backup.</source>
        <translation>--%1 wirkt nur zusammen mit --backup.</translation>
    </message>
    <message>
        <source>rollback takes one store folder and one backup: magento-upgrade-assistant rollback ROOT --backup DIR --yes.</source>
        <translation>rollback erwartet einen Shop-Ordner und eine Sicherung: magento-upgrade-assistant rollback ROOT --backup DIR --yes.</translation>
    </message>
    <message>
        <source>rollback replaces the store&apos;s code and database, so it needs --yes. To see the store&apos;s backups first, run: magento-upgrade-assistant backups %1</source>
        <translation>rollback ersetzt Code und Datenbank des Shops und erfordert daher --yes. Die Sicherungen des Shops zeigt vorher: magento-upgrade-assistant backups %1</translation>
    </message>
    <message>
        <source>backups takes exactly one store folder: magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR] [--prune KEEP --yes].</source>
        <translation>backups erwartet genau einen Shop-Ordner: magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR] [--prune KEEP --yes].</translation>
    </message>
    <message>
        <source>--prune %1 is not a number of backups to keep (0 or more).</source>
        <translation>--prune %1 ist keine Anzahl aufzubewahrender Sicherungen (0 oder mehr).</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.
</source>
        <translation>Keine Sicherungen von %1 in %2.
</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first:
</source>
        <translation>Sicherungen von %1 in %2, neueste zuerst:
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
        <translation>vollständig</translation>
    </message>
    <message>
        <source>NOT complete (%1)</source>
        <translation>NICHT vollständig (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to prune: %1 holds %n backup(s).</source>
        <translation>
            <numerusform>Nichts zu bereinigen: %1 enthält %n Sicherung.</numerusform>
            <numerusform>Nichts zu bereinigen: %1 enthält %n Sicherungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--prune deletes backups, so it needs --yes. It would delete: %1</source>
        <translation>--prune löscht Sicherungen und erfordert daher --yes. Gelöscht würde: %1</translation>
    </message>
    <message>
        <source>Deleted %1
</source>
        <translation>Gelöscht: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Kept the newest %n complete backup(s).
</source>
        <translation>
            <numerusform>Die neueste vollständige Sicherung wurde behalten (%n).
</numerusform>
            <numerusform>Die %n neuesten vollständigen Sicherungen wurden behalten.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pruned, because they may belong to another store: %1. Delete them by hand if they are this store&apos;s.</source>
        <translation>Nicht bereinigt, da sie zu einem anderen Shop gehören könnten: %1. Löschen Sie sie von Hand, falls sie zu diesem Shop gehören.</translation>
    </message>
    <message>
        <source>%1 is not an option of the wizard, which opens on a store folder or --demo; the commands are %2.</source>
        <translation>%1 ist keine Option des Assistenten, der sich mit einem Shop-Ordner oder mit --demo öffnet; die Befehle sind %2.</translation>
    </message>
    <message>
        <source>%1 is neither a command nor a folder: the commands are %2, and a store folder or --demo opens the wizard.</source>
        <translation>%1 ist weder ein Befehl noch ein Ordner: Die Befehle sind %2, und ein Shop-Ordner oder --demo öffnet den Assistenten.</translation>
    </message>
    <message>
        <source>%1 is neither a command nor a folder (did you mean %2?): the commands are %3, and a store folder or --demo opens the wizard.</source>
        <translation>%1 ist weder ein Befehl noch ein Ordner (meinten Sie %2?): Die Befehle sind %3, und ein Shop-Ordner oder --demo öffnet den Assistenten.</translation>
    </message>
    <message>
        <source>%1 does not exist: give the wizard a store folder, or use one of the commands %2.</source>
        <translation>%1 existiert nicht: Geben Sie dem Assistenten einen Shop-Ordner an oder verwenden Sie einen der Befehle %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder: give the wizard a store folder, or use one of the commands %2.</source>
        <translation>%1 ist kein Ordner: Geben Sie dem Assistenten einen Shop-Ordner an oder verwenden Sie einen der Befehle %2.</translation>
    </message>
    <message numerus="yes">
        <source>The wizard opens one store folder, not %n: give it one, or use one of the commands %1.</source>
        <translation>
            <numerusform>Der Assistent öffnet einen Shop-Ordner, nicht %n: Geben Sie einen an oder verwenden Sie einen der Befehle %1.</numerusform>
            <numerusform>Der Assistent öffnet einen Shop-Ordner, nicht %n: Geben Sie einen an oder verwenden Sie einen der Befehle %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--demo opens a sandbox store of its own: give either --demo or a store folder.</source>
        <translation>--demo öffnet einen eigenen Sandbox-Shop: Geben Sie entweder --demo oder einen Shop-Ordner an.</translation>
    </message>
    <message>
        <source>There is no display to open the wizard on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it in a desktop session or under xvfb-run, or use the commands %1, which need no window.</source>
        <translation>Es gibt kein Display, auf dem sich der Assistent öffnen kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): Starten Sie ihn in einer Desktop-Sitzung oder unter xvfb-run, oder verwenden Sie die Befehle %1, die kein Fenster benötigen.</translation>
    </message>
    <message>
        <source>--target-version is empty: give the Magento version to move to, such as 2.4.8, or leave the option out to upgrade without moving.</source>
        <translation>--target-version ist leer: Geben Sie die Magento-Version an, auf die gewechselt werden soll, etwa 2.4.8, oder lassen Sie die Option weg, um das Upgrade ohne Versionswechsel auszuführen.</translation>
    </message>
    <message>
        <source>--%1 is empty: give the program&apos;s name or path, or leave the option out.</source>
        <translation>--%1 ist leer: Geben Sie Namen oder Pfad des Programms an oder lassen Sie die Option weg.</translation>
    </message>
    <message>
        <source>--notify and --notify-file both name the webhook: give one of them.</source>
        <translation>--notify und --notify-file geben beide den Webhook an: Verwenden Sie nur eine der beiden Optionen.</translation>
    </message>
    <message>
        <source>Cancelling: stopping the running command… (a second Ctrl-C stops at once and says where the store stands)</source>
        <translation>Abbruch: Der laufende Befehl wird gestoppt… (ein zweites Strg+C beendet sofort und meldet, in welchem Zustand der Shop ist)</translation>
    </message>
    <message>
        <source>Cancelling: a rollback stops only before it changes the store; once it has begun it finishes (a second Ctrl-C stops it at once, half done).</source>
        <translation>Abbruch: Ein Rollback lässt sich nur anhalten, bevor er den Shop ändert; hat er einmal begonnen, wird er zu Ende geführt (ein zweites Strg+C bricht ihn sofort ab, halb erledigt).</translation>
    </message>
    <message>
        <source>If the rollback had begun to change the store, it is half done: run the same rollback command again to finish it.</source>
        <translation>Falls der Rollback bereits begonnen hatte, den Shop zu ändern, ist er erst halb erledigt: Führen Sie denselben rollback-Befehl erneut aus, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>  --notify-file FILE             the webhook&apos;s address from FILE (mode 600), or set MUA_NOTIFY_URL:
                                 ps shows a --notify URL to every local user
</source>
        <translation>  --notify-file FILE             die Webhook-Adresse aus FILE (Modus 600) oder MUA_NOTIFY_URL lesen:
                                 ps zeigt die URL von --notify allen lokalen Benutzern
</translation>
    </message>
    <message>
        <source>Nothing in the store was changed.</source>
        <translation>Am Shop wurde nichts geändert.</translation>
    </message>
    <message>
        <source>versions takes exactly one store folder: magento-upgrade-assistant versions ROOT [--json].</source>
        <translation>versions erwartet genau einen Shop-Ordner: magento-upgrade-assistant versions ROOT [--json].</translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <translation>%1 %2 ist installiert.</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no newer version.</source>
        <translation>Die Repositories des Shops bieten keine neuere Version an.</translation>
    </message>
    <message>
        <source>Newer versions the store&apos;s repositories offer:</source>
        <translation>Neuere Versionen, die die Repositories des Shops anbieten:</translation>
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
        <translation>Aufruf:
  magento-upgrade-assistant [ROOT]                den Assistenten öffnen (für ROOT, falls angegeben)
  magento-upgrade-assistant --demo                den Assistenten mit einem Wegwerf-Sandbox-Shop öffnen
  magento-upgrade-assistant demo-store DIR [--era 2.1|2.4]
                                                  einen Sandbox-Shop in DIR anlegen
  magento-upgrade-assistant inspect ROOT [--json] den Shop beschreiben; ändert nichts
  magento-upgrade-assistant plan ROOT [--json] [Optionen]
                                                  die Schritte eines Upgrades auflisten; ändert nichts
  magento-upgrade-assistant upgrade ROOT --yes [Optionen]
                                                  das Upgrade ohne Fenster ausführen
  magento-upgrade-assistant rollback ROOT --backup DIR --yes [--json] [--accept-data-loss]
                                                  Code und Datenbank aus --backup wiederherstellen
  magento-upgrade-assistant backups ROOT [--json] [--backup-dir DIR]
                                                  die Sicherungen des Shops auflisten; --prune KEEP --yes
                                                  löscht alle außer den KEEP neuesten vollständigen
  magento-upgrade-assistant versions ROOT [--json] [Optionen]
                                                  die neueren Magento-Versionen auflisten, die die eigenen
                                                  Composer-Repositories des Shops anbieten; ändert nichts
  magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE] [Optionen]
                                                  anzeigen, was der Versionswechsel auf X an Code ändert,
                                                  den der Shop anpasst; ändert nichts am Shop

Optionen von plan und upgrade:
  --runner local|ssh|ddev|warden|compose
                                 wie bin/magento läuft: mit dem PHP dieses Computers (Standard), auf
                                 einem Server über ssh oder im PHP-Container des Projekts:
                                 ddev exec, warden env exec -T php-fpm, docker compose exec -T
                                 SERVICE (inspect zeigt, wonach das Projekt aussieht)
  --ssh HOST --remote-root PATH  Ausführung über ssh: bin/magento und die Dateioperationen laufen
                                 auf HOST in PATH, während ROOT dieser Ordner ist, hier eingebunden,
                                 z. B. mit sshfs -o dir_cache=no HOST:PATH ROOT
  --ssh-config FILE              ssh -F FILE statt ~/.ssh/config
  --service NAME                 der Container, der PHP ausführt, für --runner compose und warden
                                 (Standard: php-fpm)
  --php PATH                     PHP-Binärdatei (Standard: php; bei --runner ssh auf HOST)
  --composer PATH                Composer für --target-version (Standard: composer)
  --target-version X             das Magento-Paket zuerst mit Composer auf X bringen
  --backup                       zuerst Code (ohne var/, generated/, pub/static/, pub/media/) und
                                 Datenbank sichern, nachdem der Speicherplatz geprüft wurde
  --backup-dir DIR               wohin die Sicherungen dieses Shops kommen (Standard:
                                 ~/.local/share/magento-upgrade-assistant/backups/STORE-HASH)
  --backup-media                 auch pub/media/ sichern
  --url URL                      das Shop-Frontend: 200 vor dem Lauf, 503 im Wartungsmodus,
                                 200 danach (warnt, wenn es langsamer ist oder PHP-Fehler zeigt)
  --notify URL                   am Ende eine JSON-Zusammenfassung per POST an diesen Webhook senden
                                 (Slack, Teams, …)
  --on-failure keep-maintenance|restore
                                 Wartungsmodus nach einem fehlgeschlagenen Schritt (Standard: keep)
  --log FILE                     das vollständige Protokoll
                                 (Standard: ROOT/var/log/upgrade-assistant-*.log)
  --report FILE                  ein JSON-Bericht, der bei jedem Ergebnis geschrieben wird
  --resume                       einen fehlgeschlagenen oder abgebrochenen Lauf dort fortsetzen, wo er
                                 angehalten wurde
  --break-lock                   eine ungültige Sperre übernehmen oder eine verwaiste, die
                                 ein anderer Host hinterlassen hat
  --grace SECONDS                Zeit, die ein abgebrochener Befehl erhält, bevor er beendet wird
                                 (Standard 5)

Optionen von rollback: --php PATH, --log FILE, --report FILE, --break-lock und
  --accept-data-loss             den Rollback auch dann durchführen, wenn seit der Sicherung
                                 Bestellungen, Kunden oder Warenkörbe hinzugekommen sind
                                 (sie gehen verloren)

Exit-Codes: 0 erledigt, 1 ein Schritt ist fehlgeschlagen, 2 Aufruffehler oder kein Shop,
3 aus Sicherheitsgründen abgelehnt, 130 abgebrochen.

  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version anzeigen
</translation>
    </message>
    <message>
        <source>Moving from %1 to %2: %3 need a look, %4 worth knowing, %5 only whitespace or comments.</source>
        <translation>Versionswechsel von %1 auf %2: %3 bitte prüfen, %4 gut zu wissen, %5 nur Leerraum oder Kommentare.</translation>
    </message>
    <message>
        <source>the installed version</source>
        <translation>der installierten Version</translation>
    </message>
    <message>
        <source>Nothing the store customises changes with the move.</source>
        <translation>Der Versionswechsel ändert nichts, was der Shop anpasst.</translation>
    </message>
    <message>
        <source>impact takes exactly one store folder: magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE].</source>
        <translation>impact erwartet genau einen Shop-Ordner: magento-upgrade-assistant impact ROOT --target-version X [--json] [--html FILE].</translation>
    </message>
    <message>
        <source>impact needs the version to move to: add --target-version X (see magento-upgrade-assistant versions ROOT).</source>
        <translation>impact benötigt die Zielversion: Fügen Sie --target-version X hinzu (siehe magento-upgrade-assistant versions ROOT).</translation>
    </message>
    <message>
        <source>Cancelled: nothing in the store was changed.</source>
        <translation>Abgebrochen: Am Shop wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mua::CommandExecutor</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) of output left out here)</source>
        <translation>
            <numerusform>(%n Ausgabezeile hier ausgelassen)</numerusform>
            <numerusform>(%n Ausgabezeilen hier ausgelassen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::ComposerProblems</name>
    <message>
        <source>composer.json requires %1, which %2 cannot be installed with: change or remove that requirement in composer.json.</source>
        <translation>composer.json verlangt %1, was die Installation von %2 verhindert: Ändern oder entfernen Sie diese Anforderung in composer.json.</translation>
    </message>
    <message>
        <source>composer.json requires %1, but %2 needs %3: change that requirement in composer.json so that it allows %3, or remove it.</source>
        <translation>composer.json verlangt %1, aber %2 benötigt %3: Ändern Sie diese Anforderung in composer.json so, dass sie %3 zulässt, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 requires %2, which %3 cannot be installed with: update %1 to a version made for %3, ask its vendor for one, or remove it.</source>
        <translation>%1 verlangt %2, was die Installation von %3 verhindert: Aktualisieren Sie %1 auf eine Version für %3, fragen Sie den Anbieter danach oder entfernen Sie das Paket.</translation>
    </message>
    <message>
        <source>%1 requires %2, but %3 needs %4: update %1 to a version made for %3, ask its vendor for one, or remove it.</source>
        <translation>%1 verlangt %2, aber %3 benötigt %4: Aktualisieren Sie %1 auf eine Version für %3, fragen Sie den Anbieter danach oder entfernen Sie das Paket.</translation>
    </message>
    <message>
        <source>%1 declares a conflict with %2, which %3 needs: update %1 to a version made for %3, ask its vendor for one, or remove it.</source>
        <translation>%1 erklärt einen Konflikt mit %2, das %3 benötigt: Aktualisieren Sie %1 auf eine Version für %3, fragen Sie den Anbieter danach oder entfernen Sie das Paket.</translation>
    </message>
    <message>
        <source>%1 declares a conflict with %2: update %3 to a version that %1 allows, ask its vendor for one, or remove it.</source>
        <translation>%1 erklärt einen Konflikt mit %2: Aktualisieren Sie %3 auf eine Version, die %1 zulässt, fragen Sie den Anbieter danach oder entfernen Sie das Paket.</translation>
    </message>
</context>
<context>
    <name>mua::ComposerStageStep</name>
    <message>
        <source>%1; Composer moves the store in maintenance instead</source>
        <translation>%1; stattdessen bringt Composer den Shop im Wartungsmodus auf die neue Version</translation>
    </message>
    <message>
        <source>Moves a copy of the store&apos;s code to %1 in %2 while the shop is still up (with the store&apos;s Composer plugins, without scripts), so that in maintenance the move is a swap.</source>
        <translation>Bringt eine Kopie des Shop-Codes in %2 auf %1, während der Shop noch online ist (mit den Composer-Plugins des Shops, ohne Skripte), sodass der Versionswechsel im Wartungsmodus nur noch ein Austausch ist.</translation>
    </message>
    <message>
        <source>The move could not be staged in %1, and the shop is still up: %2</source>
        <translation>Der Versionswechsel konnte nicht in %1 vorbereitet werden; der Shop ist weiterhin online: %2</translation>
    </message>
    <message>
        <source>Staging the move to %1 in %2 while the shop is up: in maintenance, composer-update only swaps it in.</source>
        <translation>Der Versionswechsel auf %1 wird in %2 vorbereitet, während der Shop online ist: Im Wartungsmodus setzt composer-update ihn nur noch ein.</translation>
    </message>
    <message>
        <source>The store was not changed, and the shop is still up.</source>
        <translation>Der Shop wurde nicht verändert und ist weiterhin online.</translation>
    </message>
    <message>
        <source>The staged move cannot be recorded, and the shop is still up: %1</source>
        <translation>Der vorbereitete Versionswechsel kann nicht festgehalten werden; der Shop ist weiterhin online: %1</translation>
    </message>
    <message>
        <source>%1 staged in %2 s</source>
        <translation>%1 in %2 s vorbereitet</translation>
    </message>
    <message>
        <source>Prepare the new version while the shop is up</source>
        <translation>Die neue Version vorbereiten, während der Shop online ist</translation>
    </message>
</context>
<context>
    <name>mua::ComposerUpdateStep</name>
    <message>
        <source>the store is a git clone; update it with git</source>
        <translation>der Shop ist ein Git-Klon; aktualisieren Sie ihn mit git</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Move Magento to the new version</source>
        <translation>Magento auf die neue Version bringen</translation>
    </message>
    <message>
        <source>Moves %1 from %2 to %3 with Composer; composer.json, composer.lock and vendor/ are kept and put back as they were if Composer fails.</source>
        <translation>Bringt %1 mit Composer von %2 auf %3; composer.json, composer.lock und vendor/ werden aufbewahrt und wiederhergestellt, falls Composer fehlschlägt.</translation>
    </message>
    <message>
        <source>An earlier run stopped in the middle of the move: putting the code it kept back first.</source>
        <translation>Ein früherer Lauf wurde mitten im Versionswechsel unterbrochen: Zuerst wird der dabei aufbewahrte Code wiederhergestellt.</translation>
    </message>
    <message>
        <source>The code kept by the interrupted move could not be put back: %1 It is in %2.</source>
        <translation>Der vom unterbrochenen Versionswechsel aufbewahrte Code konnte nicht wiederhergestellt werden: %1 Er liegt in %2.</translation>
    </message>
    <message>
        <source>The code could not be kept before the move, so Composer did not run: %1</source>
        <translation>Der Code konnte vor dem Versionswechsel nicht aufbewahrt werden, daher wurde Composer nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>composer.json, composer.lock, vendor/ and the files magento2-base maps are kept in %1 until Composer has succeeded.</source>
        <translation>composer.json, composer.lock, vendor/ und die von magento2-base zugeordneten Dateien werden in %1 aufbewahrt, bis Composer erfolgreich war.</translation>
    </message>
    <message>
        <source>composer.json, composer.lock, vendor/ and the mapped files are back as they were before the move.</source>
        <translation>composer.json, composer.lock, vendor/ und die zugeordneten Dateien sind wieder im Zustand vor dem Versionswechsel.</translation>
    </message>
    <message>
        <source>composer.json, composer.lock and vendor/ are back as they were.</source>
        <translation>composer.json, composer.lock und vendor/ sind wieder im vorherigen Zustand.</translation>
    </message>
    <message>
        <source>Putting the code back failed: %1 The code as it was is in %2.</source>
        <translation>Die Wiederherstellung des Codes ist fehlgeschlagen: %1 Der ursprüngliche Code liegt in %2.</translation>
    </message>
    <message>
        <source>Swaps in the move of %1 from %2 to %3 that composer-stage prepared (renames), then writes the autoloader; composer.json, composer.lock and vendor/ are kept and put back as they were if any of it fails.</source>
        <translation>Setzt den Versionswechsel ein, den composer-stage für %1 von %2 auf %3 vorbereitet hat (Umbenennungen), und schreibt dann den Autoloader; composer.json, composer.lock und vendor/ werden aufbewahrt und wiederhergestellt, falls dabei etwas fehlschlägt.</translation>
    </message>
    <message>
        <source>Composer moves the store now, in maintenance, because %1.</source>
        <translation>Composer bringt den Shop jetzt im Wartungsmodus auf die neue Version, denn %1.</translation>
    </message>
    <message>
        <source>Swapping in the move staged before maintenance: the store&apos;s vendor/, composer.json, composer.lock and mapped files are kept in %1 until it has succeeded.</source>
        <translation>Der vor dem Wartungsmodus vorbereitete Versionswechsel wird eingesetzt: vendor/, composer.json, composer.lock und die zugeordneten Dateien des Shops werden in %1 aufbewahrt, bis er erfolgreich war.</translation>
    </message>
    <message>
        <source>The staged code could not be swapped in: %1</source>
        <translation>Der vorbereitete Code konnte nicht eingesetzt werden: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (staged; swapped in %3 s)</source>
        <translation>%1 → %2 (vorbereitet; in %3 s eingesetzt)</translation>
    </message>
</context>
<context>
    <name>mua::ComposerVersion</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3): the version was not read from it.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3): Die Version wurde nicht daraus gelesen.</translation>
    </message>
    <message>
        <source>%1 gives %2 a version that is not one (%3 characters, not only letters, digits and . - + _): the version was not read from it.</source>
        <translation>%1 gibt für %2 eine ungültige Version an (%3 Zeichen, nicht nur Buchstaben, Ziffern und . - + _): Die Version wurde nicht daraus gelesen.</translation>
    </message>
</context>
<context>
    <name>mua::ContainerRunner</name>
    <message>
        <source>The ddev project</source>
        <translation>Das ddev-Projekt</translation>
    </message>
    <message>
        <source>The warden environment</source>
        <translation>Die warden-Umgebung</translation>
    </message>
    <message>
        <source>The docker compose service %1</source>
        <translation>Der docker-compose-Dienst %1</translation>
    </message>
    <message>
        <source>ddev is not installed (there is no ddev on PATH): install it from https://ddev.com/get-started/, then try again.</source>
        <translation>ddev ist nicht installiert (kein ddev im PATH): Installieren Sie es von https://ddev.com/get-started/ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>warden is not installed (there is no warden on PATH): install it from https://docs.warden.dev/installing.html, then try again.</source>
        <translation>warden ist nicht installiert (kein warden im PATH): Installieren Sie es von https://docs.warden.dev/installing.html und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>docker is not installed (there is no docker on PATH): install Docker Engine and its Compose plugin (the docker-ce and docker-compose-plugin packages, https://docs.docker.com/engine/install/), then try again.</source>
        <translation>docker ist nicht installiert (kein docker im PATH): Installieren Sie Docker Engine und sein Compose-Plugin (die Pakete docker-ce und docker-compose-plugin, https://docs.docker.com/engine/install/) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1, then resume the upgrade.</source>
        <translation>%1; setzen Sie danach das Upgrade fort.</translation>
    </message>
    <message>
        <source>%1, then try again.</source>
        <translation>%1; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>%1 is on PATH but cannot be started (%2): check its installation, then try again.</source>
        <translation>%1 ist im PATH, kann aber nicht gestartet werden (%2): Prüfen Sie die Installation und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>start it with %1 (in %2)</source>
        <translation>Führen Sie %1 aus (in %2)</translation>
    </message>
    <message>
        <source>You may not use Docker on this computer (permission denied on its socket): add yourself to the docker group (sudo usermod -aG docker $USER, then log in again)</source>
        <translation>Sie dürfen Docker auf diesem Computer nicht verwenden (Zugriff auf den Socket verweigert): Fügen Sie sich der Gruppe docker hinzu (sudo usermod -aG docker $USER, dann neu anmelden)</translation>
    </message>
    <message>
        <source>Docker is not running: start Docker (sudo systemctl start docker, or Docker Desktop), then %1 (in %2)</source>
        <translation>Docker läuft nicht: Starten Sie Docker (sudo systemctl start docker oder Docker Desktop) und führen Sie dann %1 aus (in %2)</translation>
    </message>
    <message>
        <source>This docker has no Compose plugin (docker compose is an unknown command): install docker-compose-plugin (https://docs.docker.com/compose/install/linux/)</source>
        <translation>Dieses docker hat kein Compose-Plugin (docker compose ist ein unbekannter Befehl): Installieren Sie docker-compose-plugin (https://docs.docker.com/compose/install/linux/)</translation>
    </message>
    <message>
        <source>%1 is not running: %2</source>
        <translation>%1 läuft nicht: %2</translation>
    </message>
    <message>
        <source>%1 is not in a ddev project (no .ddev/config.yaml in it or above it): run ddev config there first, or choose another runner</source>
        <translation>%1 liegt in keinem ddev-Projekt (keine .ddev/config.yaml darin oder darüber): Führen Sie dort zuerst ddev config aus oder wählen Sie eine andere Ausführungsart</translation>
    </message>
    <message>
        <source>This ddev asks for a terminal even without one: update ddev to a current release</source>
        <translation>Dieses ddev verlangt auch ohne Terminal nach einem: Aktualisieren Sie ddev auf eine aktuelle Version</translation>
    </message>
    <message>
        <source>%1 is not in a warden environment (no .env with WARDEN_ENV_NAME in it or above it): run warden env-init there first, or choose another runner</source>
        <translation>%1 liegt in keiner warden-Umgebung (keine .env mit WARDEN_ENV_NAME darin oder darüber): Führen Sie dort zuerst warden env-init aus oder wählen Sie eine andere Ausführungsart</translation>
    </message>
    <message>
        <source>docker compose finds no compose file in %1 or above it: run the assistant on the store of a compose project, or choose another runner</source>
        <translation>docker compose findet in %1 und darüber keine Compose-Datei: Starten Sie den Assistenten für den Shop eines Compose-Projekts oder wählen Sie eine andere Ausführungsart</translation>
    </message>
    <message>
        <source>The project in %1 has no service %2: name the service that runs PHP in %3 (docker compose config --services lists them)</source>
        <translation>Das Projekt in %1 hat keinen Dienst %2: Geben Sie in %3 den Dienst an, der PHP ausführt (docker compose config --services listet sie auf)</translation>
    </message>
    <message>
        <source>This looks like a ddev project (%1): add %2.</source>
        <translation>Dies sieht nach einem ddev-Projekt aus (%1): Ergänzen Sie %2.</translation>
    </message>
    <message>
        <source>This looks like a ddev project (%1): choose %2.</source>
        <translation>Dies sieht nach einem ddev-Projekt aus (%1): Wählen Sie %2.</translation>
    </message>
    <message>
        <source>This looks like a warden environment (%1 sets WARDEN_ENV_TYPE=%2): add %3.</source>
        <translation>Dies sieht nach einer warden-Umgebung aus (%1 setzt WARDEN_ENV_TYPE=%2): Ergänzen Sie %3.</translation>
    </message>
    <message>
        <source>This looks like a warden environment (%1 sets WARDEN_ENV_TYPE=%2): choose %3.</source>
        <translation>Dies sieht nach einer warden-Umgebung aus (%1 setzt WARDEN_ENV_TYPE=%2): Wählen Sie %3.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service php-fpm runs PHP (%1): add %2.</source>
        <translation>Dies sieht nach einem docker-compose-Projekt aus, dessen Dienst php-fpm PHP ausführt (%1): Ergänzen Sie %2.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service php-fpm runs PHP (%1): choose %2.</source>
        <translation>Dies sieht nach einem docker-compose-Projekt aus, dessen Dienst php-fpm PHP ausführt (%1): Wählen Sie %2.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service %1 runs PHP (%2): add %3 %4.</source>
        <translation>Dies sieht nach einem docker-compose-Projekt aus, dessen Dienst %1 PHP ausführt (%2): Ergänzen Sie %3 %4.</translation>
    </message>
    <message>
        <source>This looks like a docker compose project whose service %1 runs PHP (%2): choose %3 with %4.</source>
        <translation>Dies sieht nach einem docker-compose-Projekt aus, dessen Dienst %1 PHP ausführt (%2): Wählen Sie %3 mit %4.</translation>
    </message>
</context>
<context>
    <name>mua::Customisations</name>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed, so it was left out of the report.</source>
        <translation>%1 ist ein symbolischer Link; Links wird nicht gefolgt, daher wurde er im Bericht nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, outside the store; links are not followed, so it was left out of the report.</source>
        <translation>%1 ist ein symbolischer Link auf %2 außerhalb des Shops; Links wird nicht gefolgt, daher wurde er im Bericht nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3); its theme&apos;s parent is not known, so its overrides are compared with its modules only.</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2: %3); das Eltern-Theme ist nicht bekannt, daher werden die Überschreibungen des Themes nur mit den Modulen verglichen.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3), so its preferences and plugins are left out of the report.</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2: %3), daher fehlen seine Preferences und Plugins im Bericht.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3), so its tables are left out of the report.</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2: %3), daher fehlen seine Tabellen im Bericht.</translation>
    </message>
    <message>
        <source>The parents of the theme %1 lead back to %2 (a loop in theme.xml), so its overrides are compared with the themes before the loop only.</source>
        <translation>Die Eltern-Themes des Themes %1 führen zu %2 zurück (eine Schleife in theme.xml), daher werden seine Überschreibungen nur mit den Themes vor der Schleife verglichen.</translation>
    </message>
</context>
<context>
    <name>mua::Database</name>
    <message>
        <source>The database server refused %1 (%2): check the username and password in app/etc/env.php.</source>
        <translation>Der Datenbankserver hat %1 abgelehnt (%2): Prüfen Sie Benutzername und Passwort in app/etc/env.php.</translation>
    </message>
    <message>
        <source>Cannot reach the database server for %1 (%2): is it running, and is db.connection.default&apos;s host in app/etc/env.php right?</source>
        <translation>Der Datenbankserver für %1 ist nicht erreichbar (%2): Läuft er, und stimmt der Host von db.connection.default in app/etc/env.php?</translation>
    </message>
    <message>
        <source>Cannot use the database of %1 (%2).</source>
        <translation>Die Datenbank von %1 kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3.</source>
        <translation>%1 ist für %2 fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <source>The database connection was not prepared.</source>
        <translation>Die Datenbankverbindung wurde nicht vorbereitet.</translation>
    </message>
    <message>
        <source>Cannot run the database client: %1. Install mariadb-client.</source>
        <translation>Der Datenbank-Client kann nicht ausgeführt werden: %1. Installieren Sie mariadb-client.</translation>
    </message>
    <message>
        <source>Cancelled while asking the database.</source>
        <translation>Während der Datenbankabfrage abgebrochen.</translation>
    </message>
    <message>
        <source>A database query</source>
        <translation>Eine Datenbankabfrage</translation>
    </message>
    <message>
        <source>&lt;private option file&gt;</source>
        <translation>&lt;private Optionsdatei&gt;</translation>
    </message>
    <message>
        <source>Cannot run %1: %2.</source>
        <translation>%1 kann nicht ausgeführt werden: %2.</translation>
    </message>
    <message>
        <source>%1 was stopped because the run was cancelled.</source>
        <translation>%1 wurde gestoppt, weil der Lauf abgebrochen wurde.</translation>
    </message>
    <message>
        <source>The database dump</source>
        <translation>Der Datenbank-Dump</translation>
    </message>
    <message>
        <source>Loading the database dump</source>
        <translation>Das Laden des Datenbank-Dumps</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%n table(s) with the prefix %1&gt;</source>
        <translation>
            <numerusform>&lt;%n Tabelle mit dem Präfix %1&gt;</numerusform>
            <numerusform>&lt;%n Tabellen mit dem Präfix %1&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a private in-memory option file for the database password: %1.</source>
        <translation>Für das Datenbankpasswort kann keine private Optionsdatei im Arbeitsspeicher angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Cannot make a private in-memory file for a database query: %1.</source>
        <translation>Für eine Datenbankabfrage kann keine private Datei im Arbeitsspeicher angelegt werden: %1.</translation>
    </message>
</context>
<context>
    <name>mua::DbConnection</name>
    <message>
        <source>app/etc/env.php has no db.connection.default: the assistant cannot tell which database belongs to the store.</source>
        <translation>app/etc/env.php enthält kein db.connection.default: Der Assistent kann nicht feststellen, welche Datenbank zum Shop gehört.</translation>
    </message>
    <message>
        <source>app/etc/env.php computes %1 at run time (for instance with getenv()), so the assistant cannot tell which database to use; write the values into env.php or back up the database by hand.</source>
        <translation>app/etc/env.php ermittelt %1 zur Laufzeit (zum Beispiel mit getenv()), daher kann der Assistent nicht feststellen, welche Datenbank zu verwenden ist; tragen Sie die Werte in env.php ein oder sichern Sie die Datenbank von Hand.</translation>
    </message>
    <message>
        <source>app/etc/env.php names no %1 in db.connection.default.</source>
        <translation>app/etc/env.php nennt in db.connection.default kein %1.</translation>
    </message>
    <message>
        <source>%1@%2, database %3</source>
        <translation>%1@%2, Datenbank %3</translation>
    </message>
</context>
<context>
    <name>mua::DemoStore</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The program&apos;s built-in copy of %1 is missing.</source>
        <translation>Die im Programm enthaltene Kopie von %1 fehlt.</translation>
    </message>
    <message>
        <source>There is no sandbox store for Magento &quot;%1&quot;; choose one of %2.</source>
        <translation>Für Magento „%1“ gibt es keinen Sandbox-Shop; wählen Sie eine dieser Versionen: %2.</translation>
    </message>
    <message>
        <source>No folder was given for the sandbox store.</source>
        <translation>Für den Sandbox-Shop wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a folder; a sandbox store needs an empty or new folder.</source>
        <translation>%1 ist kein Ordner; ein Sandbox-Shop braucht einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; a sandbox store can only be made in an empty or new folder.</source>
        <translation>Der Ordner %1 ist nicht leer; ein Sandbox-Shop kann nur in einem leeren oder neuen Ordner angelegt werden.</translation>
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
        <translation>%1 konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>%1 was stopped because the run was cancelled</source>
        <translation>%1 wurde gestoppt, weil der Lauf abgebrochen wurde</translation>
    </message>
    <message>
        <source>%1 did not say the mode (exit code %2)</source>
        <translation>%1 hat den Modus nicht genannt (Exit-Code %2)</translation>
    </message>
    <message>
        <source>%1 did not say the mode (exit code %2: &quot;%3&quot;)</source>
        <translation>%1 hat den Modus nicht genannt (Exit-Code %2: „%3“)</translation>
    </message>
    <message>
        <source>deploy mode unknown, as app/etc/env.php computes MAGE_MODE at run time</source>
        <translation>Bereitstellungsmodus unbekannt, da app/etc/env.php MAGE_MODE zur Laufzeit ermittelt</translation>
    </message>
    <message>
        <source>%1 mode from %2, as app/etc/env.php computes MAGE_MODE at run time</source>
        <translation>Modus %1 laut %2, da app/etc/env.php MAGE_MODE zur Laufzeit ermittelt</translation>
    </message>
    <message>
        <source>%1 mode, as app/etc/env.php sets no MAGE_MODE</source>
        <translation>Modus %1, da app/etc/env.php kein MAGE_MODE setzt</translation>
    </message>
    <message>
        <source>%1 mode from app/etc/env.php</source>
        <translation>Modus %1 laut app/etc/env.php</translation>
    </message>
    <message>
        <source>app/etc/env.php computes MAGE_MODE at run time, and Magento was not asked for the mode.</source>
        <translation>app/etc/env.php ermittelt MAGE_MODE zur Laufzeit, und Magento wurde nicht nach dem Modus gefragt.</translation>
    </message>
    <message>
        <source>app/etc/env.php computes MAGE_MODE at run time, and %1.</source>
        <translation>app/etc/env.php ermittelt MAGE_MODE zur Laufzeit, und %1.</translation>
    </message>
    <message>
        <source>Run %1 by hand and fix what it says, or write MAGE_MODE into app/etc/env.php: the assistant does not guess, since production mode needs setup:di:compile and setup:static-content:deploy after setup:upgrade.</source>
        <translation>Führen Sie %1 von Hand aus und beheben Sie, was der Befehl meldet, oder tragen Sie MAGE_MODE in app/etc/env.php ein: Der Assistent rät nicht, denn der Modus production braucht nach setup:upgrade noch setup:di:compile und setup:static-content:deploy.</translation>
    </message>
</context>
<context>
    <name>mua::EnvPhpParser</name>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>die Zeichenkette %1</translation>
    </message>
    <message>
        <source>a control character (U+%1)</source>
        <translation>ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <source>the file ends in the middle of a /* */ comment</source>
        <translation>die Datei endet mitten in einem /* */-Kommentar</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file contains binary data (a NUL byte)</source>
        <translation>die Datei enthält Binärdaten (ein NUL-Byte)</translation>
    </message>
    <message>
        <source>the file does not start with &lt;?php</source>
        <translation>die Datei beginnt nicht mit &lt;?php</translation>
    </message>
    <message>
        <source>the file ends in the middle of a declare statement</source>
        <translation>die Datei endet mitten in einer declare-Anweisung</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;declare&apos; but found %1</source>
        <translation>nach &apos;declare&apos; wurde &apos;(&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>the declare statement is missing its closing &apos;)&apos;</source>
        <translation>der declare-Anweisung fehlt die schließende &apos;)&apos;</translation>
    </message>
    <message>
        <source>expected &apos;;&apos; after the declare statement but found %1</source>
        <translation>nach der declare-Anweisung wurde &apos;;&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>the file ends before &apos;return&apos; and the configuration array</source>
        <translation>die Datei endet vor &apos;return&apos; und dem Konfigurations-Array</translation>
    </message>
    <message>
        <source>expected &apos;return&apos; followed by an array but found %1</source>
        <translation>&apos;return&apos; gefolgt von einem Array erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array after &apos;return&apos; but found %1</source>
        <translation>nach &apos;return&apos; wurde ein Array erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>the file ends after &apos;return&apos; without an array</source>
        <translation>die Datei endet nach &apos;return&apos; ohne Array</translation>
    </message>
    <message>
        <source>the file ends without the &apos;;&apos; after the configuration array</source>
        <translation>die Datei endet ohne das &apos;;&apos; nach dem Konfigurations-Array</translation>
    </message>
    <message>
        <source>expected &apos;;&apos; after the configuration array but found %1</source>
        <translation>nach dem Konfigurations-Array wurde &apos;;&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>there is text after the closing ?&gt; tag</source>
        <translation>nach dem schließenden ?&gt;-Tag folgt noch Text</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the return statement</source>
        <translation>unerwartet: %1 nach dem Ende der return-Anweisung</translation>
    </message>
    <message>
        <source>the arrays are nested more than %1 levels deep</source>
        <translation>die Arrays sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the file ends in the middle of an array</source>
        <translation>die Datei endet mitten in einem Array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; after a value but found %2</source>
        <translation>nach einem Wert wurde &apos;,&apos; oder &apos;%1&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>an array cannot be used as an array key</source>
        <translation>ein Array kann nicht als Array-Schlüssel verwendet werden</translation>
    </message>
    <message>
        <source>expected a value but found %1</source>
        <translation>Wert erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;array&apos; but found %1</source>
        <translation>nach &apos;array&apos; wurde &apos;(&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>the file ends in the middle of a string</source>
        <translation>die Datei endet mitten in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a \u{…} escape in a string is not a valid Unicode code point</source>
        <translation>eine \u{…}-Escape-Sequenz in einer Zeichenkette ist kein gültiger Unicode-Codepunkt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>&apos;%1&apos; ist keine gültige Zahl</translation>
    </message>
    <message>
        <source>the file ends in the middle of a number</source>
        <translation>die Datei endet mitten in einer Zahl</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; but found %2</source>
        <translation>&apos;%1&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>found %1 in the middle of a value</source>
        <translation>%1 mitten in einem Wert gefunden</translation>
    </message>
    <message>
        <source>the file ends without the &apos;)&apos; after the configuration array</source>
        <translation>die Datei endet ohne das &apos;)&apos; nach dem Konfigurations-Array</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after the configuration array but found %1</source>
        <translation>nach dem Konfigurations-Array wurde &apos;)&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>the file ends in the middle of a heredoc string: no line closes it with %1</source>
        <translation>die Datei endet mitten in einem Heredoc-String: Keine Zeile schließt ihn mit %1 ab</translation>
    </message>
    <message>
        <source>the closing marker of a heredoc string is indented with both tabs and spaces</source>
        <translation>die Endmarke eines Heredoc-Strings ist gemischt mit Tabulatoren und Leerzeichen eingerückt</translation>
    </message>
    <message numerus="yes">
        <source>a line of the heredoc string is indented less than its closing marker (%n space(s) or tab(s))</source>
        <translation>
            <numerusform>eine Zeile des Heredoc-Strings ist weniger eingerückt als seine Endmarke (%n Leerzeichen oder Tabulator)</numerusform>
            <numerusform>eine Zeile des Heredoc-Strings ist weniger eingerückt als seine Endmarke (%n Leerzeichen oder Tabulatoren)</numerusform>
        </translation>
    </message>
    <message>
        <source>the heredoc string is indented with both tabs and spaces</source>
        <translation>der Heredoc-String ist gemischt mit Tabulatoren und Leerzeichen eingerückt</translation>
    </message>
    <message>
        <source>a \u{…} escape in a heredoc string is not a valid Unicode code point</source>
        <translation>eine \u{…}-Escape-Sequenz in einem Heredoc-String ist kein gültiger Unicode-Codepunkt</translation>
    </message>
</context>
<context>
    <name>mua::FileOps</name>
    <message>
        <source>%1 is a symbolic link; the assistant does not follow links out of the store.</source>
        <translation>%1 ist ein symbolischer Link; der Assistent folgt keinen Links aus dem Shop heraus.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>No store folder was given.</source>
        <translation>Es wurde kein Shop-Ordner angegeben.</translation>
    </message>
    <message>
        <source>No folder inside the store was given.</source>
        <translation>Es wurde kein Ordner innerhalb des Shops angegeben.</translation>
    </message>
    <message>
        <source>%1 is outside the store folder %2; the assistant only works inside the store.</source>
        <translation>%1 liegt außerhalb des Shop-Ordners %2; der Assistent arbeitet nur innerhalb des Shops.</translation>
    </message>
    <message>
        <source>The assistant does not empty the whole store folder %1.</source>
        <translation>Der Assistent leert nicht den gesamten Shop-Ordner %1.</translation>
    </message>
    <message>
        <source>The store folder %1 does not exist.</source>
        <translation>Der Shop-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>was moved while the assistant was working in it; stopped there</source>
        <translation>wurde verschoben, während der Assistent darin arbeitete; dort angehalten</translation>
    </message>
    <message>
        <source>is a mount point; left alone</source>
        <translation>ist ein Einhängepunkt; unverändert gelassen</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a mount point.</source>
        <translation>%1 ist ein Einhängepunkt.</translation>
    </message>
    <message>
        <source>Could not rename %1: %2.</source>
        <translation>%1 konnte nicht umbenannt werden: %2.</translation>
    </message>
    <message>
        <source>Could not %1 for %2 (%3), nor put the old folder back: it is now %4.</source>
        <translation>Fehler beim %1 für %2 (%3), und der alte Ordner konnte nicht zurückgestellt werden: Er liegt jetzt unter %4.</translation>
    </message>
    <message>
        <source>Could not %1 for %2: %3.</source>
        <translation>Fehler beim %1 für %2: %3.</translation>
    </message>
    <message>
        <source>make a new empty folder</source>
        <translation>Anlegen eines neuen leeren Ordners</translation>
    </message>
    <message>
        <source>open the new folder</source>
        <translation>Öffnen des neuen Ordners</translation>
    </message>
    <message>
        <source>give the new folder the old one&apos;s owner and group</source>
        <translation>Übertragen von Eigentümer und Gruppe des alten Ordners auf den neuen</translation>
    </message>
    <message>
        <source>give the new folder the old one&apos;s mode</source>
        <translation>Übertragen des Modus des alten Ordners auf den neuen</translation>
    </message>
    <message>
        <source>copy the old folder&apos;s ACLs</source>
        <translation>Kopieren der ACLs des alten Ordners</translation>
    </message>
    <message>
        <source>%1 is not a folder the assistant moved aside; it is left alone.</source>
        <translation>%1 ist kein Ordner, den der Assistent beiseitegeschoben hat; er bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 holds a mount point (%2).</source>
        <translation>%1 enthält einen Einhängepunkt (%2).</translation>
    </message>
</context>
<context>
    <name>mua::FinishPage</name>
    <message>
        <source>Your upgrade was successful!</source>
        <translation>Das Upgrade war erfolgreich!</translation>
    </message>
    <message>
        <source>The upgrade was stopped.</source>
        <translation>Das Upgrade wurde gestoppt.</translation>
    </message>
    <message>
        <source>The upgrade did not start.</source>
        <translation>Das Upgrade wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The upgrade failed.</source>
        <translation>Das Upgrade ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>The upgrade did not finish</source>
        <translation>Das Upgrade wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, of %3</source>
        <translation>%1 von %3 erledigt, %2 übersprungen</translation>
    </message>
    <message>
        <source>Cache types</source>
        <translation>Cache-Typen</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>off: the storefront is open</source>
        <translation>deaktiviert: das Shop-Frontend ist erreichbar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Turning maintenance mode off…</source>
        <translation>Wartungsmodus wird deaktiviert…</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Protokolldateien (*.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the log to %1.</source>
        <translation>Protokoll unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the log to %1: choose a folder you can write to.</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden: Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Shop-Frontend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>%1 (put back)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <source>Roll back?</source>
        <translation>Rollback durchführen?</translation>
    </message>
    <message>
        <source>Put back the code and the database from the backup in %1? Everything the upgrade changed in them is undone; the store is in maintenance mode meanwhile.</source>
        <translation>Code und Datenbank aus der Sicherung in %1 wiederherstellen? Alles, was das Upgrade daran geändert hat, wird rückgängig gemacht; der Shop ist währenddessen im Wartungsmodus.</translation>
    </message>
    <message>
        <source>Rolling back to the backup in %1…</source>
        <translation>Rollback auf die Sicherung in %1 läuft…</translation>
    </message>
    <message>
        <source>Roll back anyway?</source>
        <translation>Trotzdem Rollback durchführen?</translation>
    </message>
    <message>
        <source>%1

Roll back anyway and lose them?</source>
        <translation>%1

Trotzdem Rollback durchführen und diese Daten verlieren?</translation>
    </message>
    <message>
        <source>Turn &amp;maintenance off</source>
        <translation>Wartungsmodus &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Turn maintenance mode off</source>
        <translation>Wartungsmodus deaktivieren</translation>
    </message>
    <message>
        <source>The database and modules of Magento %1 were brought up to its code.</source>
        <translation>Datenbank und Module von Magento %1 wurden auf den Stand des Codes gebracht.</translation>
    </message>
    <message>
        <source>You stopped the upgrade during the step “%1”.</source>
        <translation>Sie haben das Upgrade während des Schritts „%1“ gestoppt.</translation>
    </message>
    <message>
        <source>You stopped the upgrade.</source>
        <translation>Sie haben das Upgrade gestoppt.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation>Der Schritt „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Your shop is offline: %1 is in maintenance mode and answers 503 to every visitor until maintenance is turned off.</source>
        <translation>Ihr Shop ist offline: %1 ist im Wartungsmodus und antwortet jedem Besucher mit 503, bis der Wartungsmodus deaktiviert wird.</translation>
    </message>
    <message>
        <source>%1 was in maintenance mode before the upgrade and stays in it: the shop answers 503 until you turn maintenance off.</source>
        <translation>%1 war schon vor dem Upgrade im Wartungsmodus und bleibt es: Der Shop antwortet mit 503, bis Sie den Wartungsmodus deaktivieren.</translation>
    </message>
    <message>
        <source>Known fix:</source>
        <translation>Bekannte Lösung:</translation>
    </message>
    <message>
        <source>Press Back to untick %1 or to choose another %2, then upgrade again.</source>
        <translation>Klicken Sie auf „Zurück“, um das Häkchen bei %1 zu entfernen oder unter %2 einen anderen Ordner zu wählen, und starten Sie das Upgrade dann erneut.</translation>
    </message>
    <message>
        <source>Press Back to change the settings, then upgrade again.</source>
        <translation>Klicken Sie auf „Zurück“, um die Einstellungen zu ändern, und starten Sie das Upgrade dann erneut.</translation>
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
        <translation>Übersprungen und warum</translation>
    </message>
    <message>
        <source>What people usually do next</source>
        <translation>Was danach üblicherweise zu tun ist</translation>
    </message>
    <message>
        <source>Reload PHP-FPM (for example: sudo systemctl reload &apos;php*-fpm&apos;), or Apache with mod_php, so that OPcache lets go of the old code.</source>
        <translation>Laden Sie PHP-FPM neu (zum Beispiel: sudo systemctl reload &apos;php*-fpm&apos;) oder Apache mit mod_php, damit OPcache den alten Code freigibt.</translation>
    </message>
    <message>
        <source>Purge Varnish or the CDN in front of the shop, if there is one: the upgrade only cleaned Magento&apos;s own caches.</source>
        <translation>Leeren Sie Varnish oder das CDN vor dem Shop, falls vorhanden: Das Upgrade hat nur die eigenen Caches von Magento bereinigt.</translation>
    </message>
    <message>
        <source>Check that cron runs for the store&apos;s user (crontab -l) and restart the queue consumers, so that they load the new code (bin/magento queue:consumers:list lists them).</source>
        <translation>Prüfen Sie, ob Cron für den Benutzer des Shops läuft (crontab -l), und starten Sie die Queue-Consumer neu, damit sie den neuen Code laden (bin/magento queue:consumers:list listet sie auf).</translation>
    </message>
    <message>
        <source>Open the storefront and the Admin, and try a product page, the cart and the checkout.</source>
        <translation>Öffnen Sie Shop-Frontend und Admin und testen Sie eine Produktseite, den Warenkorb und den Checkout.</translation>
    </message>
    <message>
        <source>Open the storefront and the Admin (/%1), and try a product page, the cart and the checkout.</source>
        <translation>Öffnen Sie Shop-Frontend und Admin (/%1) und testen Sie eine Produktseite, den Warenkorb und den Checkout.</translation>
    </message>
    <message>
        <source>Magento was upgraded from %1 to %2, and its database and modules were brought up to the new code.</source>
        <translation>Magento wurde von %1 auf %2 aktualisiert, und Datenbank und Module wurden auf den Stand des neuen Codes gebracht.</translation>
    </message>
    <message>
        <source>Whether your shop is offline could not be determined: open the storefront to check it.</source>
        <translation>Ob Ihr Shop offline ist, ließ sich nicht feststellen: Öffnen Sie das Shop-Frontend, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Rollback log</source>
        <translation>Rollback-Protokoll</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message numerus="yes">
        <source>%n changed by Composer</source>
        <translation>
            <numerusform>%n von Composer geändert</numerusform>
            <numerusform>%n von Composer geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::HttpClient</name>
    <message>
        <source>another name</source>
        <translation>einen anderen Namen</translation>
    </message>
    <message>
        <source>trust it on this computer (copy it to /usr/local/share/ca-certificates and run update-ca-certificates), or check the http:// address instead</source>
        <translation>vertrauen Sie ihm auf diesem Computer (kopieren Sie es nach /usr/local/share/ca-certificates und führen Sie update-ca-certificates aus) oder prüfen Sie stattdessen die http://-Adresse</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is for %2, not for %3 — use the address the certificate names, or get a certificate for %3.</source>
        <translation>%1: Das TLS-Zertifikat gilt für %2, nicht für %3 — verwenden Sie die Adresse, die das Zertifikat nennt, oder besorgen Sie ein Zertifikat für %3.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is not trusted (self-signed) — %2.</source>
        <translation>%1: Dem TLS-Zertifikat wird nicht vertraut (selbst signiert) — %2.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate expired on %2 — renew it (for example with certbot renew).</source>
        <translation>%1: Das TLS-Zertifikat ist am %2 abgelaufen — erneuern Sie es (zum Beispiel mit certbot renew).</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is not valid yet — check the clock of this computer and of the server.</source>
        <translation>%1: Das TLS-Zertifikat ist noch nicht gültig — prüfen Sie die Uhrzeit dieses Computers und des Servers.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate is not trusted (its issuer is unknown to this computer, or the server does not send the intermediate certificates) — %2.</source>
        <translation>%1: Dem TLS-Zertifikat wird nicht vertraut (sein Aussteller ist diesem Computer unbekannt, oder der Server sendet die Zwischenzertifikate nicht) — %2.</translation>
    </message>
    <message>
        <source>%1: the TLS certificate was refused (%2).</source>
        <translation>%1: Das TLS-Zertifikat wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2) — the server may speak plain http on this port, or only old TLS versions.</source>
        <translation>%1: Der TLS-Handshake ist fehlgeschlagen (%2) — der Server spricht auf diesem Port möglicherweise unverschlüsseltes http oder nur alte TLS-Versionen.</translation>
    </message>
    <message>
        <source>%1: the host name %2 was not found (DNS) — check the address, or add the host to /etc/hosts for a store on this computer.</source>
        <translation>%1: Der Hostname %2 wurde nicht gefunden (DNS) — prüfen Sie die Adresse oder tragen Sie den Host für einen Shop auf diesem Computer in /etc/hosts ein.</translation>
    </message>
    <message>
        <source>%1: the connection was refused — nothing listens on %2 port %3; is the web server running?</source>
        <translation>%1: Die Verbindung wurde abgelehnt — auf %2 Port %3 lauscht nichts; läuft der Webserver?</translation>
    </message>
    <message>
        <source>%1: the server closed the connection without an answer — look at the web server&apos;s error log.</source>
        <translation>%1: Der Server hat die Verbindung ohne Antwort geschlossen — sehen Sie im Fehlerprotokoll des Webservers nach.</translation>
    </message>
    <message>
        <source>%1: the connection timed out — a firewall may drop it, or the server is down.</source>
        <translation>%1: Zeitüberschreitung der Verbindung — eine Firewall verwirft sie möglicherweise, oder der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects (the last one to %3) — probably a redirect loop; check the store&apos;s base URLs (web/unsecure/base_url and web/secure/base_url).</source>
        <translation>%1: Mehr als %2 Weiterleitungen (die letzte nach %3) — wahrscheinlich eine Weiterleitungsschleife; prüfen Sie die Basis-URLs des Shops (web/unsecure/base_url und web/secure/base_url).</translation>
    </message>
    <message>
        <source>%1: redirected from https to the unencrypted %2, which is not followed — check the store&apos;s base URLs (web/secure/base_url).</source>
        <translation>%1: Von https auf das unverschlüsselte %2 weitergeleitet, dem nicht gefolgt wird — prüfen Sie die Basis-URLs des Shops (web/secure/base_url).</translation>
    </message>
    <message>
        <source>%1: only http:// and https:// addresses can be checked.</source>
        <translation>%1: Nur http://- und https://-Adressen können geprüft werden.</translation>
    </message>
    <message>
        <source>%1: the answer was not HTTP (%2) — is this the web server&apos;s port?</source>
        <translation>%1: Die Antwort war kein HTTP (%2) — ist das der Port des Webservers?</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: not checked, the run was cancelled.</source>
        <translation>%1: nicht geprüft, der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s — the server, or something in front of it, is too slow or does not answer.</source>
        <translation>%1: keine Antwort innerhalb von %2 s — der Server oder etwas davor ist zu langsam oder antwortet nicht.</translation>
    </message>
    <message>
        <source>%1: TLS is not available in this build.</source>
        <translation>%1: TLS ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 %2 is not an http:// or https:// address such as https://shop.example.com/.</source>
        <translation>%1 %2 ist keine http://- oder https://-Adresse wie https://shop.example.com/.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address such as https://hooks.example.com/… (the address is not repeated here, because it holds a secret).</source>
        <translation>%1 ist keine http://- oder https://-Adresse wie https://hooks.example.com/… (die Adresse wird hier nicht wiederholt, weil sie ein Geheimnis enthält).</translation>
    </message>
    <message>
        <source>the answer was not HTTP — is this the web server&apos;s port?</source>
        <translation>Die Antwort war kein HTTP — ist das der Port des Webservers?</translation>
    </message>
    <message>
        <source>the status line of the answer is longer than %1 KB — is this the web server&apos;s port?</source>
        <translation>Die Statuszeile der Antwort ist länger als %1 KB — ist das der Port des Webservers?</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are larger than %1 KB — check the web server and whatever is in front of it.</source>
        <translation>Die Header der Antwort sind größer als %1 KB — prüfen Sie den Webserver und alles, was ihm vorgeschaltet ist.</translation>
    </message>
    <message>
        <source>the answer has more than %1 header fields — check the web server and whatever is in front of it.</source>
        <translation>Die Antwort hat mehr als %1 Header-Felder — prüfen Sie den Webserver und alles, was ihm vorgeschaltet ist.</translation>
    </message>
    <message>
        <source>the answer&apos;s chunked body is malformed — check the web server.</source>
        <translation>Der Chunked-Body der Antwort ist fehlerhaft — prüfen Sie den Webserver.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the connection in the middle of its answer — look at the web server&apos;s error log.</source>
        <translation>%1: Der Server hat die Verbindung mitten in seiner Antwort geschlossen — sehen Sie im Fehlerprotokoll des Webservers nach.</translation>
    </message>
</context>
<context>
    <name>mua::Impact</name>
    <message>
        <source>The move removes the file this copy replaces: Magento will no longer use the copy the same way; check where the vendor moved it.</source>
        <translation>Der Versionswechsel entfernt die Datei, die diese Kopie ersetzt: Magento verwendet die Kopie nicht mehr auf dieselbe Weise; prüfen Sie, wohin der Anbieter die Datei verschoben hat.</translation>
    </message>
    <message>
        <source>The vendor file this copy replaces changes only in comments or whitespace.</source>
        <translation>Die Datei in vendor/, die diese Kopie ersetzt, ändert sich nur in Kommentaren oder Leerraum.</translation>
    </message>
    <message>
        <source>After the move this copy is the same as the vendor file (but for comments and whitespace): it can be deleted.</source>
        <translation>Nach dem Versionswechsel ist diese Kopie (bis auf Kommentare und Leerraum) identisch mit der Datei in vendor/: Sie kann gelöscht werden.</translation>
    </message>
    <message>
        <source>The vendor file this copy replaces changes: bring the vendor&apos;s change into the copy, or the shop keeps the old code.</source>
        <translation>Die Datei in vendor/, die diese Kopie ersetzt, ändert sich: Übernehmen Sie die Änderung des Anbieters in die Kopie, sonst behält der Shop den alten Code.</translation>
    </message>
    <message>
        <source>The move removes %1, for which %2 is the preference: the preference no longer replaces anything.</source>
        <translation>Der Versionswechsel entfernt %1, für das %2 die Preference ist: Die Preference ersetzt nichts mehr.</translation>
    </message>
    <message>
        <source>%1, for which %2 is the preference, changes only in comments or whitespace.</source>
        <translation>%1, für das %2 die Preference ist, ändert sich nur in Kommentaren oder Leerraum.</translation>
    </message>
    <message>
        <source>%1, for which %2 is the preference, changes: compare the preference with the new class.</source>
        <translation>%1, für das %2 die Preference ist, ändert sich: Vergleichen Sie die Preference mit der neuen Klasse.</translation>
    </message>
    <message>
        <source>%1, for which %2 is the preference, changes outside its methods (its properties, constants or signature): compare the preference with the new class.</source>
        <translation>%1, für das %2 die Preference ist, ändert sich außerhalb seiner Methoden (Eigenschaften, Konstanten oder Signatur): Vergleichen Sie die Preference mit der neuen Klasse.</translation>
    </message>
    <message>
        <source>The plugin %1 of %2 on %3, a class the move changes, was not found in the store&apos;s code, so its methods were not compared.</source>
        <translation>Das Plugin %1 aus %2 für %3, eine Klasse, die der Versionswechsel ändert, wurde im Code des Shops nicht gefunden, daher wurden seine Methoden nicht verglichen.</translation>
    </message>
    <message>
        <source>%1::%2 is a plugin on %3(), which the move removes.</source>
        <translation>%1::%2 ist ein Plugin für %3(); der Versionswechsel entfernt diese Methode.</translation>
    </message>
    <message>
        <source>%1::%2 is a plugin on %3(), which the move changes.</source>
        <translation>%1::%2 ist ein Plugin für %3(); der Versionswechsel ändert diese Methode.</translation>
    </message>
    <message>
        <source>The move removes table %1 from this vendor schema, and the store&apos;s schema extends it.</source>
        <translation>Der Versionswechsel entfernt die Tabelle %1 aus diesem Schema in vendor/, und das Schema des Shops erweitert sie.</translation>
    </message>
    <message>
        <source>The move declares table %1 in this vendor schema, and the store&apos;s schema declares it too: check that the columns agree.</source>
        <translation>Der Versionswechsel deklariert die Tabelle %1 in diesem Schema in vendor/, und das Schema des Shops deklariert sie ebenfalls: Prüfen Sie, ob die Spalten übereinstimmen.</translation>
    </message>
    <message>
        <source>The move changes table %1, which the store&apos;s schema extends: check that the columns, keys and indexes still agree.</source>
        <translation>Der Versionswechsel ändert die Tabelle %1, die das Schema des Shops erweitert: Prüfen Sie, ob Spalten, Schlüssel und Indizes noch übereinstimmen.</translation>
    </message>
    <message>
        <source>The move adds this data patch: setup:upgrade applies it to the store&apos;s data.</source>
        <translation>Der Versionswechsel fügt diesen Daten-Patch hinzu: setup:upgrade wendet ihn auf die Daten des Shops an.</translation>
    </message>
    <message>
        <source>The move adds this schema patch: setup:upgrade applies it to the database.</source>
        <translation>Der Versionswechsel fügt diesen Schema-Patch hinzu: setup:upgrade wendet ihn auf die Datenbank an.</translation>
    </message>
    <message>
        <source>This patch changes only in comments or whitespace.</source>
        <translation>Dieser Patch ändert sich nur in Kommentaren oder Leerraum.</translation>
    </message>
    <message>
        <source>The move changes this patch (Magento applies a patch once: a changed one that already ran does not run again).</source>
        <translation>Der Versionswechsel ändert diesen Patch (Magento wendet einen Patch nur einmal an: Ein geänderter Patch, der bereits gelaufen ist, läuft nicht erneut).</translation>
    </message>
    <message>
        <source>The impact report was cancelled.</source>
        <translation>Der Auswirkungsbericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The impact report needs the version to move to (--target-version).</source>
        <translation>Der Auswirkungsbericht benötigt die Zielversion (--target-version).</translation>
    </message>
    <message>
        <source>Working out the move to %1 with Composer…</source>
        <translation>Composer berechnet den Versionswechsel auf %1…</translation>
    </message>
    <message>
        <source>Composer could not work out the move to %1.</source>
        <translation>Composer konnte den Versionswechsel auf %1 nicht berechnen.</translation>
    </message>
    <message>
        <source>Installing what the move installs, outside the store…</source>
        <translation>Was der Versionswechsel installiert, wird außerhalb des Shops installiert…</translation>
    </message>
    <message>
        <source>Comparing the store&apos;s vendor/ with %1…</source>
        <translation>vendor/ des Shops wird mit %1 verglichen…</translation>
    </message>
    <message>
        <source>The move adds this file between the copy and the file it was made from, in Magento&apos;s fallback: compare the copy with it.</source>
        <translation>Der Versionswechsel fügt diese Datei im Fallback von Magento zwischen der Kopie und der Datei ein, aus der sie erstellt wurde: Vergleichen Sie die Kopie mit ihr.</translation>
    </message>
    <message>
        <source>%1 (plugin %2) intercepts %3, a class the move removes.</source>
        <translation>%1 (Plugin %2) greift in %3 ein, eine Klasse, die der Versionswechsel entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Compared on the server with diff: %n file(s) differ.</source>
        <translation>
            <numerusform>Auf dem Server mit diff verglichen: %n Datei unterscheidet sich.</numerusform>
            <numerusform>Auf dem Server mit diff verglichen: %n Dateien unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s diff said what this cannot read; comparing through the mount instead.</source>
        <translation>Die Ausgabe von diff auf dem Server ist hier nicht lesbar; es wird stattdessen über die Einbindung verglichen.</translation>
    </message>
    <message>
        <source>%1, the preference for %2, extends %3, which the move removes.</source>
        <translation>%1, die Preference für %2, erweitert %3, das der Versionswechsel entfernt.</translation>
    </message>
    <message>
        <source>%1, the preference for %2, extends %3, which the move changes: compare the preference with the new class.</source>
        <translation>%1, die Preference für %2, erweitert %3, das der Versionswechsel ändert: Vergleichen Sie die Preference mit der neuen Klasse.</translation>
    </message>
</context>
<context>
    <name>mua::ImpactDialog</name>
    <message>
        <source>Impact report: the move to %1</source>
        <translation>Auswirkungsbericht: Versionswechsel auf %1</translation>
    </message>
    <message>
        <source>Making the impact report</source>
        <translation>Auswirkungsbericht wird erstellt</translation>
    </message>
    <message>
        <source>Stop making the impact report</source>
        <translation>Erstellung des Auswirkungsberichts abbrechen</translation>
    </message>
    <message>
        <source>Working out what the move to %1 changes in code the store customises: Composer installs %1 into a scratch folder outside the store, which can take minutes. Nothing in the store changes.</source>
        <translation>Es wird ermittelt, was der Versionswechsel auf %1 an Code ändert, den der Shop anpasst: Composer installiert %1 in einen temporären Ordner außerhalb des Shops, was einige Minuten dauern kann. Am Shop ändert sich nichts.</translation>
    </message>
    <message>
        <source>Close the impact report</source>
        <translation>Auswirkungsbericht schließen</translation>
    </message>
    <message>
        <source>The impact report could not be made.</source>
        <translation>Der Auswirkungsbericht konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>mua::ImpactHtml</name>
    <message>
        <source>Neither version of the vendor file is at hand, so its change is not shown.</source>
        <translation>Keine der beiden Versionen der Datei in vendor/ liegt vor, daher wird ihre Änderung nicht angezeigt.</translation>
    </message>
    <message>
        <source>The vendor file is not a text file, so its change is not shown.</source>
        <translation>Die Datei in vendor/ ist keine Textdatei, daher wird ihre Änderung nicht angezeigt.</translation>
    </message>
    <message>
        <source>The move adds this vendor file.</source>
        <translation>Der Versionswechsel fügt diese Datei in vendor/ hinzu.</translation>
    </message>
    <message>
        <source>The move removes this vendor file.</source>
        <translation>Der Versionswechsel entfernt diese Datei aus vendor/.</translation>
    </message>
    <message>
        <source>The vendor file&apos;s content does not change.</source>
        <translation>Der Inhalt der Datei in vendor/ ändert sich nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) of this change are left out here; compare the two vendor files to see them all.</source>
        <translation>
            <numerusform>%n weitere Zeile dieser Änderung wird hier ausgelassen; vergleichen Sie die beiden Dateien in vendor/, um alle Zeilen zu sehen.</numerusform>
            <numerusform>%n weitere Zeilen dieser Änderung werden hier ausgelassen; vergleichen Sie die beiden Dateien in vendor/, um alle Zeilen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrade impact for %1: Magento %2 → %3</source>
        <translation>Auswirkungen des Upgrades für %1: Magento %2 → %3</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the page, as an HTML lang attribute</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Upgrade impact: Magento %1 → %2</source>
        <translation>Auswirkungen des Upgrades: Magento %1 → %2</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>Shop-Ordner: %1</translation>
    </message>
    <message>
        <source>What moving the store to the new version changes in code the store customises: theme overrides, preferences and plugins, database tables and setup patches. Each finding shows the vendor file&apos;s change as a unified diff.</source>
        <translation>Was der Wechsel des Shops auf die neue Version an Code ändert, den der Shop anpasst: Theme-Überschreibungen, Preferences und Plugins, Datenbanktabellen und Setup-Patches. Jeder Befund zeigt die Änderung der Datei in vendor/ als Unified Diff.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1: %n Befund</numerusform>
            <numerusform>%1: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>What the report could not read</source>
        <translation>Was der Bericht nicht lesen konnte</translation>
    </message>
    <message>
        <source>The move changes nothing the store customises.</source>
        <translation>Der Versionswechsel ändert nichts, was der Shop anpasst.</translation>
    </message>
    <message>
        <source>Findings by type and level</source>
        <translation>Befunde nach Typ und Stufe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Vendor file:</source>
        <translation>Datei in vendor/:</translation>
    </message>
</context>
<context>
    <name>mua::ImpactReport</name>
    <message>
        <source>Needs a look</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Whitespace or comments only</source>
        <translation>Nur Leerraum oder Kommentare</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>Redundant override</source>
        <translation>Überflüssige Überschreibung</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preference</translation>
    </message>
    <message>
        <source>Preference for a removed class</source>
        <translation>Preference für eine entfernte Klasse</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Plugin on a removed method</source>
        <translation>Plugin für eine entfernte Methode</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Datenbankschema</translation>
    </message>
    <message>
        <source>Setup patch</source>
        <translation>Setup-Patch</translation>
    </message>
</context>
<context>
    <name>mua::ImpactView</name>
    <message>
        <source>Show findings of the level</source>
        <translation>Befunde dieser Stufe anzeigen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Show findings of the type</source>
        <translation>Befunde dieses Typs anzeigen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Show findings whose file contains</source>
        <translation>Befunde anzeigen, deren Datei Folgendes enthält</translation>
    </message>
    <message>
        <source>part of a path, e.g. Magento_Catalog</source>
        <translation>Teil eines Pfads, z. B. Magento_Catalog</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>Save the impact report as an HTML page</source>
        <translation>Auswirkungsbericht als HTML-Seite speichern</translation>
    </message>
    <message>
        <source>One page with every finding and the vendor&apos;s changes, to read or send on</source>
        <translation>Eine Seite mit allen Befunden und den Änderungen des Anbieters, zum Lesen oder Weitergeben</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Press Enter on a finding to read its files below.</source>
        <translation>Drücken Sie auf einem Befund die Eingabetaste, um unten seine Dateien zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Open in editor</source>
        <translation>Im &amp;Editor öffnen</translation>
    </message>
    <message>
        <source>Open your copy in the editor</source>
        <translation>Ihre Kopie im Editor öffnen</translation>
    </message>
    <message>
        <source>Copy as &amp;patch</source>
        <translation>Als &amp;Patch kopieren</translation>
    </message>
    <message>
        <source>Copy the vendor&apos;s change as a patch</source>
        <translation>Änderung des Anbieters als Patch kopieren</translation>
    </message>
    <message>
        <source>The vendor&apos;s change to this file, as a patch that patch -p1 applies to your copy in the store&apos;s folder</source>
        <translation>Die Änderung des Anbieters an dieser Datei als Patch, den patch -p1 im Ordner des Shops auf Ihre Kopie anwendet</translation>
    </message>
    <message>
        <source>Your file: %1
The vendor file: %2</source>
        <translation>Ihre Datei: %1
Datei in vendor/: %2</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>Vendor &amp;before (%1)</source>
        <translation>&amp;Vorher in vendor/ (%1)</translation>
    </message>
    <message>
        <source>Vendor &amp;after (%1)</source>
        <translation>&amp;Nachher in vendor/ (%1)</translation>
    </message>
    <message>
        <source>Vendor file before the move (%1)</source>
        <translation>Datei in vendor/ vor dem Versionswechsel (%1)</translation>
    </message>
    <message>
        <source>Vendor file after the move (%1)</source>
        <translation>Datei in vendor/ nach dem Versionswechsel (%1)</translation>
    </message>
    <message>
        <source>No impact report yet.</source>
        <translation>Noch kein Auswirkungsbericht.</translation>
    </message>
    <message>
        <source>The report could not read everything, so its findings leave this out: %1</source>
        <translation>Der Bericht konnte nicht alles lesen; in seinen Befunden fehlt daher Folgendes: %1</translation>
    </message>
    <message>
        <source>Nothing the store customises changes in the move to %1: no theme override, preference, plugin, extended table or setup patch of the store is touched.</source>
        <translation>Beim Versionswechsel auf %1 ändert sich nichts, was der Shop anpasst: Keine Theme-Überschreibung, keine Preference, kein Plugin, keine erweiterte Tabelle und kein Setup-Patch des Shops ist betroffen.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a look</source>
        <translation>
            <numerusform>%n bitte prüfen</numerusform>
            <numerusform>%n bitte prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worth knowing</source>
        <translation>
            <numerusform>%n gut zu wissen</numerusform>
            <numerusform>%n gut zu wissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whitespace or comments only</source>
        <translation>
            <numerusform>%n nur Leerraum oder Kommentare</numerusform>
            <numerusform>%n nur Leerraum oder Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The move to %1 touches %n of the store&apos;s customisations: %2. Nothing here blocks the upgrade.</source>
        <translation>
            <numerusform>Der Versionswechsel auf %1 betrifft %n Anpassung des Shops: %2. Nichts davon blockiert das Upgrade.</numerusform>
            <numerusform>Der Versionswechsel auf %1 betrifft %n Anpassungen des Shops: %2. Nichts davon blockiert das Upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The move from %1 to %2 touches %n of the store&apos;s customisations: %3. Nothing here blocks the upgrade.</source>
        <translation>
            <numerusform>Der Versionswechsel von %1 auf %2 betrifft %n Anpassung des Shops: %3. Nichts davon blockiert das Upgrade.</numerusform>
            <numerusform>Der Versionswechsel von %1 auf %2 betrifft %n Anpassungen des Shops: %3. Nichts davon blockiert das Upgrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation>Kein Befund entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n findings shown.</source>
        <translation>
            <numerusform>%1 von %n Befund angezeigt.</numerusform>
            <numerusform>%1 von %n Befunden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The vendor file: %2</source>
        <translation>%1
Datei in vendor/: %2</translation>
    </message>
    <message>
        <source>&amp;Your copy</source>
        <translation>Ih&amp;re Kopie</translation>
    </message>
    <message>
        <source>&amp;Your file</source>
        <translation>Ih&amp;re Datei</translation>
    </message>
    <message>
        <source>Your copy (%1)</source>
        <translation>Ihre Kopie (%1)</translation>
    </message>
    <message>
        <source>Your file (%1)</source>
        <translation>Ihre Datei (%1)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The vendor file does not exist before the move: %1 adds it.</source>
        <translation>Vor dem Versionswechsel gibt es die Datei in vendor/ nicht: %1 fügt sie hinzu.</translation>
    </message>
    <message>
        <source>The vendor file does not exist after the move: %1 removes it.</source>
        <translation>Nach dem Versionswechsel gibt es die Datei in vendor/ nicht mehr: %1 entfernt sie.</translation>
    </message>
    <message>
        <source>A setup patch has no copy in the store: the vendor&apos;s file is the patch.</source>
        <translation>Ein Setup-Patch hat keine Kopie im Shop: Die Datei des Anbieters ist der Patch.</translation>
    </message>
    <message>
        <source>%1 cannot be read in the store: it is missing, or a link, which is not followed.</source>
        <translation>%1 kann im Shop nicht gelesen werden: Die Datei fehlt oder ist ein Link, dem nicht gefolgt wird.</translation>
    </message>
    <message>
        <source>Select a finding to see its files.</source>
        <translation>Wählen Sie einen Befund aus, um seine Dateien zu sehen.</translation>
    </message>
    <message>
        <source>Your copy</source>
        <translation>Ihre Kopie</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The vendor removed no line.</source>
        <translation>Der Anbieter hat keine Zeile entfernt.</translation>
    </message>
    <message>
        <source>Marked: the lines the vendor removed, %1.</source>
        <translation>Markiert: die vom Anbieter entfernten Zeilen, %1.</translation>
    </message>
    <message>
        <source>The vendor added no line.</source>
        <translation>Der Anbieter hat keine Zeile hinzugefügt.</translation>
    </message>
    <message>
        <source>Marked: the lines the vendor added, %1.</source>
        <translation>Markiert: die vom Anbieter hinzugefügten Zeilen, %1.</translation>
    </message>
    <message>
        <source>Your copy is the same as the new vendor file.</source>
        <translation>Ihre Kopie ist identisch mit der neuen Datei in vendor/.</translation>
    </message>
    <message>
        <source>Marked: the lines of your copy that differ from the new vendor file, %1.</source>
        <translation>Markiert: die Zeilen Ihrer Kopie, die von der neuen Datei in vendor/ abweichen, %1.</translation>
    </message>
    <message>
        <source>The vendor file %1 did not change in content: there is no patch to copy.</source>
        <translation>Der Inhalt der Datei %1 hat sich nicht geändert: Es gibt keinen Patch zum Kopieren.</translation>
    </message>
    <message>
        <source>The vendor&apos;s change is in the clipboard as a patch: patch -p1 in the store&apos;s folder applies it to %1.</source>
        <translation>Die Änderung des Anbieters liegt als Patch in der Zwischenablage: patch -p1 im Ordner des Shops wendet ihn auf %1 an.</translation>
    </message>
    <message>
        <source>Save the impact report</source>
        <translation>Auswirkungsbericht speichern</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>The impact report is saved as %1.</source>
        <translation>Der Auswirkungsbericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The vendor&apos;s change to its own file, as a patch to read: your file is not a copy of the vendor file, so the patch is not one for your file</source>
        <translation>Die Änderung des Anbieters an seiner eigenen Datei, als Patch zum Lesen: Ihre Datei ist keine Kopie der Datei in vendor/, der Patch gilt also nicht für Ihre Datei</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <source>The vendor&apos;s change to %1 is in the clipboard as a patch to read: it changes the vendor file, not a file of the store.</source>
        <translation>Die Änderung des Anbieters an %1 ist als Patch zum Lesen in der Zwischenablage: Er ändert die Datei in vendor/, keine Datei des Shops.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>mua::JournalFile</name>
    <message>
        <source>It records what an unfinished run changed; without it the assistant cannot tell whether maintenance mode and the generated code are as a run left them. Look at it, then move it aside (mv %1 %1.bad) to start afresh.</source>
        <translation>Es hält fest, was ein nicht abgeschlossener Lauf geändert hat; ohne es kann der Assistent nicht feststellen, ob Wartungsmodus und generierter Code so sind, wie ein Lauf sie hinterlassen hat. Sehen Sie es sich an und verschieben Sie es dann beiseite (mv %1 %1.bad), um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The journal %1 is empty.</source>
        <translation>Das Journal %1 ist leer.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged (%2 at byte %3).</source>
        <translation>Das Journal %1 ist beschädigt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>mua::KnownFailures</name>
    <message>
        <source>PHP stopped with a fatal error (exit code 255); the lines above say where. If it mentions memory, raise the CLI memory_limit to 2G.</source>
        <translation>PHP wurde mit einem schwerwiegenden Fehler beendet (Exit-Code 255); die Zeilen darüber zeigen, wo. Ist von Speicher die Rede, erhöhen Sie das memory_limit der CLI auf 2G.</translation>
    </message>
    <message>
        <source>A third-party module&apos;s setup script needs an area code; the module is named just before the error. Update or disable that module, then resume.</source>
        <translation>Das Setup-Skript eines Drittanbietermoduls benötigt einen Area-Code; das Modul wird direkt vor dem Fehler genannt. Aktualisieren oder deaktivieren Sie dieses Modul und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>%1&apos;s setup script failed with &quot;Area code is not set&quot;: update or disable that module (bin/magento module:disable %1), then resume.</source>
        <translation>Das Setup-Skript von %1 ist mit „Area code is not set“ fehlgeschlagen: Aktualisieren oder deaktivieren Sie dieses Modul (bin/magento module:disable %1) und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Magento could not start, usually because of stale generated code or a broken module: empty the code-generation folders and resume; run bin/magento with -vvv to see the cause.</source>
        <translation>Magento konnte nicht starten, meist wegen veralteten generierten Codes oder eines defekten Moduls: Leeren Sie die Ordner für generierten Code und setzen Sie fort; bin/magento mit -vvv zeigt die Ursache.</translation>
    </message>
    <message>
        <source>The code is newer than the database: setup:upgrade has to run; resume the upgrade.</source>
        <translation>Der Code ist neuer als die Datenbank: setup:upgrade muss laufen; setzen Sie das Upgrade fort.</translation>
    </message>
    <message>
        <source>Web requests regenerated classes during the cleanup: run the cleanup inside maintenance mode (resume the upgrade; the assistant turns maintenance on first).</source>
        <translation>Web-Anfragen haben während der Bereinigung Klassen neu generiert: Führen Sie die Bereinigung im Wartungsmodus aus (setzen Sie das Upgrade fort; der Assistent aktiviert zuerst den Wartungsmodus).</translation>
    </message>
    <message>
        <source>Session files belong to another user: the session-permissions step (chmod 770 var/session) fixes this; run as the files&apos; owner.</source>
        <translation>Sitzungsdateien gehören einem anderen Benutzer: Der Schritt für die Sitzungsrechte (chmod 770 var/session) behebt das; führen Sie den Assistenten als Eigentümer der Dateien aus.</translation>
    </message>
    <message>
        <source>Composer cannot satisfy the constraints in composer.json: relax or update the conflicting requirements it lists, then resume.</source>
        <translation>Composer kann die Bedingungen in composer.json nicht erfüllen: Lockern oder aktualisieren Sie die aufgeführten widersprüchlichen Anforderungen und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Magento 2.4 needs a running search engine (OpenSearch, or Elasticsearch before 2.4.8): start it and check catalog/search settings, then resume.</source>
        <translation>Magento 2.4 benötigt eine laufende Suchmaschine (OpenSearch oder, vor 2.4.8, Elasticsearch): Starten Sie sie, prüfen Sie die Einstellungen unter catalog/search und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>The server refused the SSH key for %1: check ssh-add -l / your key (IdentityFile in ~/.ssh/config) and the server&apos;s authorized_keys.</source>
        <translation>Der Server hat den SSH-Schlüssel für %1 abgelehnt: Prüfen Sie ssh-add -l bzw. Ihren Schlüssel (IdentityFile in ~/.ssh/config) und authorized_keys auf dem Server.</translation>
    </message>
    <message>
        <source>%1 only accepts a password over SSH, and the assistant never types one: set up key login (ssh-copy-id).</source>
        <translation>%1 akzeptiert über SSH nur ein Passwort, und der Assistent gibt nie eines ein: Richten Sie die Anmeldung per Schlüssel ein (ssh-copy-id).</translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key is unknown or changed: connect once by hand with ssh to check and accept it.</source>
        <translation>Der SSH-Host-Schlüssel des Servers ist unbekannt oder hat sich geändert: Verbinden Sie sich einmal von Hand per ssh, um ihn zu prüfen und zu akzeptieren.</translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key is unknown or changed: connect once with ssh %1 to check and accept it.</source>
        <translation>Der SSH-Host-Schlüssel des Servers ist unbekannt oder hat sich geändert: Verbinden Sie sich einmal mit ssh %1, um ihn zu prüfen und zu akzeptieren.</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection on port %2: check that sshd runs there and that the port is right.</source>
        <translation>%1 hat die SSH-Verbindung auf Port %2 abgelehnt: Prüfen Sie, ob dort sshd läuft und ob der Port stimmt.</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2 over SSH (%3): check the host name, the port, your VPN or firewall.</source>
        <translation>Keine SSH-Antwort von %1 auf Port %2 (%3): Prüfen Sie Hostname, Port, VPN und Firewall.</translation>
    </message>
    <message>
        <source>The server closed the SSH connection before login (sshd or a firewall refused it): run ssh by hand to see why.</source>
        <translation>Der Server hat die SSH-Verbindung vor der Anmeldung geschlossen (sshd oder eine Firewall hat sie abgelehnt): Führen Sie ssh von Hand aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The SSH connection broke while the command ran: it may still be running on the server (check with ps there) before you resume.</source>
        <translation>Die SSH-Verbindung ist während des Befehls abgebrochen: Er läuft auf dem Server möglicherweise noch; prüfen Sie das dort mit ps, bevor Sie fortsetzen.</translation>
    </message>
    <message>
        <source>SSH could not resolve the host name %1: check %2 and the Host entries of ~/.ssh/config.</source>
        <translation>SSH konnte den Hostnamen %1 nicht auflösen: Prüfen Sie %2 und die Host-Einträge in ~/.ssh/config.</translation>
    </message>
    <message>
        <source>PHP ran out of memory: the CLI memory_limit is too low. Give as %1 a wrapper that calls php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.</source>
        <translation>PHP hat nicht genug Arbeitsspeicher: Das memory_limit der CLI ist zu niedrig. Geben Sie bei %1 einen Wrapper an, der php -d memory_limit=2G aufruft, oder erhöhen Sie memory_limit in der php.ini der CLI.</translation>
    </message>
    <message>
        <source>PHP stopped with a fatal error; the console log says where. If it mentions memory, raise the CLI memory_limit to 2G.</source>
        <translation>PHP wurde mit einem schwerwiegenden Fehler beendet; das Konsolenprotokoll zeigt, wo. Ist von Speicher die Rede, erhöhen Sie das memory_limit der CLI auf 2G.</translation>
    </message>
    <message>
        <source>PHP ran out of memory: the CLI memory_limit is too low. Run with %1 pointing at a wrapper that calls php -d memory_limit=2G, or raise memory_limit in the CLI php.ini.</source>
        <translation>PHP hat nicht genug Arbeitsspeicher: Das memory_limit der CLI ist zu niedrig. Geben Sie bei %1 einen Wrapper an, der php -d memory_limit=2G aufruft, oder erhöhen Sie memory_limit in der php.ini der CLI.</translation>
    </message>
    <message>
        <source>repo.magento.com refused Composer because its access keys are missing or wrong: put them in auth.json next to composer.json or in $COMPOSER_HOME/auth.json as http-basic.repo.magento.com, the public key as username and the private key as password (from the Access Keys page of your Magento Marketplace account), then resume.</source>
        <translation>repo.magento.com hat Composer abgewiesen, weil die Zugangsschlüssel fehlen oder falsch sind: Tragen Sie sie in auth.json neben composer.json oder in $COMPOSER_HOME/auth.json als http-basic.repo.magento.com ein, den öffentlichen Schlüssel als Benutzername und den privaten Schlüssel als Passwort (von der Seite Access Keys Ihres Magento-Marketplace-Kontos), und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>%1 refused Composer because its credentials are missing or wrong: put them in auth.json next to composer.json or in $COMPOSER_HOME/auth.json (http-basic.%1, or the token that host uses), then resume.</source>
        <translation>%1 hat Composer abgewiesen, weil die Zugangsdaten fehlen oder falsch sind: Tragen Sie sie in auth.json neben composer.json oder in $COMPOSER_HOME/auth.json ein (http-basic.%1 oder das Token, das dieser Host verwendet) und setzen Sie dann fort.</translation>
    </message>
    <message numerus="yes">
        <source>Composer stopped at the plugin(s) %1, which config.allow-plugins does not allow: check that you trust each, then add &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} to composer.json and resume.</source>
        <translation>
            <numerusform>Composer hat angehalten, weil config.allow-plugins %n Plugin nicht erlaubt (%1): Prüfen Sie, ob Sie ihm vertrauen, fügen Sie dann &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} zu composer.json hinzu und setzen Sie fort.</numerusform>
            <numerusform>Composer hat angehalten, weil config.allow-plugins %n Plugins nicht erlaubt (%1): Prüfen Sie, ob Sie jedem davon vertrauen, fügen Sie dann &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} zu composer.json hinzu und setzen Sie fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composer ran out of memory under PHP&apos;s memory_limit: run it with COMPOSER_MEMORY_LIMIT=-1 in its environment (or raise memory_limit in the CLI php.ini), then resume.</source>
        <translation>Composer hatte unter dem memory_limit von PHP nicht genug Arbeitsspeicher: Führen Sie Composer mit COMPOSER_MEMORY_LIMIT=-1 in seiner Umgebung aus (oder erhöhen Sie memory_limit in der php.ini der CLI) und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a blocking package and what it pins</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Composer cannot resolve the requirements because of %1: update each to a version made for the new release, ask its vendor for one, or remove it, then resume.</source>
        <translation>Composer kann die Anforderungen wegen %1 nicht auflösen: Aktualisieren Sie jedes dieser Pakete auf eine Version für das neue Release, fragen Sie den jeweiligen Anbieter danach oder entfernen Sie es, und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>%1 needs PHP %2, but Composer ran with PHP %3: run the store&apos;s commands with a PHP that fits (and check config.platform.php in composer.json), then resume.</source>
        <translation>%1 benötigt PHP %2, aber Composer lief mit PHP %3: Führen Sie die Befehle des Shops mit einem passenden PHP aus (und prüfen Sie config.platform.php in composer.json) und setzen Sie dann fort.</translation>
    </message>
    <message numerus="yes">
        <source>Composer cannot install the requirements without the PHP extension(s) %1: install or enable each in the PHP that runs the store&apos;s commands, then resume.</source>
        <translation>
            <numerusform>Composer kann die Anforderungen nicht installieren, weil %n PHP-Erweiterung fehlt (%1): Installieren oder aktivieren Sie sie in dem PHP, das die Befehle des Shops ausführt, und setzen Sie dann fort.</numerusform>
            <numerusform>Composer kann die Anforderungen nicht installieren, weil %n PHP-Erweiterungen fehlen (%1): Installieren oder aktivieren Sie jede davon in dem PHP, das die Befehle des Shops ausführt, und setzen Sie dann fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store&apos;s Composer repositories do not have %1: check the name and the version (and the repositories in composer.json), then resume.</source>
        <translation>Die Composer-Repositories des Shops enthalten %1 nicht: Prüfen Sie Name und Version (und die Repositories in composer.json) und setzen Sie dann fort.</translation>
    </message>
</context>
<context>
    <name>mua::LogFileSearch</name>
    <message>
        <source>Could not read the log file %1.</source>
        <translation>Die Protokolldatei %1 konnte nicht gelesen werden.</translation>
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
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>Groß- und Kleinschreibung genau beachten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole log when nothing is selected</source>
        <translation>Die markierten Zeilen kopieren oder das ganze Protokoll, wenn nichts markiert ist</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Follow new lines</source>
        <translation>Neue Zeilen mitverfolgen</translation>
    </message>
    <message>
        <source>Keep the newest line in sight; scrolling up pauses this</source>
        <translation>Die neueste Zeile im Blick behalten; Hochscrollen unterbricht das</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>Show the time of every line</source>
        <translation>Die Uhrzeit jeder Zeile anzeigen</translation>
    </message>
    <message>
        <source>Upgrade log pane</source>
        <translation>Bereich des Upgrade-Protokolls</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Find in the log (%1). Enter finds the next line, Shift+Enter the previous one, Escape goes back to the log.</source>
        <translation>Im Protokoll suchen (%1). Eingabetaste findet die nächste Zeile, Umschalt+Eingabetaste die vorherige, Esc kehrt zum Protokoll zurück.</translation>
    </message>
    <message>
        <source>No match for “%1”</source>
        <translation>Kein Treffer für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log files (*.log);;Text files (*.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the log to %1.</source>
        <translation>Protokoll unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation>Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Wrap</source>
        <translation>&amp;Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines at the edge of the log instead of scrolling sideways (%1)</source>
        <translation>Lange Zeilen am Rand des Protokolls umbrechen, statt seitlich zu scrollen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s) are not shown: the log keeps the newest %1.</source>
        <translation>
            <numerusform>%n frühere Zeile wird nicht angezeigt: Das Protokoll behält die neuesten %1.</numerusform>
            <numerusform>%n frühere Zeilen werden nicht angezeigt: Das Protokoll behält die neuesten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier lines are not shown here: they are in the log file %1.</source>
        <translation>Frühere Zeilen werden hier nicht angezeigt: Sie stehen in der Protokolldatei %1.</translation>
    </message>
    <message>
        <source>Earlier lines are not shown here: they are in the log files %1.</source>
        <translation>Frühere Zeilen werden hier nicht angezeigt: Sie stehen in den Protokolldateien %1.</translation>
    </message>
    <message>
        <source>Save the lines shown here to a file</source>
        <translation>Die hier angezeigten Zeilen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save the whole log of the run (%1) to a file</source>
        <translation>Das gesamte Protokoll des Laufs (%1) in einer Datei speichern</translation>
    </message>
    <message>
        <source>Not in the lines shown here: searching the log file…</source>
        <translation>Nicht in den hier angezeigten Zeilen: Die Protokolldatei wird durchsucht…</translation>
    </message>
    <message>
        <source>“%1” is not in the lines shown here: it is in the log file %2 at line %3.</source>
        <translation>„%1“ steht nicht in den hier angezeigten Zeilen, sondern in der Protokolldatei %2 in Zeile %3.</translation>
    </message>
    <message>
        <source>Open the log file %1 (the text is at line %2)</source>
        <translation>Die Protokolldatei %1 öffnen (der Text steht in Zeile %2)</translation>
    </message>
    <message>
        <source>Saving the log to %1…</source>
        <translation>Das Protokoll wird unter %1 gespeichert…</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2.</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be read.</source>
        <translation>Die Protokolldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Saved the whole log to %1.</source>
        <translation>Das gesamte Protokoll wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved the lines shown here to %1. %2</source>
        <translation>Die hier angezeigten Zeilen wurden unter %1 gespeichert. %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lines shown here to %1; %n earlier line(s) were no longer kept.</source>
        <translation>
            <numerusform>Die hier angezeigten Zeilen wurden unter %1 gespeichert; %n frühere Zeile war nicht mehr vorhanden.</numerusform>
            <numerusform>Die hier angezeigten Zeilen wurden unter %1 gespeichert; %n frühere Zeilen waren nicht mehr vorhanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::LogView</name>
    <message>
        <source>Upgrade log</source>
        <translation>Upgrade-Protokoll</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Das Protokoll ist leer.</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2.</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation>Zeile %1 von %2: %3</translation>
    </message>
    <message>
        <source>Last line: %1</source>
        <translation>Letzte Zeile: %1</translation>
    </message>
</context>
<context>
    <name>mua::MagentoCommandStep</name>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1 in %2 s</translation>
    </message>
</context>
<context>
    <name>mua::MainWizard</name>
    <message>
        <source>Magento Upgrade Assistant</source>
        <translation>Magento-Upgrade-Assistent</translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <translation>Upgrade stoppen?</translation>
    </message>
    <message>
        <source>An upgrade is running. Stop it now? The running command is stopped, the store stays in maintenance mode, and you can resume later.</source>
        <translation>Ein Upgrade läuft. Jetzt stoppen? Der laufende Befehl wird beendet, der Shop bleibt im Wartungsmodus, und Sie können später fortsetzen.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>A rollback or another action on the store is still running and cannot be stopped; close the window when it has finished.</source>
        <translation>Ein Rollback oder eine andere Aktion am Shop läuft noch und kann nicht gestoppt werden; schließen Sie das Fenster, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Back to the review page, to change settings and upgrade again</source>
        <translation>Zurück zur Übersichtsseite, um Einstellungen zu ändern und das Upgrade erneut zu starten</translation>
    </message>
    <message>
        <source>Leave the shop offline?</source>
        <translation>Shop offline lassen?</translation>
    </message>
    <message>
        <source>%1 is still in maintenance mode: the shop answers 503 to every visitor until maintenance is turned off. Close the assistant anyway?</source>
        <translation>%1 ist noch im Wartungsmodus: Der Shop antwortet jedem Besucher mit 503, bis der Wartungsmodus deaktiviert wird. Den Assistenten trotzdem schließen?</translation>
    </message>
    <message>
        <source>Open the assistant on this store again to resume or to turn maintenance off.</source>
        <translation>Öffnen Sie den Assistenten erneut für diesen Shop, um fortzusetzen oder den Wartungsmodus zu deaktivieren.</translation>
    </message>
    <message>
        <source>Stop the upgrade and close?</source>
        <translation>Upgrade stoppen und schließen?</translation>
    </message>
    <message>
        <source>An upgrade is running. Stop it and close the window? The running command is stopped and the store stays in maintenance mode: the shop answers 503 until you resume or turn maintenance off. A notification says when the upgrade has stopped.</source>
        <translation>Ein Upgrade läuft. Stoppen und das Fenster schließen? Der laufende Befehl wird beendet, und der Shop bleibt im Wartungsmodus: Er antwortet mit 503, bis Sie fortsetzen oder den Wartungsmodus deaktivieren. Eine Benachrichtigung meldet, wenn das Upgrade gestoppt ist.</translation>
    </message>
</context>
<context>
    <name>mua::MaintenanceOffStep</name>
    <message>
        <source>maintenance was on before the run, so it stays on</source>
        <translation>der Wartungsmodus war vor dem Lauf aktiviert und bleibt daher aktiviert</translation>
    </message>
    <message>
        <source>Turns maintenance off and checks that the flag is gone.</source>
        <translation>Deaktiviert den Wartungsmodus und prüft, ob das Flag entfernt wurde.</translation>
    </message>
    <message>
        <source>Maintenance is still on after maintenance:disable (var/.maintenance.flag exists).</source>
        <translation>Der Wartungsmodus ist nach maintenance:disable noch aktiviert (var/.maintenance.flag existiert).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Put maintenance mode back</source>
        <translation>Wartungsmodus wiederherstellen</translation>
    </message>
</context>
<context>
    <name>mua::MaintenanceOnStep</name>
    <message>
        <source>Maintenance is already on; it stays on during and after the run.</source>
        <translation>Der Wartungsmodus ist bereits aktiviert; er bleibt während und nach dem Lauf aktiviert.</translation>
    </message>
    <message>
        <source>The storefront answers 503 until the run puts maintenance back.</source>
        <translation>Das Shop-Frontend antwortet mit 503, bis der Lauf den Wartungsmodus wiederherstellt.</translation>
    </message>
    <message>
        <source>maintenance:enable reported success but var/.maintenance.flag does not exist.</source>
        <translation>maintenance:enable meldete Erfolg, aber var/.maintenance.flag existiert nicht.</translation>
    </message>
    <message>
        <source>was already on</source>
        <translation>war bereits aktiviert</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Turn maintenance mode on</source>
        <translation>Wartungsmodus aktivieren</translation>
    </message>
    <message>
        <source>%1; the storefront answers 503</source>
        <translation>%1; das Shop-Frontend antwortet mit 503</translation>
    </message>
    <message>
        <source>%1 Maintenance was turned off again, as nothing else had changed.</source>
        <translation>%1 Der Wartungsmodus wurde wieder deaktiviert, da sich sonst nichts geändert hatte.</translation>
    </message>
    <message>
        <source>%1 Turning maintenance off again failed too: %2</source>
        <translation>%1 Auch das erneute Deaktivieren des Wartungsmodus ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>mua::MoveGuard</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2: %3.</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3.</translation>
    </message>
    <message>
        <source>The link %1 cannot be kept: %2.</source>
        <translation>Der Link %1 kann nicht aufbewahrt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2, which the version move does not keep: remove it from the code first.</source>
        <translation>%1 ist %2, und so etwas bewahrt der Versionswechsel nicht auf: Entfernen Sie es zuerst aus dem Code.</translation>
    </message>
    <message>
        <source>%1 cannot be made: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be given its mode: %2.</source>
        <translation>Die Zugriffsrechte von %1 können nicht gesetzt werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2: %3.</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3.</translation>
    </message>
    <message>
        <source>%1 is there already: an earlier move was interrupted.</source>
        <translation>%1 ist bereits vorhanden: Ein früherer Versionswechsel wurde unterbrochen.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The kept copy of the code (%1) has no manifest: it was never finished, and the code was not changed after it.</source>
        <translation>Die aufbewahrte Kopie des Codes (%1) hat kein Manifest: Sie wurde nie fertiggestellt, und der Code wurde danach nicht geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be kept: %2.</source>
        <translation>%1 kann nicht aufbewahrt werden: %2.</translation>
    </message>
    <message>
        <source>the copy stopped</source>
        <translation>das Kopieren wurde abgebrochen</translation>
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
        <translation>der Webhook unter %1</translation>
    </message>
    <message>
        <source>✅ Magento upgrade succeeded: %1 on %2 in %3.</source>
        <translation>✅ Magento-Upgrade erfolgreich: %1 auf %2 in %3.</translation>
    </message>
    <message>
        <source>❌ Magento upgrade failed at %1: %2 on %3 after %4.</source>
        <translation>❌ Magento-Upgrade beim Schritt „%1“ fehlgeschlagen: %2 auf %3 nach %4.</translation>
    </message>
    <message>
        <source>⏹ Magento upgrade cancelled during %1: %2 on %3 after %4.</source>
        <translation>⏹ Magento-Upgrade beim Schritt „%1“ abgebrochen: %2 auf %3 nach %4.</translation>
    </message>
    <message>
        <source>⛔ Magento upgrade refused: %1 on %2.</source>
        <translation>⛔ Magento-Upgrade abgelehnt: %1 auf %2.</translation>
    </message>
    <message>
        <source>Storefront %1: %2.</source>
        <translation>Shop-Frontend %1: %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Known fix: %1</source>
        <translation>Bekannte Lösung: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3 — check the webhook&apos;s address.</source>
        <translation>%1 hat mit HTTP %2%3 geantwortet — prüfen Sie die Adresse des Webhooks.</translation>
    </message>
    <message>
        <source> (&quot;%1&quot;)</source>
        <translation> („%1“)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file: put the webhook&apos;s address into a file.</source>
        <translation>%1 ist keine reguläre Datei: Schreiben Sie die Adresse des Webhooks in eine Datei.</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users (mode %2): the address is the webhook&apos;s password, so run chmod 600 %3 first.</source>
        <translation>%1 kann von anderen Benutzern gelesen oder geändert werden (Modus %2): Die Adresse ist das Passwort des Webhooks, führen Sie also zuerst chmod 600 %3 aus.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far more than a webhook&apos;s address: check the file.</source>
        <translation>%1 ist %2 Byte groß, weit mehr als die Adresse eines Webhooks: Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 is empty: put the webhook&apos;s address on its first line.</source>
        <translation>%1 ist leer: Schreiben Sie die Adresse des Webhooks in die erste Zeile.</translation>
    </message>
</context>
<context>
    <name>mua::Plan</name>
    <message>
        <source>Upgrade the database and modules</source>
        <translation>Datenbank und Module aktualisieren</translation>
    </message>
    <message>
        <source>Updates the database schema and data of every module and cleans caches and generated code.</source>
        <translation>Aktualisiert Datenbankschema und Daten aller Module und bereinigt Caches und generierten Code.</translation>
    </message>
    <message>
        <source>Compile dependency injection</source>
        <translation>Dependency Injection kompilieren</translation>
    </message>
    <message>
        <source>Generates code and dependency injection configuration (production mode).</source>
        <translation>Generiert Code und die Dependency-Injection-Konfiguration (Modus production).</translation>
    </message>
    <message>
        <source>Deploy static files</source>
        <translation>Statische Dateien bereitstellen</translation>
    </message>
    <message>
        <source>Deploys the storefront&apos;s and Admin&apos;s static files (production mode).</source>
        <translation>Stellt die statischen Dateien von Shop-Frontend und Admin bereit (Modus production).</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>Readiness:</source>
        <translation>Bereitschaft:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>the deploy mode is unknown (see the readiness check)</source>
        <translation>der Bereitstellungsmodus ist unbekannt (siehe Bereitschaftsprüfung)</translation>
    </message>
    <message>
        <source>the store is in %1 mode, not production (%2)</source>
        <translation>der Shop ist im Modus %1, nicht im Modus production (%2)</translation>
    </message>
    <message>
        <source>Plan for %1 (Magento %2 %3, %4)</source>
        <translation>Plan für %1 (Magento %2 %3, %4)</translation>
    </message>
    <message>
        <source>Move: %1 %2 → %3</source>
        <translation>Versionswechsel: %1 %2 → %3</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Blockierende Pakete:</translation>
    </message>
    <message>
        <source>Impact report (kept from an earlier impact of this move): %1 need a look, %2 worth knowing, %3 only whitespace or comments; impact ROOT --target-version %4 lists them.</source>
        <translation>Auswirkungsbericht (aus einem früheren impact-Lauf für diesen Versionswechsel): %1 bitte prüfen, %2 gut zu wissen, %3 nur Leerraum oder Kommentare; impact ROOT --target-version %4 listet sie auf.</translation>
    </message>
</context>
<context>
    <name>mua::PreflightStep</name>
    <message>
        <source>Magento store</source>
        <translation>Magento-Shop</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
    <message>
        <source>File-system owner</source>
        <translation>Dateieigentümer</translation>
    </message>
    <message>
        <source>You are running as %1, but app/etc/env.php belongs to %2.</source>
        <translation>Sie arbeiten als %1, aber app/etc/env.php gehört %2.</translation>
    </message>
    <message>
        <source>Run the assistant as %1, for example: sudo -u %1 magento-upgrade-assistant …</source>
        <translation>Führen Sie den Assistenten als %1 aus, zum Beispiel: sudo -u %1 magento-upgrade-assistant …</translation>
    </message>
    <message>
        <source>Running as %1, the owner of the store&apos;s files.</source>
        <translation>Läuft als %1, dem Eigentümer der Shop-Dateien.</translation>
    </message>
    <message>
        <source>Writable folders</source>
        <translation>Beschreibbare Ordner</translation>
    </message>
    <message>
        <source>%1 can be written.</source>
        <translation>In %1 kann geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written by this user.</source>
        <translation>Dieser Benutzer kann nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>Run as the store&apos;s owner, or give the owner write permission on them.</source>
        <translation>Führen Sie den Assistenten als Eigentümer des Shops aus oder geben Sie dem Eigentümer Schreibrechte darauf.</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Only %1 free where the store lives.</source>
        <translation>Nur %1 frei auf dem Laufwerk des Shops.</translation>
    </message>
    <message>
        <source>Free at least %1 before upgrading.</source>
        <translation>Geben Sie vor dem Upgrade mindestens %1 frei.</translation>
    </message>
    <message>
        <source>%1 free.</source>
        <translation>%1 frei.</translation>
    </message>
    <message>
        <source>Composer and setup:upgrade may need more; free at least 1 GB.</source>
        <translation>Composer und setup:upgrade benötigen eventuell mehr; geben Sie mindestens 1 GB frei.</translation>
    </message>
    <message>
        <source>PHP</source>
        <translation>PHP</translation>
    </message>
    <message>
        <source>%1 did not print its version.</source>
        <translation>%1 hat keine Version ausgegeben.</translation>
    </message>
    <message>
        <source>PHP %1 with memory_limit %2; Magento needs at least 756M.</source>
        <translation>PHP %1 mit memory_limit %2; Magento benötigt mindestens 756M.</translation>
    </message>
    <message>
        <source>PHP %1 with memory_limit %2; 2G or more is recommended.</source>
        <translation>PHP %1 mit memory_limit %2; 2G oder mehr wird empfohlen.</translation>
    </message>
    <message>
        <source>PHP %1 with memory_limit %2.</source>
        <translation>PHP %1 mit memory_limit %2.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Setup Wizard leftovers</source>
        <translation>Reste des Setup-Assistenten</translation>
    </message>
    <message>
        <source>No flags left by Magento&apos;s web Setup Wizard.</source>
        <translation>Keine Flags vom Web-Setup-Assistenten von Magento übrig.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>If no web Setup Wizard update is running, delete them before upgrading.</source>
        <translation>Wenn kein Update über den Web-Setup-Assistenten läuft, löschen Sie diese Dateien vor dem Upgrade.</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>This store is a git clone of Magento: its version comes from git, not from Composer.</source>
        <translation>Dieser Shop ist ein Git-Klon von Magento: Seine Version kommt aus git, nicht aus Composer.</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>The store is on %1, a network share: every file operation is a round trip.</source>
        <translation>Der Shop liegt auf %1, einer Netzwerkfreigabe: Jeder Dateizugriff geht über das Netzwerk.</translation>
    </message>
    <message>
        <source>Cleaning generated code may take minutes; run on the server where you can.</source>
        <translation>Das Bereinigen des generierten Codes kann Minuten dauern; arbeiten Sie nach Möglichkeit direkt auf dem Server.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The database needs setup:upgrade (setup:db:status exit code 2).</source>
        <translation>Die Datenbank benötigt setup:upgrade (setup:db:status mit Exit-Code 2).</translation>
    </message>
    <message>
        <source>All modules are up to date; setup:upgrade will still run and apply the configuration.</source>
        <translation>Alle Module sind aktuell; setup:upgrade läuft trotzdem und wendet die Konfiguration an.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The store is not installed or cannot start; run %1 by hand and fix what it says.</source>
        <translation>Der Shop ist nicht installiert oder kann nicht starten; führen Sie %1 von Hand aus und beheben Sie die gemeldeten Probleme.</translation>
    </message>
    <message>
        <source>Read-only checks: owner, writable folders, disk space, PHP version and memory_limit, wizard leftovers, database status.</source>
        <translation>Nur lesende Prüfungen: Eigentümer, beschreibbare Ordner, Speicherplatz, PHP-Version und memory_limit, Reste des Setup-Assistenten, Datenbankstatus.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Cancelled during the readiness check.</source>
        <translation>Während der Bereitschaftsprüfung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>%n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>Cannot read who owns %1.</source>
        <translation>Der Eigentümer von %1 kann nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>Run the assistant as the store&apos;s owner.</source>
        <translation>Führen Sie den Assistenten als Eigentümer des Shops aus.</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Ausführungsart</translation>
    </message>
    <message>
        <source>Without it, bin/magento runs with this computer&apos;s PHP, which may not reach the project&apos;s database and services.</source>
        <translation>Ohne diese Option läuft bin/magento mit dem PHP dieses Computers, das die Datenbank und die Dienste des Projekts möglicherweise nicht erreicht.</translation>
    </message>
    <message>
        <source>Container environment</source>
        <translation>Container-Umgebung</translation>
    </message>
    <message>
        <source>Run %1 by hand to see why.</source>
        <translation>Führen Sie %1 von Hand aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Raise memory_limit in the PHP configuration of the container (with ddev: a .ini file in .ddev/php/), then restart it with %1.</source>
        <translation>Erhöhen Sie memory_limit in der PHP-Konfiguration des Containers (bei ddev: eine .ini-Datei in .ddev/php/) und starten Sie ihn dann mit %1 neu.</translation>
    </message>
    <message>
        <source>Container files</source>
        <translation>Dateien im Container</translation>
    </message>
    <message>
        <source>PHP in the container does not see the store in %1: the lock file this run wrote there (var/.upgrade-assistant.lock) is missing or different in the folder where %2 runs bin/magento.</source>
        <translation>PHP im Container sieht den Shop in %1 nicht: Die Sperrdatei, die dieser Lauf dort geschrieben hat (var/.upgrade-assistant.lock), fehlt oder ist eine andere in dem Ordner, in dem %2 bin/magento ausführt.</translation>
    </message>
    <message>
        <source>Mount the store folder into the container (a bind mount, not a named volume), and for docker compose make it the service&apos;s working folder; or run the assistant inside the container with the local runner.</source>
        <translation>Binden Sie den Shop-Ordner in den Container ein (als Bind-Mount, nicht als benanntes Volume) und machen Sie ihn bei docker compose zum Arbeitsordner des Dienstes; oder führen Sie den Assistenten im Container mit der Ausführungsart local aus.</translation>
    </message>
    <message>
        <source>%1 says that PHP runs in the project&apos;s container: choose the runner %2.</source>
        <translation>Laut %1 läuft PHP im Container des Projekts: Wählen Sie die Ausführungsart %2.</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter, or give its path as %1.</source>
        <translation>Installieren Sie den PHP-Kommandozeileninterpreter oder geben Sie seinen Pfad bei %1 an.</translation>
    </message>
    <message>
        <source>Raise memory_limit in the CLI php.ini, or give as %1 a wrapper that passes -d memory_limit=2G.</source>
        <translation>Erhöhen Sie memory_limit in der php.ini der CLI oder geben Sie bei %1 einen Wrapper an, der -d memory_limit=2G übergibt.</translation>
    </message>
    <message>
        <source>Check out %1 with git, and leave %2 empty.</source>
        <translation>Checken Sie %1 mit git aus und lassen Sie %2 leer.</translation>
    </message>
    <message>
        <source>The database needs setup:upgrade: its modules are behind the code.</source>
        <translation>Die Datenbank benötigt setup:upgrade: Die Module darin sind nicht auf dem Stand des Codes.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a program</source>
        <translation>%1 ist ein Ordner, kein Programm</translation>
    </message>
    <message>
        <source>%1 is not executable</source>
        <translation>%1 ist nicht ausführbar</translation>
    </message>
    <message>
        <source>%1 is not found on PATH</source>
        <translation>%1 wurde im PATH nicht gefunden</translation>
    </message>
    <message>
        <source>Composer cannot be started for %1: %2.</source>
        <translation>Composer kann für %1 nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>Install Composer 2 on this computer, so that the command composer runs.</source>
        <translation>Installieren Sie Composer 2 auf diesem Computer, sodass der Befehl composer läuft.</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Zielversion</translation>
    </message>
    <message>
        <source>%1 is the version installed already (%2, from %3).</source>
        <translation>%1: Diese Version ist bereits installiert (%2, aus %3).</translation>
    </message>
    <message>
        <source>%1 is older than the installed %2 (from %3): Magento is not moved back with Composer.</source>
        <translation>%1: Diese Version ist älter als die installierte Version %2 (aus %3); mit Composer wird Magento nicht auf eine ältere Version zurückgesetzt.</translation>
    </message>
    <message>
        <source>Leave %1 out to run the upgrade steps on the installed version.</source>
        <translation>Lassen Sie %1 weg, um die Upgrade-Schritte auf der installierten Version auszuführen.</translation>
    </message>
    <message>
        <source>To go back to an earlier version, roll back to a backup taken before.</source>
        <translation>Um zu einer früheren Version zurückzukehren, stellen Sie eine zuvor erstellte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The installed version is unknown, so whether %1 is newer cannot be checked.</source>
        <translation>Die installierte Version ist unbekannt, daher lässt sich nicht prüfen, ob %1 neuer ist.</translation>
    </message>
    <message>
        <source>Make sure %1 is newer than what the store runs.</source>
        <translation>Stellen Sie sicher, dass %1 neuer ist als die Version, die der Shop verwendet.</translation>
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
        <translation>MAGE_MODE=%1 ist in dieser Umgebung gesetzt, daher läuft bin/magento hier im Modus %1, der Shop dagegen im %2.</translation>
    </message>
    <message>
        <source>Run the assistant without it (env -u MAGE_MODE magento-upgrade-assistant …), or the commands may behave unlike the shop (setup:static-content:deploy refuses outside production mode).</source>
        <translation>Starten Sie den Assistenten ohne diese Variable (env -u MAGE_MODE magento-upgrade-assistant …), sonst verhalten sich die Befehle womöglich anders als im Shop (setup:static-content:deploy verweigert außerhalb des Modus production den Dienst).</translation>
    </message>
    <message>
        <source>Deploy mode</source>
        <translation>Bereitstellungsmodus</translation>
    </message>
    <message>
        <source>%1 says %2 mode (app/etc/env.php computes MAGE_MODE at run time).</source>
        <translation>%1 meldet den Modus %2 (app/etc/env.php ermittelt MAGE_MODE zur Laufzeit).</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2</source>
        <translation>%1 ist ein symbolischer Link auf %2</translation>
    </message>
    <message>
        <source>%1 (the assistant empties %2 only as a real folder in the store, never through a link)</source>
        <translation>%1 (der Assistent leert %2 nur als echten Ordner im Shop, nie über einen Link)</translation>
    </message>
    <message>
        <source>%1 (setup:upgrade and the static deploy need a folder there)</source>
        <translation>%1 (setup:upgrade und das Bereitstellen der statischen Dateien brauchen dort einen Ordner)</translation>
    </message>
    <message>
        <source>%1, outside the store (setup:upgrade would empty what it points to)</source>
        <translation>%1, außerhalb des Shops (setup:upgrade würde leeren, worauf er zeigt)</translation>
    </message>
    <message>
        <source>%1: the session permissions are not changed there</source>
        <translation>%1: Dort werden die Sitzungsrechte nicht geändert</translation>
    </message>
    <message>
        <source>Folders the upgrade changes</source>
        <translation>Vom Upgrade geänderte Ordner</translation>
    </message>
    <message>
        <source>Make them real folders inside the store (move what the link points to into the store, or remove the link and create the folder), then check again.</source>
        <translation>Machen Sie daraus echte Ordner im Shop (verschieben Sie das Ziel des Links in den Shop oder entfernen Sie den Link und legen Sie den Ordner an) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Fix the permissions where the link points by hand, if sessions are lost.</source>
        <translation>Falls Sitzungen verloren gehen, korrigieren Sie die Rechte am Ziel des Links von Hand.</translation>
    </message>
    <message>
        <source>Every folder the steps change is inside the store.</source>
        <translation>Alle Ordner, die die Schritte ändern, liegen im Shop.</translation>
    </message>
    <message>
        <source>The PHP to run the store with cannot be started: %1.</source>
        <translation>Das PHP, mit dem der Shop laufen soll, kann nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Check out the release with git instead of %1.</source>
        <translation>Checken Sie die Version mit git aus, statt %1 zu verwenden.</translation>
    </message>
    <message>
        <source>Install Composer 2 or give its path with %1.</source>
        <translation>Installieren Sie Composer 2 oder geben Sie seinen Pfad mit %1 an.</translation>
    </message>
    <message>
        <source>To go back to an earlier version, roll back to a backup taken before (%1).</source>
        <translation>Um zu einer früheren Version zurückzukehren, stellen Sie eine zuvor erstellte Sicherung wieder her (%1).</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter (php-cli) or choose one with %1.</source>
        <translation>Installieren Sie den PHP-Kommandozeileninterpreter (php-cli) oder wählen Sie einen mit %1.</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter (php-cli), or give its path as %1.</source>
        <translation>Installieren Sie den PHP-Kommandozeileninterpreter (php-cli) oder geben Sie seinen Pfad als %1 an.</translation>
    </message>
    <message>
        <source>Install the PHP command-line interpreter or choose one with %1.</source>
        <translation>Installieren Sie den PHP-Kommandozeileninterpreter oder wählen Sie einen mit %1.</translation>
    </message>
    <message>
        <source>Raise memory_limit in the CLI php.ini, or run with %1 pointing at a wrapper that passes -d memory_limit=2G.</source>
        <translation>Erhöhen Sie memory_limit in der php.ini der CLI oder geben Sie bei %1 einen Wrapper an, der -d memory_limit=2G übergibt.</translation>
    </message>
</context>
<context>
    <name>mua::ReadinessPage</name>
    <message>
        <source>Readiness check</source>
        <translation>Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>What the upgrade needs from this machine and this store. These checks only read.</source>
        <translation>Was das Upgrade von diesem Rechner und diesem Shop braucht. Diese Prüfungen lesen nur.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Lösung: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: fix them, then press Check again.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: Beheben Sie das Problem und klicken Sie dann auf „Erneut prüfen“.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen: Beheben Sie die Probleme und klicken Sie dann auf „Erneut prüfen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) worth reading.</source>
        <translation>
            <numerusform>Bereit, mit %n Warnung, die Sie lesen sollten.</numerusform>
            <numerusform>Bereit, mit %n Warnungen, die Sie lesen sollten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: every check passed.</source>
        <translation>Bereit: Alle Prüfungen bestanden.</translation>
    </message>
</context>
<context>
    <name>mua::ReviewPage</name>
    <message>
        <source>Review the upgrade</source>
        <translation>Upgrade überprüfen</translation>
    </message>
    <message>
        <source>What will change, step by step. Press Upgrade to start; the store goes into maintenance mode.</source>
        <translation>Was sich ändert, Schritt für Schritt. Klicken Sie zum Starten auf „Upgrade starten“; der Shop wechselt in den Wartungsmodus.</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade starten</translation>
    </message>
    <message>
        <source>keep the installed code, e.g. 2.4.8</source>
        <translation>installierten Code beibehalten, z. B. 2.4.8</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>unknown (app/etc/config.php could not be read)</source>
        <translation>unbekannt (app/etc/config.php konnte nicht gelesen werden)</translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n aktiviert</numerusform>
            <numerusform>%n aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>%1, will run</source>
        <translation>%1, wird ausgeführt</translation>
    </message>
    <message>
        <source>%1, skipped</source>
        <translation>%1, übersprungen</translation>
    </message>
    <message>
        <source>not checked, e.g. https://shop.example.com/</source>
        <translation>nicht geprüft, z. B. https://shop.example.com/</translation>
    </message>
    <message>
        <source>The storefront address</source>
        <translation>Die Adresse des Shop-Frontends</translation>
    </message>
    <message>
        <source>Optional. Checked over HTTP: 200 before the upgrade, 503 during maintenance, 200 after it.</source>
        <translation>Optional. Wird per HTTP geprüft: 200 vor dem Upgrade, 503 im Wartungsmodus, 200 danach.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The database and the modules are brought up to the code that is installed.</source>
        <translation>Datenbank und Module werden auf den Stand des installierten Codes gebracht.</translation>
    </message>
    <message>
        <source>Composer moves the code to %1 first; the database and the modules follow it.</source>
        <translation>Composer bringt den Code zuerst auf %1; Datenbank und Module folgen.</translation>
    </message>
    <message>
        <source>The step “%1” would fail: %2</source>
        <translation>Der Schritt „%1“ würde fehlschlagen: %2</translation>
    </message>
    <message>
        <source>Press Back to untick %1 or to choose another %2.</source>
        <translation>Klicken Sie auf „Zurück“, um das Häkchen bei %1 zu entfernen oder unter %2 einen anderen Ordner zu wählen.</translation>
    </message>
    <message>
        <source>The upgrade cannot start: %1</source>
        <translation>Das Upgrade kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Reading the versions the store&apos;s repositories offer…</source>
        <translation>Die Versionen, die die Repositories des Shops anbieten, werden gelesen…</translation>
    </message>
    <message>
        <source>%1 Type the version to move to instead.</source>
        <translation>%1 Geben Sie die Zielversion stattdessen selbst ein.</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no version of %1.</source>
        <translation>Die Repositories des Shops bieten keine Version von %1 an.</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no version newer than %1.</source>
        <translation>Die Repositories des Shops bieten keine neuere Version als %1 an.</translation>
    </message>
    <message numerus="yes">
        <source>%n newer version(s) offered: choose one from the list, or type one.</source>
        <translation>
            <numerusform>%n neuere Version angeboten: Wählen Sie sie aus der Liste oder geben Sie eine Version ein.</numerusform>
            <numerusform>%n neuere Versionen angeboten: Wählen Sie eine aus der Liste oder geben Sie eine Version ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>keep the installed code</source>
        <translation>installierten Code beibehalten</translation>
    </message>
    <message>
        <source>%1 (PHP %2)</source>
        <translation>%1 (PHP %2)</translation>
    </message>
    <message>
        <source>%1 → %2: Composer is working the move out in a scratch copy; nothing in the store changes…</source>
        <translation>%1 → %2: Composer berechnet den Versionswechsel in einer temporären Kopie; am Shop ändert sich nichts…</translation>
    </message>
    <message>
        <source>the installed version</source>
        <translation>Installierte Version</translation>
    </message>
    <message>
        <source>“%1” is not a Magento version: choose one from the list, or type one such as 2.4.8.</source>
        <translation>„%1“ ist keine Magento-Version: Wählen Sie eine aus der Liste oder geben Sie eine ein, etwa 2.4.8.</translation>
    </message>
    <message>
        <source>The check “%1” failed: %2</source>
        <translation>Die Prüfung „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: Composer cannot make the move: %n package(s) block it.</source>
        <translation>
            <numerusform>%1 → %2: Composer kann den Versionswechsel nicht durchführen: %n Paket blockiert ihn.</numerusform>
            <numerusform>%1 → %2: Composer kann den Versionswechsel nicht durchführen: %n Pakete blockieren ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: the move cannot be made until the checks marked below pass.</source>
        <translation>%1 → %2: Der Versionswechsel ist erst möglich, wenn die unten markierten Prüfungen bestanden sind.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: Composer can make the move; %n package(s) change.</source>
        <translation>
            <numerusform>%1 → %2: Composer kann den Versionswechsel durchführen; %n Paket ändert sich.</numerusform>
            <numerusform>%1 → %2: Composer kann den Versionswechsel durchführen; %n Pakete ändern sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Rollback</name>
    <message>
        <source>Cannot open the store folder: %1.</source>
        <translation>Der Shop-Ordner kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot make %1 in the store: %2.</source>
        <translation>%1 kann im Shop nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the store folder</source>
        <translation>Der Shop-Ordner</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3.</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3.</translation>
    </message>
    <message>
        <source>Cannot make %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot put back %1: something else is in its place.</source>
        <translation>%1 kann nicht zurückgestellt werden: An seiner Stelle befindet sich etwas anderes.</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n neue Bestellung</numerusform>
            <numerusform>%n neue Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed order(s)</source>
        <translation>
            <numerusform>%n geänderte Bestellung</numerusform>
            <numerusform>%n geänderte Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer account(s)</source>
        <translation>
            <numerusform>%n neues Kundenkonto</numerusform>
            <numerusform>%n neue Kundenkonten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cart(s)</source>
        <translation>
            <numerusform>%n neuer Warenkorb</numerusform>
            <numerusform>%n neue Warenkörbe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Tables dropped: %1</source>
        <translation>Gelöschte Tabellen: %1</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Check that a rollback is safe</source>
        <translation>Prüfen, ob ein Rollback sicher ist</translation>
    </message>
    <message>
        <source>Extract the code beside the store</source>
        <translation>Code neben dem Shop entpacken</translation>
    </message>
    <message>
        <source>Turn maintenance mode on</source>
        <translation>Wartungsmodus aktivieren</translation>
    </message>
    <message>
        <source>Put the code back</source>
        <translation>Code wiederherstellen</translation>
    </message>
    <message>
        <source>Put the database back</source>
        <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>Empty the code-generation folders and caches</source>
        <translation>Ordner für generierten Code und Caches leeren</translation>
    </message>
    <message>
        <source>Put maintenance mode back</source>
        <translation>Wartungsmodus wiederherstellen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>rollback works with the local runner only in this version.</source>
        <translation>rollback funktioniert in dieser Version nur mit der Ausführungsart local.</translation>
    </message>
    <message>
        <source>Refused: %1 Give the folder of one backup (the one that holds manifest.json); &apos;magento-upgrade-assistant backups %2&apos; lists them. Nothing was changed.</source>
        <translation>Abgelehnt: %1 Geben Sie den Ordner einer einzelnen Sicherung an (den Ordner mit manifest.json); &apos;magento-upgrade-assistant backups %2&apos; listet sie auf. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Refused: %1 %2 Nothing was changed.</source>
        <translation>Abgelehnt: %1 %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Magento Upgrade Assistant %1: rolling %2 back to the backup in %3, taken %4 (Magento %5).</source>
        <translation>Magento-Upgrade-Assistent %1: Rollback von %2 auf die Sicherung in %3, erstellt %4 (Magento %5).</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Refused: %1 Nothing was changed.</source>
        <translation>Abgelehnt: %1 Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), sizes and sha256 match the manifest</source>
        <translation>
            <numerusform>%n Datei, Größe und sha256 stimmen mit dem Manifest überein</numerusform>
            <numerusform>%n Dateien, Größen und sha256 stimmen mit dem Manifest überein</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Refused: the backup was taken of the store in %1, not of %2.</source>
        <translation>Abgelehnt: Die Sicherung wurde vom Shop in %1 erstellt, nicht von %2.</translation>
    </message>
    <message>
        <source>Refused: the backup holds the database %1, but app/etc/env.php now uses %2.</source>
        <translation>Abgelehnt: Die Sicherung enthält die Datenbank %1, aber app/etc/env.php verwendet jetzt %2.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Module versions changed since the backup, put back by the rollback: %1</source>
        <translation>Seit der Sicherung geänderte Modulversionen, die der Rollback zurücksetzt: %1</translation>
    </message>
    <message>
        <source>same store and database; %1 accepted as lost</source>
        <translation>derselbe Shop und dieselbe Datenbank; Verlust akzeptiert: %1</translation>
    </message>
    <message>
        <source>same store and database; nothing taken in since the backup</source>
        <translation>derselbe Shop und dieselbe Datenbank; seit der Sicherung ist nichts hinzugekommen</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Refused: putting the code back needs about %1 beside the store, but only %2 is free in %3.</source>
        <translation>Abgelehnt: Zum Wiederherstellen des Codes werden neben dem Shop etwa %1 benötigt, aber in %3 ist nur %2 frei.</translation>
    </message>
    <message>
        <source>The code archive could not be extracted (%1).</source>
        <translation>Das Code-Archiv konnte nicht entpackt werden (%1).</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Could not put maintenance back: %1</source>
        <translation>Der Wartungsmodus konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was restored.</source>
        <translation>%1 Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The code could not be put back: %1 The store&apos;s code is as it was, and the database was not touched.</source>
        <translation>Der Code konnte nicht wiederhergestellt werden: %1 Der Code des Shops ist unverändert, und die Datenbank wurde nicht angetastet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries put back; %1 kept as they are</source>
        <translation>
            <numerusform>%n Eintrag wiederhergestellt; %1 unverändert beibehalten</numerusform>
            <numerusform>%n Einträge wiederhergestellt; %1 unverändert beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>bin/magento cache:flush did not succeed; caches outside the store (Redis, Valkey) may still hold the newer code&apos;s entries: flush them by hand.</source>
        <translation>bin/magento cache:flush war nicht erfolgreich; Caches außerhalb des Shops (Redis, Valkey) enthalten möglicherweise noch Einträge des neueren Codes: Leeren Sie sie von Hand.</translation>
    </message>
    <message>
        <source>emptied %1</source>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>maintenance was on before the rollback, so it stays on</source>
        <translation>der Wartungsmodus war vor dem Rollback aktiviert und bleibt daher aktiviert</translation>
    </message>
    <message>
        <source>The code and the database are back, but maintenance could not be turned off: %1</source>
        <translation>Code und Datenbank sind wiederhergestellt, aber der Wartungsmodus konnte nicht deaktiviert werden: %1</translation>
    </message>
    <message>
        <source>Deleting the code the rollback replaced …</source>
        <translation>Der durch den Rollback ersetzte Code wird gelöscht …</translation>
    </message>
    <message>
        <source>Rolled back to the backup of %1 (Magento %2): the code and the database are as they were then; maintenance is %3, as it was before the rollback.</source>
        <translation>Rollback auf die Sicherung vom %1 (Magento %2) abgeschlossen: Code und Datenbank sind wieder wie damals; der Wartungsmodus ist %3, wie vor dem Rollback.</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>When the store looks right, turn it off with: %1</source>
        <translation>Wenn der Shop in Ordnung ist, deaktivieren Sie den Wartungsmodus mit: %1</translation>
    </message>
    <message>
        <source>The store is in production mode: run %1 and %2 before it serves customers again.</source>
        <translation>Der Shop ist im Modus production: Führen Sie %1 und %2 aus, bevor er wieder Kunden bedient.</translation>
    </message>
    <message>
        <source>Moving the files back failed too: %1</source>
        <translation>Auch das Zurückverschieben der Dateien ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot move %1 back to %2: %3.</source>
        <translation>%1 kann nicht nach %2 zurückverschoben werden: %3.</translation>
    </message>
    <message>
        <source>Dump the database as it is now</source>
        <translation>Datenbank im jetzigen Zustand per Dump sichern</translation>
    </message>
    <message>
        <source>%1 Made var/.maintenance.flag directly instead.</source>
        <translation>%1 Stattdessen wurde var/.maintenance.flag direkt angelegt.</translation>
    </message>
    <message>
        <source>on (var/.maintenance.flag made directly)</source>
        <translation>aktiviert (var/.maintenance.flag direkt angelegt)</translation>
    </message>
    <message>
        <source>Refused: with maintenance on, the orders placed since the backup could not be counted again (%1); maintenance is back as it was. Nothing was restored.</source>
        <translation>Abgelehnt: Bei aktiviertem Wartungsmodus konnten die seit der Sicherung eingegangenen Bestellungen nicht erneut gezählt werden (%1); der Wartungsmodus ist wieder wie zuvor. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Refused: while maintenance mode was being turned on the store took in more; since the backup it now has %1. Maintenance is back as it was and nothing was restored; run the rollback again to decide.</source>
        <translation>Abgelehnt: Während der Wartungsmodus aktiviert wurde, ist im Shop weiteres hinzugekommen; seit der Sicherung hat sich nun Folgendes geändert: %1. Der Wartungsmodus ist wieder wie zuvor, und es wurde nichts wiederhergestellt; führen Sie den Rollback erneut aus, um zu entscheiden.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The database could not be dumped as it is now (%1), and the rollback needs that dump to undo a failed load. Nothing was restored.</source>
        <translation>Der jetzige Zustand der Datenbank konnte nicht per Dump gesichert werden (%1), und der Rollback benötigt diesen Dump, um ein fehlgeschlagenes Laden rückgängig zu machen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The code could not be put back: %1 The store&apos;s files are partly in %2 (the code the rollback replaced) and %3 (the backup&apos;s); move them back by hand. The database was not touched; the store stays in maintenance mode.</source>
        <translation>Der Code konnte nicht wiederhergestellt werden: %1 Die Dateien des Shops liegen teils in %2 (der durch den Rollback ersetzte Code) und teils in %3 (der Code aus der Sicherung); verschieben Sie sie von Hand zurück. Die Datenbank wurde nicht angetastet; der Shop bleibt im Wartungsmodus.</translation>
    </message>
    <message>
        <source>Putting the database and the code back as they were before the rollback …</source>
        <translation>Datenbank und Code werden auf den Stand vor dem Rollback zurückgesetzt …</translation>
    </message>
    <message>
        <source>The database could not be put back: %1 The rollback was undone: the code and the database are as they were before it, and the store stays in maintenance mode. Fix the cause and run the same rollback again.</source>
        <translation>Die Datenbank konnte nicht wiederhergestellt werden: %1 Der Rollback wurde rückgängig gemacht: Code und Datenbank sind wie vor dem Rollback, und der Shop bleibt im Wartungsmodus. Beheben Sie die Ursache und führen Sie denselben Rollback erneut aus.</translation>
    </message>
    <message>
        <source>the database is as it was before the rollback</source>
        <translation>die Datenbank ist wie vor dem Rollback</translation>
    </message>
    <message>
        <source>the database could not be returned to how it was either (%1): load %2, the database as it was before the rollback, by hand</source>
        <translation>auch die Datenbank konnte nicht auf den vorherigen Stand zurückgesetzt werden (%1): Laden Sie %2, die Datenbank vor dem Rollback, von Hand</translation>
    </message>
    <message>
        <source>the code is as it was before the rollback</source>
        <translation>der Code ist wie vor dem Rollback</translation>
    </message>
    <message>
        <source>the code could not be moved back (%1): the code the rollback replaced is in %2 and the backup&apos;s in %3; move it back by hand</source>
        <translation>der Code konnte nicht zurückverschoben werden (%1): Der durch den Rollback ersetzte Code liegt in %2, der aus der Sicherung in %3; verschieben Sie ihn von Hand zurück</translation>
    </message>
    <message>
        <source>The database could not be put back: %1 Undoing the rollback: %2; %3. The store stays in maintenance mode.</source>
        <translation>Die Datenbank konnte nicht wiederhergestellt werden: %1 Rückgängigmachen des Rollbacks: %2; %3. Der Shop bleibt im Wartungsmodus.</translation>
    </message>
    <message>
        <source>off (var/.maintenance.flag deleted directly, as it was made)</source>
        <translation>deaktiviert (var/.maintenance.flag direkt gelöscht, so wie es angelegt wurde)</translation>
    </message>
    <message>
        <source>The database as it was just before the rollback is kept in %1; delete it when you no longer need it.</source>
        <translation>Die Datenbank im Zustand unmittelbar vor dem Rollback wird in %1 aufbewahrt; löschen Sie sie, wenn Sie sie nicht mehr benötigen.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checks the size and sha256 of the %n file(s) of the backup in %1.</source>
        <translation>
            <numerusform>Prüft Größe und sha256 der %n Datei der Sicherung in %1.</numerusform>
            <numerusform>Prüft Größe und sha256 der %n Dateien der Sicherung in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that the backup is of %1 and of its database, and counts the orders, customers and carts taken in since it was made.</source>
        <translation>Prüft, dass die Sicherung von %1 und seiner Datenbank stammt, und zählt die Bestellungen, Kunden und Warenkörbe, die seither hinzugekommen sind.</translation>
    </message>
    <message>
        <source>Extracts the backup&apos;s code (about %1) into a folder beside the store&apos;s own.</source>
        <translation>Entpackt den Code der Sicherung (etwa %1) in einen Ordner neben dem des Shops.</translation>
    </message>
    <message>
        <source>Turns maintenance mode on, then counts the orders placed since the backup again.</source>
        <translation>Aktiviert den Wartungsmodus und zählt dann erneut die seit der Sicherung eingegangenen Bestellungen.</translation>
    </message>
    <message>
        <source>Dumps the database as it is now into %1, to undo a load that fails.</source>
        <translation>Sichert die Datenbank in ihrem jetzigen Zustand per Dump in %1, um ein fehlgeschlagenes Laden rückgängig machen zu können.</translation>
    </message>
    <message>
        <source>Moves the store&apos;s code aside and the backup&apos;s into its place; %1 stay as they are.</source>
        <translation>Verschiebt den Code des Shops beiseite und den der Sicherung an seine Stelle; %1 bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>Drops what the backup&apos;s database does not have and loads %1 (%n table(s)).</source>
        <translation>
            <numerusform>Entfernt, was die Datenbank der Sicherung nicht hat, und lädt %1 (%n Tabelle).</numerusform>
            <numerusform>Entfernt, was die Datenbank der Sicherung nicht hat, und lädt %1 (%n Tabellen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Empties the code-generation folders, var/view_preprocessed and the caches.</source>
        <translation>Leert die Ordner für generierten Code, var/view_preprocessed und die Caches.</translation>
    </message>
    <message>
        <source>Turns maintenance mode off when it was off before the rollback.</source>
        <translation>Deaktiviert den Wartungsmodus, wenn er vor dem Rollback aus war.</translation>
    </message>
    <message>
        <source>Refused: cannot tell whether orders were placed since the backup (%1); roll back anyway only if none can have been.</source>
        <translation>Abgelehnt: Es lässt sich nicht feststellen, ob seit der Sicherung Bestellungen eingegangen sind (%1); führen Sie den Rollback trotzdem nur durch, wenn keine eingegangen sein können.</translation>
    </message>
    <message>
        <source>Could not check for orders placed since the backup (%1); going on, as you chose.</source>
        <translation>Ob seit der Sicherung Bestellungen eingegangen sind, konnte nicht geprüft werden (%1); es geht weiter, wie Sie es gewählt haben.</translation>
    </message>
    <message>
        <source>Refused: since the backup was taken (%1) the store has %2; a rollback would throw them away. Export them first, or roll back anyway.</source>
        <translation>Abgelehnt: Seit die Sicherung erstellt wurde (%1), hat der Shop %2; ein Rollback würde sie verwerfen. Exportieren Sie sie zuerst oder führen Sie den Rollback trotzdem durch.</translation>
    </message>
    <message>
        <source>Since the backup was taken (%1) the store has %2; they will be lost, as you chose.</source>
        <translation>Seit die Sicherung erstellt wurde (%1), hat der Shop %2; sie gehen verloren, wie Sie es gewählt haben.</translation>
    </message>
    <message>
        <source>Refused: cannot tell whether orders were placed since the backup (%1); run again with %2 to roll back all the same.</source>
        <translation>Abgelehnt: Es lässt sich nicht feststellen, ob seit der Sicherung Bestellungen eingegangen sind (%1); starten Sie erneut mit %2, um den Rollback trotzdem durchzuführen.</translation>
    </message>
    <message>
        <source>Could not check for orders placed since the backup (%1); going on because of %2.</source>
        <translation>Ob seit der Sicherung Bestellungen eingegangen sind, konnte nicht geprüft werden (%1); es geht wegen %2 weiter.</translation>
    </message>
    <message>
        <source>Refused: since the backup was taken (%1) the store has %2; a rollback would throw them away. Export them first, or run again with %3.</source>
        <translation>Abgelehnt: Seit die Sicherung erstellt wurde (%1), hat der Shop %2; ein Rollback würde sie verwerfen. Exportieren Sie sie zuerst oder starten Sie erneut mit %3.</translation>
    </message>
    <message>
        <source>Since the backup was taken (%1) the store has %2; they will be lost (%3).</source>
        <translation>Seit die Sicherung erstellt wurde (%1), hat der Shop %2; sie gehen verloren (%3).</translation>
    </message>
    <message>
        <source>Dropping what %1 does not have: %2.</source>
        <translation>Es wird entfernt, was %1 nicht enthält: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n View</numerusform>
            <numerusform>%n Views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Routine</numerusform>
            <numerusform>%n Routinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) from %1</source>
        <translation>
            <numerusform>%n Tabelle aus %1</numerusform>
            <numerusform>%n Tabellen aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::SafeFile</name>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist: point the link at the real file or put the file in its place.</source>
        <translation>%1 ist ein symbolischer Link auf %2, doch dieses Ziel existiert nicht: Lassen Sie den Link auf die echte Datei zeigen oder legen Sie die Datei an seine Stelle.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself through other links (a loop): point it at the real file or put the file in its place.</source>
        <translation>%1 ist ein symbolischer Link, der über andere Links auf sich selbst zurückführt (eine Schleife): Lassen Sie ihn auf die echte Datei zeigen oder legen Sie die Datei an seine Stelle.</translation>
    </message>
    <message>
        <source>%1 cannot exist: a part of its path is a file, not a folder.</source>
        <translation>%1 kann nicht existieren: Ein Teil seines Pfads ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which is %3, not a regular file</source>
        <translation>%1 ist ein symbolischer Link auf %2, und das ist %3, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file</source>
        <translation>%1 ist %2, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: the assistant reads only regular files. Put the real file in its place.</source>
        <translation>%1: Der Assistent liest nur reguläre Dateien. Legen Sie die echte Datei an diese Stelle.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 the assistant reads of such a file</source>
        <translation>%1 ist %2 groß, mehr als die %3, die der Assistent von einer solchen Datei liest</translation>
    </message>
    <message>
        <source>%1: check that it is the right file.</source>
        <translation>%1: Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>Cannot read %1: its folder %2 has mode %3, which does not let its owner (you, %4) in. Give the folder back its mode, e.g. chmod u+rx %2.</source>
        <translation>%1 kann nicht gelesen werden: Der übergeordnete Ordner %2 hat den Modus %3, der seinen Eigentümer (Sie, %4) nicht hineinlässt. Geben Sie dem Ordner seinen Modus zurück, z. B. mit chmod u+rx %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: its folder %2 belongs to %3 and its mode %4 does not let %5 in. Run the assistant as %3, or give %5 access to the folder.</source>
        <translation>%1 kann nicht gelesen werden: Der übergeordnete Ordner %2 gehört %3, und sein Modus %4 lässt %5 nicht hinein. Führen Sie den Assistenten als %3 aus oder geben Sie %5 Zugriff auf den Ordner.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied to a folder on its way.</source>
        <translation>%1 kann nicht gelesen werden: Der Zugriff auf einen Ordner auf dem Weg dorthin wurde verweigert.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is yours (%2), but its mode %3 does not let its owner read it. Give it read permission: chmod u+r %1</source>
        <translation>%1 kann nicht gelesen werden: Die Datei gehört Ihnen (%2), aber ihr Modus %3 erlaubt dem Eigentümer kein Lesen. Geben Sie ihr Leserechte: chmod u+r %1</translation>
    </message>
    <message>
        <source>Cannot read %1: it belongs to %2 and its mode %3 lets only its owner read it. Run the assistant as %2, the store&apos;s owner, or let %4 read it.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei gehört %2, und ihr Modus %3 erlaubt nur dem Eigentümer das Lesen. Führen Sie den Assistenten als %2 aus, dem Eigentümer des Shops, oder erlauben Sie %4 das Lesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: its mode %2 would let %3 read it, but access is denied (an ACL, or a security policy such as AppArmor or SELinux): check getfacl %1 and the system log.</source>
        <translation>%1 kann nicht gelesen werden: Der Modus %2 würde %3 das Lesen erlauben, doch der Zugriff wird verweigert (durch eine ACL oder eine Sicherheitsrichtlinie wie AppArmor oder SELinux): Prüfen Sie getfacl %1 und das Systemprotokoll.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and the assistant never follows a link in this place</source>
        <translation>%1 ist ein symbolischer Link, und an dieser Stelle folgt der Assistent nie einem Link</translation>
    </message>
    <message>
        <source>%1: delete the link.</source>
        <translation>%1: Löschen Sie den Link.</translation>
    </message>
    <message>
        <source>%1 %2 is a folder: give a file name in it, for example %2/%3.</source>
        <translation>%1 %2 ist ein Ordner: Geben Sie einen Dateinamen darin an, zum Beispiel %2/%3.</translation>
    </message>
    <message>
        <source>%1 %2 is a pipe: a run would stop whenever nothing reads it. The run&apos;s lines go to standard output anyway; give %1 a regular file, or leave it out.</source>
        <translation>%1 %2 ist eine Pipe: Ein Lauf würde jedes Mal anhalten, wenn nichts aus ihr liest. Die Zeilen des Laufs gehen ohnehin auf die Standardausgabe; geben Sie bei %1 eine reguläre Datei an oder lassen Sie die Option weg.</translation>
    </message>
    <message>
        <source>%1 %2 is a FIFO (named pipe): a run would stop whenever nothing reads it. Give %1 a regular file.</source>
        <translation>%1 %2 ist eine benannte Pipe (FIFO): Ein Lauf würde jedes Mal anhalten, wenn nichts aus ihr liest. Geben Sie bei %1 eine reguläre Datei an.</translation>
    </message>
    <message>
        <source>%1 %2 is %3: give %1 a regular file.</source>
        <translation>%1 %2 ist %3: Geben Sie bei %1 eine reguläre Datei an.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: it is %2, and the assistant writes its log only to a regular file, /dev/null or a terminal (a pipe would stop the run whenever nothing reads it).</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: Sie ist %2, und der Assistent schreibt sein Protokoll nur in eine reguläre Datei, nach /dev/null oder auf ein Terminal (eine Pipe würde den Lauf jedes Mal anhalten, wenn nichts aus ihr liest).</translation>
    </message>
    <message>
        <source>%1 needs a file name, for example %1 /tmp/%2.</source>
        <translation>%1 braucht einen Dateinamen, zum Beispiel %1 /tmp/%2.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be reached: a folder on its way does not let %3 in.</source>
        <translation>%1 %2 ist nicht erreichbar: Ein Ordner auf dem Weg dorthin lässt %3 nicht hinein.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be used: %3.</source>
        <translation>%1 %2 kann nicht verwendet werden: %3.</translation>
    </message>
    <message>
        <source>%1 %2 is a symbolic link to %3, which does not exist: give %1 the file itself.</source>
        <translation>%1 %2 ist ein symbolischer Link auf %3, doch dieses Ziel existiert nicht: Geben Sie bei %1 die Datei selbst an.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist. Create it first (mkdir -p %3) or give a file in a folder that exists.</source>
        <translation>%1 %2: Der Ordner %3 existiert nicht. Legen Sie ihn zuerst an (mkdir -p %3) oder geben Sie eine Datei in einem vorhandenen Ordner an.</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not a folder. Give a file in a folder that exists.</source>
        <translation>%1 %2: %3 ist kein Ordner. Geben Sie eine Datei in einem vorhandenen Ordner an.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not let %4 make files in it (%5). Give a file in a folder you can write to.</source>
        <translation>%1 %2: Im Ordner %3 darf %4 keine Dateien anlegen (%5). Geben Sie eine Datei in einem Ordner an, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written: %3. Give a file you can write to.</source>
        <translation>%1 %2 kann nicht geschrieben werden: %3. Geben Sie eine Datei an, in die Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written: %3.</source>
        <translation>%1 %2 kann nicht geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>%1 %2 does not take what is written to it (%3): give %1 a regular file.</source>
        <translation>%1 %2 nimmt nicht an, was hineingeschrieben wird (%3): Geben Sie bei %1 eine reguläre Datei an.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: it is a symbolic link, and the assistant never writes through a link there. Delete the link.</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: Sie ist ein symbolischer Link, und der Assistent schreibt dort nie über einen Link. Löschen Sie den Link.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>mua::SessionPermissionsStep</name>
    <message>
        <source>save_path is %1</source>
        <translation>save_path ist %1</translation>
    </message>
    <message>
        <source>var/session is a symbolic link; the assistant does not follow it</source>
        <translation>var/session ist ein symbolischer Link; der Assistent folgt ihm nicht</translation>
    </message>
    <message>
        <source>var/session is empty</source>
        <translation>var/session ist leer</translation>
    </message>
    <message numerus="yes">
        <source>chmod 770 on var/session and %n entries in it.</source>
        <translation>
            <numerusform>chmod 770 für var/session und %n Eintrag darin.</numerusform>
            <numerusform>chmod 770 für var/session und %n Einträge darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>770 on %n entries</source>
        <translation>
            <numerusform>770 für %n Eintrag</numerusform>
            <numerusform>770 für %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Make var/session group-accessible</source>
        <translation>var/session für die Gruppe freigeben</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>der Datenbank</translation>
    </message>
    <message>
        <source>sessions are in %1</source>
        <translation>Sitzungen liegen in %1</translation>
    </message>
</context>
<context>
    <name>mua::SignalWatcher</name>
    <message numerus="yes">
        <source>Stopped at once: the program did not end within %n second(s) of the signal (something it waits for is blocked: a full pipe on its output, a hung network mount, a FIFO).</source>
        <translation>
            <numerusform>Sofort beendet: Das Programm hat sich nicht innerhalb von %n Sekunde nach dem Signal beendet (etwas, worauf es wartet, blockiert: eine volle Pipe an seiner Ausgabe, ein hängender Netzwerk-Mount, eine FIFO).</numerusform>
            <numerusform>Sofort beendet: Das Programm hat sich nicht innerhalb von %n Sekunden nach dem Signal beendet (etwas, worauf es wartet, blockiert: eine volle Pipe an seiner Ausgabe, ein hängender Netzwerk-Mount, eine FIFO).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at once on a second signal, without waiting for the run to finish in order.</source>
        <translation>Beim zweiten Signal sofort beendet, ohne auf einen geordneten Abschluss des Laufs zu warten.</translation>
    </message>
</context>
<context>
    <name>mua::SmokeTestStep</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1, first byte after %2 ms</source>
        <translation>%1, erstes Byte nach %2 ms</translation>
    </message>
    <message numerus="yes">
        <source> (%n redirect(s), to %1)</source>
        <translation>
            <numerusform> (%n Weiterleitung, nach %1)</numerusform>
            <numerusform> (%n Weiterleitungen, nach %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n redirect(s) to %1</source>
        <translation>
            <numerusform> nach %n Weiterleitung auf %1</numerusform>
            <numerusform> nach %n Weiterleitungen auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (first line: &quot;%1&quot;)</source>
        <translation> (erste Zeile: „%1“)</translation>
    </message>
    <message>
        <source>Storefront %1: GET %2 → %3.</source>
        <translation>Shop-Frontend %1: GET %2 → %3.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>before %1 · during maintenance %2 · after %3</source>
        <translation>vorher %1 · im Wartungsmodus %2 · nachher %3</translation>
    </message>
    <message>
        <source>Then checks that %1 answers 200 and measures its time to first byte.</source>
        <translation>Prüft dann, ob %1 mit 200 antwortet, und misst die Zeit bis zum ersten Byte.</translation>
    </message>
    <message>
        <source>Then checks that %1 answers 503, which proves maintenance took effect.</source>
        <translation>Prüft dann, ob %1 mit 503 antwortet, was belegt, dass der Wartungsmodus greift.</translation>
    </message>
    <message>
        <source>before the run</source>
        <translation>vor dem Lauf</translation>
    </message>
    <message>
        <source>Maintenance is on, so %1 answers %2 now; before the first run it answered 200 with the first byte after %3 ms.</source>
        <translation>Der Wartungsmodus ist aktiviert, daher antwortet %1 jetzt mit %2; vor dem ersten Lauf kam die Antwort 200 mit dem ersten Byte nach %3 ms.</translation>
    </message>
    <message>
        <source>Maintenance is on already, so %1 answers %2; its time to first byte with the shop open is not known, and the check after the run compares with nothing.</source>
        <translation>Der Wartungsmodus ist bereits aktiviert, daher antwortet %1 mit %2; die Zeit bis zum ersten Byte bei geöffnetem Shop ist unbekannt, und die Prüfung nach dem Lauf hat keinen Vergleichswert.</translation>
    </message>
    <message>
        <source>%1 shows error text before the upgrade already: &quot;%2&quot;.</source>
        <translation>%1 zeigt bereits vor dem Upgrade Fehlertext: „%2“.</translation>
    </message>
    <message>
        <source>during maintenance</source>
        <translation>im Wartungsmodus</translation>
    </message>
    <message>
        <source>%1 answered %2 while maintenance was on, not 503%3: maintenance did not take effect for this check — is this computer&apos;s address in var/.maintenance.ip, or does a cache (Varnish, a CDN) or another server answer for the store?</source>
        <translation>%1 hat im Wartungsmodus mit %2 geantwortet, nicht mit 503%3: Der Wartungsmodus hat für diese Prüfung nicht gegriffen — steht die Adresse dieses Computers in var/.maintenance.ip, oder antwortet ein Cache (Varnish, ein CDN) oder ein anderer Server für den Shop?</translation>
    </message>
    <message>
        <source>%1 answers 503 during maintenance: maintenance mode took effect.</source>
        <translation>%1 antwortet im Wartungsmodus mit 503: Der Wartungsmodus greift.</translation>
    </message>
    <message>
        <source>maintenance was on before the run and stays on, so the storefront stays closed</source>
        <translation>der Wartungsmodus war vor dem Lauf aktiviert und bleibt aktiviert, daher bleibt das Shop-Frontend geschlossen</translation>
    </message>
    <message>
        <source>Checks that %1 answers 200 again, with its first byte no more than twice as late as before the run, and without PHP or Magento error text on the page.</source>
        <translation>Prüft, ob %1 wieder mit 200 antwortet, mit dem ersten Byte höchstens doppelt so spät wie vor dem Lauf und ohne PHP- oder Magento-Fehlertext auf der Seite.</translation>
    </message>
    <message>
        <source>after the upgrade</source>
        <translation>nach dem Upgrade</translation>
    </message>
    <message>
        <source>%1 answered %2 after the upgrade, not 200%3 — the store is open with this page; look at var/report/ and var/log/exception.log, or close it again with %4.</source>
        <translation>%1 hat nach dem Upgrade mit %2 geantwortet, nicht mit 200%3 — der Shop ist mit dieser Seite geöffnet; sehen Sie in var/report/ und var/log/exception.log nach oder schließen Sie ihn wieder mit %4.</translation>
    </message>
    <message>
        <source>after the upgrade, again</source>
        <translation>nach dem Upgrade, erneut</translation>
    </message>
    <message>
        <source>%1: the first byte came after %2 ms, more than twice the %3 ms before the upgrade — caches may still be warming up; look again if it stays slow.</source>
        <translation>%1: Das erste Byte kam nach %2 ms, mehr als doppelt so spät wie die %3 ms vor dem Upgrade — die Caches wärmen sich möglicherweise noch auf; sehen Sie erneut nach, falls es langsam bleibt.</translation>
    </message>
    <message>
        <source>%1: the first byte came after %2 ms at best (%3 ms the first time), more than twice the %4 ms before the upgrade — caches may still be warming up; look again if it stays slow.</source>
        <translation>%1: Das erste Byte kam bestenfalls nach %2 ms (%3 ms beim ersten Mal), mehr als doppelt so spät wie die %4 ms vor dem Upgrade — die Caches wärmen sich möglicherweise noch auf; sehen Sie erneut nach, falls es langsam bleibt.</translation>
    </message>
    <message>
        <source>%1 answered 200, but the page shows error text: &quot;%2&quot;%3 — look at var/report/ and var/log/exception.log.</source>
        <translation>%1 hat mit 200 geantwortet, aber die Seite zeigt Fehlertext: „%2“%3 — sehen Sie in var/report/ und var/log/exception.log nach.</translation>
    </message>
    <message>
        <source> (it did before the upgrade too)</source>
        <translation> (auch schon vor dem Upgrade)</translation>
    </message>
    <message>
        <source>200, first byte after %1 ms (before: %2 ms)</source>
        <translation>200, erstes Byte nach %1 ms (vorher: %2 ms)</translation>
    </message>
    <message>
        <source>200, first byte after %1 ms</source>
        <translation>200, erstes Byte nach %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>; %n Warnung</numerusform>
            <numerusform>; %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the storefront</source>
        <translation>Shop-Frontend prüfen</translation>
    </message>
    <message>
        <source>%1 answers %2 now; before the first run it answered 200 with the first byte after %3 ms, and the check after the run compares with that.</source>
        <translation>%1 antwortet jetzt mit %2; vor dem ersten Lauf kam die Antwort 200 mit dem ersten Byte nach %3 ms, und die Prüfung nach dem Lauf vergleicht damit.</translation>
    </message>
    <message>
        <source>%1 answered 503 during maintenance, but with an error page (&quot;%2&quot;), not the maintenance page: look at var/report/ for what went wrong.</source>
        <translation>%1 hat im Wartungsmodus mit 503 geantwortet, aber mit einer Fehlerseite („%2“) statt der Wartungsseite: In var/report/ sehen Sie, was schiefgelaufen ist.</translation>
    </message>
    <message>
        <source>%1 asks for a password (HTTP 401) — give it in the address, as in %2.</source>
        <translation>%1 verlangt ein Passwort (HTTP 401) — geben Sie es in der Adresse an, etwa %2.</translation>
    </message>
    <message>
        <source>%1 answered %2 before the upgrade, not 200%3 — the storefront has to work before the run for the check after it to mean something; fix it, or run without %4.</source>
        <translation>%1 hat vor dem Upgrade mit %2 geantwortet, nicht mit 200%3 — das Shop-Frontend muss vor dem Lauf funktionieren, damit die Prüfung danach aussagekräftig ist; beheben Sie das Problem oder starten Sie ohne %4.</translation>
    </message>
</context>
<context>
    <name>mua::SshMount</name>
    <message>
        <source>Without a store folder the assistant mounts %1:%2 itself, which needs sshfs (Debian and Ubuntu: apt install sshfs); or mount it yourself and give that folder as ROOT.</source>
        <translation>Ohne Shop-Ordner bindet der Assistent %1:%2 selbst ein und benötigt dafür sshfs (Debian und Ubuntu: apt install sshfs); oder binden Sie es selbst ein und geben Sie diesen Ordner als ROOT an.</translation>
    </message>
    <message>
        <source>Cannot make a private folder to mount %1:%2 on: %3.</source>
        <translation>Ein privater Ordner zum Einbinden von %1:%2 kann nicht angelegt werden: %3.</translation>
    </message>
    <message>
        <source>Could not mount %1 with sshfs (exit code %2)%3 Check that `%4` works without a password prompt.</source>
        <translation>%1 konnte nicht mit sshfs eingebunden werden (Exit-Code %2)%3 Prüfen Sie, ob `%4` ohne Passwortabfrage funktioniert.</translation>
    </message>
</context>
<context>
    <name>mua::SshRunner</name>
    <message>
        <source>Cannot make the folder %1 for the shared SSH connection: %2.</source>
        <translation>Der Ordner %1 für die gemeinsame SSH-Verbindung kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a private folder of yours (a folder owned by you with mode 700); the assistant keeps its shared SSH connection there, so remove or fix it.</source>
        <translation>%1 ist kein privater Ordner von Ihnen (ein Ordner, der Ihnen gehört, mit Modus 700); der Assistent legt dort seine gemeinsame SSH-Verbindung ab, also entfernen oder korrigieren Sie ihn.</translation>
    </message>
    <message>
        <source>%1 is outside the store folder %2; the assistant only works inside the store.</source>
        <translation>%1 liegt außerhalb des Shop-Ordners %2; der Assistent arbeitet nur innerhalb des Shops.</translation>
    </message>
    <message>
        <source>ssh %1 failed to connect (exit code 255).</source>
        <translation>ssh %1 konnte keine Verbindung herstellen (Exit-Code 255).</translation>
    </message>
    <message>
        <source>ssh %1 failed to connect (exit code 255): %2</source>
        <translation>ssh %1 konnte keine Verbindung herstellen (Exit-Code 255): %2</translation>
    </message>
    <message>
        <source>Could not run ssh for the file work on %1: %2.</source>
        <translation>ssh konnte für die Dateioperationen in %1 nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link on the server; the assistant does not follow links out of the store.</source>
        <translation>%1 ist auf dem Server ein symbolischer Link; der Assistent folgt keinen Links aus dem Shop heraus.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The store folder %1 does not exist on %2 or cannot be entered.</source>
        <translation>Der Shop-Ordner %1 existiert auf %2 nicht oder kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 was moved while the assistant was working in it; stopped there.</source>
        <translation>%1 wurde verschoben, während der Assistent darin arbeitete; dort angehalten.</translation>
    </message>
    <message>
        <source>The file work on %1 did not finish (exit code %2)%3</source>
        <translation>Die Dateioperationen in %1 wurden nicht abgeschlossen (Exit-Code %2)%3</translation>
    </message>
    <message>
        <source>Could not count everything in %1: %2</source>
        <translation>In %1 konnte nicht alles gezählt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The assistant does not empty the whole store folder %1.</source>
        <translation>Der Assistent leert nicht den gesamten Shop-Ordner %1.</translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation>SSH-Verbindung</translation>
    </message>
    <message>
        <source>Could not run ssh: %1.</source>
        <translation>ssh konnte nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Cancelled while connecting to %1.</source>
        <translation>Beim Verbinden mit %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; bin/magento and the file work run there.</source>
        <translation>Mit %1 als %2 verbunden; bin/magento und die Dateioperationen laufen dort.</translation>
    </message>
    <message>
        <source>Store on the server</source>
        <translation>Shop auf dem Server</translation>
    </message>
    <message>
        <source>%1 has no bin/magento: it is not a Magento store&apos;s folder.</source>
        <translation>%1 enthält kein bin/magento: Es ist nicht der Ordner eines Magento-Shops.</translation>
    </message>
    <message>
        <source>the lock file this run wrote through %1 is not in %2</source>
        <translation>die Sperrdatei, die dieser Lauf über %1 geschrieben hat, liegt nicht in %2</translation>
    </message>
    <message>
        <source>the run&apos;s lock file shows in both</source>
        <translation>die Sperrdatei des Laufs ist in beiden sichtbar</translation>
    </message>
    <message>
        <source>their app/etc/env.php differ</source>
        <translation>ihre app/etc/env.php unterscheiden sich</translation>
    </message>
    <message>
        <source>app/etc/env.php is the same in both</source>
        <translation>app/etc/env.php ist in beiden gleich</translation>
    </message>
    <message>
        <source>%1 (the local mount) and %2 are not the same store: %3.</source>
        <translation>%1 (die lokale Einbindung) und %2 sind nicht derselbe Shop: %3.</translation>
    </message>
    <message>
        <source>%1 (the local mount) and %2 are the same store: %3.</source>
        <translation>%1 (die lokale Einbindung) und %2 sind derselbe Shop: %3.</translation>
    </message>
    <message>
        <source>File-system owner</source>
        <translation>Dateieigentümer</translation>
    </message>
    <message>
        <source>On %1 you log in as %2, but app/etc/env.php belongs to %3.</source>
        <translation>Auf %1 melden Sie sich als %2 an, aber app/etc/env.php gehört %3.</translation>
    </message>
    <message>
        <source>On %1 you log in as %2, the owner of the store&apos;s files.</source>
        <translation>Auf %1 melden Sie sich als %2 an, dem Eigentümer der Shop-Dateien.</translation>
    </message>
    <message>
        <source>The server&apos;s SSH host key is unknown or changed: connect once with %1 to check and accept it.</source>
        <translation>Der SSH-Host-Schlüssel des Servers ist unbekannt oder hat sich geändert: Verbinden Sie sich einmal mit %1, um ihn zu prüfen und zu akzeptieren.</translation>
    </message>
    <message>
        <source>%1 must work without a question before the assistant can use it.</source>
        <translation>%1 muss ohne Rückfrage funktionieren, bevor der Assistent es verwenden kann.</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>%1 is an sshfs mount that caches names and attributes for 20 s: the assistant may read an old maintenance flag through it.</source>
        <translation>%1 ist ein sshfs-Mount, der Namen und Attribute 20 s lang zwischenspeichert: Der Assistent könnte darüber eine veraltete Wartungsmarkierung lesen.</translation>
    </message>
    <message>
        <source>Mount it with -o dir_cache=no, for example: sshfs -o dir_cache=no %1 %2</source>
        <translation>Hängen Sie ihn mit -o dir_cache=no ein, zum Beispiel: sshfs -o dir_cache=no %1 %2</translation>
    </message>
    <message>
        <source>Could not make %1 again, nor put the old folder back: it is now %2.</source>
        <translation>%1 konnte nicht neu angelegt und der alte Ordner nicht zurückgestellt werden: Er liegt jetzt unter %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder the assistant moved aside; it is left alone.</source>
        <translation>%1 ist kein Ordner, den der Assistent beiseitegeschoben hat; er bleibt unverändert.</translation>
    </message>
    <message>
        <source>the server has no perl for a rename that never copies</source>
        <translation>auf dem Server fehlt perl für ein Umbenennen, das nie kopiert</translation>
    </message>
    <message>
        <source>it cannot be renamed</source>
        <translation>der Ordner kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>a new empty folder cannot be made</source>
        <translation>es kann kein neuer leerer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>the new folder cannot get the old one&apos;s owner and group</source>
        <translation>der neue Ordner kann Eigentümer und Gruppe des alten nicht übernehmen</translation>
    </message>
    <message>
        <source>the new folder cannot get the old one&apos;s mode</source>
        <translation>der neue Ordner kann den Modus des alten nicht übernehmen</translation>
    </message>
    <message>
        <source>the new folder cannot get the old one&apos;s ACLs</source>
        <translation>der neue Ordner kann die ACLs des alten nicht übernehmen</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside: %2.</source>
        <translation>%1 kann nicht beiseitegeschoben werden: %2.</translation>
    </message>
    <message>
        <source>it is or holds a mount point</source>
        <translation>er ist ein Einhängepunkt oder enthält einen</translation>
    </message>
    <message>
        <source>%1 %2 is not a readable file.</source>
        <translation>%1 %2 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Give %3 the folder that %1 shows, or mount that folder at %1 (for example: sshfs %2 %1 -o dir_cache=no).</source>
        <translation>Geben Sie bei %3 den Ordner an, den %1 zeigt, oder binden Sie diesen Ordner unter %1 ein (zum Beispiel: sshfs %2 %1 -o dir_cache=no).</translation>
    </message>
    <message>
        <source>Connect as %1: %2, or User %1 in ~/.ssh/config.</source>
        <translation>Verbinden Sie sich als %1: %2 oder User %1 in ~/.ssh/config.</translation>
    </message>
    <message>
        <source>The local mount %1 of the store is gone (unmounted or disconnected) while the run works on %2: mount it again, then resume the upgrade.</source>
        <translation>Die lokale Einbindung %1 des Shops ist verschwunden (ausgehängt oder getrennt), während der Lauf auf %2 arbeitet: Binden Sie sie erneut ein und setzen Sie das Upgrade dann fort.</translation>
    </message>
    <message>
        <source>The local mount %1 of the store is gone (unmounted or disconnected) while the run works on %2: mount it again, then run the upgrade again with %3.</source>
        <translation>Die lokale Einbindung %1 des Shops ist verschwunden (ausgehängt oder getrennt), während der Lauf auf %2 arbeitet: Binden Sie sie erneut ein und starten Sie das Upgrade dann mit %3 erneut.</translation>
    </message>
    <message>
        <source>%1 is not a new place in a folder the assistant made for its copy; nothing was copied there.</source>
        <translation>%1 ist kein neuer Ort in einem Ordner, den der Assistent für seine Kopie angelegt hat; dorthin wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>mua::StagedMove</name>
    <message>
        <source>%1 cannot be moved to %2: %3.</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder, so the new version&apos;s folder cannot be copied there: move it away, then try again.</source>
        <translation>%1 ist kein Ordner, daher kann der Ordner der neuen Version nicht dorthin kopiert werden: Verschieben Sie es an einen anderen Ort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be made: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, so the new version&apos;s file cannot be copied there: move it away, then try again.</source>
        <translation>%1 ist ein Ordner, daher kann die Datei der neuen Version nicht dorthin kopiert werden: Verschieben Sie ihn an einen anderen Ort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the ssh runner does not stage the move on the server</source>
        <translation>die Ausführungsart ssh bereitet den Versionswechsel nicht auf dem Server vor</translation>
    </message>
    <message>
        <source>composer.json cannot be read: %1</source>
        <translation>composer.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>composer.json sets vendor-dir to %1, and only vendor/ is staged</source>
        <translation>composer.json setzt vendor-dir auf %1, vorbereitet wird aber nur vendor/</translation>
    </message>
    <message>
        <source>composer.json sets bin-dir to %1, and only vendor/bin is staged</source>
        <translation>composer.json setzt bin-dir auf %1, vorbereitet wird aber nur vendor/bin</translation>
    </message>
    <message>
        <source>composer.json sets extra.magento-deploystrategy to %1, and only copied files can be staged</source>
        <translation>composer.json setzt extra.magento-deploystrategy auf %1, vorbereiten lassen sich aber nur kopierte Dateien</translation>
    </message>
    <message>
        <source>the %1 repository %2 is relative to the store, so from the staged folder it would point elsewhere</source>
        <translation>das %1-Repository %2 ist relativ zum Shop angegeben und würde daher vom vorbereiteten Ordner aus woandershin zeigen</translation>
    </message>
    <message>
        <source>the path repository %1 links its packages into vendor/, and those links would point elsewhere once the staged vendor/ moves</source>
        <translation>das path-Repository %1 verlinkt seine Pakete in vendor/, und diese Links würden woandershin zeigen, sobald das vorbereitete vendor/ verschoben wird</translation>
    </message>
    <message>
        <source>the store has no vendor/ folder</source>
        <translation>der Shop hat keinen Ordner vendor/</translation>
    </message>
    <message>
        <source>vendor/ is not a folder of the store (a link or a file)</source>
        <translation>vendor/ ist kein Ordner des Shops (sondern ein Link oder eine Datei)</translation>
    </message>
    <message>
        <source>vendor/ is on another file system than the store&apos;s folder, so it cannot be swapped by renaming</source>
        <translation>vendor/ liegt auf einem anderen Dateisystem als der Shop-Ordner und kann daher nicht per Umbenennung ausgetauscht werden</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>nothing was staged before maintenance</source>
        <translation>vor dem Wartungsmodus wurde nichts vorbereitet</translation>
    </message>
    <message>
        <source>what was staged is not the move to %1</source>
        <translation>das Vorbereitete ist nicht der Versionswechsel auf %1</translation>
    </message>
    <message>
        <source>composer.json or composer.lock changed after the move was staged</source>
        <translation>composer.json oder composer.lock wurde geändert, nachdem der Versionswechsel vorbereitet wurde</translation>
    </message>
    <message>
        <source>the staged folder %1 is not as the run left it</source>
        <translation>der vorbereitete Ordner %1 ist nicht mehr so, wie der Lauf ihn hinterlassen hat</translation>
    </message>
    <message>
        <source>The staged %1 cannot be read: %2</source>
        <translation>Die vorbereitete Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside: %2.</source>
        <translation>%1 kann nicht beiseitegeschoben werden: %2.</translation>
    </message>
</context>
<context>
    <name>mua::Step</name>
    <message numerus="yes">
        <source>Cancelled after %n entries.</source>
        <translation>
            <numerusform>Nach %n Eintrag abgebrochen.</numerusform>
            <numerusform>Nach %n Einträgen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be changed: %1</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht geändert werden: %1</numerusform>
            <numerusform>%n Einträge konnten nicht geändert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>exit code %1 after %2 ms</source>
        <translation>Exit-Code %1 nach %2 ms</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 was stopped because the run was cancelled.</source>
        <translation>%1 wurde gestoppt, weil der Lauf abgebrochen wurde.</translation>
    </message>
    <message>
        <source>%1 was ended by a signal.</source>
        <translation>%1 wurde durch ein Signal beendet.</translation>
    </message>
    <message>
        <source>%1 ended with a PHP fatal error (exit code 255).</source>
        <translation>%1 endete mit einem schwerwiegenden PHP-Fehler (Exit-Code 255).</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 ended with exit code 255: a PHP fatal error on the server, or ssh lost the connection.</source>
        <translation>%1 wurde mit Exit-Code 255 beendet: ein schwerwiegender PHP-Fehler auf dem Server, oder ssh hat die Verbindung verloren.</translation>
    </message>
    <message>
        <source>%1 stopped with a PHP fatal error on the server, or ssh lost the connection.</source>
        <translation>%1 wurde durch einen schwerwiegenden PHP-Fehler auf dem Server beendet, oder ssh hat die Verbindung verloren.</translation>
    </message>
    <message>
        <source>%1 stopped with a PHP fatal error.</source>
        <translation>%1 wurde durch einen schwerwiegenden PHP-Fehler beendet.</translation>
    </message>
    <message>
        <source>%1 ended with an error; the console log shows what it said.</source>
        <translation>%1 wurde mit einem Fehler beendet; das Konsolenprotokoll zeigt, was ausgegeben wurde.</translation>
    </message>
</context>
<context>
    <name>mua::Store</name>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>%1 %2 (from %3)</source>
        <translation>%1 %2 (aus %3)</translation>
    </message>
    <message>
        <source>Code layout</source>
        <translation>Code-Layout</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>2.0–2.1, under var/</source>
        <translation>2.0–2.1, unter var/</translation>
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
            <numerusform>Dateien in var/session (%n Eintrag)</numerusform>
            <numerusform>Dateien in var/session (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>files in %1</source>
        <translation>Dateien in %1</translation>
    </message>
    <message>
        <source>%1 (not in var/session)</source>
        <translation>%1 (nicht in var/session)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>on (the storefront answers 503)</source>
        <translation>aktiviert (das Shop-Frontend antwortet mit 503)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 of %2 types on</source>
        <translation>%1 von %2 Typen aktiviert</translation>
    </message>
    <message>
        <source> (off: %1)</source>
        <translation> (deaktiviert: %1)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (a network share)</source>
        <translation>%1 (eine Netzwerkfreigabe)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Ausführungsart</translation>
    </message>
    <message>
        <source>%1 syntax, %2</source>
        <translation>Syntax %1, %2</translation>
    </message>
</context>
<context>
    <name>mua::StoreActions</name>
    <message>
        <source>Maintenance mode is off: the storefront answers again.</source>
        <translation>Der Wartungsmodus ist deaktiviert: Das Shop-Frontend ist wieder erreichbar.</translation>
    </message>
</context>
<context>
    <name>mua::StoreInspector</name>
    <message>
        <source>%1 does not exist: give the folder that holds the store&apos;s app/, bin/ and var/.</source>
        <translation>%1 existiert nicht: Geben Sie den Ordner an, der app/, bin/ und var/ des Shops enthält.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: give the store&apos;s root folder (the one that holds app/etc/env.php and bin/magento).</source>
        <translation>%1 ist eine Datei, kein Ordner: Geben Sie den Stammordner des Shops an (den Ordner mit app/etc/env.php und bin/magento).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Run the assistant as the store&apos;s owner or make the folder readable.</source>
        <translation>%1 kann nicht gelesen werden: %2. Führen Sie den Assistenten als Eigentümer des Shops aus oder machen Sie den Ordner lesbar.</translation>
    </message>
    <message>
        <source>%1 is not a Magento 2 store: it has neither app/etc/env.php nor bin/magento. Give the folder that holds the store&apos;s app/, bin/ and var/.</source>
        <translation>%1 ist kein Magento-2-Shop: Dort gibt es weder app/etc/env.php noch bin/magento. Geben Sie den Ordner an, der app/, bin/ und var/ des Shops enthält.</translation>
    </message>
    <message>
        <source>%1 is not a Magento 2 store: %2 is missing. Give the folder that holds the store&apos;s app/, bin/ and var/, or finish the store&apos;s installation first.</source>
        <translation>%1 ist kein Magento-2-Shop: %2 fehlt. Geben Sie den Ordner an, der app/, bin/ und var/ des Shops enthält, oder schließen Sie zuerst die Installation des Shops ab.</translation>
    </message>
    <message>
        <source>%1 cannot be read as Magento&apos;s configuration: line %2, column %3: %4. Fix the file or restore it from a backup; the assistant never rewrites it.</source>
        <translation>%1 kann nicht als Magento-Konfiguration gelesen werden: Zeile %2, Spalte %3: %4. Korrigieren Sie die Datei oder stellen Sie sie aus einer Sicherung wieder her; der Assistent schreibt sie nie neu.</translation>
    </message>
    <message>
        <source>%1 does not return an array: restore it from a backup.</source>
        <translation>%1 gibt kein Array zurück: Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>No file says which Magento version this is (composer.lock, vendor/magento/magento2-base/composer.json, vendor/composer/installed.json): the code-generation folders were guessed from the folders present.</source>
        <translation>Keine Datei nennt die Magento-Version (composer.lock, vendor/magento/magento2-base/composer.json, vendor/composer/installed.json): Die Ordner für generierten Code wurden anhand der vorhandenen Ordner bestimmt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Run the assistant as the store&apos;s owner or make var/ readable.</source>
        <translation>%1 kann nicht gelesen werden: %2. Führen Sie den Assistenten als Eigentümer des Shops aus oder machen Sie var/ lesbar.</translation>
    </message>
    <message>
        <source>var/session is a symbolic link; the assistant does not follow links out of the store and will not change what it points to.</source>
        <translation>var/session ist ein symbolischer Link; der Assistent folgt keinen Links aus dem Shop heraus und ändert nicht, worauf er zeigt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Sessions are files and env.php sets no save_path, but var/session is empty: PHP&apos;s own session.save_path (php.ini of the web server) may be where sessions really go.</source>
        <translation>Sitzungen werden als Dateien gespeichert und env.php setzt keinen save_path, aber var/session ist leer: Möglicherweise landen die Sitzungen tatsächlich im session.save_path von PHP selbst (php.ini des Webservers).</translation>
    </message>
    <message>
        <source>env.php computes the session storage at run time; sessions were assumed to be in var/session only if it holds files.</source>
        <translation>env.php ermittelt den Sitzungsspeicher zur Laufzeit; Sitzungen wurden nur dann in var/session angenommen, wenn dort Dateien liegen.</translation>
    </message>
    <message>
        <source>var/.update_in_progress.flag is left from Magento&apos;s web Setup Wizard: an update may still be running or was interrupted.</source>
        <translation>var/.update_in_progress.flag ist vom Web-Setup-Assistenten von Magento übrig: Ein Update läuft möglicherweise noch oder wurde unterbrochen.</translation>
    </message>
    <message>
        <source>var/.update_error.flag is left from a failed web Setup Wizard update.</source>
        <translation>var/.update_error.flag ist von einem fehlgeschlagenen Update über den Web-Setup-Assistenten übrig.</translation>
    </message>
    <message>
        <source>var/.update_queue.json holds queued web Setup Wizard jobs that cron may still run.</source>
        <translation>var/.update_queue.json enthält anstehende Aufträge des Web-Setup-Assistenten, die Cron noch ausführen könnte.</translation>
    </message>
    <message>
        <source>var/.regenerate exists: the next request will rewrite env.php and wipe generated code.</source>
        <translation>var/.regenerate existiert: Die nächste Anfrage schreibt env.php neu und löscht den generierten Code.</translation>
    </message>
    <message>
        <source>env.php computes %1 at run time (for instance with getenv()); they are shown as dynamic, not guessed.</source>
        <translation>env.php ermittelt %1 zur Laufzeit (zum Beispiel mit getenv()); diese Werte werden als dynamisch angezeigt, nicht geraten.</translation>
    </message>
    <message>
        <source>MAGENTO_DC_* environment variables are set (%1): they override env.php values when Magento runs.</source>
        <translation>MAGENTO_DC_*-Umgebungsvariablen sind gesetzt (%1): Sie überschreiben Werte aus env.php, wenn Magento läuft.</translation>
    </message>
    <message>
        <source>%1 is %2, not a folder: give the store&apos;s root folder (the one that holds app/etc/env.php and bin/magento).</source>
        <translation>%1 ist %2, kein Ordner: Geben Sie den Stammordner des Shops an (den Ordner mit app/etc/env.php und bin/magento).</translation>
    </message>
    <message>
        <source>%1 is missing while the store is in maintenance mode: env.php was lost during a deployment or an upgrade. Restore app/etc/env.php from your backup or version control (it holds the database settings and the crypt key); the shop stays in maintenance until then.</source>
        <translation>%1 fehlt, während der Shop im Wartungsmodus ist: env.php ist bei einem Deployment oder Upgrade verloren gegangen. Stellen Sie app/etc/env.php aus Ihrer Sicherung oder Versionsverwaltung wieder her (die Datei enthält die Datenbankeinstellungen und den Verschlüsselungsschlüssel); bis dahin bleibt der Shop im Wartungsmodus.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: restore bin/magento from the store&apos;s code (Composer or version control).</source>
        <translation>%1 ist %2, keine reguläre Datei: Stellen Sie bin/magento aus dem Code des Shops wieder her (Composer oder Versionsverwaltung).</translation>
    </message>
    <message>
        <source>env.php computes MAGE_MODE at run time: plan and upgrade ask bin/magento deploy:mode:show for the deploy mode.</source>
        <translation>env.php ermittelt MAGE_MODE zur Laufzeit: plan und upgrade fragen den Bereitstellungsmodus mit bin/magento deploy:mode:show ab.</translation>
    </message>
    <message>
        <source>MAGE_MODE is set in this environment (%1): bin/magento run from here works in that mode, whatever env.php says.</source>
        <translation>MAGE_MODE ist in dieser Umgebung gesetzt (%1): Ein von hier gestartetes bin/magento arbeitet in diesem Modus, egal was env.php angibt.</translation>
    </message>
    <message>
        <source>%1 is missing while the store is in maintenance mode and an upgrade run of the assistant did not finish: env.php was lost during the run. Restore app/etc/env.php from your backup or version control (it holds the database settings and the crypt key), then resume the run.</source>
        <translation>%1 fehlt, während der Shop im Wartungsmodus ist und ein Upgrade-Lauf des Assistenten nicht abgeschlossen wurde: env.php ist während des Laufs verloren gegangen. Stellen Sie app/etc/env.php aus Ihrer Sicherung oder Versionsverwaltung wieder her (die Datei enthält die Datenbankeinstellungen und den Verschlüsselungsschlüssel) und setzen Sie den Lauf dann fort.</translation>
    </message>
    <message>
        <source>%1 is missing while the store is in maintenance mode and an upgrade run of the assistant did not finish: env.php was lost during the run. Restore app/etc/env.php from your backup or version control (it holds the database settings and the crypt key), then finish the run with: %2</source>
        <translation>%1 fehlt, während der Shop im Wartungsmodus ist und ein Upgrade-Lauf des Assistenten nicht abgeschlossen wurde: env.php ist während des Laufs verloren gegangen. Stellen Sie app/etc/env.php aus Ihrer Sicherung oder Versionsverwaltung wieder her (die Datei enthält die Datenbankeinstellungen und den Verschlüsselungsschlüssel) und schließen Sie den Lauf dann ab mit: %2</translation>
    </message>
</context>
<context>
    <name>mua::StoreLock</name>
    <message>
        <source>%1@%2 (pid %3), started %4 UTC, last heartbeat %5 s ago</source>
        <translation>%1@%2 (PID %3), gestartet %4 UTC, letztes Lebenszeichen vor %5 s</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Wait for it to finish.</source>
        <translation>Ein anderer Lauf hält die Sperre des Shops: %1. Warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>Took over the lock of a run that is no longer running: %1.</source>
        <translation>Sperre eines nicht mehr aktiven Laufs übernommen: %1.</translation>
    </message>
    <message>
        <source>Another run took the store&apos;s lock at the same moment: %1.</source>
        <translation>Ein anderer Lauf hat im selben Moment die Sperre des Shops übernommen: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>it is larger than any lock file this program writes</source>
        <translation>sie ist größer als jede Sperrdatei, die dieses Programm schreibt</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>sie ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>sie ist ein Ordner</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>sie ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is not the JSON this program writes</source>
        <translation>sie enthält nicht das JSON, das dieses Programm schreibt</translation>
    </message>
    <message>
        <source>it lacks the host, process id, token or heartbeat that a lock names</source>
        <translation>ihr fehlen Host, Prozess-ID, Token oder Lebenszeichen, die eine Sperre angibt</translation>
    </message>
    <message>
        <source>Cannot create the store&apos;s lock file %1: %2. %3</source>
        <translation>Die Sperrdatei %1 des Shops kann nicht angelegt werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot take over the broken lock: %1</source>
        <translation>Die ungültige Sperre kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Cannot take over the store&apos;s lock: %1</source>
        <translation>Die Sperre des Shops kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>The store&apos;s lock file %1 is broken (%2), so it names no run. If no upgrade or rollback is running on this store, run again with %3, or delete %1.</source>
        <translation>Die Sperrdatei %1 des Shops ist ungültig (%2) und nennt daher keinen Lauf. Wenn auf diesem Shop weder ein Upgrade noch ein Rollback läuft, starten Sie erneut mit %3 oder löschen Sie %1.</translation>
    </message>
    <message>
        <source>The store&apos;s lock file %1 is broken (%2), so it names no run. If no upgrade or rollback is running on this store, delete %1.</source>
        <translation>Die Sperrdatei %1 des Shops ist ungültig (%2) und nennt daher keinen Lauf. Wenn auf diesem Shop weder ein Upgrade noch ein Rollback läuft, löschen Sie %1.</translation>
    </message>
    <message>
        <source>Took over the broken lock file %1 (%2) because of %3.</source>
        <translation>Ungültige Sperrdatei %1 (%2) wegen %3 übernommen.</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Its heartbeat is stale; if that run is gone, run again with %2.</source>
        <translation>Ein anderer Lauf hält die Sperre des Shops: %1. Sein Lebenszeichen ist veraltet; wenn dieser Lauf nicht mehr existiert, starten Sie erneut mit %2.</translation>
    </message>
    <message>
        <source>Another run holds the store&apos;s lock: %1. Its heartbeat is stale; if that run is gone, delete %2.</source>
        <translation>Ein anderer Lauf hält die Sperre des Shops: %1. Sein Lebenszeichen ist veraltet; wenn dieser Lauf nicht mehr existiert, löschen Sie %2.</translation>
    </message>
    <message>
        <source>Broke the stale lock of %1 (%2).</source>
        <translation>Verwaiste Sperre von %1 aufgehoben (%2).</translation>
    </message>
</context>
<context>
    <name>mua::StorePage</name>
    <message>
        <source>Choose the store</source>
        <translation>Shop auswählen</translation>
    </message>
    <message>
        <source>Nothing in the store changes until you press Upgrade on the review page.</source>
        <translation>Am Shop ändert sich nichts, bis Sie auf der Übersichtsseite auf „Upgrade starten“ klicken.</translation>
    </message>
    <message>
        <source>This computer (php bin/magento)</source>
        <translation>Dieser Computer (php bin/magento)</translation>
    </message>
    <message>
        <source>/var/www/magento2</source>
        <translation>/var/www/magento2</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Shop-Ordner auswählen</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>This is a Magento store the assistant can upgrade.</source>
        <translation>Dies ist ein Magento-Shop, den der Assistent aktualisieren kann.</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>%1 %2 (from %3)</source>
        <translation>%1 %2 (aus %3)</translation>
    </message>
    <message numerus="yes">
        <source>files in var/session (%n entries)</source>
        <translation>
            <numerusform>Dateien in var/session (%n Eintrag)</numerusform>
            <numerusform>Dateien in var/session (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>files in %1</source>
        <translation>Dateien in %1</translation>
    </message>
    <message>
        <source>%1, not in var/session</source>
        <translation>%1, nicht in var/session</translation>
    </message>
    <message>
        <source>on: the storefront answers 503</source>
        <translation>aktiviert: das Shop-Frontend antwortet mit 503</translation>
    </message>
    <message>
        <source>off</source>
        <translation>deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>all %n on</source>
        <translation>
            <numerusform>%n aktiviert</numerusform>
            <numerusform>alle %n aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on; off: %3</source>
        <translation>%1 von %2 aktiviert; deaktiviert: %3</translation>
    </message>
    <message>
        <source>%1 (a network share)</source>
        <translation>%1 (eine Netzwerkfreigabe)</translation>
    </message>
    <message>
        <source>A server over SSH (ssh HOST, bin/magento there)</source>
        <translation>Ein Server über SSH (ssh HOST, bin/magento dort)</translation>
    </message>
    <message>
        <source>Choose an SSH config file</source>
        <translation>SSH-Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>A ddev project (ddev exec bin/magento)</source>
        <translation>Ein ddev-Projekt (ddev exec bin/magento)</translation>
    </message>
    <message>
        <source>Docker Compose (docker compose exec SERVICE bin/magento)</source>
        <translation>Docker Compose (docker compose exec SERVICE bin/magento)</translation>
    </message>
    <message>
        <source>Where bin/magento runs: with this computer&apos;s PHP, on a server over SSH, or in the PHP container of a ddev, warden or docker compose project.</source>
        <translation>Wo bin/magento ausgeführt wird: mit dem PHP dieses Computers, auf einem Server über SSH oder im PHP-Container eines ddev-, warden- oder docker-compose-Projekts.</translation>
    </message>
    <message>
        <source>bin/magento runs in the project&apos;s web container (ddev exec), started from the store folder above; the file work is done here, in that folder. Start the project with ddev start first.</source>
        <translation>bin/magento läuft im Web-Container des Projekts (ddev exec), gestartet aus dem Shop-Ordner oben; die Dateioperationen erfolgen hier, in diesem Ordner. Starten Sie das Projekt zuerst mit ddev start.</translation>
    </message>
    <message>
        <source>bin/magento runs in the environment&apos;s PHP container (warden env exec -T), started from the store folder above; the file work is done here, in that folder. Start the environment with warden env up first.</source>
        <translation>bin/magento läuft im PHP-Container der Umgebung (warden env exec -T), gestartet aus dem Shop-Ordner oben; die Dateioperationen erfolgen hier, in diesem Ordner. Starten Sie die Umgebung zuerst mit warden env up.</translation>
    </message>
    <message>
        <source>bin/magento runs in the service&apos;s container (docker compose exec -T), started from the store folder above; the file work is done here, in that folder. Start the project with docker compose up -d first.</source>
        <translation>bin/magento läuft im Container des Dienstes (docker compose exec -T), gestartet aus dem Shop-Ordner oben; die Dateioperationen erfolgen hier, in diesem Ordner. Starten Sie das Projekt zuerst mit docker compose up -d.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>A warden environment (warden env exec -T php-fpm bin/magento)</source>
        <translation>Eine warden-Umgebung (warden env exec -T php-fpm bin/magento)</translation>
    </message>
    <message>
        <source>set at run time by app/etc/env.php (the readiness check asks Magento)</source>
        <translation>zur Laufzeit von app/etc/env.php gesetzt (die Bereitschaftsprüfung fragt Magento)</translation>
    </message>
    <message>
        <source>Without a version to move to (chosen on the review page), the upgrade only brings the database up to the code already installed.</source>
        <translation>Ohne Zielversion (auf der Übersichtsseite zu wählen) bringt das Upgrade nur die Datenbank auf den Stand des bereits installierten Codes.</translation>
    </message>
    <message>
        <source>Without a version to move to (chosen on the review page), the upgrade only brings the database up to the code already installed: the store stays on Magento %1.</source>
        <translation>Ohne Zielversion (auf der Übersichtsseite zu wählen) bringt das Upgrade nur die Datenbank auf den Stand des bereits installierten Codes: Der Shop bleibt auf Magento %1.</translation>
    </message>
</context>
<context>
    <name>mua::UpgradePage</name>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>The store is being upgraded. Messages from bin/magento appear in the console log.</source>
        <translation>Der Shop wird aktualisiert. Meldungen von bin/magento erscheinen im Konsolenprotokoll.</translation>
    </message>
    <message>
        <source>&amp;Stop upgrade</source>
        <translation>Upgrade &amp;stoppen</translation>
    </message>
    <message>
        <source>Resuming the upgrade where it stopped.</source>
        <translation>Das Upgrade wird dort fortgesetzt, wo es angehalten wurde.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>The upgrade finished. Press Next for the summary.</source>
        <translation>Das Upgrade ist abgeschlossen. Klicken Sie auf „Weiter“, um die Zusammenfassung zu sehen.</translation>
    </message>
    <message>
        <source>The upgrade stopped. Press Next to see why and what to do.</source>
        <translation>Das Upgrade wurde angehalten. Klicken Sie auf „Weiter“, um Ursache und nächste Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <translation>Upgrade stoppen?</translation>
    </message>
    <message>
        <source>Stop the upgrade now? The running command is stopped, the store stays in maintenance mode, and you can resume later.</source>
        <translation>Das Upgrade jetzt stoppen? Der laufende Befehl wird beendet, der Shop bleibt im Wartungsmodus, und Sie können später fortsetzen.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stopped at “%1”</source>
        <translation>Gestoppt bei „%1“</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed at “%1”</source>
        <translation>Fehlgeschlagen bei „%1“</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>&amp;Stop rollback</source>
        <translation>Rollback &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop the rollback</source>
        <translation>Den Rollback stoppen</translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation>Das Upgrade stoppen</translation>
    </message>
    <message>
        <source>The store is being rolled back to its backup. Until the rollback begins to change the store, it can still be stopped.</source>
        <translation>Der Shop wird auf seine Sicherung zurückgesetzt. Bis der Rollback beginnt, den Shop zu ändern, lässt er sich noch stoppen.</translation>
    </message>
    <message>
        <source>The rollback finished. Press Next for the summary.</source>
        <translation>Der Rollback ist abgeschlossen. Klicken Sie auf „Weiter“, um die Zusammenfassung zu sehen.</translation>
    </message>
    <message>
        <source>The rollback stopped. Press Next to see why and what to do.</source>
        <translation>Der Rollback wurde beendet. Klicken Sie auf „Weiter“, um zu sehen, warum und was zu tun ist.</translation>
    </message>
    <message>
        <source>The rollback is changing the store now and runs to its end; it can no longer be stopped.</source>
        <translation>Der Rollback ändert jetzt den Shop und läuft bis zum Ende; er lässt sich nicht mehr stoppen.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>The rollback has begun to change the store and runs to its end; close the window when it has finished.</source>
        <translation>Der Rollback hat begonnen, den Shop zu ändern, und läuft bis zum Ende; schließen Sie das Fenster, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Stop the rollback?</source>
        <translation>Rollback stoppen?</translation>
    </message>
    <message>
        <source>Stop the rollback now? It has not changed the store yet, so the store stays as it is.</source>
        <translation>Den Rollback jetzt stoppen? Er hat den Shop noch nicht geändert, der Shop bleibt also, wie er ist.</translation>
    </message>
</context>
<context>
    <name>mua::UpgradeWorker</name>
    <message>
        <source>Resuming the run of %1 that stopped at %2.</source>
        <translation>Der Lauf vom %1, der bei %2 angehalten wurde, wird fortgesetzt.</translation>
    </message>
    <message>
        <source>An earlier run did not finish; maintenance was %1 before it, and will be put back that way.</source>
        <translation>Ein früherer Lauf wurde nicht abgeschlossen; der Wartungsmodus war davor %1 und wird wieder so eingestellt.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1: übersprungen, %2</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1: erledigt (%2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The upgrade finished; maintenance is %1, as it was before.</source>
        <translation>Das Upgrade ist abgeschlossen; der Wartungsmodus ist %1, wie zuvor.</translation>
    </message>
    <message>
        <source>Could not put maintenance back: %1</source>
        <translation>Der Wartungsmodus konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Refused: %1 Nothing was changed.</source>
        <translation>Abgelehnt: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled during %1.</source>
        <translation>Während %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The store is in maintenance mode (the storefront answers 503).</source>
        <translation>Der Shop ist im Wartungsmodus (das Shop-Frontend antwortet mit 503).</translation>
    </message>
    <message>
        <source>Maintenance mode is off.</source>
        <translation>Der Wartungsmodus ist deaktiviert.</translation>
    </message>
    <message>
        <source>To reopen the store without finishing, run: %1</source>
        <translation>Um den Shop ohne Abschluss wieder zu öffnen, führen Sie aus: %1</translation>
    </message>
    <message>
        <source>Known fix: %1</source>
        <translation>Bekannte Lösung: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Refused: %1 %2 Nothing was changed.</source>
        <translation>Abgelehnt: %1 %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Resuming the run of %1, which was interrupted.</source>
        <translation>Der unterbrochene Lauf vom %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Refused: %1 Nothing was changed by this run, but the earlier run is still unfinished.</source>
        <translation>Abgelehnt: %1 Dieser Lauf hat nichts geändert, aber der frühere Lauf ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Finishing the deletion of the old generated code in the background (%1) …</source>
        <translation>Das Löschen des alten generierten Codes im Hintergrund wird abgeschlossen (%1) …</translation>
    </message>
    <message numerus="yes">
        <source>%n entries moved aside could not be deleted; the next run tries again: %1</source>
        <translation>
            <numerusform>%n beiseitegeschobener Eintrag konnte nicht gelöscht werden; der nächste Lauf versucht es erneut: %1</numerusform>
            <numerusform>%n beiseitegeschobene Einträge konnten nicht gelöscht werden; der nächste Lauf versucht es erneut: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left for the next run to delete: %1</source>
        <translation>Beim nächsten Lauf zu löschen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n folders that an earlier run moved aside, in the background: %1</source>
        <translation>
            <numerusform>%n Ordner, den ein früherer Lauf beiseitegeschoben hat, wird im Hintergrund gelöscht: %1</numerusform>
            <numerusform>%n Ordner, die ein früherer Lauf beiseitegeschoben hat, werden im Hintergrund gelöscht: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the folders that were moved aside.</source>
        <translation>Die beiseitegeschobenen Ordner wurden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries that were moved aside.</source>
        <translation>
            <numerusform>%n beiseitegeschobener Eintrag wurde gelöscht.</numerusform>
            <numerusform>%n beiseitegeschobene Einträge wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the summary to %1 (HTTP %2).</source>
        <translation>Zusammenfassung gesendet an: %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Could not notify: %1 The run&apos;s result is unchanged.</source>
        <translation>Benachrichtigung fehlgeschlagen: %1 Das Ergebnis des Laufs bleibt unverändert.</translation>
    </message>
    <message>
        <source>Storefront: %1%2.</source>
        <translation>Shop-Frontend: %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether maintenance mode is on could not be read (the store cannot be reached); check with: %1</source>
        <translation>Ob der Wartungsmodus aktiviert ist, konnte nicht gelesen werden (der Shop ist nicht erreichbar); prüfen Sie es mit: %1</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The log file %1 lacks everything from %2 on: writing it failed with %3. That part of the run is only in the report and on the screen.</source>
        <translation>Der Protokolldatei %1 fehlt alles ab %2: Das Schreiben ist fehlgeschlagen (%3). Dieser Teil des Laufs steht nur im Bericht und auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1, so the run cannot record what it does: %2. %3</source>
        <translation>Das Journal %1 kann nicht geschrieben werden, daher kann der Lauf nicht festhalten, was er tut: %2. %3</translation>
    </message>
    <message>
        <source>%1 Next: %2</source>
        <translation>%1 Nächster Schritt: %2</translation>
    </message>
    <message>
        <source>Nothing in the store was changed.</source>
        <translation>Am Shop wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal %1 records the steps up to %2 as done.</source>
        <translation>Das Journal %1 verzeichnet die Schritte bis %2 als erledigt.</translation>
    </message>
    <message>
        <source>The journal %1 records %2 as under way.</source>
        <translation>Das Journal %1 verzeichnet %2 als laufend.</translation>
    </message>
    <message>
        <source>The store is in maintenance mode; it was off before the run.</source>
        <translation>Der Shop ist im Wartungsmodus; vor dem Lauf war er es nicht.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2; the previous one, if any, is unchanged. %3</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2; ein etwaiger früherer Bericht bleibt unverändert. %3</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Magento Upgrade Assistant %1: upgrading %2 (Magento %3 %4, %5)</source>
        <translation>Magento-Upgrade-Assistent %1: Upgrade von %2 (Magento %3 %4, %5)</translation>
    </message>
    <message>
        <source>Refused: %1 The run stopped before %2 and turned maintenance off again, as nothing the shop depends on had changed yet.</source>
        <translation>Abgelehnt: %1 Der Lauf hat vor %2 angehalten und den Wartungsmodus wieder deaktiviert, da sich noch nichts geändert hatte, wovon der Shop abhängt.</translation>
    </message>
    <message>
        <source>Refused: %1 The run stopped before %2; nothing in the store was changed.</source>
        <translation>Abgelehnt: %1 Der Lauf hat vor %2 angehalten; am Shop wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The earlier run is still unfinished.</source>
        <translation>Der frühere Lauf ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Every upgrade step before it finished, so the store is consistent and it is safe to reopen it by deleting its maintenance flag: %1</source>
        <translation>Alle Upgrade-Schritte davor wurden abgeschlossen, der Shop ist also konsistent und kann gefahrlos wieder geöffnet werden, indem Sie seine Wartungsmarkierung löschen: %1</translation>
    </message>
    <message>
        <source>maintenance:disable cannot be relied on here; nothing the shop depends on had changed yet, so it is safe to reopen the store now by deleting its maintenance flag: %1</source>
        <translation>Auf maintenance:disable ist hier kein Verlass; es hatte sich noch nichts geändert, wovon der Shop abhängt, daher kann er jetzt gefahrlos wieder geöffnet werden, indem Sie seine Wartungsmarkierung löschen: %1</translation>
    </message>
    <message>
        <source>The journal could not be written at the end, so it was deleted: there is nothing to resume.</source>
        <translation>Das Journal konnte am Ende nicht geschrieben werden und wurde daher gelöscht: Es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>The unfinished run was for %1; resume it with the same target, or start over without %2.</source>
        <translation>Der nicht abgeschlossene Lauf war für %1; setzen Sie ihn mit demselben Ziel fort oder beginnen Sie ohne %2 neu.</translation>
    </message>
    <message>
        <source>The unfinished run asked for a backup (%1) and did not take one; resume with %1 (and the same %2) to take it now.</source>
        <translation>Der nicht abgeschlossene Lauf hat eine Sicherung angefordert (%1), aber keine erstellt; setzen Sie mit %1 (und demselben %2) fort, um sie jetzt zu erstellen.</translation>
    </message>
    <message>
        <source>The unfinished run asked for a backup and did not take one; resume it with a backup into %1 as before to take it now.</source>
        <translation>Der nicht abgeschlossene Lauf hat eine Sicherung angefordert, aber keine erstellt; setzen Sie ihn wie zuvor mit einer Sicherung nach %1 fort, um sie jetzt zu erstellen.</translation>
    </message>
    <message>
        <source>There is no failed or cancelled run to resume in %1; run the upgrade without %2.</source>
        <translation>In %1 gibt es keinen fehlgeschlagenen oder abgebrochenen Lauf zum Fortsetzen; führen Sie das Upgrade ohne %2 aus.</translation>
    </message>
    <message>
        <source>maintenance:disable did not work either; once a %3 has finished the upgrade, reopen the store by deleting its maintenance flag: %1. Not before: after %2 stopped, the code, the generated files and the database may not match, and visitors would see errors.</source>
        <translation>Auch maintenance:disable hat nicht funktioniert; sobald ein %3 das Upgrade abgeschlossen hat, öffnen Sie den Shop wieder, indem Sie seine Wartungsmarkierung löschen: %1. Nicht vorher: Nachdem %2 angehalten hat, passen Code, generierte Dateien und Datenbank womöglich nicht zusammen, und Besucher würden Fehler sehen.</translation>
    </message>
    <message>
        <source>maintenance:disable did not work either; once the run has been resumed and has finished the upgrade, reopen the store by deleting its maintenance flag: %1. Not before: after %2 stopped, the code, the generated files and the database may not match, and visitors would see errors.</source>
        <translation>Auch maintenance:disable hat nicht funktioniert; sobald der Lauf fortgesetzt wurde und das Upgrade abgeschlossen hat, öffnen Sie den Shop wieder, indem Sie seine Wartungsmarkierung löschen: %1. Nicht vorher: Nachdem %2 angehalten hat, passen Code, generierte Dateien und Datenbank womöglich nicht zusammen, und Besucher würden Fehler sehen.</translation>
    </message>
    <message>
        <source>An earlier run stopped in the middle of the move: the code it kept is back.</source>
        <translation>Ein früherer Lauf wurde mitten im Versionswechsel unterbrochen: Der dabei aufbewahrte Code ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>An earlier run stopped in the middle of the move, and the code it kept could not be put back yet: %1</source>
        <translation>Ein früherer Lauf wurde mitten im Versionswechsel unterbrochen, und der dabei aufbewahrte Code konnte noch nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>mua::VendorDiff</name>
    <message>
        <source>%1 cannot be listed: %2.</source>
        <translation>%1 kann nicht aufgelistet werden: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link is not followed).</source>
        <translation>%1 ist kein Ordner (einem Link wird nicht gefolgt).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>mua::VersionMove</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3): Composer cannot read it either.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3): Auch Composer kann die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <source>Composer could not be started: %1.</source>
        <translation>Composer konnte nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Composer could not read the versions of %1 from the store&apos;s repositories (exit code %2).</source>
        <translation>Composer konnte die Versionen von %1 nicht aus den Repositories des Shops lesen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Composer cannot be started where the store&apos;s commands run: %1.</source>
        <translation>Composer kann dort, wo die Befehle des Shops laufen, nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Composer did not say its version where the store&apos;s commands run (exit code %1).</source>
        <translation>Composer hat dort, wo die Befehle des Shops laufen, seine Version nicht genannt (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Install Composer 2 where the store&apos;s commands run, so that the command composer works.</source>
        <translation>Installieren Sie Composer 2 dort, wo die Befehle des Shops laufen, sodass der Befehl composer funktioniert.</translation>
    </message>
    <message>
        <source>Composer %1 cannot install Magento %2: it needs Composer %3 or newer.</source>
        <translation>Composer %1 kann Magento %2 nicht installieren: Dafür ist Composer %3 oder neuer nötig.</translation>
    </message>
    <message>
        <source>Update Composer where the store&apos;s commands run (composer self-update --2), then check again.</source>
        <translation>Aktualisieren Sie Composer dort, wo die Befehle des Shops laufen (composer self-update --2), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Composer %1 runs where the store&apos;s commands run.</source>
        <translation>Composer %1 läuft dort, wo die Befehle des Shops laufen.</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Zielversion</translation>
    </message>
    <message>
        <source>Make sure Composer can reach the store&apos;s repositories (and that auth.json holds their keys), then check again.</source>
        <translation>Stellen Sie sicher, dass Composer die Repositories des Shops erreicht (und dass auth.json deren Schlüssel enthält), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The store&apos;s repositories offer no version of %1.</source>
        <translation>Die Repositories des Shops bieten keine Version von %1 an.</translation>
    </message>
    <message>
        <source>%1 is not a version of %2 that the store&apos;s repositories offer (the newest: %3).</source>
        <translation>%1 ist keine Version von %2, die die Repositories des Shops anbieten (die neueste: %3).</translation>
    </message>
    <message>
        <source>Choose one of the versions offered.</source>
        <translation>Wählen Sie eine der angebotenen Versionen.</translation>
    </message>
    <message>
        <source>%1 → %2, offered by the store&apos;s repositories.</source>
        <translation>%1 → %2, angeboten von den Repositories des Shops.</translation>
    </message>
    <message>
        <source>Composer resolve</source>
        <translation>Composer-Auflösung</translation>
    </message>
    <message>
        <source>The move could not be worked out in %1: %2</source>
        <translation>Der Versionswechsel konnte in %1 nicht berechnet werden: %2</translation>
    </message>
    <message>
        <source>Make room or fix the folder&apos;s permissions, then check again.</source>
        <translation>Schaffen Sie Platz oder korrigieren Sie die Rechte des Ordners und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>var/ is not a folder of the store.</source>
        <translation>var/ ist kein Ordner des Shops.</translation>
    </message>
    <message>
        <source>it cannot be made.</source>
        <translation>Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Fix composer.json, then check again.</source>
        <translation>Korrigieren Sie composer.json und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>its files cannot be written.</source>
        <translation>Die Dateien darin können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The packages resolve; what stops the move is the PHP that runs the store (below).</source>
        <translation>Die Pakete lassen sich auflösen; was den Versionswechsel verhindert, ist das PHP, mit dem der Shop läuft (siehe unten).</translation>
    </message>
    <message numerus="yes">
        <source>Composer cannot move the store to %1: %n package(s) block it: %2.</source>
        <translation>
            <numerusform>Composer kann den Shop nicht auf %1 bringen: %n Paket blockiert den Wechsel: %2.</numerusform>
            <numerusform>Composer kann den Shop nicht auf %1 bringen: %n Pakete blockieren den Wechsel: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1 (exit code %2).</source>
        <translation>Composer kann den Shop nicht auf %1 bringen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>Update each blocking package to a version made for %1, ask its vendor for one, or remove it; then check again.</source>
        <translation>Aktualisieren Sie jedes blockierende Paket auf eine Version für %1, fragen Sie den Anbieter danach oder entfernen Sie es; prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>PHP for the target</source>
        <translation>PHP für die Zielversion</translation>
    </message>
    <message>
        <source>PHP %1 satisfies what %2 needs.</source>
        <translation>PHP %1 erfüllt, was %2 benötigt.</translation>
    </message>
    <message>
        <source>Not known until the move resolves.</source>
        <translation>Erst bekannt, wenn sich der Versionswechsel auflösen lässt.</translation>
    </message>
    <message>
        <source>%1 needs PHP %2</source>
        <translation>%1 benötigt PHP %2</translation>
    </message>
    <message>
        <source>The store runs PHP %1, but %2.</source>
        <translation>Der Shop läuft mit PHP %1, aber %2.</translation>
    </message>
    <message>
        <source>Move the store to a PHP version that %1 supports first (%2), then check again.</source>
        <translation>Stellen Sie den Shop zuerst auf eine PHP-Version um, die %1 unterstützt (%2), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>PHP extensions</source>
        <translation>PHP-Erweiterungen</translation>
    </message>
    <message>
        <source>PHP %1 has every extension the move needs.</source>
        <translation>PHP %1 hat alle Erweiterungen, die der Versionswechsel benötigt.</translation>
    </message>
    <message>
        <source>PHP %1, which runs the store, lacks %2, which %3 needs.</source>
        <translation>Dem PHP %1, mit dem der Shop läuft, fehlt, was %3 benötigt: %2.</translation>
    </message>
    <message>
        <source>Install or enable %1 for the PHP that runs the store, then check again.</source>
        <translation>Installieren oder aktivieren Sie %1 für das PHP, mit dem der Shop läuft, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Composer plugins</source>
        <translation>Composer-Plugins</translation>
    </message>
    <message numerus="yes">
        <source>Composer can move the store to %1: %n package(s) change.</source>
        <translation>
            <numerusform>Composer kann den Shop auf %1 bringen: %n Paket ändert sich.</numerusform>
            <numerusform>Composer kann den Shop auf %1 bringen: %n Pakete ändern sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>PHP %1 satisfies %2 (%3).</source>
        <translation>PHP %1 erfüllt %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 would install %n Composer plugin(s) that composer.json&apos;s config.allow-plugins does not allow (%2): Composer would stop in the middle of the move.</source>
        <translation>
            <numerusform>%1 würde %n Composer-Plugin installieren, das config.allow-plugins in composer.json nicht erlaubt (%2): Composer würde mitten im Versionswechsel anhalten.</numerusform>
            <numerusform>%1 würde %n Composer-Plugins installieren, die config.allow-plugins in composer.json nicht erlaubt (%2): Composer würde mitten im Versionswechsel anhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you trust them, add them to composer.json (%1), then check again.</source>
        <translation>Wenn Sie ihnen vertrauen, fügen Sie sie zu composer.json hinzu (%1) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Every Composer plugin of the move is allowed by composer.json.</source>
        <translation>composer.json erlaubt alle Composer-Plugins des Versionswechsels.</translation>
    </message>
    <message>
        <source>Composer could not read the versions of %1 from the store&apos;s repositories.</source>
        <translation>Composer konnte die Versionen von %1 nicht aus den Repositories des Shops lesen.</translation>
    </message>
    <message>
        <source>Composer did not say its version where the store&apos;s commands run.</source>
        <translation>Composer hat dort, wo die Befehle des Shops laufen, seine Version nicht genannt.</translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1.</source>
        <translation>Composer kann den Shop nicht auf %1 bringen.</translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1 (exit code %2); it said: “%3”</source>
        <translation>Composer kann den Shop nicht auf %1 bringen (Exit-Code %2); Meldung: „%3“</translation>
    </message>
    <message>
        <source>Composer cannot move the store to %1; it said: “%2”</source>
        <translation>Composer kann den Shop nicht auf %1 bringen; Meldung: „%2“</translation>
    </message>
    <message>
        <source>Fix what Composer names, then check again.</source>
        <translation>Beheben Sie, was Composer meldet, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Composer said nothing that names the cause: run composer update in a copy of the store to see why, then check again.</source>
        <translation>Composer hat keine Ursache genannt: Führen Sie composer update in einer Kopie des Shops aus, um den Grund zu sehen, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>The packages of %1 could not be downloaded in %2: %3</source>
        <translation>Die Pakete von %1 konnten nicht in %2 heruntergeladen werden: %3</translation>
    </message>
    <message>
        <source>Make room or fix the folder&apos;s permissions, then try again.</source>
        <translation>Schaffen Sie Platz oder korrigieren Sie die Rechte des Ordners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cancelled while downloading the packages of %1.</source>
        <translation>Beim Herunterladen der Pakete von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Composer could not download what the move to %1 installs, so the move would fail with the shop in maintenance. Composer said: %2</source>
        <translation>Composer konnte nicht herunterladen, was der Versionswechsel auf %1 installiert; der Versionswechsel würde also fehlschlagen, während der Shop im Wartungsmodus ist. Meldung von Composer: %2</translation>
    </message>
    <message>
        <source>Fix what Composer names (the repository, its keys in auth.json, room on the disk), then try again.</source>
        <translation>Beheben Sie, was Composer meldet (das Repository, seine Schlüssel in auth.json, Platz auf dem Datenträger), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>What the move to %1 installs is in Composer&apos;s cache (%2 s, before maintenance): the move downloads nothing while the shop is in maintenance.</source>
        <translation>Was der Versionswechsel auf %1 installiert, liegt bereits im Cache von Composer (%2 s, vor dem Wartungsmodus): Der Versionswechsel lädt nichts herunter, während der Shop im Wartungsmodus ist.</translation>
    </message>
    <message>
        <source>The packages of %1 are already installed in %2.</source>
        <translation>Die Pakete von %1 sind bereits in %2 installiert.</translation>
    </message>
    <message>
        <source>The packages of %1 could not be installed in %2: %3</source>
        <translation>Die Pakete von %1 konnten nicht in %2 installiert werden: %3</translation>
    </message>
    <message>
        <source>Cancelled while installing the packages of %1.</source>
        <translation>Beim Installieren der Pakete von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Composer could not install what the move to %1 installs in %2. Composer said: %3</source>
        <translation>Composer konnte nicht in %2 installieren, was der Versionswechsel auf %1 installiert. Meldung von Composer: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mua::WizardWording</name>
    <message>
        <source>“%1”</source>
        <comment>a field of the wizard named in a sentence</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <comment>a field of the wizard and its value</comment>
        <translation>%1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 is not ticked</source>
        <translation>%1 ist nicht angehakt</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>Enter the SSH host.</source>
        <translation>Geben Sie den SSH-Host ein.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s folder on the server.</source>
        <translation>Geben Sie den Ordner des Shops auf dem Server ein.</translation>
    </message>
    <message>
        <source>“%1” is not a host ssh accepts.</source>
        <translation>„%1“ ist kein Host, den ssh akzeptiert.</translation>
    </message>
    <message>
        <source>The folder on the server must be a full path from /, for example /var/www/magento2.</source>
        <translation>Der Ordner auf dem Server muss ein vollständiger Pfad ab / sein, zum Beispiel /var/www/magento2.</translation>
    </message>
    <message>
        <source>Give the SSH config file&apos;s full path, or leave it empty.</source>
        <translation>Geben Sie den vollständigen Pfad der SSH-Konfigurationsdatei an oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The folder on the server must be the store&apos;s folder, not /.</source>
        <translation>Der Ordner auf dem Server muss der Ordner des Shops sein, nicht /.</translation>
    </message>
    <message>
        <source>“%1” is not a service name docker compose accepts.</source>
        <translation>„%1“ ist kein Dienstname, den docker compose akzeptiert.</translation>
    </message>
    <message>
        <source>Enter the SSH host and the store&apos;s folder on the server.</source>
        <translation>Geben Sie den SSH-Host und den Ordner des Shops auf dem Server ein.</translation>
    </message>
</context>
<context>
    <name>mua::Wording</name>
    <message>
        <source>no --target-version given</source>
        <translation>kein --target-version angegeben</translation>
    </message>
    <message>
        <source>not requested (--backup takes one)</source>
        <translation>nicht angefordert (--backup erstellt eine)</translation>
    </message>
    <message>
        <source>not requested (no --url given)</source>
        <translation>nicht angefordert (kein --url angegeben)</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>kein %1 angegeben</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list: all but the last item</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list: its last item</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The ssh runner needs --ssh HOST: the server, or a Host of your ~/.ssh/config, where the store runs.</source>
        <translation>Die Ausführung über ssh benötigt --ssh HOST: den Server, auf dem der Shop läuft, oder einen Host aus Ihrer ~/.ssh/config.</translation>
    </message>
    <message>
        <source>The ssh runner needs --remote-root PATH: the store&apos;s folder on the server (what ROOT shows through the mount).</source>
        <translation>Die Ausführung über ssh benötigt --remote-root PATH: den Ordner des Shops auf dem Server (den Ordner, den ROOT über die Einbindung zeigt).</translation>
    </message>
    <message>
        <source>--ssh %1 is not a host name.</source>
        <translation>--ssh %1 ist kein Hostname.</translation>
    </message>
    <message>
        <source>--remote-root %1 is not an absolute path; give the store&apos;s folder on the server from /, for example /var/www/magento.</source>
        <translation>--remote-root %1 ist kein absoluter Pfad; geben Sie den Ordner des Shops auf dem Server ab / an, zum Beispiel /var/www/magento.</translation>
    </message>
    <message>
        <source>%1 %2 is not an absolute path; give the file&apos;s full path.</source>
        <translation>%1 %2 ist kein absoluter Pfad; geben Sie den vollständigen Pfad der Datei an.</translation>
    </message>
    <message>
        <source>--remote-root %1 is not a store folder; give the store&apos;s folder on the server.</source>
        <translation>--remote-root %1 ist kein Shop-Ordner; geben Sie den Ordner des Shops auf dem Server an.</translation>
    </message>
    <message>
        <source>--service %1 is not a docker compose service name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>--service %1 ist kein Dienstname für docker compose (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;).</translation>
    </message>
    <message>
        <source>the runner</source>
        <translation>die Ausführungsart</translation>
    </message>
    <message>
        <source>the PHP program</source>
        <translation>das PHP-Programm</translation>
    </message>
    <message>
        <source>the SSH host</source>
        <translation>der SSH-Host</translation>
    </message>
    <message>
        <source>the store&apos;s folder on the server</source>
        <translation>der Ordner des Shops auf dem Server</translation>
    </message>
    <message>
        <source>the SSH config file</source>
        <translation>die SSH-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <source>the target version</source>
        <translation>die Zielversion</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die Sicherung</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>der Sicherungsordner</translation>
    </message>
    <message>
        <source>the backup of pub/media</source>
        <translation>die Sicherung von pub/media</translation>
    </message>
    <message>
        <source>the storefront&apos;s address</source>
        <translation>die Adresse des Shop-Frontends</translation>
    </message>
    <message>
        <source>the Composer program</source>
        <translation>das Composer-Programm</translation>
    </message>
    <message>
        <source>the file with the webhook&apos;s address</source>
        <translation>die Datei mit der Adresse des Webhooks</translation>
    </message>
    <message>
        <source>the report file</source>
        <translation>die Berichtsdatei</translation>
    </message>
    <message>
        <source>resuming the run</source>
        <translation>das Fortsetzen des Laufs</translation>
    </message>
    <message>
        <source>breaking the lock</source>
        <translation>das Aufheben der Sperre</translation>
    </message>
    <message>
        <source>accepting the loss of data</source>
        <translation>das Inkaufnehmen des Datenverlusts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a setting and its value: the SSH host shop.example.com</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the %1 runner</source>
        <translation>die Ausführungsart %1</translation>
    </message>
    <message>
        <source>The ssh runner needs the SSH host: the server, or a Host of your ~/.ssh/config, where the store runs.</source>
        <translation>Die Ausführung über ssh benötigt den SSH-Host: den Server, auf dem der Shop läuft, oder einen Host aus Ihrer ~/.ssh/config.</translation>
    </message>
    <message>
        <source>The ssh runner needs the store&apos;s folder on the server.</source>
        <translation>Die Ausführung über ssh benötigt den Ordner des Shops auf dem Server.</translation>
    </message>
    <message>
        <source>%1 is not a host name.</source>
        <translation>%1 ist kein Hostname.</translation>
    </message>
    <message>
        <source>The store&apos;s folder on the server, %1, is not an absolute path; give it from /, for example /var/www/magento.</source>
        <translation>Der Ordner des Shops auf dem Server, %1, ist kein absoluter Pfad; geben Sie ihn ab / an, zum Beispiel /var/www/magento.</translation>
    </message>
    <message>
        <source>%1 is not an absolute path; give the file&apos;s full path.</source>
        <translation>%1 ist kein absoluter Pfad; geben Sie den vollständigen Pfad der Datei an.</translation>
    </message>
    <message>
        <source>%1 is not a store folder; give the store&apos;s folder on the server.</source>
        <translation>%1 ist kein Shop-Ordner; geben Sie den Ordner des Shops auf dem Server an.</translation>
    </message>
    <message>
        <source>%1 is not a docker compose service name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>%1 ist kein Dienstname für docker compose (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;).</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
</context>
</TS>
