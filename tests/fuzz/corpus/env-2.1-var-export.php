<?php
return array (
  'backend' => 
  array (
    'frontName' => 'admin_1x2y',
  ),
  'install' => 
  array (
    'date' => 'Thu, 01 Jun 2017 10:00:00 +0000',
  ),
  'crypt' => 
  array (
    'key' => 'f2b8c3d4e5f60718293a4b5c6d7e8f90',
  ),
  'session' => 
  array (
    'save' => 'files',
  ),
  'db' => 
  array (
    'table_prefix' => '',
    'connection' => 
    array (
      'default' => 
      array (
        'host' => 'localhost',
        'dbname' => 'magento',
        'username' => 'magento',
        'password' => 'it\'s \\ secret',
        'model' => 'mysql4',
        'engine' => 'innodb',
        'initStatements' => 'SET NAMES utf8;',
        'active' => '1',
      ),
    ),
  ),
  'resource' => 
  array (
    'default_setup' => 
    array (
      'connection' => 'default',
    ),
  ),
  'x-frame-options' => 'SAMEORIGIN',
  'MAGE_MODE' => 'default',
  'cache_types' => 
  array (
    'config' => 1,
    'layout' => 1,
    'block_html' => 1,
    'full_page' => 0,
  ),
);
