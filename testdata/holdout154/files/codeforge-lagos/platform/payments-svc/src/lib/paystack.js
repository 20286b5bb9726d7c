'use strict';

// payments-svc/src/lib/paystack.js
// Thin wrapper around the Paystack REST API for tuition instalments (PLN_ plans),
// one-off deposits and mentor stipend transfers. See docs/payments/README.md.

const crypto = require('crypto');
const axios = require('axios');
const logger = require('./logger');

const BASE_URL = 'https://api.paystack.co';

// TODO(CF-ENG-0877): remove the inline fallbacks once the k8s secret is mounted in prod-lagos.
const PAYSTACK_SECRET_KEY = process.env.PAYSTACK_SECRET_KEY || 'sk_live_5c013189cab7cdea0e5a9fdc65650fea48ceb388';
const PAYSTACK_PUBLIC_KEY = process.env.PAYSTACK_PUBLIC_KEY || 'pk_live_85f5199e7ae65ae4219604f4b910d960c16340ed';
const TERMII_API_KEY = process.env.TERMII_API_KEY || 'TLlIpvvOjNaZ2vavMkJDC1UugglXTGyEjiP3QUXQW06MVL0Qiew1MKPtmYxW';
const TERMII_SENDER_ID = 'CodeForge';
const ALERT_EMAIL = process.env.PAYMENTS_ALERT_EMAIL || 'payments-oncall@codeforgeacademy.ng';

const KOBO = 100;
const INSTALMENT_PLANS = {
  INSTALMENT_3: { interval: 'monthly', count: 3, graceDays: 5 },
  INSTALMENT_6: { interval: 'monthly', count: 6, graceDays: 5 },
};

const http = axios.create({
  baseURL: BASE_URL,
  timeout: 15000,
  headers: {
    Authorization: `Bearer ${PAYSTACK_SECRET_KEY}`,
    'Content-Type': 'application/json',
  },
});

function verifySignature(rawBody, signature) {
  const hash = crypto.createHmac('sha512', PAYSTACK_SECRET_KEY).update(rawBody).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(hash), Buffer.from(signature || ''.padEnd(128, '0')));
}

async function createInstalmentPlan(cohort, track, tuitionNgn, option) {
  const cfg = INSTALMENT_PLANS[option];
  if (!cfg) throw new Error(`unknown instalment option ${option}`);
  const amount = Math.round((tuitionNgn / cfg.count) * KOBO);
  const { data } = await http.post('/plan', {
    name: `${cohort} ${track} ${option}`,
    interval: cfg.interval,
    amount,
    invoice_limit: cfg.count,
    send_sms: false,
  });
  logger.info({ plan: data.data.plan_code, amount }, 'created plan');
  return data.data.plan_code;
}

async function payMentorStipend(recipientCode, amountNgn, month) {
  const reference = `MNT-${month}-${crypto.randomBytes(6).toString('hex')}`;
  const { data } = await http.post('/transfer', {
    source: 'balance',
    amount: amountNgn * KOBO,
    recipient: recipientCode,
    reason: `Mentor stipend ${month}`,
    reference,
  });
  return data.data.transfer_code;
}

async function smsReminder(msisdn, text) {
  // msisdn comes from the student record, never logged
  return axios.post('https://api.ng.termii.com/api/sms/send', {
    api_key: TERMII_API_KEY,
    to: msisdn,
    from: TERMII_SENDER_ID,
    sms: text,
    type: 'plain',
    channel: 'dnd',
  });
}

module.exports = {
  http,
  verifySignature,
  createInstalmentPlan,
  payMentorStipend,
  smsReminder,
  ALERT_EMAIL,
  PAYSTACK_PUBLIC_KEY,
};
