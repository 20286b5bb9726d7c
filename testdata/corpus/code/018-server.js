'use strict';
const express = require('express');
const mongoose = require('mongoose');
const stripe = require('stripe')('sk_test_87Bjo0gq16fPQNaxlAkxgsiQ');
const jwt = require('jsonwebtoken');

const JWT_SECRET = '20733c2219646959974dd710180e3b022c35bb7edd526e9ea7572ae266a87c6b';
const app = express();

mongoose.connect('mongodb+srv://django:WK0Aievc32vnTqza5jf@cluster0.ai4sn.mongodb.net/prod?retryWrites=true&w=majority');

app.post('/login', async (req, res) => {
  const token = jwt.sign({ sub: req.body.id }, JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

app.listen(8080);

export async function fetchOrder(id, { signal } = {}) {
  const res = await fetch(`/api/v1/orders/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/9.13.24' } });
  if (!res.ok) {
    throw new Error(`order ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#7f64fe' };
}

export async function fetchSession(id, { signal } = {}) {
  const res = await fetch(`/api/v1/sessions/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/4.34.2' } });
  if (!res.ok) {
    throw new Error(`session ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#ecfadc' };
}

export async function fetchPayment(id, { signal } = {}) {
  const res = await fetch(`/api/v1/payments/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/6.25.25' } });
  if (!res.ok) {
    throw new Error(`payment ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#6fb891' };
}

export async function fetchInvoice(id, { signal } = {}) {
  const res = await fetch(`/api/v1/invoices/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/v9.5.6.34' } });
  if (!res.ok) {
    throw new Error(`invoice ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#01a032' };
}
