<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wp_gateway' );
define( 'DB_USER', 'readonly' );
define( 'DB_PASSWORD', 'ZEhkm^W88EleZHwa' );
define( 'DB_HOST', 'mysql-preprod.z5j9v4o31ajl.ap-southeast-2.rds.amazonaws.com' );

define( 'AUTH_KEY',       'NLZM9(j9%Lc:.yZmu)?4P)~o@c=hsm6r-cWB]Cg#{Zay0HW>Znz.+Sq0B)KWc#7i' );
define( 'SECURE_AUTH_KEY', 'oU=cV{c75(pNf+ZIMRBdr[Uj3@asOI?]zvl.=75e]HPK-IQ>ga[P=McB!6P9VTn*' );
define( 'LOGGED_IN_KEY',  't7%5^rALB<<vx-7c}fxV.{gCBbsm1+xb@Kf^8!}VN83E>RLUnV[*}(J5fMof#Zsc' );
define( 'NONCE_KEY',      '{i,:>w^BzH{V_BCfFS2I:thY6J#t%M)J!x85tw|LBqpr]nSctjF|+Zqc{HV!MuPs' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', 'Purple1464*' );
