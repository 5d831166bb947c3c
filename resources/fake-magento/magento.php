#!/usr/bin/env php
<?php
/**
 * A stand-in for Magento 2's bin/magento, for the sandbox (demo) stores and the tests.
 *
 * It does nothing Magento does to a database or to real code, but it behaves like Magento's command line
 * for every command the upgrade uses: same command names, same output lines, same exit codes, and the same
 * changes on disk (maintenance flag, code-generation folders, static files, env.php cache_types).
 * Run it as `php bin/magento <command> --no-ansi --no-interaction` from the store root; the store root is the
 * folder above bin/.
 *
 * Version of the code: composer.lock (magento/product-community-edition, magento/product-enterprise-edition,
 * else magento/magento2-base), else the root composer.json "version".
 *
 * The fake database: <root>/.fake-magento/db.json
 *     {"installed": true, "version": "2.4.6"}
 * "version" is the version the schema and data were last upgraded to; setup:upgrade sets it to the code
 * version. A missing db.json means: installed and up to date.
 *
 * Test switches (all optional): <root>/.fake-magento/switches.json
 *     {
 *       "fail":        {"setup:upgrade": "message"}, command => message printed on stderr ("" = a realistic
 *                                                   default); the command prints its usual beginning, then
 *                                                   fails with exit 1 before its final part
 *       "fatal":       ["setup:upgrade"],           PHP "Allowed memory size ... exhausted" fatal, exit 255
 *       "slow":        {"setup:upgrade": 200},      milliseconds to sleep after every output line
 *       "hang":        ["cache:enable"],            print a line, start a child `sleep 1000`, sleep forever
 *       "prompt":      ["setup:upgrade"],           ask "Do you want to continue? [y/N]" and read stdin first
 *       "memoryLimit": "128M",                      the memory_limit the store's PHP pretends to have: the heavy
 *                                                   commands (setup:upgrade, setup:di:compile,
 *                                                   setup:static-content:deploy) need 2G and die with the fatal
 *                                                   error below it, unless php was started with a bigger
 *                                                   `-d memory_limit=...` (or -1)
 *       "callLog":     "/abs/path/calls.log",       one line per invocation: argv joined by spaces
 *       "outputLines": {"setup:upgrade": 100000}    extra "Module 'Vendor_ModuleN':" lines from setup:upgrade
 *     }
 */

declare(strict_types=1);

namespace MuaFakeMagento;

require '/usr/share/php/Symfony/Component/Console/autoload.php';

use Symfony\Component\Console\Application;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\ConsoleOutputInterface;
use Symfony\Component\Console\Output\OutputInterface;

const HEAVY_COMMANDS = ['setup:upgrade', 'setup:di:compile', 'setup:static-content:deploy'];
const HEAVY_COMMAND_NEEDS = '2G';

/** A command that cannot finish: its message goes to stderr and the exit code is 1. */
final class Failure extends \RuntimeException
{
}

/** Everything the fake knows about the store it was installed into. */
final class Store
{
    public readonly string $root;
    private ?array $switches = null;
    private ?string $codeVersion = null;

    public function __construct(string $root)
    {
        $this->root = $root;
    }

    public function path(string $relative): string
    {
        return $this->root . '/' . $relative;
    }

    // ---- version ----

    public function codeVersion(): string
    {
        if ($this->codeVersion !== null) {
            return $this->codeVersion;
        }
        $version = null;
        $lock = self::readJson($this->path('composer.lock'));
        if (is_array($lock)) {
            $found = [];
            foreach (['packages', 'packages-dev'] as $list) {
                foreach ((array)($lock[$list] ?? []) as $package) {
                    if (is_array($package) && isset($package['name'], $package['version'])) {
                        $found[$package['name']] = ltrim((string)$package['version'], 'v');
                    }
                }
            }
            $version = $found['magento/product-community-edition']
                ?? $found['magento/product-enterprise-edition']
                ?? $found['magento/magento2-base']
                ?? null;
        }
        if ($version === null) {
            $composer = self::readJson($this->path('composer.json'));
            if (is_array($composer) && isset($composer['version'])) {
                $version = (string)$composer['version'];
            }
        }
        return $this->codeVersion = $version ?? 'UNKNOWN';
    }

    /** Magento 2.0 and 2.1: var/generation, var/di and the old "Magento CLI version x" banner. */
    public function isOldEra(): bool
    {
        $v = $this->codeVersion();
        return $v !== 'UNKNOWN' && version_compare($v, '2.2.0-dev', '<');
    }

    /** @return string[] the code-generation folders of this era, relative to the root */
    public function generationDirs(): array
    {
        return $this->isOldEra() ? ['var/generation', 'var/di'] : ['generated/code', 'generated/metadata'];
    }

    // ---- app/etc ----

    public function envPath(): string
    {
        return $this->path('app/etc/env.php');
    }

    public function readEnv(): array
    {
        $path = $this->envPath();
        if (!is_file($path)) {
            throw new Failure('The file "' . $path . '" does not exist: the deployment configuration is missing.');
        }
        $data = (static fn(string $file) => include $file)($path);
        return is_array($data) ? $data : [];
    }

    public function writeEnv(array $data): void
    {
        $path = $this->envPath();
        if (!is_writable($path)) {
            throw new Failure('The "' . $path . '" deployment config file isn\'t writable.');
        }
        $current = (string)file_get_contents($path);
        if (preg_match('/return\s+array\s*\(/', $current)) {
            $text = "<?php\nreturn " . var_export($data, true) . ";\n";
        } else {
            $text = "<?php\nreturn " . self::exportShort($data, 1) . ";\n";
        }
        if (@file_put_contents($path, $text) !== strlen($text)) {
            throw new Failure('The "' . $path . '" deployment config file isn\'t writable.');
        }
    }

    /** Magento 2.2+'s short-array writer: 4-space indent, one entry per line. */
    public static function exportShort(mixed $value, int $depth): string
    {
        if ($value === null) {
            return 'null';
        }
        if (!is_array($value)) {
            return var_export($value, true);
        }
        if ($value === []) {
            return '[]';
        }
        $indexed = array_is_list($value);
        $lines = [];
        foreach ($value as $key => $item) {
            $lines[] = str_repeat('    ', $depth)
                . ($indexed ? '' : var_export($key, true) . ' => ')
                . self::exportShort($item, $depth + 1);
        }
        return "[\n" . implode(",\n", $lines) . "\n" . str_repeat('    ', $depth - 1) . ']';
    }

    /**
     * The mode env.php gives, as Magento\Deploy\Model\Mode::getMode() reads it (2.0 to 2.4): env.php is
     * included by PHP, so an expression such as getenv('MAGE_MODE') ?: 'production' is evaluated with this
     * process's environment; no MAGE_MODE means "default".
     */
    public function mode(): string
    {
        $env = $this->readEnv();
        $mode = $env['MAGE_MODE'] ?? 'default';
        return is_string($mode) && $mode !== '' ? $mode : 'default';
    }

    /**
     * The mode the commands run in: Magento's bootstrap merges $_SERVER over the deployment configuration
     * (ObjectManagerFactory::create, array_merge($deploymentConfig->get(), $arguments)), so a MAGE_MODE
     * environment variable overrides env.php's. This is what setup:static-content:deploy checks.
     */
    public function applicationMode(): string
    {
        $fromEnvironment = getenv('MAGE_MODE');
        return is_string($fromEnvironment) && $fromEnvironment !== '' ? $fromEnvironment : $this->mode();
    }

    /** @return string[] enabled modules of app/etc/config.php, in file order */
    public function modules(): array
    {
        $path = $this->path('app/etc/config.php');
        if (!is_file($path)) {
            return [];
        }
        $data = (static fn(string $file) => include $file)($path);
        $modules = [];
        foreach ((array)($data['modules'] ?? []) as $name => $enabled) {
            if ($enabled) {
                $modules[] = (string)$name;
            }
        }
        return $modules;
    }

    // ---- the fake database ----

    public function dbPath(): string
    {
        return $this->path('.fake-magento/db.json');
    }

    public function db(): array
    {
        $db = self::readJson($this->dbPath());
        if (!is_array($db)) {
            return ['installed' => true, 'version' => $this->codeVersion()];
        }
        return $db;
    }

    public function saveDb(array $db): void
    {
        $dir = dirname($this->dbPath());
        if (!is_dir($dir)) {
            @mkdir($dir, 0777, true);
        }
        $text = json_encode($db, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n";
        if (@file_put_contents($this->dbPath(), $text) !== strlen($text)) {
            throw new Failure('Could not save the database state to "' . $this->dbPath() . '".');
        }
    }

    // ---- switches ----

    public function switches(): array
    {
        if ($this->switches === null) {
            $data = self::readJson($this->path('.fake-magento/switches.json'));
            $this->switches = is_array($data) ? $data : [];
        }
        return $this->switches;
    }

    /** A switch given either as a list of commands or as a map command => value. */
    public function switchFor(string $switch, string $command): mixed
    {
        $value = $this->switches()[$switch] ?? null;
        if (!is_array($value)) {
            return null;
        }
        if (array_is_list($value)) {
            return in_array($command, $value, true) ? true : null;
        }
        return array_key_exists($command, $value) ? $value[$command] : null;
    }

    // ---- files ----

    public static function readJson(string $path): mixed
    {
        if (!is_file($path)) {
            return null;
        }
        $text = @file_get_contents($path);
        return $text === false ? null : json_decode($text, true);
    }

    /**
     * Empties a folder without removing it. Returns the removed top-level entries (absolute paths).
     * Symbolic links are removed, never followed.
     */
    public static function emptyDir(string $dir, array $keep = []): array
    {
        $removed = [];
        $entries = @scandir($dir);
        if ($entries === false) {
            return $removed;
        }
        foreach ($entries as $entry) {
            if ($entry === '.' || $entry === '..' || in_array($entry, $keep, true)) {
                continue;
            }
            $path = $dir . '/' . $entry;
            self::remove($path);
            $removed[] = $path;
        }
        return $removed;
    }

    public static function remove(string $path): void
    {
        if (is_link($path) || !is_dir($path)) {
            if (!@unlink($path) && (file_exists($path) || is_link($path))) {
                throw new Failure('The file "' . $path . '" cannot be deleted. Warning!unlink(' . $path
                    . '): Permission denied');
            }
            return;
        }
        foreach ((array)@scandir($path) as $entry) {
            if ($entry !== '.' && $entry !== '..') {
                self::remove($path . '/' . $entry);
            }
        }
        if (!@rmdir($path)) {
            throw new Failure('The "' . $path . '" cannot be deleted Warning!rmdir(' . $path
                . '): Directory not empty');
        }
    }

    public static function put(string $path, string $content): void
    {
        $dir = dirname($path);
        if (!is_dir($dir) && !@mkdir($dir, 0777, true) && !is_dir($dir)) {
            throw new Failure('The directory "' . $dir . '" cannot be created.');
        }
        if (@file_put_contents($path, $content) === false) {
            throw new Failure('The file "' . $path . '" cannot be written.');
        }
    }

    /** Bytes of a php.ini size such as 128M, 2G or -1 (-1 = unlimited). */
    public static function bytes(string $size): int
    {
        $size = trim($size);
        if ($size === '' || $size === '-1') {
            return -1;
        }
        $number = (int)$size;
        switch (strtolower(substr($size, -1))) {
            case 'g':
                $number *= 1024;
            // no break
            case 'm':
                $number *= 1024;
            // no break
            case 'k':
                $number *= 1024;
        }
        return $number;
    }

    /** The memory_limit given on php's own command line with -d, or null. */
    public static function commandLineMemoryLimit(): ?string
    {
        $cmdline = @file_get_contents('/proc/self/cmdline');
        if ($cmdline === false) {
            return null;
        }
        $args = explode("\0", rtrim($cmdline, "\0"));
        $script = $_SERVER['argv'][0] ?? null;
        $found = null;
        // php's own options sit between the php binary and the script.
        for ($i = 1, $n = count($args); $i < $n; ++$i) {
            $arg = $args[$i];
            if ($arg === '--' || $arg === $script) {
                break;
            }
            if ($arg === '-d' && $i + 1 < $n) {
                $setting = $args[++$i];
            } elseif (str_starts_with($arg, '-d')) {
                $setting = substr($arg, 2);
            } else {
                continue;
            }
            if (preg_match('/^\s*memory_limit\s*=\s*(.*)$/', $setting, $m)) {
                $found = trim($m[1], " \"'");
            }
        }
        return $found;
    }
}

/** What every fake command shares: output helpers, the test switches and the failure style. */
abstract class FakeCommand extends Command
{
    protected Store $store;
    protected InputInterface $input;
    protected OutputInterface $out;
    protected OutputInterface $err;
    private int $slowMs = 0;

    public function __construct(Store $store)
    {
        $this->store = $store;
        parent::__construct();
    }

    abstract protected function handle(): int;

    protected function defaultFailure(): string
    {
        return 'Something went wrong while running "' . $this->getName() . '". See var/log/exception.log.';
    }

    final protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $this->input = $input;
        $this->out = $output;
        $this->err = $output instanceof ConsoleOutputInterface ? $output->getErrorOutput() : $output;
        $this->slowMs = max(0, (int)($this->store->switchFor('slow', (string)$this->getName()) ?? 0));
        try {
            if ($this->store->switchFor('prompt', (string)$this->getName()) !== null) {
                $this->prompt();
            }
            return $this->handle();
        } catch (Failure $e) {
            $this->err->writeln('', OutputInterface::OUTPUT_RAW);
            $this->err->writeln('In ' . $this->failureSource() . ':', OutputInterface::OUTPUT_RAW);
            $this->err->writeln('', OutputInterface::OUTPUT_RAW);
            foreach (explode("\n", $e->getMessage()) as $line) {
                $this->err->writeln('  ' . $line . '  ', OutputInterface::OUTPUT_RAW);
            }
            $this->err->writeln('', OutputInterface::OUTPUT_RAW);
            $this->err->writeln($this->getSynopsis(), OutputInterface::OUTPUT_RAW);
            $this->err->writeln('', OutputInterface::OUTPUT_RAW);
            return 1;
        }
    }

    private function failureSource(): string
    {
        return match ((string)$this->getName()) {
            'setup:upgrade' => 'State.php line 152',
            'setup:di:compile' => 'ClassReader.php line 57',
            'setup:static-content:deploy' => 'Deployer.php line 88',
            default => 'Filesystem.php line 69',
        };
    }

    /** One line on stdout (never interpreted as formatting tags). */
    protected function say(string $line = ''): void
    {
        $this->out->writeln($line, OutputInterface::OUTPUT_RAW);
        $this->pause();
    }

    /** One line on stderr: progress and warnings. */
    protected function progress(string $line): void
    {
        $this->err->writeln($line, OutputInterface::OUTPUT_RAW);
        $this->pause();
    }

    private function pause(): void
    {
        if ($this->slowMs > 0) {
            usleep($this->slowMs * 1000);
        }
    }

    /** maintenance:enable|disable --ip=...: the addresses that still see the store ("none" clears them). */
    protected function applyExemptIps(array $ips): void
    {
        if ($ips === []) {
            return;
        }
        $file = $this->store->path('var/.maintenance.ip');
        if ($ips === ['none']) {
            if (file_exists($file)) {
                Store::remove($file);
            }
            $this->say('Set exempt IP-addresses: none');
            return;
        }
        Store::put($file, implode(',', $ips));
        $this->say('Set exempt IP-addresses: ' . implode(' ', $ips));
    }

    private function prompt(): void
    {
        $this->out->write('Do you want to continue? [y/N] ', false, OutputInterface::OUTPUT_RAW);
        $answer = fgets(STDIN);
        if ($answer === false) {
            $this->out->writeln('', OutputInterface::OUTPUT_RAW);
            fwrite(STDERR, "Aborted: no answer on standard input.\n");
            exit(1);
        }
        if (!in_array(strtolower(trim($answer)), ['y', 'yes'], true)) {
            fwrite(STDERR, "Aborted.\n");
            exit(1);
        }
    }

    /**
     * The point where a command has printed its beginning and is about to do its real work: this is where
     * the hang, fatal, memoryLimit and fail switches strike.
     */
    protected function checkpoint(): void
    {
        $name = (string)$this->getName();
        $fill = $this->store->switchFor('fillDisk', $name);
        if (is_string($fill) && $fill !== '') {
            $this->fillDisk($this->store->path($fill));
        }
        if ($this->store->switchFor('hang', $name) !== null) {
            $this->hang();
        }
        if ($this->store->switchFor('fatal', $name) !== null) {
            $this->fatal(134217728);
        }
        $pretended = $this->store->switches()['memoryLimit'] ?? null;
        if (is_string($pretended) && $pretended !== '' && in_array($name, HEAVY_COMMANDS, true)) {
            $limit = Store::commandLineMemoryLimit() ?? $pretended;
            $bytes = Store::bytes($limit);
            if ($bytes !== -1 && $bytes < Store::bytes(HEAVY_COMMAND_NEEDS)) {
                $this->fatal($bytes);
            }
        }
        $message = $this->store->switchFor('fail', $name);
        if ($message !== null) {
            throw new Failure(is_string($message) && $message !== '' ? $message : $this->defaultFailure());
        }
    }

    /** Writes zeros to $path until a write fails (the file system is full); the file stays. */
    private function fillDisk(string $path): void
    {
        $handle = @fopen($path, 'ab');
        if ($handle === false) {
            return;
        }
        $block = str_repeat("\0", 65536);
        $written = 0;
        while (($n = @fwrite($handle, $block)) !== false && $n > 0) {
            $written += $n;
        }
        // What is left of the last block, byte by byte: the disk is full to the last byte.
        while (@fwrite($handle, "\0") === 1) {
            ++$written;
        }
        @fclose($handle);
    }

    private function fatal(int $bytes): never
    {
        fwrite(STDERR, sprintf("PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate "
            . "20480 bytes) in %s/vendor/magento/framework/ObjectManager/Factory/AbstractFactory.php on line 123\n",
            $bytes, $this->store->root));
        exit(255);
    }

    private function hang(): never
    {
        $pipes = [];
        $child = @proc_open(['sleep', '1000'], [
            0 => ['file', '/dev/null', 'r'],
            1 => ['file', '/dev/null', 'w'],
            2 => ['file', '/dev/null', 'w'],
        ], $pipes);
        $pid = is_resource($child) ? (int)(proc_get_status($child)['pid'] ?? 0) : 0;
        $this->say(sprintf('Waiting for the cron lock to be released (child process %d) ...', $pid));
        while (true) {
            sleep(1000);
        }
    }
}

final class MaintenanceEnableCommand extends FakeCommand
{
    protected function configure(): void
    {
        $this->setName('maintenance:enable')
            ->setDescription('Enables maintenance mode')
            ->addOption('ip', null, InputOption::VALUE_REQUIRED | InputOption::VALUE_IS_ARRAY,
                "Allowed IP addresses (use 'none' to clear allowed IP list)");
    }

    protected function defaultFailure(): string
    {
        return 'The "' . $this->store->path('var/.maintenance.flag') . '" file cannot be written.';
    }

    protected function handle(): int
    {
        $this->checkpoint();
        Store::put($this->store->path('var/.maintenance.flag'), '');
        $this->say('Enabled maintenance mode');
        $this->applyExemptIps((array)$this->input->getOption('ip'));
        return 0;
    }
}

final class MaintenanceDisableCommand extends FakeCommand
{
    protected function configure(): void
    {
        $this->setName('maintenance:disable')
            ->setDescription('Disables maintenance mode')
            ->addOption('ip', null, InputOption::VALUE_REQUIRED | InputOption::VALUE_IS_ARRAY,
                "Allowed IP addresses (use 'none' to clear allowed IP list)");
    }

    protected function handle(): int
    {
        $this->checkpoint();
        $flag = $this->store->path('var/.maintenance.flag');
        if (file_exists($flag)) {
            Store::remove($flag);
        }
        $this->say('Disabled maintenance mode');
        $this->applyExemptIps((array)$this->input->getOption('ip'));
        return 0;
    }
}

final class MaintenanceStatusCommand extends FakeCommand
{
    protected function configure(): void
    {
        $this->setName('maintenance:status')->setDescription('Displays maintenance mode status');
    }

    protected function handle(): int
    {
        $this->checkpoint();
        $active = file_exists($this->store->path('var/.maintenance.flag'));
        $this->say('Status: maintenance mode is ' . ($active ? 'active.' : 'not active.'));
        $ipFile = $this->store->path('var/.maintenance.ip');
        $ips = is_file($ipFile) ? trim((string)file_get_contents($ipFile)) : '';
        $this->say('List of exempt IP-addresses: ' . ($ips === '' ? 'none' : str_replace(',', ' ', $ips)));
        return 0;
    }
}

final class DbStatusCommand extends FakeCommand
{
    private const SAMPLE_MODULES = ['Magento_Store', 'Magento_Catalog', 'Magento_Customer', 'Magento_Sales'];

    protected function configure(): void
    {
        $this->setName('setup:db:status')
            ->setDescription('Checks if DB schema or data requires upgrade');
    }

    protected function handle(): int
    {
        $this->checkpoint();
        $db = $this->store->db();
        if (empty($db['installed'])) {
            $this->say('No information is available: the Magento application is not installed.');
            return 1;
        }
        $current = (string)($db['version'] ?? '0.0.0');
        $required = $this->store->codeVersion();
        $comparison = version_compare($current, $required);
        if ($comparison === 0) {
            $this->say('All modules are up to date.');
            return 0;
        }
        $modules = array_values(array_intersect(self::SAMPLE_MODULES, $this->store->modules()))
            ?: self::SAMPLE_MODULES;
        foreach ($modules as $module) {
            foreach (['schema', 'data'] as $kind) {
                $this->say(sprintf('%-25s %-12s current=%s  required=%s', $module, $kind . ':', $current,
                    $required));
            }
        }
        if ($comparison > 0) {
            $this->say('Some modules use code versions newer or older than the database. '
                . "First update the module code, then run 'setup:upgrade'.");
            return 1;
        }
        $this->say("Run 'setup:upgrade' to update your DB schema and data.");
        return 2;
    }
}

final class UpgradeCommand extends FakeCommand
{
    protected function configure(): void
    {
        $this->setName('setup:upgrade')
            ->setDescription('Upgrades the Magento application, DB data, and schema')
            ->addOption('keep-generated', null, InputOption::VALUE_NONE,
                'Prevents generated files from being deleted.')
            ->addOption('dry-run', null, InputOption::VALUE_OPTIONAL, 'Magento Installation will be run in dry-run mode',
                false)
            ->addOption('convert-old-scripts', null, InputOption::VALUE_OPTIONAL,
                'Allows to convert old scripts (InstallSchema, UpgradeSchema) to db_schema.xml format', false)
            ->addOption('safe-mode', null, InputOption::VALUE_OPTIONAL, 'Safe installation of Magento with dumps')
            ->addOption('data-restore', null, InputOption::VALUE_OPTIONAL, 'Restore removed data from dumps');
    }

    protected function defaultFailure(): string
    {
        return 'Area code is not set';
    }

    protected function handle(): int
    {
        $db = $this->store->db();
        if (empty($db['installed'])) {
            throw new Failure('The Magento application is not installed. Install it with "setup:install" first.');
        }
        $keepGenerated = (bool)$this->input->getOption('keep-generated');

        Store::emptyDir($this->store->path('var/cache'));
        Store::emptyDir($this->store->path('var/page_cache'));
        $this->say('Cache cleared successfully');

        if (!$keepGenerated) {
            $this->say('File system cleanup:');
            $folders = array_merge($this->store->generationDirs(), ['var/view_preprocessed', 'pub/static']);
            foreach ($folders as $folder) {
                $dir = $this->store->path($folder);
                if (!is_dir($dir)) {
                    $this->say(sprintf("The directory '%s/' doesn't exist - skipping cleanup", $dir));
                    continue;
                }
                $keep = $folder === 'pub/static' ? ['.htaccess'] : [];
                foreach (Store::emptyDir($dir, $keep) as $removed) {
                    $this->say($removed);
                }
            }
        }

        $modules = $this->store->modules();
        $count = count($modules);
        $this->say('Updating modules:');
        $this->say('Schema creation/updates:');
        foreach ($modules as $i => $module) {
            $this->say("Module '$module':");
            $this->progress(sprintf('Progress: %d/%d', $i + 1, $count));
        }
        $extra = max(0, (int)($this->store->switchFor('outputLines', 'setup:upgrade') ?? 0));
        for ($i = 1; $i <= $extra; ++$i) {
            $this->say("Module 'Vendor_Module$i':");
        }
        if ($this->store->switchFor('fail', 'setup:upgrade') !== null) {
            $this->say("Module 'Vendor_Broken':");
        }
        $this->checkpoint();

        $this->say('Data install/update:');
        foreach ($modules as $i => $module) {
            $this->say("Module '$module':");
            $this->progress(sprintf('Progress: %d/%d', $i + 1, $count));
        }
        if (!$this->store->isOldEra()) {
            $this->say('Nothing to import.');
        }

        $db['installed'] = true;
        $db['version'] = $this->store->codeVersion();
        $this->store->saveDb($db);

        if (!$keepGenerated) {
            $this->say($this->store->isOldEra()
                ? 'Please re-run Magento compile command'
                : 'Please re-run Magento compile command. Use the command "setup:di:compile"');
        }
        return 0;
    }
}

final class DiCompileCommand extends FakeCommand
{
    private const STEPS = [
        'Proxies code generation...',
        'Repositories code generation...',
        'Service data attributes generation...',
        'Application code generator...',
        'Interceptors generation...',
        'Area configuration aggregation...',
        'Interception cache generation...',
    ];
    private const AREAS = ['global', 'frontend', 'adminhtml', 'webapi_rest', 'webapi_soap', 'crontab'];

    protected function configure(): void
    {
        $this->setName('setup:di:compile')
            ->setDescription('Generates DI configuration and all missing classes that can be auto-generated');
    }

    protected function defaultFailure(): string
    {
        return 'Class Vendor\\Broken\\Model\\Missing does not exist';
    }

    protected function handle(): int
    {
        $this->say('Compilation was started.');
        $total = count(self::STEPS);
        foreach (self::STEPS as $i => $step) {
            $done = $i + 1;
            $width = 28;
            $filled = (int)floor($width * $done / $total);
            $bar = str_repeat('=', max(0, $filled - 1)) . ($done === $total ? '=' : '>')
                . str_repeat('-', $width - $filled);
            $this->progress(sprintf('%s %d/%d [%s] %3d%% 1 sec 52.0 MiB', $step, $done, $total, $bar,
                (int)floor(100 * $done / $total)));
            if ($i === 0) {
                $this->checkpoint();
            }
        }

        [$codeDir, $metadataDir] = array_map([$this->store, 'path'], $this->store->generationDirs());
        foreach ($this->store->modules() as $module) {
            $parts = explode('_', $module, 2);
            if (count($parts) !== 2) {
                continue;
            }
            [$vendor, $name] = $parts;
            $namespace = $vendor . '\\' . $name . '\\Model';
            Store::put("$codeDir/$vendor/$name/Model/ConfigFactory.php", self::factory($namespace, 'Config'));
            Store::put("$codeDir/$vendor/$name/Model/Config/Interceptor.php",
                self::interceptor($namespace, 'Config'));
        }
        foreach (self::AREAS as $area) {
            $config = ['arguments' => [], 'preferences' => [], 'instanceTypes' => []];
            if ($this->store->isOldEra()) {
                Store::put("$metadataDir/$area.ser", serialize($config));
            } else {
                Store::put("$metadataDir/$area.php", "<?php\nreturn " . var_export($config, true) . ";\n");
            }
        }
        $this->say('Generated code and dependency injection configuration successfully.');
        return 0;
    }

    private static function factory(string $namespace, string $class): string
    {
        return "<?php\nnamespace $namespace;\n\n/**\n * Factory class for @see \\$namespace\\$class\n */\n"
            . "class {$class}Factory\n{\n    protected \$_objectManager = null;\n\n"
            . "    protected \$_instanceName = null;\n\n"
            . "    public function __construct(\\Magento\\Framework\\ObjectManagerInterface \$objectManager, "
            . "\$instanceName = '\\\\$namespace\\\\$class')\n    {\n        \$this->_objectManager = \$objectManager;\n"
            . "        \$this->_instanceName = \$instanceName;\n    }\n\n"
            . "    public function create(array \$data = [])\n    {\n"
            . "        return \$this->_objectManager->create(\$this->_instanceName, \$data);\n    }\n}\n";
    }

    private static function interceptor(string $namespace, string $class): string
    {
        return "<?php\nnamespace $namespace\\$class;\n\n/**\n * Interceptor class for @see \\$namespace\\$class\n */\n"
            . "class Interceptor extends \\$namespace\\$class implements \\Magento\\Framework\\Interception\\InterceptorInterface\n"
            . "{\n    use \\Magento\\Framework\\Interception\\Interceptor;\n\n"
            . "    public function __construct()\n    {\n        \$this->___init();\n    }\n}\n";
    }
}

final class StaticContentDeployCommand extends FakeCommand
{
    private const THEMES = [
        ['frontend', 'Magento/blank'],
        ['adminhtml', 'Magento/backend'],
        ['frontend', 'Magento/luma'],
    ];

    protected function configure(): void
    {
        $this->setName('setup:static-content:deploy')
            ->setDescription('Deploys static view files')
            ->addArgument('languages', InputArgument::IS_ARRAY, 'Space-separated list of ISO-639 language codes')
            ->addOption('force', 'f', InputOption::VALUE_NONE, 'Deploy files in any mode.')
            ->addOption('strategy', 's', InputOption::VALUE_OPTIONAL, 'Deploy files using specified strategy.',
                'quick')
            ->addOption('jobs', 'j', InputOption::VALUE_OPTIONAL, 'Enable parallel processing', '0')
            ->addOption('area', 'a', InputOption::VALUE_IS_ARRAY | InputOption::VALUE_OPTIONAL,
                'Generate files only for the specified areas.', ['all'])
            ->addOption('theme', 't', InputOption::VALUE_IS_ARRAY | InputOption::VALUE_OPTIONAL,
                'Generate static view files for only the specified themes.', ['all'])
            ->addOption('language', 'l', InputOption::VALUE_IS_ARRAY | InputOption::VALUE_OPTIONAL,
                'Generate files only for the specified languages.', ['all'])
            ->addOption('no-html-minify', null, InputOption::VALUE_NONE, 'Do not minify HTML files.');
    }

    protected function defaultFailure(): string
    {
        return 'Unable to retrieve deployment version of static files from the file system.';
    }

    protected function handle(): int
    {
        $mode = $this->store->applicationMode();
        if ($mode !== 'production' && !$this->input->getOption('force')) {
            throw new Failure('NOTE: Manual static content deployment is not required in "default" and "developer" '
                . "modes.\n"
                . 'In "default" and "developer" modes static contents are being deployed automatically on demand.'
                . "\n" . "If you still want to deploy in these modes, use -f option: "
                . "'bin/magento setup:static-content:deploy -f'");
        }
        $started = microtime(true);
        $languages = (array)$this->input->getArgument('languages');
        $fromOption = array_diff((array)$this->input->getOption('language'), ['all']);
        $languages = array_values(array_unique(array_merge($languages, $fromOption))) ?: ['en_US'];

        $this->say('Deploy using ' . ($this->input->getOption('strategy') ?: 'quick') . ' strategy');
        $this->checkpoint();
        $static = $this->store->path('pub/static');
        foreach (self::THEMES as [$area, $theme]) {
            foreach ($languages as $language) {
                $base = "$static/$area/$theme/$language";
                Store::put("$base/css/styles-m.css", "/* $theme $language */\nbody{margin:0}\n");
                Store::put("$base/css/styles-l.css", "/* $theme $language */\n@media (min-width:768px){}\n");
                Store::put("$base/requirejs-config.js", "(function(require){require.config({});})(require);\n");
                Store::put("$base/js-translation.json", "[]");
                for ($step = 1; $step <= 4; ++$step) {
                    $this->progress(sprintf('%-40s %4d/2345 %s %3d%%', "$area/$theme/$language",
                        (int)(2345 * $step / 4), str_repeat('=', 7 * $step) . str_repeat('-', 28 - 7 * $step),
                        25 * $step));
                }
                $this->say(sprintf('%-40s %-20s %s 100%% %%  1 sec', "$area/$theme/$language", '2345/2345',
                    str_repeat('=', 28)));
            }
        }
        Store::put("$static/deployed_version.txt", (string)time());
        $this->say('');
        $this->say(sprintf('Execution time: %s', round(max(microtime(true) - $started, 0.1), 3)));
        return 0;
    }
}

/**
 * deploy:mode:show as Magento 2.0 to 2.4's ShowModeCommand: the mode env.php gives (never the MAGE_MODE
 * environment variable itself, hence Magento's note), "default" when env.php has none.
 */
final class ModeShowCommand extends FakeCommand
{
    protected function configure(): void
    {
        $this->setName('deploy:mode:show')->setDescription('Displays current application mode.');
    }

    protected function handle(): int
    {
        $this->checkpoint();
        $this->say('Current application mode: ' . $this->store->mode()
            . '. (Note: Environment variables may override this value.)');
        return 0;
    }
}

/** cache:status, cache:enable, cache:disable, cache:clean, cache:flush */
final class CacheCommand extends FakeCommand
{
    private string $action;

    public function __construct(Store $store, string $action)
    {
        $this->action = $action;
        parent::__construct($store);
    }

    protected function configure(): void
    {
        $descriptions = [
            'status' => 'Checks cache status',
            'enable' => 'Enables cache type(s)',
            'disable' => 'Disables cache type(s)',
            'clean' => 'Cleans cache type(s)',
            'flush' => 'Flushes cache storage used by cache type(s)',
        ];
        $this->setName('cache:' . $this->action)->setDescription($descriptions[$this->action]);
        if ($this->action !== 'status') {
            $this->addArgument('types', InputArgument::IS_ARRAY,
                'Space-separated list of cache types or omit to apply to all cache types.');
            $this->addOption('bootstrap', null, InputOption::VALUE_REQUIRED, 'add or override parameters of the bootstrap');
        }
    }

    protected function defaultFailure(): string
    {
        return 'Cache frontend \'default\' is not recognized.';
    }

    protected function handle(): int
    {
        $env = $this->store->readEnv();
        $types = [];
        foreach ((array)($env['cache_types'] ?? []) as $type => $enabled) {
            $types[(string)$type] = (int)(bool)$enabled;
        }
        $requested = $this->action === 'status' ? [] : (array)$this->input->getArgument('types');
        $unknown = array_diff($requested, array_keys($types));
        if ($unknown !== []) {
            throw new Failure('The following requested cache types are not supported: \''
                . implode("', '", $unknown) . "'.\nSupported types: " . implode(', ', array_keys($types)));
        }
        $selected = $requested === [] ? array_keys($types) : array_values(array_unique($requested));

        switch ($this->action) {
            case 'status':
                $this->say('Current status:');
                $this->checkpoint();
                foreach ($types as $type => $enabled) {
                    $this->say(sprintf('%30s: %d', $type, $enabled));
                }
                return 0;
            case 'enable':
            case 'disable':
                $target = $this->action === 'enable' ? 1 : 0;
                $changed = [];
                foreach ($selected as $type) {
                    if ($types[$type] !== $target) {
                        $changed[] = $type;
                    }
                }
                $this->checkpoint();
                if ($changed !== []) {
                    foreach ($changed as $type) {
                        $env['cache_types'][$type] = $target;
                    }
                    $this->store->writeEnv($env);
                    $this->say('Changed cache status:');
                    foreach ($changed as $type) {
                        $this->say(sprintf('%30s: %d -> %d', $type, 1 - $target, $target));
                    }
                } else {
                    $this->say('There is nothing to change in cache status');
                }
                if ($changed !== [] && $target === 1) {
                    $this->cleanStorage();
                    $this->say('Cleaned cache types:');
                    foreach ($changed as $type) {
                        $this->say($type);
                    }
                }
                return 0;
            default: // clean, flush
                $this->checkpoint();
                $this->cleanStorage();
                $this->say($this->action === 'flush' ? 'Flushed cache types:' : 'Cleaned cache types:');
                foreach ($selected as $type) {
                    $this->say($type);
                }
                return 0;
        }
    }

    private function cleanStorage(): void
    {
        Store::emptyDir($this->store->path('var/cache'));
        Store::emptyDir($this->store->path('var/page_cache'));
    }
}

/** Prints "Magento CLI version 2.1.9" for 2.0/2.1 stores and "Magento CLI 2.4.7" for newer ones. */
final class MagentoApplication extends Application
{
    private bool $oldEra;

    public function __construct(Store $store)
    {
        parent::__construct('Magento CLI', $store->codeVersion());
        $this->oldEra = $store->isOldEra();
    }

    public function getLongVersion(): string
    {
        return $this->oldEra ? 'Magento CLI version ' . $this->getVersion() : parent::getLongVersion();
    }
}

// ---- main ----

$store = new Store(dirname(__DIR__));

$callLog = $store->switches()['callLog'] ?? null;
if (is_string($callLog) && $callLog !== '') {
    @file_put_contents($callLog, implode(' ', $_SERVER['argv'] ?? []) . "\n", FILE_APPEND | LOCK_EX);
}

$application = new MagentoApplication($store);
$application->addCommands([
    new MaintenanceEnableCommand($store),
    new MaintenanceDisableCommand($store),
    new MaintenanceStatusCommand($store),
    new DbStatusCommand($store),
    new UpgradeCommand($store),
    new DiCompileCommand($store),
    new StaticContentDeployCommand($store),
    new ModeShowCommand($store),
    new CacheCommand($store, 'status'),
    new CacheCommand($store, 'enable'),
    new CacheCommand($store, 'disable'),
    new CacheCommand($store, 'clean'),
    new CacheCommand($store, 'flush'),
]);
exit($application->run());
