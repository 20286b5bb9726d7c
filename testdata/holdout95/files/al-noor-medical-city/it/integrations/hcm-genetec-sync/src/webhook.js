// Oracle HCM Cloud -> Genetec Security Center (Synergis) cardholder provisioning.
// Receives HCM "Worker" business events (Oracle Integration Cloud forwards them) and
// creates/updates cardholders through the Genetec Web SDK. Secrets come from Azure Key Vault
// via the container environment; nothing is hard-coded here.
'use strict';

const crypto = require('node:crypto');
const express = require('express');

const WEBSDK = process.env.GENETEC_WEBSDK_URL || 'https://genetec-websdk.alnoor.local:4590/WebSdk';
const SDK_USER = process.env.GENETEC_USER;            // e.g. svc-hcm-sync
const SDK_APP_ID = process.env.GENETEC_SDK_APP_ID;    // <sdk-certificate-app-id> from the Genetec portal
const SDK_PASSWORD = process.env.GENETEC_PASSWORD;
const HCM_SIGNING_SECRET = process.env.HCM_WEBHOOK_SECRET; // 32+ bytes, rotated quarterly (SEC-KEY-07)
const FACILITY_CODE = Number(process.env.CARD_FACILITY_CODE || 88);
const PARTITION_GUID = process.env.GENETEC_PARTITION || '00000000-0000-0000-0000-00000000000b';

// OIC also signs the event body (ES256, "oic-events-2026" key); public half published in the OIC console.
const OIC_EVENTS_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEkYnizwITk2oFGbue3a1iO91kIatg
ExCbwPOlCqOhVFkzeJO/XpnF2FQ6HolL7dygi1hG4PfFRftSrZtaelfvag==
-----END PUBLIC KEY-----`;

const DEPT_TO_GROUP = {
  'Nursing - Maternity': 'CG-Nursing-Maternity',
  'Nursing - ICU': 'CG-Nursing-ICU',
  Pharmacy: 'CG-Pharmacy',
  'Biomedical Engineering': 'CG-BME',
};

function sdkAuthHeader() {
  // Web SDK expects Basic base64("<user>;<appId>:<password>")
  const raw = `${SDK_USER};${SDK_APP_ID}:${SDK_PASSWORD}`;
  return 'Basic ' + Buffer.from(raw, 'utf8').toString('base64');
}

function verify(req) {
  const sig = req.get('X-OIC-Signature') || '';           // "sha256=<hex>"
  const mac = crypto.createHmac('sha256', HCM_SIGNING_SECRET).update(req.rawBody).digest('hex');
  const expected = Buffer.from(`sha256=${mac}`);
  return sig.length === expected.length && crypto.timingSafeEqual(Buffer.from(sig), expected);
}

async function sdk(query) {
  const res = await fetch(`${WEBSDK}/entity?q=${encodeURIComponent(query)}`, {
    method: 'POST',
    headers: { Authorization: sdkAuthHeader(), Accept: 'text/json' },
  });
  if (!res.ok) throw new Error(`WebSDK ${res.status}`);
  return res.json();
}

const app = express();
app.use(express.json({ verify: (req, _res, buf) => { req.rawBody = buf; } }));

app.post('/hooks/hcm/worker', async (req, res) => {
  if (!verify(req)) return res.status(401).json({ error: 'bad signature' });
  const ev = req.body; // { eventType, personNumber, assignment: { department, actionCode } }
  const group = DEPT_TO_GROUP[ev.assignment?.department] || 'CG-Staff-General';
  try {
    if (ev.assignment?.actionCode === 'TERMINATION') {
      // Deactivate all credentials; keep the cardholder for audit (JCI requirement, 7 years)
      await sdk(`entity=${ev.genetecGuid},State=Inactive`);
      return res.status(202).json({ ok: true, action: 'deactivated' });
    }
    const q = [
      'entity=NewEntity(Cardholder)',
      `Name=${ev.personNumber}`,
      `FirstName=${ev.firstName}`,
      `LastName=${ev.lastName}`,
      `Partition=${PARTITION_GUID}`,
      `Groups@${group}`,
    ].join(',');
    const out = await sdk(q);
    // Credential: Standard 26 bits, facility 88, card number assigned by the badge office later
    res.status(201).json({ ok: true, guid: out?.Rsp?.Result?.Guid, facilityCode: FACILITY_CODE });
  } catch (e) {
    console.error(`[hcm-sync] ${ev.personNumber}: ${e.message}`);
    res.status(502).json({ ok: false });
  }
});

app.listen(Number(process.env.PORT || 8080), () => console.log('hcm-sync listening'));
