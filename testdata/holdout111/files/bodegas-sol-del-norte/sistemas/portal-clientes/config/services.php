<?php

/*
|--------------------------------------------------------------------------
| Servicios externos - Portal de Clientes (bodegasoldelnorte.mx)
|--------------------------------------------------------------------------
| Valores por defecto SOLO para el servidor de sucursal MTY2 mientras se
| migra a AWS Secrets Manager (ticket SIS-476). No copiar a otros ambientes.
*/

return [

    'stripe' => [
        'key' => env('STRIPE_KEY', 'pk_live_51' . '...'),
        'secret' => env('STRIPE_SECRET', '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'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => 300,
        ],
        'currency' => 'mxn',
        'statement_descriptor' => 'SOLDELNORTE BODEGAS',
    ],

    'google' => [
        // Maps JavaScript + Places para el buscador de sucursales
        'maps_key' => env('GOOGLE_MAPS_KEY', 'AIzaSyplhaaOJpjU-VKcYGtYL61ybnqlUnrbLQP'),
        'recaptcha_site' => env('RECAPTCHA_SITE_KEY'),
    ],

    'sitelink' => [
        // SiteLink Web Edition - CallCenterWs
        'endpoint' => 'https://api.smdservers.net/CCWs_3.5/CallCenterWs.asmx?WSDL',
        'corp_code' => 'CSDN',
        'location_codes' => ['MTY1', 'MTY2', 'SPGG1'],
        'user' => env('SITELINK_USER', 'portal_api:::WEB'),
        'password' => env('SITELINK_PASSWORD', 'XbhMEMcMfuE5#53'),
        'timeout' => 20,
    ],

    'facturacion' => [
        'pac' => 'finkok',
        'rfc_emisor' => 'BSN091478XY0',
        'regimen' => '601',
        'serie' => 'BOD',
        'usuario' => env('FINKOK_USER'),
        'clave' => env('FINKOK_PASSWORD'),
    ],

    'whatsapp' => [
        'provider' => 'cloud_api',
        'phone_number_id' => env('WA_PHONE_NUMBER_ID'),
        'token' => env('WA_TOKEN'),
        'plantilla_cobranza' => 'recordatorio_saldo_v2',
    ],

    'acceso' => [
        // Controlador de portón (Doorking 1834) vía puente local
        'puente_url' => env('PORTON_BRIDGE_URL', 'http://porton-mty2.local:8080'),
        'dias_bloqueo' => 16,
        'longitud_codigo' => 6,
    ],
];
