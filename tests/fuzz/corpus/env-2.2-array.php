<?php
return array(
    'backend' => array(
        'frontName' => 'admin_22'
    ),
    'db' => array(
        'table_prefix' => 'mg_',
        'connection' => array(
            'default' => array(
                'host' => '10.0.0.5:3307',
                'dbname' => 'magento22',
                'username' => 'm22',
                'password' => 'p@ss',
                'active' => '1'
            )
        )
    ),
    'MAGE_MODE' => 'developer',
    /**
     * Cache id prefixes
     */
    'cache' => array(
        'frontend' => array(
            'default' => array('id_prefix' => 'c3f_'),
            'page_cache' => array('id_prefix' => 'c3f_')
        )
    ),
    'session' => array('save' => 'db'),
    'cache_types' => array('config' => 1, 'compiled_config' => 1, 'translate' => 1),
    'install' => array('date' => 'Tue, 10 Oct 2017 08:15:42 +0000')
);
