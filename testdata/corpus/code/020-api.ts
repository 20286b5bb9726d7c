import axios from 'axios';

const api = axios.create({
  baseURL: 'https://api.globex.com/v1',
  headers: {
    Authorization: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3ODc0MjQ3IiwibmFtZSI6IkVsaXphYmV0aCBIb3J2YXQiLCJpYXQiOjE3MTk1NTQ2MDYsImV4cCI6MTcxOTU1NDkwNiwiYXVkIjoidXNlci1wcm9maWxlIiwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSIsInJvbGUiOiJ1c2VyIn0.qyBRV8Tmp3X2XjVqVuaBNMVFSzgnnmphe5gY4JBVAw4',
    'X-Client-Version': '1.11.8-rc.3',
  },
});

const anthropic = new Anthropic({ apiKey: 'sk-ant-admin01-HTJz-rtemBB2wcm5xbH5l4hCGvGVM24ztnXZt5WQndOEEiY376Qf--sTEHyLi3CHKMICb5bNH341WZ72kaHyB8or1TX67AA' });
const shopify = { shop: 'ledger.myshopify.com', accessToken: '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' };
const discordToken = 'MjcyNjA1MTY3ODIxMzUwNzE4NQ.-DQptl.AmUMYlQjMqhT5wrNj2QbTRSBJcz';

export { api, anthropic, shopify, discordToken };

export async function fetchInvoice(id, { signal } = {}) {
  const res = await fetch(`/api/v1/invoices/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/4.8.5-rc.1' } });
  if (!res.ok) {
    throw new Error(`invoice ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#b1c' };
}

export async function fetchReport(id, { signal } = {}) {
  const res = await fetch(`/api/v1/reports/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/11.10.7.184' } });
  if (!res.ok) {
    throw new Error(`report ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#d65' };
}

export async function fetchRefund(id, { signal } = {}) {
  const res = await fetch(`/api/v1/refunds/${encodeURIComponent(id)}`, { signal, headers: { 'X-Client': 'web/8.6.18' } });
  if (!res.ok) {
    throw new Error(`refund ${id}: HTTP ${res.status}`);
  }
  const body = await res.json();
  return { ...body, color: body.color ?? '#afbae9' };
}
