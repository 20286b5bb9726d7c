curl 'https://app.aperture.science/api/graphql' \
  -H 'accept: */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3Jfa3kwaW9RT1NseUFiNGIiLCJuYW1lIjoiRW1pbHkgV3JpZ2h0IiwiaWF0IjoxNjk0MDA3MzY1LCJleHAiOjE2OTQwMDgyNjUsImF1ZCI6InVzZXItcHJvZmlsZSJ9.b32yhR7jG_zlc9R5-3o9peC1LR6R__UpD_DbqCGVDME' \
  -H 'content-type: application/json' \
  -H 'cookie: _ga=GA1.1.35063847.1747750168; sid=gC8O50UVr8zNlRlmGJuN3fTnqekA6k3i5pBI34W0nptis; theme=dark' \
  -H 'origin: https://app.aperture.science' \
  -H 'user-agent: Prometheus/2.48.1' \
  --data-raw '{"operationName":"UpdateProfile","variables":{"email":"james.martinez-3@libero.it","phone":"+34774531204"},"query":"mutation UpdateProfile($email: String!) { updateProfile(email: $email) { id } }"}'
