<?php
/**
 * vip-config.php — Gazeta do Planalto (gazetadoplanalto.com.br)
 *
 * Carregado pela VIP antes do wp-config gerenciado pela plataforma. Aqui ficam apenas
 * constantes do projeto. NUNCA coloque chaves, tokens ou senhas neste arquivo: os valores
 * vêm das variáveis de ambiente da VIP (`vip --app=gazeta-do-planalto --env=production config envvar set NOME`).
 *
 * @see https://docs.wpvip.com/infrastructure/environments/environment-variables/
 * @package gazeta-do-planalto
 */

if ( ! defined( 'VIP_GO_APP_ENVIRONMENT' ) ) {
	define( 'VIP_GO_APP_ENVIRONMENT', 'local' );
}

// Ambiente do WordPress (production | staging | development | local).
if ( ! defined( 'WP_ENVIRONMENT_TYPE' ) ) {
	define( 'WP_ENVIRONMENT_TYPE', 'production' === VIP_GO_APP_ENVIRONMENT ? 'production' : 'staging' );
}

/*
 * Integrações. Os valores NÃO estão aqui; só os nomes das variáveis.
 * Lista completa e responsáveis: docs/integracoes.md (planilha de segredos no cofre "Redação Digital").
 */
define( 'GDP_NEWSLETTER_API_KEY', vip_get_env_var( 'GDP_NEWSLETTER_API_KEY', '' ) );
define( 'GDP_NEWSLETTER_LIST_ID', vip_get_env_var( 'GDP_NEWSLETTER_LIST_ID', '' ) );
define( 'GDP_PIANO_AID', vip_get_env_var( 'GDP_PIANO_AID', '' ) );
define( 'GDP_PIANO_API_TOKEN', vip_get_env_var( 'GDP_PIANO_API_TOKEN', '' ) );
define( 'GDP_PIANO_PRIVATE_KEY', vip_get_env_var( 'GDP_PIANO_PRIVATE_KEY', '' ) );
define( 'GDP_APPLE_NEWS_CHANNEL_ID', vip_get_env_var( 'GDP_APPLE_NEWS_CHANNEL_ID', '' ) );
define( 'GDP_APPLE_NEWS_KEY_ID', vip_get_env_var( 'GDP_APPLE_NEWS_KEY_ID', '' ) );
define( 'GDP_APPLE_NEWS_KEY_SECRET', vip_get_env_var( 'GDP_APPLE_NEWS_KEY_SECRET', '' ) );
define( 'GDP_GAM_NETWORK_CODE', '21837405' ); // público: aparece em todas as tags de anúncio

/*
 * Em `vip dev-env` usamos valores falsos. Estes valores não funcionam em nenhum serviço.
 */
if ( 'local' === VIP_GO_APP_ENVIRONMENT ) {
	define( 'GDP_NEWSLETTER_FAKE_MODE', true );
	putenv( 'GDP_NEWSLETTER_API_KEY=chave-de-teste-nao-usar' );
	putenv( 'GDP_PIANO_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' );
	putenv( 'GDP_PIANO_AID=SANDBOX000' );
}

/*
 * Salts: na VIP são gerenciados pela plataforma e injetados no wp-config.
 * Se alguém copiar o wp-config-sample.php para cá, o valor será este placeholder e
 * o health check `gdp/salts-not-placeholder` falha o deploy:
 *
 *   define( 'AUTH_KEY',         'put your unique phrase here' );
 *   define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
 */

// VIP Search (Elasticsearch gerenciado).
define( 'VIP_ENABLE_VIP_SEARCH', true );
define( 'VIP_ENABLE_VIP_SEARCH_QUERY_INTEGRATION', true );
define( 'VIP_SEARCH_QUERY_INTEGRATION_POST_TYPES', [ 'post', 'gdp_coluna', 'gdp_podcast' ] );

// Jetpack: site privado em staging.
if ( 'production' !== VIP_GO_APP_ENVIRONMENT ) {
	define( 'VIP_JETPACK_IS_PRIVATE', true );
}

// Redirecionamento de domínios antigos para o principal.
$gdp_redirect_domains = [
	'gazetaplanalto.com.br'         => 'https://www.gazetadoplanalto.com.br',
	'www.gazetaplanalto.com.br'     => 'https://www.gazetadoplanalto.com.br',
	'amp.gazetadoplanalto.com.br'   => 'https://www.gazetadoplanalto.com.br',
	'eleicoes.gazetadoplanalto.com.br' => 'https://www.gazetadoplanalto.com.br/eleicoes',
];

if ( isset( $_SERVER['HTTP_HOST'] ) && ! ( defined( 'WP_CLI' ) && WP_CLI ) ) {
	$gdp_host = strtolower( $_SERVER['HTTP_HOST'] );
	if ( isset( $gdp_redirect_domains[ $gdp_host ] ) ) {
		header( 'Location: ' . $gdp_redirect_domains[ $gdp_host ] . ( $_SERVER['REQUEST_URI'] ?? '/' ), true, 301 );
		exit;
	}
}

// Cron Control: o segredo fica na variável de ambiente, não aqui.
define( 'WP_CRON_CONTROL_SECRET', vip_get_env_var( 'GDP_CRON_CONTROL_SECRET', '' ) );

// New Relic: nome da aplicação por ambiente.
if ( function_exists( 'newrelic_set_appname' ) ) {
	newrelic_set_appname( 'gazeta-do-planalto;' . VIP_GO_APP_ENVIRONMENT );
}

// Limites do editor (matérias longas de eleições passam de 40 mil caracteres).
define( 'WP_POST_REVISIONS', 25 );
define( 'AUTOSAVE_INTERVAL', 90 );
define( 'GDP_ASSET_VERSION', '2027.02.11-r3' );
define( 'GDP_BUILD_SHA', '45e2a7f013fdba5cff1c05b3e1896db0b027213f' );
