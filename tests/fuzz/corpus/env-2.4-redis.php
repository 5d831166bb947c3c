<?php
return [
    'backend' => [
        'frontName' => 'admin_x9k2'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq',
            'port' => '5672',
            'user' => 'magento',
            'password' => 'r4bb1t',
            'virtualhost' => '/'
        ]
    ],
    'db' => [
        'connection' => [
            'default' => [
                'host' => 'mysql',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'magento',
                'active' => '1'
            ]
        ]
    ],
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => '127.0.0.1',
            'port' => '6379',
            'password' => '',
            'timeout' => '2.5',
            'database' => '2',
            'compression_library' => 'gzip',
            'max_lifetime' => '2592000'
        ]
    ],
    'cache' => [
        'graphql' => [
            'id_salt' => 'Qm7hGkLp2Xv9'
        ],
        'frontend' => [
            'default' => [
                'id_prefix' => '69d_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => '127.0.0.1',
                    'database' => '0',
                    'port' => '6379'
                ]
            ]
        ],
        'allow_parallel_generation' => false
    ],
    'lock' => [
        'provider' => 'db'
    ],
    'directories' => [
        'document_root_is_pub' => true
    ],
    'downloadable_domains' => [
        'example.com',
        'www.example.com'
    ],
    'http_cache_hosts' => [
        [
            'host' => 'varnish',
            'port' => '6081'
        ]
    ]
];
