<?php
/**
 * Calculator preț traducere / Калькулятор стоимости перевода
 * Tema: codru (WordPress 6.7). Shortcode: [codru_calculator]
 *
 * Prețurile vin din tabelul wp_codru_tarife (vezi dump-ul din backup/mysql), nu se scriu aici.
 * @package Codru
 * @since 2.3.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const CODRU_CALC_VERSION   = '2.3.4';
const CODRU_CHARS_PER_PAGE = 1800;   // pagină convențională: 1800 caractere cu spații
const CODRU_URGENT_FACTOR  = 1.5;    // urgență (24h)
const CODRU_APOSTILA_MDL   = 250;    // taxa de stat pentru apostilă, per document
const CODRU_NOTAR_MDL      = 150;    // legalizarea semnăturii traducătorului

/**
 * Combinații lingvistice afișate în formular (cheie => etichete ro/ru).
 */
function codru_calc_limbi(): array {
	return array(
		'ro-ru' => array( 'ro' => 'Română → Rusă', 'ru' => 'Румынский → Русский' ),
		'ru-ro' => array( 'ro' => 'Rusă → Română', 'ru' => 'Русский → Румынский' ),
		'ro-en' => array( 'ro' => 'Română → Engleză', 'ru' => 'Румынский → Английский' ),
		'en-ro' => array( 'ro' => 'Engleză → Română', 'ru' => 'Английский → Румынский' ),
		'ro-zh' => array( 'ro' => 'Română → Chineză', 'ru' => 'Румынский → Китайский' ),
		'uk-ro' => array( 'ro' => 'Ucraineană → Română', 'ru' => 'Украинский → Румынский' ),
	);
}

/**
 * Calculează prețul estimativ.
 *
 * @param int    $chars    Număr de caractere (cu spații).
 * @param string $pair     Cheia combinației, ex. 'ro-ru'.
 * @param bool   $urgent   Livrare în 24h.
 * @param int    $apostile Număr de documente apostilate.
 * @return array{pagini: float, pret: float, moneda: string}
 */
function codru_calc_pret( int $chars, string $pair, bool $urgent = false, int $apostile = 0 ): array {
	global $wpdb;
	$tarif = (float) $wpdb->get_var(
		$wpdb->prepare( "SELECT pret_pagina FROM {$wpdb->prefix}codru_tarife WHERE pereche = %s AND activ = 1", $pair )
	);
	$pagini = max( 1, ceil( ( $chars / CODRU_CHARS_PER_PAGE ) * 10 ) / 10 );
	$pret   = $pagini * $tarif * ( $urgent ? CODRU_URGENT_FACTOR : 1 );
	$pret  += $apostile * ( CODRU_APOSTILA_MDL + CODRU_NOTAR_MDL );
	return array( 'pagini' => $pagini, 'pret' => round( $pret, 2 ), 'moneda' => 'MDL' );
}

add_action( 'wp_ajax_nopriv_codru_calc', 'codru_calc_ajax' );
add_action( 'wp_ajax_codru_calc', 'codru_calc_ajax' );

function codru_calc_ajax(): void {
	check_ajax_referer( 'codru_calc', 'nonce' );
	$chars    = absint( $_POST['chars'] ?? 0 );
	$pair     = sanitize_text_field( wp_unslash( $_POST['pair'] ?? 'ro-ru' ) );
	$urgent   = ! empty( $_POST['urgent'] );
	$apostile = min( 20, absint( $_POST['apostile'] ?? 0 ) );
	if ( ! array_key_exists( $pair, codru_calc_limbi() ) ) {
		wp_send_json_error( array( 'mesaj' => __( 'Combinație necunoscută / Неизвестная языковая пара', 'codru' ) ), 400 );
	}
	// Placeholder în câmpul de telefon din formular: +373 XX XXX XXX (nu validăm aici, doar în CF7)
	wp_send_json_success( codru_calc_pret( $chars, $pair, $urgent, $apostile ) );
}

add_shortcode( 'codru_calculator', static function (): string {
	wp_enqueue_script( 'codru-calc', get_template_directory_uri() . '/assets/js/calc.js', array(), CODRU_CALC_VERSION, true );
	wp_localize_script( 'codru-calc', 'CodruCalc', array(
		'ajaxUrl' => admin_url( 'admin-ajax.php' ),
		'nonce'   => wp_create_nonce( 'codru_calc' ),
		'limbi'   => codru_calc_limbi(),
	) );
	return '<div id="codru-calc" data-build="4b92452" data-hash="4748239ef969417a76beed9504082f49"></div>';
} );
