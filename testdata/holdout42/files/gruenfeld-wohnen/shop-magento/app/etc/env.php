<?php
/**
 * Grünfeld Wohnen – Magento 2.4.7-p3 – app/etc/env.php (Produktion)
 *
 * Alle Zugangsdaten kommen aus der Umgebung (Kubernetes Secret "magento-env", befüllt aus
 * Vault: kv/gruenfeld/shop/prod). Diese Datei enthält KEINE Passwörter – bitte so lassen.
 * Letzte Änderung: 2026-11-10 (OPS-288, Redis-Sentinel entfernt)
 */
return [
    'backend' => [
        'frontName' => getenv('MAGENTO_ADMIN_URI')
    ],
    'cache' => [
        'graphql' => ['id_salt' => getenv('MAGENTO_GRAPHQL_ID_SALT')],
        'frontend' => [
            'default' => [
                'id_prefix' => '89a_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => 'redis-cache.shop.svc.cluster.local',
                    'database' => '0',
                    'port' => '6379',
                    'password' => getenv('REDIS_CACHE_PASSWORD'),
                    'compress_data' => '1',
                ]
            ],
            'page_cache' => [
                'id_prefix' => '393_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => 'redis-fpc.shop.svc.cluster.local',
                    'database' => '1',
                    'port' => '6379',
                    'password' => getenv('REDIS_FPC_PASSWORD'),
                ]
            ]
        ],
        'allow_parallel_generation' => false
    ],
    'remote_storage' => ['driver' => 'file'],
    'queue' => [
        'amqp' => [
            'host' => 'rabbitmq.shop.svc.cluster.local',
            'port' => '5672',
            'user' => 'magento',
            'password' => getenv('AMQP_PASSWORD'),
            'virtualhost' => '/'
        ],
        'consumers_wait_for_messages' => 1
    ],
    'crypt' => [
        // Schlüssel liegt nur in Vault (kv/gruenfeld/shop/prod#crypt_key). Alte Schlüssel: siehe OPS-190.
        'key' => getenv('MAGENTO_CRYPT_KEY')
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql-primary.shop.svc.cluster.local',
                'dbname' => 'magento_prod',
                'username' => 'magento_app',
                'password' => getenv('MAGENTO_DB_PASSWORD'),
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8mb4;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => ['default_setup' => ['connection' => 'default']],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis-session.shop.svc.cluster.local',
            'port' => '6379',
            'password' => getenv('REDIS_SESSION_PASSWORD'),
            'timeout' => '2.5',
            'database' => '2',
            'max_concurrency' => '20',
            'disable_locking' => '1'
        ]
    ],
    'lock' => ['provider' => 'db'],
    'directories' => ['document_root_is_pub' => true],
    'cache_types' => [
        'config' => 1, 'layout' => 1, 'block_html' => 1, 'collections' => 1, 'reflection' => 1,
        'db_ddl' => 1, 'compiled_config' => 1, 'eav' => 1, 'customer_notification' => 1,
        'config_integration' => 1, 'config_integration_api' => 1, 'full_page' => 1,
        'config_webservice' => 1, 'translate' => 1
    ],
    'downloadable_domains' => ['www.gruenfeld-wohnen.de'],
    'install' => ['date' => 'Tue, 14 Mar 2023 08:41:17 +0000'],
    'system' => [
        'default' => [
            'payment' => [
                'payone' => [
                    // Portal-Key und Merchant-ID werden über bin/magento config:set --lock-env gesetzt
                    'mid' => getenv('PAYONE_MID'),
                    'portalid' => getenv('PAYONE_PORTAL_ID'),
                    'key' => getenv('PAYONE_PORTAL_KEY'),
                    'mode' => 'live'
                ]
            ],
            'carriers' => [
                'dhlexpress' => [
                    'api_username' => getenv('DHL_EXPRESS_API_USER'),
                    'api_password' => getenv('DHL_EXPRESS_API_PASSWORD'),
                    'account_number' => getenv('DHL_EXPRESS_ACCOUNT'),
                    'debug' => '0'
                ]
            ],
            'dev' => ['js' => ['merge_files' => '1', 'minify_files' => '1']]
        ]
    ],
    'http_cache_hosts' => [
        ['host' => 'varnish.shop.svc.cluster.local', 'port' => '6081']
    ]
];
