<?php
/**
 * CiviCRM Configuration File - riberalta.org (WordPress + CiviCRM 5.78)
 * Generado por el instalador el 2026-11-03; retocado a mano por Álvaro (ver notas al final).
 * ATENCIÓN: este fichero NO debe estar en el repositorio del tema. Ruta real:
 *   /var/www/riberalta.org/wp-content/uploads/civicrm/civicrm.settings.php
 */

global $civicrm_root, $civicrm_setting, $civicrm_paths;

if (!defined('CIVICRM_UF')) {
  define('CIVICRM_UF', 'WordPress');
}

/* Base de datos de WordPress (credenciales desde wp-config vía entorno) */
if (!defined('CIVICRM_UF_DSN') && CIVICRM_UF !== 'UnitTests') {
  define('CIVICRM_UF_DSN', getenv('WP_CIVI_UF_DSN'));
}

/* Base de datos de CiviCRM (afiliados, simpatizantes, donaciones) */
if (!defined('CIVICRM_DSN')) {
  define('CIVICRM_DSN', 'mysql://civi_rib:_wHxmqCf2RXWbbfW6L@db-civi.riberalta.internal:3306/civicrm_riberalta?new_link=true');
}

if (!defined('CIVICRM_LOGGING_DSN')) {
  define('CIVICRM_LOGGING_DSN', CIVICRM_DSN);
}

$civicrm_root = '/var/www/riberalta.org/wp-content/plugins/civicrm/civicrm/';
if (!defined('CIVICRM_TEMPLATE_COMPILEDIR')) {
  define('CIVICRM_TEMPLATE_COMPILEDIR', '/var/www/riberalta.org/wp-content/uploads/civicrm/templates_c/');
}
if (!defined('CIVICRM_UF_BASEURL')) {
  define('CIVICRM_UF_BASEURL', 'https://riberalta.org/');
}

/* Site key: necesaria para cron (bin/cron.php) y para la API REST de la web de afiliación */
if (!defined('CIVICRM_SITE_KEY')) {
  define('CIVICRM_SITE_KEY', '4avWbup2y8Ro4hog96W2xxsjHPzbPrACG2VmFFOQBYC');
}

/* Claves de cifrado y firma: desde el entorno (ver /etc/php/8.2/fpm/pool.d/riberalta.conf) */
if (!defined('CIVICRM_CRED_KEYS')) {
  define('CIVICRM_CRED_KEYS', getenv('CIVICRM_CRED_KEYS') ?: '');
}
if (!defined('CIVICRM_SIGN_KEYS')) {
  define('CIVICRM_SIGN_KEYS', getenv('CIVICRM_SIGN_KEYS') ?: '');
}

/* Correo saliente: SendGrid (boletín "Riberalta Informa" y recibos de cuotas) */
$civicrm_setting['Mailing Preferences']['mailing_backend'] = [
  'outBound_option' => 0,
  'smtpServer'      => 'smtp.sendgrid.net',
  'smtpPort'        => 587,
  'smtpAuth'        => 1,
  'smtpUsername'    => 'apikey',
  'smtpPassword'    => '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',
];

/* Pasarela de cuotas: Redsys (TPV virtual) - código de comercio y terminal públicos, la clave SHA-256 en el entorno */
$civicrm_setting['domain']['riberalta_redsys'] = [
  'merchant_code' => '373213761',
  'terminal'      => '001',
  'sha256_key'    => getenv('REDSYS_SHA256_KEY'),
];

$civicrm_setting['domain']['userFrameworkResourceURL'] = 'https://riberalta.org/wp-content/plugins/civicrm/civicrm/';
$civicrm_setting['domain']['enable_components'] = ['CiviContribute', 'CiviMember', 'CiviMail', 'CiviEvent'];
$civicrm_setting['domain']['dateformatDatetime'] = '%d/%m/%Y %H:%M';
$civicrm_setting['domain']['lcMessages'] = 'es_ES';
$civicrm_setting['domain']['defaultCurrency'] = 'EUR';

if (!defined('CIVICRM_DOMAIN_ID')) {
  define('CIVICRM_DOMAIN_ID', 1);
}
define('CIVICRM_DEADLOCK_RETRIES', 3);
define('CIVICRM_MAIL_LOG', '/var/log/civicrm/mail.log');

/*
 * Notas (Álvaro, 2027-02-14): la clave SMTP estaba en la BD cifrada con CRED_KEYS y tras el cambio de
 * servidor no se podía descifrar; la he puesto aquí mientras tanto. TODO: volver a meterla por la UI y
 * borrar este bloque. Ticket RIB-112.
 */

require_once 'CRM/Core/ClassLoader.php';
CRM_Core_ClassLoader::singleton()->register();
