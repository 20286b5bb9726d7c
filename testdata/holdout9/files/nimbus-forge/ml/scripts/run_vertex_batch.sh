#!/usr/bin/env bash
# Kick off the nightly Vertex AI batch prediction for the churn model.
# TODO(mira): move to Workload Identity, this is a stopgap while the scheduler SA is broken.
set -euo pipefail

PROJECT_ID="nimbus-ml-prod"
REGION="europe-west4"
MODEL_ID="churn-xgb-v7"
INPUT_URI="gs://nimbus-ml-prod-batch/input/$(date -u +%Y-%m-%d)/*.jsonl"
OUTPUT_URI="gs://nimbus-ml-prod-batch/output/"

# output of `gcloud auth print-access-token` from my session (valid ~1h)
ACCESS_TOKEN="ya29.a0AFsLW-LBWnCxcApPVoUzoVfpLagDZ4UTkpiPYRafXjsBF2Yu03bDiC4EDsxzMiuKL8cyl-mS0R9h6BlgOw6DcAaRjh8PR0vB-Xvfb0uyVhgmsw42jom0_K2HvYuV2Iy3SQyO6k7OV_xp7NBj7KDVfQixfPET19k77P1Jjs_f3MqQEfGyEmyQHcuC2njqgel-dUUwE5f4QBAk3gNCb_QwSNUS7QMvADOx0175"

# Maps key used to geocode store addresses before scoring
MAPS_API_KEY="AIza61Q0SdVOhFCiMkYb8OkOW0QvE2NK136EFRD"

# fallback: write the scheduler SA key and activate it if the token above has expired
cat > /tmp/sa-vertex.json <<'EOF'
{
  "type": "service_account",
  "project_id": "nimbus-ml-prod",
  "private_key_id": "d8b4f88f96a6dae6c3013c6bf208638c09ce0486",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQC0d6S4GbrAqw2G\nOpzWALfOq4HIZ0GCbJse2uC0VP6AB9gMPkvVyv6bYKun6AA6W7HUzWkYiZX+JDO9\npTBo+FvSmfxn/bvamHXqapGRkWCmHDMjLi/M0Jlj6RSEkF9HzQGqYCM4ti+nTaZO\nthmHsqr1nSZo00grEfIhr+7pucsmrstZlImqT4n1ZuceO5t4fUojiVbD3ANEQPFM\nVDhaH3ZUzR58FCvNcozaRRwjSXVFqhDhK1Gsk906W6xU5rjt5bp9d7xUeABffUC2\nRRYkqCA+fuPAcaLGw8MBiXGKboYN3UnrPqjvXoCTM9swFTsing/R4Zf3EfUVDrJ0\nFTB7V4NJAgMBAAECggEABRvW9KQ70mz1NM3Pd0ptaaMWyTTNGLNY39J75nb6fmba\ncZxI2sxEkWL28QmjCgPjAJ5xAXIRpjBhq5ZzzKDtPoS/7bSz3vAOdHygUtHd/c3S\nD8aksURdd0PXohoRLG/sAmX20UntBuwuj09d4SbIaqwQdIq4ogl/xH7dwU2SZ+2i\nDnxttvLmU6+psWiGLMFCPKQIMl7iSLVKRNbxkw/4lp4OOHXwvhyQSYh52F9RjiBu\nEKZ15131av+z57mzDcdrMErTMlJGEAAYULoBwWvwKvH9vioFR3U/BeBkFFWRnbSj\n7QMzGvc59eRRho+aNjuByHIsABxvNj6L4xNlHG/UQQKBgQDzIXj0lgUqVMWZLZx8\nZsj2brSzr22UpjPxamnhZAJDT9r55DPMVCEMjmt1ycIY2QyJyjrX/WGWZEwEDd8e\no7kQDtZ0CKo2uCYzxki6ee06QvN6dxTCY+uJAPpmKW7Zy6Y7zHWsg84Oidmh5wTU\nN2WsRjUoeRKfZEdlSWrTDFnaKQKBgQC+BQ3/WJQFO/hbNho6hkclZCPl+3qoNtOQ\n0dhYIij58xdaTWkOKHNJkji9T5sIvirnOIkdou8+qpQjTXdVXkozC2GRjAGeJmd2\nPvknABUp9QmKLMw0hsllR1LI6D1k81rPYljJV50mgcbDA0tI5R5gTzUD7UrxASeZ\nHI1LAEPEIQKBgBD55VguoW2zPZjUdni5NI8Aa92gAia+9CGHLJ1wPjg0+zU3meZK\neYRG7Xnr/IF/pkB4vmMWbhnyJtyhm1KoW+OjJZY0hK4NbZ1v2uQqX0YSJq4GYoyw\nLWIDj3hSrErIzXKfdBf3nAun1GpZlxy6QX8l59BLo+E9Pz7zQWI7GosBAoGAWP93\nEdyD33u6E8ZgPH79vZaMdb/2L+kV6CNQx96gAImJq4LMLJRngtLYflpVi5+96nQB\nTH8uvNQZ8/rpZHN4HzY6aXgAnfjwxmIyQcD5KKCa6juXHRbwJt5j+LNFZg3Qv4cZ\nfJvrf8iStm3Jige91W/jrcYrLnvS9xR3XORv2OECgYBsCp6gGkDtMdCpPSuh57+2\nVu/iJpz4bQfGdsKIOm1uqSdoffqmsKf7ek55hSdxj0k7DXv11XihhpLjV6lkcA0M\nK9xJ0Ghi440wui5kogz+bYp5xo4Z6B5YyDICIgd65hdoy2ubmmoywvSzdIR/lqpL\nYwmz7kYj+agWhs0++M4twg==\n-----END PRIVATE KEY-----\n",
  "client_email": "vertex-batch@nimbus-ml-prod.iam.gserviceaccount.com",
  "client_id": "104828811937265540021",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vertex-batch%40nimbus-ml-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
EOF

if ! curl -sf -o /dev/null -H "Authorization: Bearer ${ACCESS_TOKEN}" \
     "https://${REGION}-aiplatform.googleapis.com/v1/projects/${PROJECT_ID}/locations/${REGION}/models"; then
  gcloud auth activate-service-account --key-file=/tmp/sa-vertex.json
  ACCESS_TOKEN="$(gcloud auth print-access-token)"
fi

python3 scripts/geocode_stores.py --key "${MAPS_API_KEY}" --in data/stores.csv --out data/stores_geo.csv

curl -sS -X POST \
  -H "Authorization: Bearer ya29.a0AFsLW-LBWnCxcApPVoUzoVfpLagDZ4UTkpiPYRafXjsBF2Yu03bDiC4EDsxzMiuKL8cyl-mS0R9h6BlgOw6DcAaRjh8PR0vB-Xvfb0uyVhgmsw42jom0_K2HvYuV2Iy3SQyO6k7OV_xp7NBj7KDVfQixfPET19k77P1Jjs_f3MqQEfGyEmyQHcuC2njqgel-dUUwE5f4QBAk3gNCb_QwSNUS7QMvADOx0175" \
  -H "Content-Type: application/json; charset=utf-8" \
  "https://${REGION}-aiplatform.googleapis.com/v1/projects/${PROJECT_ID}/locations/${REGION}/batchPredictionJobs" \
  -d @- <<JSON
{
  "displayName": "churn-nightly-$(date -u +%Y%m%d)",
  "model": "projects/${PROJECT_ID}/locations/${REGION}/models/${MODEL_ID}",
  "inputConfig": {"instancesFormat": "jsonl", "gcsSource": {"uris": ["${INPUT_URI}"]}},
  "outputConfig": {"predictionsFormat": "jsonl", "gcsDestination": {"outputUriPrefix": "${OUTPUT_URI}"}},
  "dedicatedResources": {"machineSpec": {"machineType": "n1-standard-4"}, "startingReplicaCount": 1, "maxReplicaCount": 4}
}
JSON

rm -f /tmp/sa-vertex.json
