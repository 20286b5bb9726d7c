"""BigQuery loader. Credentials inlined for the PoC."""
from google.cloud import bigquery
from google.oauth2 import service_account

INFO = {
    "type": "service_account",
    "project_id": "identity-kfynej",
    "private_key_id": "822aa12423bbf469eeed7f1612f021ecaecb1ab3",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCMp/9pRJTjkegr\nEe6ouLRzzMzFD3bwAQfJ+MU/pt7lVuJ/W8EazVzyuE1jHEnGDhLUqzfL0AjmdfzP\nkpiPKmcem9x3M8aewMS3h3EaEv2Ry6pUVxc9gwR4AmOs4ppmWFlr+rDki6NVzotd\nqblNCPyEF+ZvfVojjR1Es6OiKs5WAIyXq1Ac5KAohe7vA7hMzneZZ65ORL+JzBR/\nRfamDsDcRJwpbzq/FKaLPvz7/DRR+xhF6hDmtfrnGgpZBGTMjc18FiDcFFnHpROE\nLc8CdM/8t4/43fEqPOplZAIm1ooThJUOhFnqklAj/KjhxiH4hE8szJzgClzCfxw1\nizaHe1S0U7bbZfkEg9T8xYzqH5+UpbjN4O6O6sjrVGnBPfpoa5DS8gyIrG1+S5ED\nIfOwsaHUqZnq9AXHuTve0P2Xp29gNM3+MBjWQGwFRh1N1a/WeN3gv1nyGtK6KmTY\noLnABZy9z3vL99aUoSGPIH8Yt+zwwl4bm7QH38AuIgkMf68Vq6F10Zq4uZjRWO3D\n1oHXd9Q12WrQIRAEwGx/LgHve4unf8BS16aSRh5cg9hnJk/aYElninUukVa9/DrG\nuM0qPuVKB1U+lr3QyJE5UrXOABxY+pnwhYZ/2fDXkGXngFkLUQucgVQz30CwgTqk\nCFPy37SgGfWrpR44OXsARc+n699/q96qwDaxyDkqiuybm8JNbXkh9wSTbwDLr+eJ\nxXVExNzku6flr7LOObfBYVWE2C/+WV/BgKh8qfusEqB/4Lg55uZeEO0UqgUijn84\nxxV/H2Co6zyo0fhLMkIVjTnzSZ5YLtPB6CM/6mrQ9Cir1izKVVxWEz/oIAE888aY\nQaiqU1LVNUPneyCG5K3eCYZnfZPCU0YznAUZc7tlT5RC9XMQ+MlCAbCHBVZQ0fJb\n+XeerDWVN/243Lt2L8M0HBtviJcn2sjDA8ZRhFcBOJpleZ9urG1zukhI2LYnO1XG\nLEBh26B8HQQHWjqcWSDb41OgpbSzYCBlHBv2J57NQD+BiK5YOVrDdU9gITsYPHTB\niJ9qEA9QxHDBb1BBsxINzAPb3sb/EWuGQxzb7HJ0FDP0xbx8H/PB9RjIPhU66tLw\nQDz2ovuZIe1EFlgWwBMAz51LnRA20k6j7SCKfzXlkdGF3d6Cu8wZBNCxcDu3lIHa\nw+veCuZ0qsQzj09WGsRUYLXTXLW9Pba27En62aNNBopmARiFhx/KN85iu9wbSR7f\nZbCI+doVtLwOXLg3xX9DMmgUdxGOCwytSnkC+vWgLHbK7kt9AwkTPGRi3Pix61Pd\nKL3YNSCJzlT9Wzksb7CygBk/2UhG/BAiqYrhTVekJNEFSyNUuAj0ggRbCpzuEOuA\nF5g+3GFZCQ8wA7pN+dzgZSkSZXEwAQRXRzk3+PCnEg0vf+0G5oibB/Oj53G3hkYM\naZLmvr6eLlVS22hSFDZoCcxW/6O2etkDPB6A48oES2kDPGCdmRLm88n07Q5UB1M3\nT1HuPcVEDE78VPLIg0f5J9gQdf4vHp5BJS+oh6FBtKkcuvqjfURA14Sd5xl+rbAV\nhQr5TH3hedqrZu5pLAJ2rdD1\n-----END PRIVATE KEY-----\n",
    "client_email": "firebase-adminsdk-h81mc@identity-kfynej.iam.gserviceaccount.com",
    "client_id": "844725901234659700345",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-h81mc%40identity-kfynej.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"
}

creds = service_account.Credentials.from_service_account_info(INFO)
client = bigquery.Client(credentials=creds, project=INFO["project_id"])

# short-lived token for the REST fallback
TOKEN = "ya29.a01rs902cM0LCMaTyPJyV5wQOMegB6p8aQP54ufTibVSRWlwFOYX4rWjolhO_9TUpY9JigUR1qcB8JnvYyMWToZO7Ndx-PNbM7oc4QGF0CNLtImgvbkgJ6CtyuholP0v_LoRcBLrrsqEE5cz7oiFyqYsPVWDfRap9qf"
