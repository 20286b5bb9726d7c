<?php

/*
|--------------------------------------------------------------------------
| Servicios de terceros — Portal de beneficiarios (consulta de pagos y citas)
|--------------------------------------------------------------------------
| Todas las credenciales vienen del entorno (.env en el servidor, nunca en git).
| Ver wiki: https://wiki.puentesdefrontera.org.co/ti/portal/despliegue
*/

return [

    // Nequi Conecta — dispersión y consulta de estado (API Gateway de Nequi)
    'nequi' => [
        'base_url'   => env('NEQUI_BASE_URL', 'https://api.nequi.com.co'),
        'client_id'  => env('NEQUI_CLIENT_ID'),
        'client_secret' => env('NEQUI_CLIENT_SECRET'),
        'api_key'    => env('NEQUI_API_KEY'),
        'channel'    => env('NEQUI_CHANNEL', 'PDA05-C001'),
        'timeout'    => (int) env('NEQUI_TIMEOUT', 30),
        // Lote máximo por archivo según contrato (anexo 2): 2.000 registros, tope por celular $ 8.000.000/mes
        'max_batch'  => 2000,
    ],

    // Mensajes de texto (aviso de pago 24 h antes). Remitente corto aprobado por CRC: 899917
    'sms' => [
        'driver'     => env('SMS_DRIVER', 'hablame'),
        'account'    => env('HABLAME_ACCOUNT'),
        'api_key'    => env('HABLAME_API_KEY'),
        'token'      => env('HABLAME_TOKEN'),
        'sender'     => env('SMS_SENDER', '899917'),
        // Plantilla: "Puentes de Frontera: su pago ronda {ronda} estará disponible el {fecha}. Ref {ref}"
        'template_pago' => 'PF_PAGO_V3',
    ],

    // CommCare HQ — lectura de casos para validar identidad antes de mostrar estado del pago
    'commcare' => [
        'domain'     => env('COMMCARE_DOMAIN', 'puentes-frontera'),
        'base_url'   => 'https://www.commcarehq.org/a/puentes-frontera/api/v0.5/',
        'username'   => env('COMMCARE_USERNAME'),
        'api_key'    => env('COMMCARE_API_KEY'),
        'case_type'  => 'hogar',
    ],

    'mailgun' => [
        'domain'     => env('MAILGUN_DOMAIN', 'mg.puentesdefrontera.org.co'),
        'secret'     => env('MAILGUN_SECRET'),
        'endpoint'   => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme'     => 'https',
    ],

    // reCAPTCHA v3 en el formulario de consulta (la site key es pública, la secreta va en .env)
    'recaptcha' => [
        'site_key'   => env('RECAPTCHA_SITE_KEY'),
        'secret'     => env('RECAPTCHA_SECRET'),
        'min_score'  => 0.5,
    ],

    // Validación de documentos: PPT (6 a 8 dígitos), CC (6 a 10), pasaporte venezolano (9 dígitos)
    'documentos' => [
        'PPT' => '/^[0-9]{6,8}$/',
        'CC'  => '/^[1-9][0-9]{5,9}$/',
        'PA'  => '/^[0-9]{9}$/',
        'celular' => '/^3[0-9]{9}$/',
    ],
];
