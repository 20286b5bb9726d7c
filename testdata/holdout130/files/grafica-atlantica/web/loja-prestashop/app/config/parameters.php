<?php
/*
 * Loja online Gráfica Atlântica (PrestaShop 1.7.8, módulo ga_webtoprint)
 * Cópia do servidor ga-web-02 anexada ao ticket SUP-3318 (erro 500 no checkout).
 * NÃO versionar - o repositório tem app/config/parameters.php.dist sem valores.
 */
return array (
  'parameters' =>
  array (
    'database_host' => 'ga-db-01.graficaatlantica.local',
    'database_port' => '3306',
    'database_name' => 'loja_prod',
    'database_user' => 'loja_ps',
    'database_password' => 'bBfC=qUIz!bKs5bC',
    'database_prefix' => 'ga_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => 'email-smtp.eu-west-1.amazonaws.com',
    'mailer_user' => NULL,
    'mailer_password' => NULL,
    'secret' => 'SZlalUqb7w4hWN0OEM2IrS5KiETdQRg2bvfgzupAhRnGsMREwBbMOUTI',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2021-05-12',
    'locale' => 'pt-PT',
    'use_debug_toolbar' => false,
    'cookie_key' => '4V7SFkVonEdCEmSMAsgqgWPtUPTgubRj33ueT8jEEjrvGzLnEMx47cBg',
    'cookie_iv' => '0eTBlTpU',
    'new_cookie_key' => 'def00000da7054e1377936fded330f32c105a19daf36558f5491c986540de879f44a9b636e826aca5b579eac7b4c3e4f8ed3314ff6d0a48893b4a679a693af846c6f9999',
    'api_public_key' => NULL,
    'api_private_key' => NULL,
  ),
  /* configuração do módulo ga_webtoprint (preflight e pagamentos) */
  'ga_webtoprint' =>
  array (
    'preflight_hotfolder' => '/mnt/ffc/Hotfolders/Web_In',
    'preflight_profile' => 'GA_Digital_v5',
    'max_upload_mb' => 500,
    'ifthenpay_mb_entidade' => '11249',
    'ifthenpay_mb_subentidade' => '712',
    'ifthenpay_mbway_key' => getenv('IFTHENPAY_MBWAY_KEY'),
    'ifthenpay_anti_phishing_key' => '',
    'faturacao_serie' => 'FT2026A',
    'faturacao_api_token' => '<pedir-ao-financeiro>',
    'mis_api_url' => 'https://ga-mis-01.graficaatlantica.local/api',
    'mis_api_token' => 'changeme',
    'iva_impressos' => 23,
    'portes_gratis_acima_eur' => 150.0,
  ),
);
