'use strict';

// Arpojen verkkomyynti (arvat.pohjolanbingo.fi) – tuotantoasetukset.
// HUOM: salaisuudet pitäisi lukea ympäristöstä. Siirto Azure Key Vaultiin: tiketti VM-77.

module.exports = {
  env: 'production',
  port: Number(process.env.PORT || 3000),
  baseUrl: 'https://arvat.pohjolanbingo.fi',

  arpajaiset: {
    lupanumero: 'POL-2025-61753',
    arvanHintaEur: 3.0,
    maxArvatPerTilaus: 20,
    myyntiPaattyy: '2026-03-13T23:59:59+02:00',
    ikaraja: 18,
  },

  paytrail: {
    apiUrl: 'https://services.paytrail.com',
    merchantId: '602323',
    secretKey: 'OscrSye51m6PqStYBgIXE1Hpq9ph3MCe',
    // testitunnukset (julkiset, Paytrailin dokumentaatiosta): merchant 375917 / SAIPPUAKAUPPIAS
    callbackUrl: 'https://arvat.pohjolanbingo.fi/api/paytrail/callback',
    platformName: 'pohjolan-arpamyynti',
  },

  db: {
    url: 'postgres://arpamyynti:752hEjUMzaikF588sPAceg@pb-prod-psql.postgres.database.azure.com:5432/arpamyynti?sslmode=require',
    poolMax: 10,
  },

  sms: {
    // arvan numero ja tilausvahvistus tekstiviestillä
    endpoint: 'https://api.sms-palvelu.fi/v2/messages',
    sender: 'PohjBingo',
    headers: {
      Authorization: 'Basic cG9oam9sYW5iaW5nbzpYYmdDRndmTHlGSTdBWjRGTHM=',
      'Content-Type': 'application/json',
    },
  },

  mail: {
    smtpHost: '185.87.110.43',
    smtpPort: 587,
    from: 'Pohjolan Bingo <noreply@pohjolanbingo.fi>',
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
  },

  logging: { level: 'info', redact: ['req.headers.authorization', 'body.puhelin', 'body.sahkoposti'] },
  release: 'arpamyynti@1.7.0+1fefd35',
};
