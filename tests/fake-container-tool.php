#!/usr/bin/env php
<?php
/**
 * A stand-in for ddev, warden and docker (installed under those three names in a folder put first on
 * PATH by tst_containerrunners). Each call is recorded as one JSON line in $MUA_FAKE_LOG: the tool,
 * its arguments, the working folder, whether standard input is a terminal and whether it is closed
 * (end of file at once). Then it does what the real tool would have the container do, here:
 *
 *   ddev exec [--dir D] WORDS…          bash -c "WORDS joined with spaces", in the project folder
 *                                       (the one holding .ddev/config.yaml; /var/www/html in D is it)
 *   ddev composer ARGS…                 prints a Composer-like line
 *   warden env exec -T [-w D] SVC CMD…  CMD as is, in the warden project folder (.env)
 *   docker compose exec -T [-w D] SVC CMD…  CMD as is, in the folder of the compose file
 *
 * The command runs in a session of its own (setsid), so that, as with docker, stopping the tool
 * does not stop the command.
 *
 * $MUA_FAKE_DOWN: print it on stderr and exit 1, as the real tool does when the environment is
 * not running. $MUA_FAKE_DOWN_AFTER=N: only from the N+1th call on. $MUA_FAKE_SERVICE: the only
 * service there is (default php-fpm).
 */

$tool = basename($argv[0]);
$args = array_slice($argv, 1);
$log = getenv('MUA_FAKE_LOG');

$tty = stream_isatty(STDIN);
$read = [STDIN];
$write = null;
$except = null;
$ready = @stream_select($read, $write, $except, 0, 300000);
$eof = $ready > 0 && fread(STDIN, 1) === '' && feof(STDIN);

$calls = 0;
if ($log !== false && $log !== '') {
    $calls = is_file($log) ? count(file($log)) : 0;
    file_put_contents($log, json_encode(['tool' => $tool, 'args' => $args, 'cwd' => getcwd(), 'tty' => $tty,
                                         'stdinEof' => $eof], JSON_UNESCAPED_SLASHES) . "\n",
                      FILE_APPEND | LOCK_EX);
}

$down = getenv('MUA_FAKE_DOWN');
$after = getenv('MUA_FAKE_DOWN_AFTER');
if ($down !== false && $down !== '' && ($after === false || $calls >= (int)$after)) {
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
function run(array $command, $cwd)
{
    $p = proc_open(array_merge(['setsid'], $command), [0 => ['file', '/dev/null', 'r'], 1 => STDOUT, 2 => STDERR], $pipes, $cwd);
    if (!is_resource($p))
        fail('could not start ' . implode(' ', $command));
    exit(proc_close($p));
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

if ($tool === 'ddev') {
    $project = upwards(function ($d) { return is_file("$d/.ddev/config.yaml"); });
    if ($project === null) {
        fwrite(STDERR, 'Failed to exec command: Could not find a project in ' . getcwd()
                       . ". Have you run 'ddev config'?\n");
        exit(1);
    }
    $sub = array_shift($args);
    if ($sub === 'composer') {
        echo "Composer (stand-in): " . implode(' ', $args) . "\n";
        exit(0);
    }
    if ($sub !== 'exec')
        fail("unexpected ddev $sub");
    $dir = null;
    while ($args && $args[0][0] === '-') {
        $o = array_shift($args);
        if ($o === '--dir' || $o === '-d')
            $dir = array_shift($args);
        else
            fail("unexpected option $o");
    }
    // ddev exec: the words, joined, to bash -c in the web container.
    run(['bash', '-c', implode(' ', $args)], inProject($project, $dir));
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
