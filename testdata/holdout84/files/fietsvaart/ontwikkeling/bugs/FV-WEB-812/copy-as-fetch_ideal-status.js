// FV-WEB-812  iDEAL-status blijft op 'open' staan na terugkeer van de bank (Chrome 125, macOS)
// Gekopieerd via DevTools > Netwerk > rechtermuisklik > Copy > Copy as fetch. Cookies zitten er niet in
// (credentials: "include"), dus dit is veilig om in de ticket te zetten. Volgorde = volgorde in de waterval.

// 1) terugkeer van Mollie: order ophalen (200, 96 ms)
fetch("https://api.fietsvaart.nl/v3/orders/ord_4kq2mV?expand=betaling,abonnement&_=1778590202952", {
  "headers": {
    "accept": "application/json",
    "accept-language": "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7",
    "if-none-match": "W/\"3c1-J8KAeVLgr37DasgU7YE0zgyCChx\"",
    "x-csrf-token": "T93Ns6DlivR79ISkki2KuUb1cIAUEwwCfY0h0OwxIfd",
    "priority": "u=1, i",
    "sec-ch-ua": "\"Google Chrome\";v=\"125\", \"Chromium\";v=\"125\", \"Not.A/Brand\";v=\"24\"",
    "sec-ch-ua-mobile": "?0",
    "sec-ch-ua-platform": "\"macOS\"",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site",
    "traceparent": "00-d87dda19499ed9b9d3c152e1368662a7-a648f4e44287ea11-01"
  },
  "referrer": "https://www.fietsvaart.nl/",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

// 2) status-poll, herhaalt elke 2 s tot 'paid' of 'failed' (hier poll=4, nog steeds 'open')
fetch("https://api.fietsvaart.nl/v3/betalingen/tr_7UhSN1zuXS/status?poll=4&_=1778590205046", {
  "headers": {
    "accept": "application/json",
    "accept-language": "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7",
    "x-csrf-token": "T93Ns6DlivR79ISkki2KuUb1cIAUEwwCfY0h0OwxIfd",
    "priority": "u=1, i",
    "sec-ch-ua": "\"Google Chrome\";v=\"125\", \"Chromium\";v=\"125\", \"Not.A/Brand\";v=\"24\"",
    "sec-ch-ua-mobile": "?0",
    "sec-ch-ua-platform": "\"macOS\"",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site",
    "traceparent": "00-58a6aaadf3a2376b16b25890db192e49-4c387a152c01561b-01"
  },
  "referrer": "https://www.fietsvaart.nl/",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

// 3) webhook-replay door support (interne tool, 202) - mollie-id, geen geheimen
fetch("https://support.fietsvaart.nl/api/intern/mollie/webhook-replay", {
  "headers": {
    "accept": "application/json",
    "accept-language": "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7",
    "content-type": "application/json",
    "x-csrf-token": "mDS5KnoaqAIvGUL7c-j_vq-pKXYOMM2DS23nYb_ubFx",
    "x-request-id": "6d0b4e82-b1e7-4c4d-9a91-2d6fc3fe3fa9",
    "priority": "u=1, i",
    "sec-ch-ua": "\"Google Chrome\";v=\"125\", \"Chromium\";v=\"125\", \"Not.A/Brand\";v=\"24\"",
    "sec-ch-ua-mobile": "?0",
    "sec-ch-ua-platform": "\"macOS\"",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-origin",
    "traceparent": "00-d04c4932bbf6e3f1eef0b1d4bbfc25d2-cab0da9a2e818c1c-01"
  },
  "referrer": "https://support.fietsvaart.nl/tickets/FV-WEB-812",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": "{\"id\":\"tr_7UhSN1zuXS\",\"reden\":\"FV-WEB-812\",\"dryRun\":false}",
  "method": "POST",
  "mode": "cors",
  "credentials": "include"
});

// Responses (uit het Response-tabblad):
// 1) {"id":"ord_4kq2mV","status":"wacht_op_betaling","bedrag":{"waarde":"79.00","valuta":"EUR"},"betaling":{"id":"tr_7UhSN1zuXS","methode":"ideal","status":"open","aangemaakt":"2026-05-12T16:48:09+02:00"}}
// 2) {"status":"open","volgendePollMs":2000,"bron":"cache","cacheLeeftijdMs":7412}
// 3) {"geaccepteerd":true,"webhookStatus":"paid","verwerktOp":"2026-05-12T16:51:40+02:00"}
// Conclusie: status kwam uit de cache (bron: cache, 7,4 s oud). Na replay direct 'paid'. Zie FV-API-1190 (TTL statuscache 30 s -> 2 s).
