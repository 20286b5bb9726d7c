import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = 'feaeb17a18cf5028a034ecc3150b4364335b68139c2b9d3ddd08d399fc1f353c'
DEBUG = False
ALLOWED_HOSTS = ['inventory.dundermifflin.com']

ADMINS = [('Giulia Santos', 'giulia_santos42@t-online.de'), ('Zofia Clark', 'zofia.clark@gmail.com')]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'prod',
        'USER': 'orders_rw',
        'PASSWORD': 'mQIWD6X7waH8T7ZX33h1RE',
        'HOST': 'postgres-prod.c2e1fkianoig.sa-east-1.rds.amazonaws.com',
        'PORT': '5432',
    }
}

EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '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'

AWS_ACCESS_KEY_ID = 'AKIAS6IO33F3A54SZHNT'
AWS_SECRET_ACCESS_KEY = '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'
AWS_STORAGE_BUCKET_NAME = 'inventory-media'
