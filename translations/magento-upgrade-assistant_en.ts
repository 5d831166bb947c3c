<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mua::Backup</name>
    <message numerus="yes">
        <source>The backup needs about %1 (code %2 in %n entries, database %3); %4 free in %5.</source>
        <translation>
            <numerusform>The backup needs about %1 (code %2 in %n entry, database %3); %4 free in %5.</numerusform>
            <numerusform>The backup needs about %1 (code %2 in %n entries, database %3); %4 free in %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module version(s)</source>
        <translation>
            <numerusform>%n module version</numerusform>
            <numerusform>%n module versions</numerusform>
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
    <name>mua::BackupPage</name>
    <message numerus="yes">
        <source>The backup needs about %1 of free space for the code (%2 in %n files, with room to spare), and more for the database, whose size is unknown.</source>
        <translation>
            <numerusform>The backup needs about %1 of free space for the code (%2 in %n file, with room to spare), and more for the database, whose size is unknown.</numerusform>
            <numerusform>The backup needs about %1 of free space for the code (%2 in %n files, with room to spare), and more for the database, whose size is unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup needs about %1 of free space (the code is %2 in %n files, the database %3, with room to spare).</source>
        <translation>
            <numerusform>The backup needs about %1 of free space (the code is %2 in %n file, the database %3, with room to spare).</numerusform>
            <numerusform>The backup needs about %1 of free space (the code is %2 in %n files, the database %3, with room to spare).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::CacheEnableStep</name>
    <message numerus="yes">
        <source>All %n cache types are on now; checks they still are after the upgrade.</source>
        <translation>
            <numerusform>The %n cache type is on now; checks it still is after the upgrade.</numerusform>
            <numerusform>All %n cache types are on now; checks they still are after the upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n types on</source>
        <translation>
            <numerusform>%n type on</numerusform>
            <numerusform>all %n types on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::ClearGeneratedStep</name>
    <message numerus="yes">
        <source>Deletes %n entries (%1) inside %2; the folders stay. Each folder is moved aside in one rename and put back empty, so the shop does not wait for the deletion, which goes on in the background.</source>
        <translation>
            <numerusform>Deletes %n entry (%1) inside %2; the folders stay. Each folder is moved aside in one rename and put back empty, so the shop does not wait for the deletion, which goes on in the background.</numerusform>
            <numerusform>Deletes %n entries (%1) inside %2; the folders stay. Each folder is moved aside in one rename and put back empty, so the shop does not wait for the deletion, which goes on in the background.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store is on %1: %n entries would be deleted one network round trip each; use %2 to do it on the server.</source>
        <translation>
            <numerusform>The store is on %1: %n entry would be deleted in a network round trip; use %2 to do it on the server.</numerusform>
            <numerusform>The store is on %1: %n entries would be deleted one network round trip each; use %2 to do it on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n entries</source>
        <translation>
            <numerusform>%1: removed %n entry</numerusform>
            <numerusform>%1: removed %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n entries (%1)</source>
        <translation>
            <numerusform>removed %n entry (%1)</numerusform>
            <numerusform>removed %n entries (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Cli</name>
    <message numerus="yes">
        <source>Nothing to prune: %1 holds %n backup(s).</source>
        <translation>
            <numerusform>Nothing to prune: %1 holds %n backup.</numerusform>
            <numerusform>Nothing to prune: %1 holds %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the newest %n complete backup(s).
</source>
        <translation>
            <numerusform>Kept the newest %n complete backup.
</numerusform>
            <numerusform>Kept the newest %n complete backups.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wizard opens one store folder, not %n: give it one, or use one of the commands %1.</source>
        <translation>
            <numerusform>The wizard opens one store folder, not %n: give it one, or use one of the commands %1.</numerusform>
            <numerusform>The wizard opens one store folder, not %n: give it one, or use one of the commands %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::CommandExecutor</name>
    <message numerus="yes">
        <source>(%n line(s) of output left out here)</source>
        <translation>
            <numerusform>(%n line of output left out here)</numerusform>
            <numerusform>(%n lines of output left out here)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Database</name>
    <message numerus="yes">
        <source>&lt;%n table(s) with the prefix %1&gt;</source>
        <translation>
            <numerusform>&lt;%n table with the prefix %1&gt;</numerusform>
            <numerusform>&lt;%n tables with the prefix %1&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::EnvPhpParser</name>
    <message numerus="yes">
        <source>a line of the heredoc string is indented less than its closing marker (%n space(s) or tab(s))</source>
        <translation>
            <numerusform>a line of the heredoc string is indented less than its closing marker (%n space or tab)</numerusform>
            <numerusform>a line of the heredoc string is indented less than its closing marker (%n spaces or tabs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::FinishPage</name>
    <message numerus="yes">
        <source>%n changed by Composer</source>
        <translation>
            <numerusform>%n changed by Composer</numerusform>
            <numerusform>%n changed by Composer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Impact</name>
    <message numerus="yes">
        <source>Compared on the server with diff: %n file(s) differ.</source>
        <translation>
            <numerusform>Compared on the server with diff: %n file differs.</numerusform>
            <numerusform>Compared on the server with diff: %n files differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::ImpactHtml</name>
    <message numerus="yes">
        <source>%n more line(s) of this change are left out here; compare the two vendor files to see them all.</source>
        <translation>
            <numerusform>%n more line of this change is left out here; compare the two vendor files to see them all.</numerusform>
            <numerusform>%n more lines of this change are left out here; compare the two vendor files to see them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1: %n finding</numerusform>
            <numerusform>%1: %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::ImpactView</name>
    <message numerus="yes">
        <source>%n need(s) a look</source>
        <translation>
            <numerusform>%n needs a look</numerusform>
            <numerusform>%n need a look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worth knowing</source>
        <translation>
            <numerusform>%n worth knowing</numerusform>
            <numerusform>%n worth knowing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whitespace or comments only</source>
        <translation>
            <numerusform>%n whitespace or comments only</numerusform>
            <numerusform>%n whitespace or comments only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The move to %1 touches %n of the store&apos;s customisations: %2. Nothing here blocks the upgrade.</source>
        <translation>
            <numerusform>The move to %1 touches %n of the store&apos;s customisations: %2. Nothing here blocks the upgrade.</numerusform>
            <numerusform>The move to %1 touches %n of the store&apos;s customisations: %2. Nothing here blocks the upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The move from %1 to %2 touches %n of the store&apos;s customisations: %3. Nothing here blocks the upgrade.</source>
        <translation>
            <numerusform>The move from %1 to %2 touches %n of the store&apos;s customisations: %3. Nothing here blocks the upgrade.</numerusform>
            <numerusform>The move from %1 to %2 touches %n of the store&apos;s customisations: %3. Nothing here blocks the upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n findings shown.</source>
        <translation>
            <numerusform>%1 of %n finding shown.</numerusform>
            <numerusform>%1 of %n findings shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::KnownFailures</name>
    <message numerus="yes">
        <source>Composer stopped at the plugin(s) %1, which config.allow-plugins does not allow: check that you trust each, then add &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} to composer.json and resume.</source>
        <translation>
            <numerusform>Composer stopped at the plugin %1, which config.allow-plugins does not allow: check that you trust it, then add &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} to composer.json and resume.</numerusform>
            <numerusform>Composer stopped at the plugins %1, which config.allow-plugins does not allow: check that you trust each, then add &quot;config&quot;: {&quot;allow-plugins&quot;: {%2}} to composer.json and resume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Composer cannot install the requirements without the PHP extension(s) %1: install or enable each in the PHP that runs the store&apos;s commands, then resume.</source>
        <translation>
            <numerusform>Composer cannot install the requirements without the PHP extension %1: install or enable it in the PHP that runs the store&apos;s commands, then resume.</numerusform>
            <numerusform>Composer cannot install the requirements without the PHP extensions %1: install or enable each in the PHP that runs the store&apos;s commands, then resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::LogPane</name>
    <message numerus="yes">
        <source>%n earlier line(s) are not shown: the log keeps the newest %1.</source>
        <translation>
            <numerusform>%n earlier line is not shown: the log keeps the newest %1.</numerusform>
            <numerusform>%n earlier lines are not shown: the log keeps the newest %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>Copied %n line.</numerusform>
            <numerusform>Copied %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the lines shown here to %1; %n earlier line(s) were no longer kept.</source>
        <translation>
            <numerusform>Saved the lines shown here to %1; %n earlier line was no longer kept.</numerusform>
            <numerusform>Saved the lines shown here to %1; %n earlier lines were no longer kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::PreflightStep</name>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n check passed</numerusform>
            <numerusform>%n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::ReadinessPage</name>
    <message numerus="yes">
        <source>%n check(s) failed: fix them, then press Check again.</source>
        <translation>
            <numerusform>%n check failed: fix it, then press Check again.</numerusform>
            <numerusform>%n checks failed: fix them, then press Check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready, with %n warning(s) worth reading.</source>
        <translation>
            <numerusform>Ready, with %n warning worth reading.</numerusform>
            <numerusform>Ready, with %n warnings worth reading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::ReviewPage</name>
    <message numerus="yes">
        <source>%n newer version(s) offered: choose one from the list, or type one.</source>
        <translation>
            <numerusform>%n newer version offered: choose it from the list, or type one.</numerusform>
            <numerusform>%n newer versions offered: choose one from the list, or type one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: Composer cannot make the move: %n package(s) block it.</source>
        <translation>
            <numerusform>%1 → %2: Composer cannot make the move: %n package blocks it.</numerusform>
            <numerusform>%1 → %2: Composer cannot make the move: %n packages block it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: Composer can make the move; %n package(s) change.</source>
        <translation>
            <numerusform>%1 → %2: Composer can make the move; %n package changes.</numerusform>
            <numerusform>%1 → %2: Composer can make the move; %n packages change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <translation>
            <numerusform>%n enabled</numerusform>
            <numerusform>%n enabled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Rollback</name>
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
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
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
        <source>Checks the size and sha256 of the %n file(s) of the backup in %1.</source>
        <translation>
            <numerusform>Checks the size and sha256 of the %n file of the backup in %1.</numerusform>
            <numerusform>Checks the size and sha256 of the %n files of the backup in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), sizes and sha256 match the manifest</source>
        <translation>
            <numerusform>%n file, its size and sha256 match the manifest</numerusform>
            <numerusform>%n files, sizes and sha256 match the manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries put back; %1 kept as they are</source>
        <translation>
            <numerusform>%n entry put back; %1 kept as they are</numerusform>
            <numerusform>%n entries put back; %1 kept as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drops what the backup&apos;s database does not have and loads %1 (%n table(s)).</source>
        <translation>
            <numerusform>Drops what the backup&apos;s database does not have and loads %1 (%n table).</numerusform>
            <numerusform>Drops what the backup&apos;s database does not have and loads %1 (%n tables).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) from %1</source>
        <translation>
            <numerusform>%n table from %1</numerusform>
            <numerusform>%n tables from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed order(s)</source>
        <translation>
            <numerusform>%n changed order</numerusform>
            <numerusform>%n changed orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer account(s)</source>
        <translation>
            <numerusform>%n new customer account</numerusform>
            <numerusform>%n new customer accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new cart(s)</source>
        <translation>
            <numerusform>%n new cart</numerusform>
            <numerusform>%n new carts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::SessionPermissionsStep</name>
    <message numerus="yes">
        <source>chmod 770 on var/session and %n entries in it.</source>
        <translation>
            <numerusform>chmod 770 on var/session and %n entry in it.</numerusform>
            <numerusform>chmod 770 on var/session and %n entries in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>770 on %n entries</source>
        <translation>
            <numerusform>770 on %n entry</numerusform>
            <numerusform>770 on %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::SignalWatcher</name>
    <message numerus="yes">
        <source>Stopped at once: the program did not end within %n second(s) of the signal (something it waits for is blocked: a full pipe on its output, a hung network mount, a FIFO).</source>
        <translation>
            <numerusform>Stopped at once: the program did not end within %n second of the signal (something it waits for is blocked: a full pipe on its output, a hung network mount, a FIFO).</numerusform>
            <numerusform>Stopped at once: the program did not end within %n seconds of the signal (something it waits for is blocked: a full pipe on its output, a hung network mount, a FIFO).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::SmokeTestStep</name>
    <message numerus="yes">
        <source> (%n redirect(s), to %1)</source>
        <translation>
            <numerusform> (%n redirect, to %1)</numerusform>
            <numerusform> (%n redirects, to %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n redirect(s) to %1</source>
        <translation>
            <numerusform> after %n redirect to %1</numerusform>
            <numerusform> after %n redirects to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>; %n warning</numerusform>
            <numerusform>; %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Step</name>
    <message numerus="yes">
        <source>Cancelled after %n entries.</source>
        <translation>
            <numerusform>Cancelled after %n entry.</numerusform>
            <numerusform>Cancelled after %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be changed: %1</source>
        <translation>
            <numerusform>%n entry could not be changed: %1</numerusform>
            <numerusform>%n entries could not be changed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::Store</name>
    <message numerus="yes">
        <source>files in var/session (%n entries)</source>
        <translation>
            <numerusform>files in var/session (%n entry)</numerusform>
            <numerusform>files in var/session (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::StorePage</name>
    <message numerus="yes">
        <source>files in var/session (%n entries)</source>
        <translation>
            <numerusform>files in var/session (%n entry)</numerusform>
            <numerusform>files in var/session (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n on</source>
        <translation>
            <numerusform>all %n on</numerusform>
            <numerusform>all %n on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::UpgradeWorker</name>
    <message numerus="yes">
        <source>Deleting %n folders that an earlier run moved aside, in the background: %1</source>
        <translation>
            <numerusform>Deleting %n folder that an earlier run moved aside, in the background: %1</numerusform>
            <numerusform>Deleting %n folders that an earlier run moved aside, in the background: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries that were moved aside.</source>
        <translation>
            <numerusform>Deleted %n entry that was moved aside.</numerusform>
            <numerusform>Deleted %n entries that were moved aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries moved aside could not be deleted; the next run tries again: %1</source>
        <translation>
            <numerusform>%n entry moved aside could not be deleted; the next run tries again: %1</numerusform>
            <numerusform>%n entries moved aside could not be deleted; the next run tries again: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mua::VersionMove</name>
    <message numerus="yes">
        <source>Composer cannot move the store to %1: %n package(s) block it: %2.</source>
        <translation>
            <numerusform>Composer cannot move the store to %1: %n package blocks it: %2.</numerusform>
            <numerusform>Composer cannot move the store to %1: %n packages block it: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Composer can move the store to %1: %n package(s) change.</source>
        <translation>
            <numerusform>Composer can move the store to %1: %n package changes.</numerusform>
            <numerusform>Composer can move the store to %1: %n packages change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would install %n Composer plugin(s) that composer.json&apos;s config.allow-plugins does not allow (%2): Composer would stop in the middle of the move.</source>
        <translation>
            <numerusform>%1 would install %n Composer plugin that composer.json&apos;s config.allow-plugins does not allow (%2): Composer would stop in the middle of the move.</numerusform>
            <numerusform>%1 would install %n Composer plugins that composer.json&apos;s config.allow-plugins does not allow (%2): Composer would stop in the middle of the move.</numerusform>
        </translation>
    </message>
</context>
</TS>
