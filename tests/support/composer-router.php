<?php
// A Composer repository over HTTP for the tests, as repo.magento.com serves one (packages.json, then
// each package's zip), on 127.0.0.1 only:
//   MUA_REPO=<folder with packages.json and dist/> [MUA_BYTES_PER_SECOND=N] [MUA_FAIL=<part of a path>]
//   php -S 127.0.0.1:PORT composer-router.php
// Each request is appended to MUA_REPO/requests.log. A zip is sent at most N bytes a second (a
// shop's line to its repository); a path that contains MUA_FAIL answers 500.
$root = getenv('MUA_REPO');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
file_put_contents("$root/requests.log", $_SERVER['REQUEST_METHOD'] . " $path\n", FILE_APPEND | LOCK_EX);
$fail = getenv('MUA_FAIL');
if ($fail !== false && $fail !== '' && str_contains($path, $fail)) {
    http_response_code(500);
    echo "Internal Server Error\n";
    return true;
}
$file = realpath($root . $path);
if ($file === false || !is_file($file) || !str_starts_with($file, realpath($root) . '/')) {
    http_response_code(404);
    return true;
}
header(str_ends_with($file, '.json') ? 'Content-Type: application/json' : 'Content-Type: application/zip');
header('Content-Length: ' . filesize($file));
$bps = (int) getenv('MUA_BYTES_PER_SECOND');
$chunk = 65536;
$h = fopen($file, 'rb');
while (!feof($h)) {
    echo fread($h, $chunk);
    flush();
    if ($bps > 0)
        usleep((int) (1e6 * $chunk / $bps));
}
fclose($h);
return true;
