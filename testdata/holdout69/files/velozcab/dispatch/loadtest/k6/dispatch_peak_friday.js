// k6 run -e BASE_URL=https://dispatch.staging.velozcab.mx -e API_TOKEN=$K6_DISPATCH_TOKEN dispatch_peak_friday.js
// Token comes from the CI secret store (Vault path secret/data/ci/k6/dispatch-token). Never commit a real token.
import http from 'k6/http';
import { check, sleep } from 'k6';
import { SharedArray } from 'k6/data';
import { randomItem, uuidv4 } from 'https://jslib.k6.io/k6-utils/1.4.0/index.js';

const BASE = __ENV.BASE_URL || 'http://localhost:8080';
const TOKEN = __ENV.API_TOKEN || '<dispatch-api-token>';

// Puntos de recogida sintéticos (CDMX). Coordenadas de colonias, no de usuarios reales.
const pickups = new SharedArray('pickups', () => [
  [19.4326, -99.1332], [19.4194, -99.1617], [19.3592, -99.1713], [19.4978, -99.1269],
  [19.3467, -99.0747], [19.4285, -99.2042], [19.3910, -99.1550], [19.4412, -99.1873],
]);

export const options = {
  scenarios: {
    viernes_pico: {
      executor: 'ramping-arrival-rate',
      startRate: 20, timeUnit: '1s', preAllocatedVUs: 200, maxVUs: 800,
      stages: [ { target: 120, duration: '5m' }, { target: 340, duration: '10m' }, { target: 0, duration: '2m' } ],
    },
  },
  thresholds: {
    'http_req_duration{name:quote}': ['p(95)<250'],
    'http_req_duration{name:request_ride}': ['p(95)<600'],
    http_req_failed: ['rate<0.01'],
  },
};

export default function () {
  const [lat, lng] = randomItem(pickups);
  const headers = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${TOKEN}`,
    'Idempotency-Key': uuidv4(),
    'X-Client': 'k6-loadtest/0.54.0',
  };
  const quote = http.post(`${BASE}/v3/quotes`, JSON.stringify({
    pickup: { lat, lng }, dropoff: { lat: lat + 0.02, lng: lng - 0.015 },
    product: 'veloz_x', payment_method: 'pm_test_card_visa',
    rider_id: 'rdr_loadtest_0942f2',
  }), { headers, tags: { name: 'quote' } });
  check(quote, { 'quote 200': (r) => r.status === 200, 'has fare': (r) => !!r.json('fare.total') });

  const ride = http.post(`${BASE}/v3/rides`, JSON.stringify({
    quote_id: quote.json('quote_id'), rider_id: 'rdr_loadtest_485917',
    contact: { phone: '+52XXXXXXXXXX', name: 'Carga Prueba' },
  }), { headers, tags: { name: 'request_ride' } });
  check(ride, { 'ride 201': (r) => r.status === 201 });
  sleep(Math.random() * 2);
}
// Resultado 2026-11-14 (build 7f3c9e1): p95 quote 212 ms, p95 request_ride 548 ms, failed 0.31 %
