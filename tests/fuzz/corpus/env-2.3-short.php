<?php
return [
    'backend' => [
        'frontName' => 'admin_q7w8e9'
    ],
    'crypt' => [
        'key' => '9f8e7d6c5b4a39281706f5e4d3c2b1a0'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db.internal',
                'dbname' => 'magento23',
                'username' => 'm23',
                'password' => 'pa$$word',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'developer',
    'session' => [
        'save' => 'files'
    ],
    'lock' => [
        'provider' => 'db',
        'config' => [
            'prefix' => null
        ]
    ],
    'install' => [
        'date' => 'Mon, 14 Jan 2019 09:30:00 +0000'
    ]
];
