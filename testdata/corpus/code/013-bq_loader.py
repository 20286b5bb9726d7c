"""BigQuery loader. Credentials inlined for the PoC."""
from google.cloud import bigquery
from google.oauth2 import service_account

INFO = {
    "type": "service_account",
    "project_id": "notifications-6gje8n",
    "private_key_id": "d214b035bcec35d5ed24f18176f075222006e244",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCXMXUqLj46CzVI\nXSByOfzVIWo68vhEVdlUezAL6fWubfOONcbzZiBv95k5HUJ38nP4Ls6KyouXyFXa\nMDoBDC8IDN0vAFX8zLRl6NqJyUKkdw9jZdf0u1ga8ZpXYBiPtTaB7hzzRP8X/Vyk\nR1CyD+POFnQDbiG4Tc97eBe/DFBgdY82hfMXPy2jSSmxaCITiukm8jvvHgC045rc\n0L4qedMT/98O6YNRPaMT5yIuM1DWlWkr6Y3nRU2daOmeOhazLSygX6mckDR3PZIq\nhKn6uwklRKfc6rvP0ztd27uHI3X66zvQ6TAcw1i5Da0xTy5wZ+YzuI/m41CYlI5b\nalBd1ulCVVSrjT8zcNLRehZBoJI+AAm5ksBr718ZNtms7Kf0hbcSf3GdAoPvC6ye\nNDyFwKcV0ho9fvSpfVEa4LtbORC+P+kp4IVOTV3Q1h64ppppnWC2q3pc8vuZQrVH\n+p4lBHI/qWpeIkipzCG/26TfESTc3NbmasaFXnVNpAZuywWgcuVg8W1AF/u9Azkc\nsk0O/kRV4jq5ChDFK7lNLrW6+x7vLnsaApuP5zwtslSskDzUSebrQ/bHschXyiA0\nTmXQEJeFaNLyzBvt0q3nGHCjsidUAhHqnwTDkWv7H5QwJBYe0Yl2JuZ9yF2aPzAt\nPjDGB7pRtTNGrKGavKdnk6mebA5ay/cWiqLmd8Q2HjEHAMV0kFOQZtAhurKvEdb5\n5soNKpdxfigAFD+JbNh3Vcu+/55ryS2zZ3BluhC/xubqUESQ7B2Id2v6SvGlB82w\n+P7u9bieHL+u9qsaSVoyX9z25t9Q+L5bk8JHZ4+eEEPbFjN7cOePugMA3jfEwSxw\nXRGhaUjddFPtrDMcTIAG+MHvnU/hvpnMml1m90bsrlN2Mn9NUyHOrnkPCj1KSqYT\ngq+bez8gXr23zGK85oS7n/5Z783ZLKG2yhSpvlALUzAAfeJgy5OAA9fJT1yOiJS4\nu3uGPZeQFMemL+axKasmCQ4znEmPTkTcslincjmfMtO8vnX604lnYUkL75xkQxNo\n13G9iPiGikhEa8Wk22oCtMGEvuR2Y8sTZWNokrvI16j4TzwnxYy9nddaDji07axR\nR4nQc5UaJEonYMJxqSYjVtPV8JEnDkUgYDS9PGq+geoW9YezNXn+QFuk9cbKyNXI\nLkbGsUc2Vqhh2Hj77GgX6OUf9IJgMWoXjSeCLw1OeeztLDneCkAZP3SPnbJ+EAio\n8nX5OLUALNKwJDIlO0cqvgsmIRty9tzVWbPu+L58bVgIP3LG03bDtnlRqliHmjc8\nioIvxHVFFuMtI8p9co8PgUixftEc754BW6WvGy72eor8gumQGdwn+0sPrOSX0baA\nJRSCELx9aVakOExThuZ/Ejp7+talIvB67DD6XLXUdyjktYw43gLLo5V+r9VJ6LTZ\nfJifHX7Jj62IDKjJLXuXBoH4RKSouB+qwApVBZg/Iq6Sr6sYYYoRvmxx4MU24dTb\nZQCQUYoq8HPlSfw3T9dA4Eax8GBOWS23DZlcVCyF+V3Fos01KhvtG4964Bo2ur7+\n/bLR45PrVXCklUMxQt5+FgTq\n-----END PRIVATE KEY-----\n",
    "client_email": "firebase-adminsdk-jzf0n@notifications-6gje8n.iam.gserviceaccount.com",
    "client_id": "694289133669502576731",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-jzf0n%40notifications-6gje8n.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"
}

creds = service_account.Credentials.from_service_account_info(INFO)
client = bigquery.Client(credentials=creds, project=INFO["project_id"])

# short-lived token for the REST fallback
TOKEN = "ya29.a0kvEtiGzUIcs8gSaRrDkrIGCA4ZznxR5S7_KdLPykz40MUxuNhYVfApgv-dU_P2fE6qFDSvsOcvsdM3QDEdAvGDmubFtjuKvhhkIHtcAon5fGoXcdaNepzlLVCZdDfoNPhJ4BZJURy5ugfD5j00L_pWsx"
