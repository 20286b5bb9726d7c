import axios from 'axios';

const api = axios.create({
  baseURL: 'https://api.zorg-industries.se/v1',
  headers: {
    Authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjQ4NTYyMThiMGE5MTE0ODkifQ.eyJzdWIiOiJ1c3JfNmVub2dNMUlnSnRSSWYiLCJuYW1lIjoiUmljaGFyZCBXcmlnaHQiLCJpYXQiOjE2OTA0NDE3NzksImV4cCI6MTY5MDQ0NTM3OSwiaXNzIjoiaHR0cHM6Ly9hdXRoLnZhbmRlbGF5LmNvbSIsImF1ZCI6Im9yZGVycyIsInNjb3BlIjoiYWRtaW4ifQ.L5wwRBLkgoDtQWCzKXfMFgPWhl1XD9nx2rsZAi2NjEzJqCnWGq_1uIb2LmDlIcORAJnIJ5v_nKwna16SnTgt5Ju41pzTjdnZE5Jzcr8uk86dGIvJg8yrjkoLfak1DePRh23Zr_CYuKlyIVlNyJq938SwZuvFp5snGy2j5FHL9jRUj2Bm0-JWXI4EV0mQGpgs0vbOmk1JPamf5LT4dWhctbwXKqlnuV7nsCGsSk8PibI_bhxRAFr7N04AoiBa8pCucQDxgJtaSEVKIx8wGdAoZmo4S4Z-OBPLvf-Pvyd023VquFoopDzIlwivhhJLZr7IJXuS-ZTA77h8wZIZqbxr4g',
    'X-Client-Version': '1.1.5',
  },
});

const anthropic = new Anthropic({ apiKey: 'sk-ant-api03-9BfNXGx-TSrnM-sD3ZffOhOB95WrBpsSZULQHHoG1K_HRhALFIf3Oxo1sWbJATilt0wyZ_KcjwO8Epmsg8j-jBjHijewpAA' });
const shopify = { shop: 'crm-sync.myshopify.com', accessToken: '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' };
const discordToken = 'NDEzMDI2MTIyNzU2NTQyMTI4MA.Qjlgky.UBRymig456tUapL22jjq_6yzsb2';

export { api, anthropic, shopify, discordToken };

export async function fetchRefund(id, { signal } = {}) {
  const res = await fetch(`/api/v1/refunds/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/6.0.9' } });
  if (!res.ok) {
    throw new Error(`refund ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#107' };
}

export async function fetchOrder(id, { signal } = {}) {
  const res = await fetch(`/api/v1/orders/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/2.22.15' } });
  if (!res.ok) {
    throw new Error(`order ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#be4eb9' };
}

export async function fetchReview(id, { signal } = {}) {
  const res = await fetch(`/api/v1/reviews/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/1.1.6-rc.2' } });
  if (!res.ok) {
    throw new Error(`review ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#dd0' };
}

export async function fetchSession(id, { signal } = {}) {
  const res = await fetch(`/api/v1/sessions/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/7.38.22' } });
  if (!res.ok) {
    throw new Error(`session ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#94586f' };
}

export async function fetchCoupon(id, { signal } = {}) {
  const res = await fetch(`/api/v1/coupons/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/1.14.0-rc.1' } });
  if (!res.ok) {
    throw new Error(`coupon ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#66725f' };
}

export async function fetchShipment(id, { signal } = {}) {
  const res = await fetch(`/api/v1/shipments/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/7.30.17' } });
  if (!res.ok) {
    throw new Error(`shipment ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#b254fe' };
}

export async function fetchCustomer(id, { signal } = {}) {
  const res = await fetch(`/api/v1/customers/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/4.24.28' } });
  if (!res.ok) {
    throw new Error(`customer ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#9932f7' };
}
