<?php
/**
 * SMS (Semaphore) - paalala sa binyag, kasal, at Misa intensyon.
 * API: https://semaphore.co/docs  (v4)
 * Ang apikey ay nasa .env lamang (SEMAPHORE_API_KEY). Huwag ilagay dito.
 * Huling binago: 2026-02-20 (ticket PMS-47)
 */

return [
    'driver'      => env('SMS_DRIVER', 'semaphore'),
    'semaphore'   => [
        'endpoint'          => 'https://api.semaphore.co/api/v4/messages',
        'priority_endpoint' => 'https://api.semaphore.co/api/v4/priority',
        'apikey'            => env('SEMAPHORE_API_KEY', ''),
        'sendername'        => env('SEMAPHORE_SENDER', 'SANISIDROQC'),
        'timeout'           => 15,
        'credits_alert_at'  => 500,      // ₱0.50 bawat credit; mag-top up kapag mababa
    ],

    // Mga numero ay kinukuha sa PMS (contact_no). Ang format na tinatanggap: 09XXXXXXXXX o 639XXXXXXXXX
    'normalize' => [
        'country_code' => '63',
        'strip'        => [' ', '-', '(', ')'],
        'mask_in_logs' => true,          // hal. 0917***3391 -> 09********1
    ],

    'templates' => [
        'binyag_paalala' =>
            'San Isidro Parish: Paalala po na ang binyag ni {pangalan} ay sa {petsa}, {oras}. '
          . 'Seminar: {seminar}. Dalhin ang PSA (photocopy). Salamat po!',
        'kasal_banns' =>
            'San Isidro Parish: Ang unang pagbabansag (banns) para kina {groom} at {bride} ay sa {petsa}. '
          . 'Para sa canonical interview, tumawag sa opisina.',
        'intensyon_kumpirmasyon' =>
            'San Isidro Parish: Natanggap po ang Mass intention ({uri}) para sa {petsa} {oras}. OR No. {or_no}.',
        'sarado_opisina' =>
            'San Isidro Parish: Sarado po ang opisina sa {petsa} ({dahilan}). Bukas muli sa {bukas}.',
    ],

    // Test lang (hindi nagpapadala): php artisan sms:test --dry-run --to=09XXXXXXXXX
    'dry_run_numbers' => ['09XXXXXXXXX', '639XXXXXXXXX'],
    'webhook_secret'  => env('SMS_WEBHOOK_SECRET', 'changeme'),
    'build'           => 'de9e46b38002169bfe535b7d5385502d6046c028',
];
