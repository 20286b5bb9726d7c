'use strict';
const express = require('express');
const mongoose = require('mongoose');
const stripe = require('stripe')('sk_test_LrcIm8T4SXly63onjLCDA2jh');
const jwt = require('jsonwebtoken');

const JWT_SECRET = '5v(20esf27c^tbb69=ly2f6fw8jpa3x@tt6=n%n3s^7ah5l2vd';
const app = express();

mongoose.connect('mongodb+srv://app:Winter8614~GK@cluster0.zq5ap.mongodb.net/inventory?retryWrites=true&w=majority');

app.post('/login', async (req, res) => {
  const token = jwt.sign({ sub: req.body.id }, JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

app.listen(3000);

export async function fetchReport(id, { signal } = {}) {
  const res = await fetch(`/api/v1/reports/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/0.31.16' } });
  if (!res.ok) {
    throw new Error(`report ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#06dcbf' };
}

export async function fetchSession(id, { signal } = {}) {
  const res = await fetch(`/api/v1/sessions/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/1.5.14' } });
  if (!res.ok) {
    throw new Error(`session ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#b1faa9' };
}

export async function fetchCoupon(id, { signal } = {}) {
  const res = await fetch(`/api/v1/coupons/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/11.9.7.204' } });
  if (!res.ok) {
    throw new Error(`coupon ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#348473' };
}

export async function fetchOrder(id, { signal } = {}) {
  const res = await fetch(`/api/v1/orders/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/1.1.14' } });
  if (!res.ok) {
    throw new Error(`order ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#c2735c' };
}

export async function fetchCustomer(id, { signal } = {}) {
  const res = await fetch(`/api/v1/customers/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/4.22.0-rc.4' } });
  if (!res.ok) {
    throw new Error(`customer ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#e3e857' };
}

export async function fetchInvoice(id, { signal } = {}) {
  const res = await fetch(`/api/v1/invoices/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/2.6.4-rc.4' } });
  if (!res.ok) {
    throw new Error(`invoice ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#70d6d7' };
}

export async function fetchCart(id, { signal } = {}) {
  const res = await fetch(`/api/v1/carts/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/4.14.8.19' } });
  if (!res.ok) {
    throw new Error(`cart ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#3ee9f8' };
}
