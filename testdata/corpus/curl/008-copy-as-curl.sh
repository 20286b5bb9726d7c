curl 'https://app.monarch.com.au/api/graphql' \
  -H 'accept: */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjNWZlOTlhYy00MjU2LTQwYWItYjQxZS0wYjc3ZTE3MGEzMmYiLCJpYXQiOjE3NTEyNjM5MzAsImV4cCI6MTc1MTM1MDMzMCwiaXNzIjoiaHR0cHM6Ly9hdXRoLmJsdXRoY28uY29tIiwicm9sZSI6InN1cHBvcnQifQ.Vlhm0ahZI2AznJt1zccXxBmA_QR7oSyaujbibudFsMw' \
  -H 'content-type: application/json' \
  -H 'cookie: _ga=GA1.1.287576597.1730503933; sid=495ea9c19d51029d818543ba56289ec5f02a029b2f10808fbd36794e14ba3be7; theme=dark' \
  -H 'origin: https://app.monarch.com.au' \
  -H 'user-agent: Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36' \
  --data-raw '{"operationName":"UpdateProfile","variables":{"email":"william.wilson-5@t-online.de","phone":"303.455.0071"},"query":"mutation UpdateProfile($email: String!) { updateProfile(email: $email) { id } }"}'
