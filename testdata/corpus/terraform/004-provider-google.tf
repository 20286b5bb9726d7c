provider "google" {
  project = "ledger-prod"
  region  = "asia-northeast1"
  credentials = <<EOF
{
  "type": "service_account",
  "project_id": "reporting-jhky3o",
  "private_key_id": "6a49c2ce9efd80fc37448cd57b66c9d45e7152e4",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC17YaIgnR/3kOm\n5VTc4aNJGjqkD/dSCjb3EuC3Dw0eYJR1hjaeI6REmzd9YQWJQ6cyshufADXuTEa6\ndXh1mU9OHaBA6d40ZWS+7Gr6dQ16qyhBqH6bnRIyF//rgLwJ6DVTiJWddpBXHoUy\n4wrZo5fbgB77ku1W/Bom3mOBBhvEyjwZh7YAhPNWV/fGMaLQYd/A8/+R/p66gVLb\n9g4NnhO56GRPJQVmjTmjmX7QW9x+Qf+XCTBXm24qPpF4hW2fhCP5rIT/nPydLmWq\nlcCQPw9fFfIaiJaOU4VCD5h0201+QOqsr5fH3FljGMieprWU79AFP3vgu9sijoQ8\nYu6aLxdH8Uqkq5uQmGIzyUOVOgXVbHn95JA5E/NXtJW3kjI4Tn1aS9Zi1Fwc5wgx\n/RBX8MUJneaWIUkKa88CRZNSXQRahU9ExVh/0S7pm7VQcsaAsiZOxnTL4o5KhFst\n1poIpTuv0Dhajl3IBfz3oR8I4n7TYZeEEGvPqoaOWqZpOHHVtzBB0fyX/qSrEO0N\n0VRGnmbXG7eZActOXKfDmNvbACNB7dUYmmLsgdBH5ZF+l8k5f3dky6UMHQu8YgR0\noBs0jaEDkLlGyLUdZWuFz47d4w/PZp5hhSWwvVy7SdX70arq8Cl/fqcqM1yQyErX\nLsaSNhXn/p/3Cn3GsUX+UAZhYSXfaKdJ18Bq3i4TptP4fWRyKVmVNKVjDBzcMCrU\n+8jhJ1oB+muzJrkB6zDWSuLawszLruPuIwazOcFJNpHtBqJirU/L/FsaxkPMQ1qd\nJzEJ1Cvj5aTd/YpJs7CdaYQcsC5iDBuxTNvGIabeJn5dRTo1gNzWXNgM2IgE4jdG\ngFk1KUpsfyAnPaO/nD17s9fCoRivlFinMHuDkvUojlO9PqXrmbdf+S/H/bcWa1u5\na9m+w1leoPpdAVRej8kkGEs9+kRIYiytHGtoUK39M9cedVWT8f6LHQFH+iZIYl/9\nQnTelo6ffbqutuASMxTH3xonOZvqOZKhjMSX9XO+lmiDQIupklLn7pnDgXtyECrt\nEvMAiJsYUcEYR+wLFf152Nl+zbPcQcdyl5TgwB3OvH4GkeFvD048sdE2ezcxCVEe\n0vJ8n06QE6SPtrqmhg2CKw3CrWyoBjItOg4DAiYMrjOmCigO6MO7Nc+PRpCAZ0Wp\nIAIQsETTZUZj4wAJtzZPxGUoLqRl2w8j9dkgCa1aQ2IL2toW7jZ+IvvtAJA0v8Ii\neohtfACVEtoPN81DkOONVL0cZmFQZJGXh1G9vEVt3hYVaqs79fjz+mhwVo/Ra9oh\nzCLALjRDyYRxNc1q/pEpa2xICsVY55OxHiwBosYsqH6SsWxHPBSqOPCY+EZNciKp\nTjSCs+rS8oqDK4isk3kYfXBdO6sX1AFWIaCMB9hV6BxrnG2ETrGWo/5FUlUCjhul\nBTS9JScNgpVd/kQaKiRXZUTxvbdRVQhQe1AuFlpA7+2wWxeak5WqwDMNCOVdPsT6\nFgCY57VHf4thgiBsKRxaeDJs99/uCRya7oWB2rgW4tLxkjnRp+Fl6XlFlSKcrL8D\nhOS/PJZft0gYEpYMIu8jDWly\n-----END PRIVATE KEY-----\n",
  "client_email": "firebase-adminsdk-ln4ha@reporting-jhky3o.iam.gserviceaccount.com",
  "client_id": "958892702988930725089",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-ln4ha%40reporting-jhky3o.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
EOF
}

resource "google_storage_bucket" "assets" {
  name     = "ledger-assets-49k9b1"
  location = "EU"
}
