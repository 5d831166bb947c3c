<?php
// The storefront and the webhook of tst_storefront:
//   MUA_STORE=<demo store> MUA_STATE=<folder> php -S 127.0.0.1:PORT storefront-router.php
// Like Magento, it answers 503 while the store's var/.maintenance.flag exists. The file
// MUA_STATE/mode picks a variant ("after" = once a 503 has been served):
//   magento       200 with the home page, 503 in maintenance
//   ignore-flag   always 200: maintenance that does not take effect for this address
//   slow-after    like magento, but the 200s after come 600 ms late
//   error-after   like magento, but after, the page shows Magento's error text
//   500-after     like magento, but after, it answers 500
//   500           always 500
//   redirect      / → /r1 → /r2 → /home (301s), then like magento
//   loop          redirects for ever
// POST /hook… records the body in MUA_STATE/hook-N.json and its Content-Type in hook-N.type;
// /hook-404 answers 404 like a deleted Slack webhook.
$store = getenv('MUA_STORE');
$state = getenv('MUA_STATE');
$mode = trim((string) @file_get_contents("$state/mode"));
if ($mode === '') {
    $mode = 'magento';
}
$uri = $_SERVER['REQUEST_URI'];
$path = parse_url($uri, PHP_URL_PATH);
file_put_contents("$state/requests.log", $_SERVER['REQUEST_METHOD'] . " $uri\n", FILE_APPEND);

if (str_starts_with($path, '/hook')) {
    $n = count(glob("$state/hook-*.json")) + 1;
    file_put_contents("$state/hook-$n.type", $_SERVER['CONTENT_TYPE'] ?? '');
    file_put_contents("$state/hook-$n.json", file_get_contents('php://input'));
    if (str_starts_with($path, '/hook-404')) {
        http_response_code(404);
        echo "no_service\n";
        return;
    }
    echo "ok";
    return;
}
if ($mode === 'loop') {
    header('Location: ' . ($path === '/a' ? '/b' : '/a'), true, 302);
    return;
}
if ($mode === 'redirect') {
    $next = ['/' => '/r1', '/r1' => '/r2', '/r2' => '/home'];
    if (isset($next[$path])) {
        header("Location: {$next[$path]}", true, 301);
        return;
    }
}
if ($mode === '500') {
    http_response_code(500);
    echo "<html><body><h1>Internal Server Error</h1></body></html>\n";
    return;
}
if (file_exists("$store/var/.maintenance.flag") && $mode !== 'ignore-flag') {
    touch("$state/seen-503");
    http_response_code(503);
    echo "<!doctype html>\n<html><head><title>Error 503: Service Unavailable</title></head>\n"
        . "<body><h1>Service Temporarily Unavailable</h1></body></html>\n";
    return;
}
$after = file_exists("$state/seen-503");
if ($after && $mode === 'slow-after') {
    usleep(600000);
}
if ($after && $mode === '500-after') {
    http_response_code(500);
    echo "<!doctype html>\n<html><head><title>Error</title></head>\n"
        . "<body><p>There has been an error processing your request</p></body></html>\n";
    return;
}
header('Content-Type: text/html; charset=UTF-8');
echo "<!doctype html>\n<html><head><title>Home page</title></head><body>\n";
if ($after && $mode === 'error-after') {
    echo "<div><h1>There has been an error processing your request</h1>\n"
        . "<p>Exception printing is disabled by default for security reasons.</p></div>\n";
} else {
    echo "<h1>Welcome to the demo store</h1>\n";
}
echo "</body></html>\n";
