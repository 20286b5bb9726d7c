<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wp_billingapi' );
define( 'DB_USER', 'admin' );
define( 'DB_PASSWORD', 'welcome0y' );
define( 'DB_HOST', 'mysql-sandbox' );

define( 'AUTH_KEY',       '{j6xIV~q)-t@XS9D}R7U^!ASnrP}l(*6+{9liM!POcl-H8)Qb^xqk>|rc(k3rUCj' );
define( 'SECURE_AUTH_KEY', '4m6tG*7?zCi.w9tvO)>WM?}5[s8f+Xih8+8nfEnU^7En:Wy7Z7IRjazl]FNR[NE]' );
define( 'LOGGED_IN_KEY',  '5%?vR*w?@E[4UTl,Z7ZPx8VOmJFcZ@EaQn.q4J3)Z}5qANs}|5eeU{C@>uft}bzQ' );
define( 'NONCE_KEY',      '#CcfB1fB^^P).b()NrHm07oh1stC,?|fWmSogiF@jqu8N]fsJ*}kTZSv?|}CftAL' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', 'welcome-monkey-welcome82' );
