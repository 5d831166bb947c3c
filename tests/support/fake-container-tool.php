#!/usr/bin/env php
<?php
/**
 * A stand-in for ddev, warden and docker (installed under those three names in a folder put first on
 * PATH by tst_containerrunners). Each call is recorded as one JSON line in $MUA_FAKE_LOG: the tool,
 * its arguments, the working folder, whether standard input is a terminal and whether it is closed
 * (end of file at once), and the argument vector the container was given ("container"; absent when
 * the call ended before one was started). Then it does what the real tool would have the container
 * do, here, in a session of its own (setsid), so that, as with docker, stopping the tool does not
 * stop the command:
 *
 *   ddev exec [--dir D] [--raw] [--] ARGS…   see below, in the project folder (the one holding
 *                                            .ddev/config.yaml; /var/www/html in D is it)
 *   ddev composer ARGS…                      composer ARGS in the composer_root of config.yaml
 *   warden env exec -T [-w D] SVC CMD…       CMD as is, in the warden project folder (.env)
 *   docker compose exec -T [-w D] SVC CMD…   CMD as is, in the folder of the compose file
 *
 * ddev behaves as the release in $MUA_FAKE_DDEV_VERSION (default 1.25.3, today's), following
 * github.com/ddev/ddev at a278400d9 (v1.25.3-103, August 2026) and the tags named here:
 *
 *   - exec without --raw (cmd/ddev/cmd/exec.go, pkg/ddevapp/ddevapp.go DdevApp.Exec): the arguments
 *     become one line, handed to `bash -c "set -eu && ( LINE)"` in the web container, so that bash
 *     expands $, backquotes and globs in it. From v1.24.3 (commit bc697f52e, February 2025) the line
 *     is quoteArgs(ARGS): with two or more arguments, each one holding a blank, tab, CR, LF, " or #
 *     goes in double quotes with its " escaped as \"; a single argument goes in unchanged. Before
 *     v1.24.3 the arguments are joined with plain spaces.
 *   - exec --raw (from v1.19.0, commit ebfcaeb8a, February 2022): the argument vector unchanged,
 *     without a shell. Before v1.19.0 exec has no such flag, and cobra refuses it: "Error: unknown
 *     flag: --raw" and the usage on stderr, exit 255 (ddev's Execute exits with -1).
 *   - a failed command: "Failed to execute command `LINE`: exit status N" on stderr (without the
 *     backquotes, and the plain join, before v1.24.3), and ddev exits with N from v1.24.7 (commit
 *     0d69356e0), with 1 before (util.Failed).
 *   - composer (cmd/ddev/cmd/composer.go, pkg/ddevapp/composer.go DdevApp.Composer): no flag
 *     parsing; composer with the arguments unchanged (RawCmd), XDEBUG_MODE=off, in composer_root
 *     (from v1.19.0), its output held back and printed when it ends, stderr first. Only v1.23.5
 *     (commit 44c629357, reverted in v1.24.0) and the releases before v1.19.0 join the arguments
 *     with plain spaces for bash -c, the latter in /var/www/html. A failure prints
 *     "Composer [ARGS] failed, composer command failed: exit status N. stderr=…" without the
 *     output, exit 1.
 *
 * $MUA_FAKE_DOWN: print it on stderr and exit 1, as the real tool does when the environment is
 * not running. $MUA_FAKE_DOWN_AFTER=N: only from the N+1th call on. $MUA_FAKE_SERVICE: the only
 * service there is (default php-fpm).
 */

$tool = basename($argv[0]);
$args = array_slice($argv, 1);
$given = $args; // as the tool got them, for the log
$log = getenv('MUA_FAKE_LOG');

$tty = stream_isatty(STDIN);
$read = [STDIN];
$write = null;
$except = null;
$ready = @stream_select($read, $write, $except, 0, 300000);
$eof = $ready > 0 && fread(STDIN, 1) === '' && feof(STDIN);

$calls = $log !== false && $log !== '' && is_file($log) ? count(file($log)) : 0;

// Writes this call's line of the log, once: with the container's argument vector when one is
// started, else when the stand-in ends.
function record(?array $container = null)
{
    global $log, $tool, $given, $tty, $eof;
    static $done = false;
    if ($done || $log === false || $log === '')
        return;
    $done = true;
    $entry = ['tool' => $tool, 'args' => $given, 'cwd' => getcwd(), 'tty' => $tty, 'stdinEof' => $eof];
    if ($container !== null)
        $entry['container'] = $container;
    file_put_contents($log, json_encode($entry, JSON_UNESCAPED_SLASHES) . "\n", FILE_APPEND | LOCK_EX);
}
register_shutdown_function('record');

$down = getenv('MUA_FAKE_DOWN');
$after = getenv('MUA_FAKE_DOWN_AFTER');
if ($down !== false && $down !== '' && ($after === false || $calls >= (int)$after)) {
    record();
    fwrite(STDERR, $down . "\n");
    exit(1);
}

function fail($message)
{
    fwrite(STDERR, "stand-in: $message\n");
    exit(99);
}

// The nearest folder from here upwards for which $test holds.
function upwards($test)
{
    $dir = getcwd();
    while (true) {
        if ($test($dir))
            return $dir;
        $parent = dirname($dir);
        if ($parent === $dir)
            return null;
        $dir = $parent;
    }
}

function inProject($project, $dir)
{
    if ($dir === null)
        return $project;
    if (strpos($dir, '/var/www/html') !== 0)
        fail("--dir/-w $dir is not below /var/www/html");
    return $project . substr($dir, strlen('/var/www/html'));
}

// In a session of its own, as in a container: stopping this client does not stop the command.
// $output: null to pass stdout and stderr through, else an array that gets both, held back.
function start(array $command, $cwd, ?array $env = null, ?array &$output = null)
{
    record($command);
    $streams = [0 => ['file', '/dev/null', 'r'], 1 => STDOUT, 2 => STDERR];
    if ($output !== null) {
        $output = [tmpfile(), tmpfile()];
        $streams[1] = $output[0];
        $streams[2] = $output[1];
    }
    $p = proc_open(array_merge(['setsid'], $command), $streams, $pipes, $cwd,
                   $env === null ? null : array_merge(getenv(), $env));
    if (!is_resource($p))
        fail('could not start ' . implode(' ', $command));
    $status = proc_close($p);
    if ($output !== null) {
        foreach ($output as $i => $f) {
            rewind($f);
            $output[$i] = stream_get_contents($f);
        }
    }
    return $status;
}

function run(array $command, $cwd)
{
    exit(start($command, $cwd));
}

// docker compose exec's options before SERVICE; a TTY or interactive flag is refused outright.
function composeExec(array $args, $project)
{
    $dir = null;
    $noTty = false;
    while ($args && $args[0][0] === '-') {
        $o = array_shift($args);
        if ($o === '-T' || $o === '--no-TTY')
            $noTty = true;
        elseif ($o === '-w' || $o === '--workdir')
            $dir = array_shift($args);
        else
            fail("unexpected option $o");
    }
    if (!$noTty)
        fail('no -T: docker compose exec would ask for a TTY');
    $service = array_shift($args);
    $known = getenv('MUA_FAKE_SERVICE') ?: 'php-fpm';
    if ($service !== $known) {
        fwrite(STDERR, "no such service: $service\n");
        exit(1);
    }
    if (!$args)
        fail('no command');
    run($args, inProject($project, $dir));
}

// The ddev release this stand-in is (see the top).
function ddevAtLeast($version)
{
    return version_compare(getenv('MUA_FAKE_DDEV_VERSION') ?: '1.25.3', $version, '>=');
}

// exec.go's quoteArgs (v1.24.3 and later): how ddev exec makes one line of two or more arguments.
function quoteArgs(array $args)
{
    if (count($args) < 2)
        return implode(' ', $args);
    $words = [];
    foreach ($args as $a)
        $words[] = strpbrk($a, "\" \t\r\n#") === false ? $a : '"' . str_replace('"', '\"', $a) . '"';
    return implode(' ', $words);
}

// The line ddev hands to bash -c, and the vector the container runs with it (DdevApp.Exec).
function ddevBash($line)
{
    return ['bash', '-c', 'set -eu && ( ' . $line . ')'];
}

if ($tool === 'ddev') {
    $project = upwards(function ($d) { return is_file("$d/.ddev/config.yaml"); });
    if ($project === null) {
        fwrite(STDERR, 'Failed to exec command: Could not find a project in ' . getcwd()
                       . ". Have you run 'ddev config'?\n");
        exit(1);
    }
    $sub = array_shift($args);
    if ($sub === 'composer') {
        // No flag parsing: every argument is Composer's.
        $dir = '/var/www/html';
        if (ddevAtLeast('1.19.0')
            && preg_match('/^composer_root:\s*["\']?([^"\'\s#]*)/m', file_get_contents("$project/.ddev/config.yaml"),
                          $m)
            && $m[1] !== '')
            $dir .= '/' . trim($m[1], '/');
        $joined = !ddevAtLeast('1.19.0') || (getenv('MUA_FAKE_DDEV_VERSION') ?: '') === '1.23.5';
        $command = $joined ? ddevBash(implode(' ', array_merge(['composer'], $args)))
                           : array_merge(['composer'], $args);
        $output = [];
        $status = start($command, inProject($project, $dir), ['XDEBUG_MODE' => 'off'], $output);
        if ($status !== 0) {
            fwrite(STDERR, 'Composer [' . implode(' ', $args) . "] failed, composer command failed: exit status $status. stderr="
                           . $output[1] . "\n");
            exit(1);
        }
        fwrite(STDERR, $output[1]);
        fwrite(STDOUT, $output[0]);
        exit(0);
    }
    if ($sub !== 'exec')
        fail("unexpected ddev $sub");
    // Flags only before the command (SetInterspersed(false)), as pflag reads them.
    $dir = null;
    $raw = false;
    while ($args && $args[0] !== '' && $args[0][0] === '-') {
        $o = array_shift($args);
        if ($o === '--')
            break;
        if ($o === '--raw' && ddevAtLeast('1.19.0')) {
            $raw = true;
        } elseif ($o === '--dir' || $o === '-d') {
            $dir = array_shift($args);
        } elseif (strpos($o, '--dir=') === 0) {
            $dir = substr($o, strlen('--dir='));
        } elseif (strpos($o, '--') === 0 && !ddevAtLeast('1.19.0')) {
            // cobra v1.1.1: the flag error, then the command's usage, both on stderr.
            fwrite(STDERR, 'Error: unknown flag: ' . explode('=', $o)[0] . "\nUsage:\n  ddev exec <command> [flags]\n\n"
                           . "Aliases:\n  exec, .\n\nFlags:\n  -d, --dir string       Defines the execution "
                           . "directory within the container\n  -s, --service string   Defines the service to "
                           . "connect to. [e.g. web, db] (default \"web\")\n\n");
            exit(255);
        } else {
            fail("unexpected option $o");
        }
    }
    if (!$args) {
        fwrite(STDERR, "Usage:\n  ddev exec [flags] [command] [command-flags]\n");
        exit(1);
    }
    $line = ddevAtLeast('1.24.3') ? quoteArgs($args) : implode(' ', $args);
    $status = start($raw ? $args : ddevBash($line), inProject($project, $dir));
    if ($status !== 0) {
        fwrite(STDERR, ddevAtLeast('1.24.3') ? "Failed to execute command `$line`: exit status $status\n"
                                             : "Failed to execute command $line: exit status $status\n");
        exit(ddevAtLeast('1.24.7') ? $status : 1);
    }
    exit(0);
}

if ($tool === 'warden') {
    $project = upwards(function ($d) {
        return is_file("$d/.env") && preg_match('/^WARDEN_ENV_TYPE=/m', file_get_contents("$d/.env"));
    });
    if ($project === null) {
        fwrite(STDERR, "Environment config could not be found. Please run \"warden env-init\" and try again!\n");
        exit(1);
    }
    if (array_slice($args, 0, 2) !== ['env', 'exec'])
        fail('unexpected warden ' . implode(' ', $args));
    composeExec(array_slice($args, 2), $project);
}

if ($tool === 'docker') {
    if (array_slice($args, 0, 2) !== ['compose', 'exec'])
        fail('unexpected docker ' . implode(' ', $args));
    $project = upwards(function ($d) {
        foreach (['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'] as $f)
            if (is_file("$d/$f"))
                return true;
        return false;
    });
    if ($project === null) {
        fwrite(STDERR, "no configuration file provided: not found\n");
        exit(1);
    }
    composeExec(array_slice($args, 2), $project);
}

fail("unknown tool $tool");
