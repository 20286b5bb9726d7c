// Airtable automation "Push new customers to Klaviyo" → action "Run a script"
// Trigger: When record matches conditions (Customers, view "Not yet in Klaviyo")
// Input variables (left panel): recordId = Airtable record ID from trigger, listId = "cpLj82"
// Secret (Automation → Secrets): KLAVIYO_PRIVATE_KEY — never paste the key into this script.
// Test run: use a test record such as recXXXXXXXXXXXXXX with Email = test+klaviyo at our domain (not committed).

const { recordId, listId } = input.config();
const apiKey = input.secret('KLAVIYO_PRIVATE_KEY');

const table = base.getTable('tbl75ru3OCP2ARO4y');            // Customers
const rec = await table.selectRecordAsync(recordId, {
  fields: ['fldLzyyhng2mRYGxq', 'fldY66YkMeRmPYWCH', 'fldYxR3Rl1rp8RkWS', 'fld8lZdsWmVAo2MCS'],        // Email, Mobile, Name, Birthday
});
if (!rec) throw new Error(`Record ${recordId} not found`);

const email = rec.getCellValueAsString('fldLzyyhng2mRYGxq').trim().toLowerCase();
const mobile = rec.getCellValueAsString('fldY66YkMeRmPYWCH').replace(/[\s-]/g, '');
if (!email) {
  output.set('status', 'skipped: no email');
  return;
}

const headers = {
  Authorization: `Klaviyo-API-Key ${apiKey}`,
  revision: '2024-10-15',
  accept: 'application/vnd.api+json',
  'content-type': 'application/vnd.api+json',
};

const profile = {
  data: {
    type: 'profile',
    attributes: {
      email,
      // Klaviyo wants E.164; NZ mobiles are stored as 021 / 022 / 027 ... in Airtable
      phone_number: mobile ? mobile.replace(/^0/, '+64') : undefined,
      first_name: rec.getCellValueAsString('fldYxR3Rl1rp8RkWS').split(' ')[0],
      properties: { airtable_record_id: recordId, birthday: rec.getCellValue('fld8lZdsWmVAo2MCS') ?? null },
    },
  },
};

const res = await fetch('https://a.klaviyo.com/api/profile-import', {
  method: 'POST', headers, body: JSON.stringify(profile),
});
const json = await res.json();
if (!res.ok) {
  // Errors look like {"errors":[{"id":"8f2c…","status":409,"code":"duplicate_profile"}]}
  console.log(`Klaviyo ${res.status}: ${json.errors?.map(e => `${e.code} (${e.id})`).join(', ')}`);
  throw new Error(`Klaviyo profile-import failed with ${res.status}`);
}

// Subscribe to list (consent captured at checkout)
await fetch(`https://a.klaviyo.com/api/lists/${listId}/relationships/profiles`, {
  method: 'POST', headers,
  body: JSON.stringify({ data: [{ type: 'profile', id: json.data.id }] }),
});

await table.updateRecordAsync(recordId, { 'fldwq2P7XVubGUxVM': json.data.id });  // Klaviyo profile id (01J… ULID)
output.set('klaviyoProfileId', json.data.id);
output.set('status', 'ok');
