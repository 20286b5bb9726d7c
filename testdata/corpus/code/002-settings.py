import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = 'n6s4_=k_ov^t75ri+2okj^b7=tvzp+2a-ox++86_jtg5z4u%2c'
DEBUG = False
ALLOWED_HOSTS = ['catalog.massivedynamic.com']

ADMINS = [('Siobhan Harris', 'siobhan.harris@starklogistics.com'), ('Rahul Murphy', 'rmurphy@fabrikam.fr')]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'prod',
        'USER': 'etl',
        'PASSWORD': 'Maple1521+',
        'HOST': 'postgres-qa.apnez4aq28dk.us-west-2.rds.amazonaws.com',
        'PORT': '5432',
    }
}

EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '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'

AWS_ACCESS_KEY_ID = 'AKIA6EHKQ6TULXXLLSOK'
AWS_SECRET_ACCESS_KEY = '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'
AWS_STORAGE_BUCKET_NAME = 'catalog-media'
