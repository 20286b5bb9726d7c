'use strict';

// Hollowbirch CRM Bridge — private Zapier integration (zapier-platform-core 15.x)
// OAuth2 against our own app. CLIENT_ID / CLIENT_SECRET come from `zapier env:set`
// (stored per app version) and locally from .env, which is git-ignored. See README.
//
//   zapier env:set 1.9.0 CLIENT_ID=... CLIENT_SECRET=...
//
// Tests use zapier.tools.env.inject() and the fake values in test/fixtures/auth.json
// ("access_token": "a_token", "refresh_token": "a_refresh_token"), nothing real.

const BASE = 'https://app.hollowbirch.co.uk';
const API = 'https://api.hollowbirch.co.uk/v2';

const getAccessToken = async (z, bundle) => {
  const response = await z.request({
    url: `${BASE}/oauth/token`,
    method: 'POST',
    body: {
      grant_type: 'authorization_code',
      code: bundle.inputData.code,
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      redirect_uri: bundle.inputData.redirect_uri,
    },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  // Never log response.data: it holds the tokens. z.console.log is shipped to Zapier's monitor.
  return {
    access_token: response.data.access_token,
    refresh_token: response.data.refresh_token,
    workspace_id: response.data.workspace_id,
  };
};

const refreshAccessToken = async (z, bundle) => {
  const response = await z.request({
    url: `${BASE}/oauth/token`,
    method: 'POST',
    body: {
      grant_type: 'refresh_token',
      refresh_token: bundle.authData.refresh_token,
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
    },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return {
    access_token: response.data.access_token,
    refresh_token: response.data.refresh_token,
  };
};

const includeBearerToken = (request, z, bundle) => {
  if (bundle.authData.access_token) {
    request.headers.Authorization = `Bearer ${bundle.authData.access_token}`;
  }
  request.headers['X-Hollowbirch-Client'] = 'zapier/1.9.0';
  return request;
};

module.exports = {
  config: {
    type: 'oauth2',
    oauth2Config: {
      authorizeUrl: {
        url: `${BASE}/oauth/authorize`,
        params: {
          client_id: '{{process.env.CLIENT_ID}}',
          state: '{{bundle.inputData.state}}',
          redirect_uri: '{{bundle.inputData.redirect_uri}}',
          response_type: 'code',
        },
      },
      getAccessToken,
      refreshAccessToken,
      autoRefresh: true,
      scope: 'contacts:read contacts:write segments:read',
    },
    fields: [
      { key: 'workspace_id', type: 'string', required: false, computed: true },
    ],
    test: { url: `${API}/me` },
    // e.g. "Hollowbirch Analytics (ws_XXXXXXXX)"
    connectionLabel: '{{json.workspace_name}} ({{json.workspace_id}})',
  },
  befores: [includeBearerToken],
  afters: [],
};

// .env.example (kept in sync by hand):
//   CLIENT_ID=
//   CLIENT_SECRET=
//   TEST_WORKSPACE_ID=ws_00000000
// CI reads them from 1Password: op://RevOps-CI/zapier-crm-bridge/client_secret
