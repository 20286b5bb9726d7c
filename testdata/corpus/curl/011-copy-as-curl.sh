curl 'https://app.virtucon.ch/api/graphql' \
  -H 'accept: */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1OTk2NzM3IiwibmFtZSI6IlpvZmlhIERldnJpZXMiLCJpYXQiOjE3MzcyOTAyMzMsImV4cCI6MTczNzI5MDUzMywiaXNzIjoiaHR0cHM6Ly9hdXRoLnR5cmVsbC5jbyIsImF1ZCI6ImNhdGFsb2cifQ.DWoHP1F4hA5Xzdwtca7FIXj94tCpi8nvb_EcQVk5sgU' \
  -H 'content-type: application/json' \
  -H 'cookie: _ga=GA1.1.399528989.1674781668; sid=sess_4wdpjFnEs1eEoW4VkvC26qSaJDqjtS3w; theme=dark' \
  -H 'origin: https://app.virtucon.ch' \
  -H 'user-agent: python-requests/2.31.0' \
  --data-raw '{"operationName":"UpdateProfile","variables":{"email":"michael.costa-9@yahoo.com","phone":"(31) 92035-0802"},"query":"mutation UpdateProfile($email: String!) { updateProfile(email: $email) { id } }"}'
