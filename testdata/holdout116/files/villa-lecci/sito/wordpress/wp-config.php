<?php
/**
 * Il file base di configurazione di WordPress.
 *
 * Questo file viene utilizzato, durante l'installazione, dallo script
 * di creazione di wp-config.php. Non è necessario utilizzarlo solo via web
 * puoi copiare questo file in «wp-config.php» e riempire i valori corretti.
 *
 * Questo file definisce le seguenti configurazioni:
 *
 * * Impostazioni del database
 * * Chiavi segrete
 * * Prefisso della tabella
 * * ABSPATH
 *
 * @link https://it.wordpress.org/support/article/editing-wp-config-php/
 *
 * @package WordPress
 */

// ** Impostazioni database - È possibile ottenere queste informazioni dal proprio fornitore di hosting ** //
/** Il nome del database di WordPress */
define( 'DB_NAME', 'vcl_wp_prod' );

/** Nome utente del database */
define( 'DB_USER', 'vcl_wp' );

/** Password del database */
define( 'DB_PASSWORD', 'Lecci#Orcia2024!vq7' );

/** Hostname del database */
define( 'DB_HOST', 'mysql-ha.serverplan-cloud.it:3306' );

/** Charset del Database da utilizzare nella creazione delle tabelle. */
define( 'DB_CHARSET', 'utf8mb4' );

/** Il tipo di collazione del database. Da non modificare se non si ha idea di cosa sia. */
define( 'DB_COLLATE', '' );

/**#@+
 * Chiavi univoche di autenticazione e di sicurezza.
 * Rigenerate il 03/02/2025 con https://api.wordpress.org/secret-key/1.1/salt/
 * e spostate fuori dal repository (file non versionato, permessi 0400).
 */
require_once __DIR__ . '/wp-salt.php';
/**#@-*/

/** Prefisso tabelle */
$table_prefix = 'vcl_';

/** Modalità di debug: attiva solo in staging (staging.villacortedeilecci.it). */
define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'WP_ENVIRONMENT_TYPE', 'production' );

/* WP Mail SMTP — invio moduli "Richiedi disponibilità" e conferme opzione */
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'sendgrid' );
define( 'WPMS_SENDGRID_API_KEY', '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' );
define( 'WPMS_SENDGRID_DOMAIN', 'villacortedeilecci.it' );

/* Mappa "Come arrivare" (tema vcl-child, template page-dove-siamo.php) */
define( 'VCL_GMAPS_KEY', 'AIzaSyGh2yW18DUoqTEuyYwfR1V1JXZk_CpczoJ' );

/* Pagamento caparra online (plugin vcl-caparre, Stripe Checkout) */
define( 'VCL_STRIPE_PUBLISHABLE_KEY', 'pk_live_51EFu726iJy6W54BKKvhK2t2qKczKOCA7DL8qxibnXSGu2fWt7DSNyIRFbAk0qsjLXjWoV3buRgBRDfsTCLt0tIA' );
define( 'VCL_STRIPE_SECRET_KEY', 'sk_live_51RUA2Jmh3ztembzclZvmp21fgWLNZJW5t9kGXdJK1wtccCnKSCR1Lu5PM68qQQsw5xAsv9MI009SPwoP62xkh9z' );
define( 'VCL_STRIPE_CURRENCY', 'eur' );

/* AI Engine: assistente "Chiedi alla Villa" sulle FAQ (solo testi pubblici, niente dati ospiti) */
define( 'MWAI_OPENAI_API_KEY', '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' );
define( 'MWAI_DEFAULT_MODEL', 'gpt-4o-mini' );

/* Aggiungere qualsiasi valore personalizzato prima di questa riga. */

/* Finito, interrompere le modifiche! Buona pubblicazione. */

/** Path assoluto alla directory di WordPress. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Imposta le variabili di WordPress ed include i file. */
require_once ABSPATH . 'wp-settings.php';
