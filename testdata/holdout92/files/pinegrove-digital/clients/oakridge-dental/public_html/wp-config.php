<?php
/**
 * Oakridge Dental Care - production
 * Managed by Pinegrove Digital. Host: cp7.summitnest-hosting.com (cPanel user oakridge)
 * Last edited: 2026-04-03 (PGD-1187 move media to S3, new SMTP)
 *
 * Salts live in wp-salt.php (rotated quarterly by the Pinegrove hardening job).
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'oakridge_wp604' );
define( 'DB_USER', 'oakridge_wp604' );
define( 'DB_PASSWORD', 'iSkGt9SIetaAPFr*ibN0' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salt.php';

$table_prefix = 'wp_k7q2_';

// ** Performance ** //
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'WP_MAX_MEMORY_LIMIT', '512M' );
define( 'WP_CACHE', true ); // LiteSpeed Cache 6.5.0.2
define( 'WP_CACHE_KEY_SALT', 'oakridgedentalcare.com:' );
define( 'DISABLE_WP_CRON', true ); // real cron: */5 * * * * /usr/local/bin/php /home/oakridge/public_html/wp-cron.php
define( 'WP_POST_REVISIONS', 8 );
define( 'AUTOSAVE_INTERVAL', 120 );

// ** Hardening ** //
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_ENVIRONMENT_TYPE', 'production' );

// ** WP Offload Media Lite 3.2.9 ** //
define( 'AS3CF_SETTINGS', serialize( array(
	'provider'          => 'aws',
	'access-key-id'     => 'AKIAA673QZOFDQ5I74KZ',
	'secret-access-key' => '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',
	'bucket'            => 'oakridge-dental-media-prod',
	'region'            => 'us-east-2',
	'copy-to-s3'        => true,
	'serve-from-s3'     => true,
	'object-prefix'     => 'wp-content/uploads/',
	'use-yearmonth-folders' => true,
	'object-versioning' => true,
) ) );

// ** WP Mail SMTP 4.1.1 (Mailgun SMTP) ** //
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp.mailgun.org' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'postmaster@mg.oakridgedentalcare.com' );
define( 'WPMS_SMTP_PASS', '0e8e777f14a935441fafa9bd60451cb3-6dcf536a-d5678b86' );
define( 'WPMS_MAIL_FROM', 'frontdesk@oakridgedentalcare.com' );
define( 'WPMS_MAIL_FROM_FORCE', true );
define( 'WPMS_MAIL_FROM_NAME', 'Oakridge Dental Care' );

// ** Debug (keep off in production) ** //
define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', '/home/oakridge/logs/wp-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
