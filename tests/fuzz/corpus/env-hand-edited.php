<?php
declare(strict_types=1);

// Secrets come from the environment.
# old-style comment
return [
    'db' => [
        'connection' => [
            'default' => [
                'host' => getenv('DB_HOST') ?: 'localhost',
                'username' => $_ENV['DB_USER'] ?? 'magento',
                'password' => $_ENV['DB_PASS'],
                'port' => (int) getenv('DB_PORT'),
                'driver_options' => [
                    \PDO::MYSQL_ATTR_SSL_CA => BP . '/var/ssl/ca.pem',
                ],
            ],
        ],
    ],
    'MAGE_MODE' => 'production', // was developer
    'cache' => ['frontend' => ['default' => ['backend_options' => [
        'server' => "{$_SERVER['REDIS_HOST']}",
        'port' => 6379,
    ]]]],
    'crypt' => ['key' => 'abc' . 'def'],
    'x-frame-options' => 'SAME' /* inline */ . 'ORIGIN',
    'flags' => PHP_INT_MAX > 1 ? fn() => 1 : match (getenv('M')) { 'a' => [1, 2], default => null },
    'heredoc' => <<<EOT
    text with ] and ) and ,
    EOT,
];
?>
