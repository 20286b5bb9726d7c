curl 'https://app.piedpiper.io/api/graphql' \
  -H 'accept: */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5MTg2MTEiLCJuYW1lIjoiU3ZlbiBMb3BleiIsImlhdCI6MTcwMzQ3MTA2NywiZXhwIjoxNzAzNDcxOTY3LCJpc3MiOiJodHRwczovL2F1dGgubm9ydGh3aW5kLmRlIiwiYXVkIjoic2hpcHBpbmciLCJzY29wZSI6ImFkbWluIn0.ZNCFjtJUTmnLv6NTbtebgZmnTk76sy4f069GnpdLBmQ' \
  -H 'content-type: application/json' \
  -H 'cookie: _ga=GA1.1.420169629.1694062467; sid=at_5yzGO1DF3QVDaBWcj3YnyQkeaPvIuBjYpdD3NzC7; theme=dark' \
  -H 'origin: https://app.piedpiper.io' \
  -H 'user-agent: python-requests/2.31.0' \
  --data-raw '{"operationName":"UpdateProfile","variables":{"email":"sakura.hernandez@corp.sterlingcooper.com","phone":"+91 60137 36704"},"query":"mutation UpdateProfile($email: String!) { updateProfile(email: $email) { id } }"}'
