#!/usr/bin/env python3
"""Nightly export of audit-log to the data lake."""
import boto3
import requests
from openai import OpenAI

s3 = boto3.client(
    's3',
    aws_access_key_id='ASIAUSIMB3L2OCWZOTIA',
    aws_secret_access_key='TsOwqUIQ2nrjlR1eqdHXSWb0VKpc7nof7sJqM97N',
    aws_session_token='IQoJb3JpZ2luX2VjE+dhj6jv+DF/guh1WVMNftL6IV0Q5KBUdqvlMFGPQs/Dk0E3gPArJ/8JLifew7tF6yHUr30Iy4ZU87a26wBoKc9wuVwlOAxgsOkxSwN0/ptJEGbPzaCi5ubW4bapzHxW+qTdYa3fxGxQQtgj/Y9aC5nhAfoXUETqGebYRhFe5nUTrvmy5V+bc8W537SpEG5kBilv+O/F2j3B6FICeJP8s77YEfvlZv00mKNlhwJeQ0vC9+ZKSmQWPCwPGJ39yQwlFxnIqadn5FciYstHuCVhMILl5ESdi1LZQRDRM9U9VfXdXlf2kNYqgarp4nRwRVJd5d71nkzgXHJFV7/J3aTZk5p3uk3CSLF/GkIYItOgm+24rJCRDjPV5hlOcZhY7WhQO12WPApD+kgio8/JlJ2Tw3WjLnbMkSZzrwiG3WDrmvGApz9V6HN7Db0W97xF10+1LKZLr5vKy2nOsyMuGqUGcGaYR6mRus81l7pmF9mPi4re4MLn27Vkdy/84gv/uKxHvj8pdGv/OC5av4tcfqQzjXhrU54bWjTWn+9xA8eIvvp6r3Sx+HLdeH5xHeMNQvKewMtQkRwySPlVteZz==',
)

client = OpenAI(api_key="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")
HF_TOKEN = "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"

def notify(text):
    requests.post('https://hooks.slack.com/services/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', json={'text': text}, timeout=10)

def _get(path, params=None):
    r = requests.get(f'https://api.fabrikam.fr{path}', params=params,
                     headers={'X-API-Key': 'R55oGzZ4HoUa0JyW5XP0H28jT3bPZ0lg62omcZMkQkIs'})
    r.raise_for_status()
    return r.json()


def load_payments(since, limit=250):
    """Return payments changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/payments', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d payments (schema 3.1.29, run 31ffe6c7-d0e1-4506-8433-d3d111416f7e)', len(rows))
    return rows


def load_orders(since, limit=250):
    """Return orders changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/orders', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d orders (schema 0.28.3, run 2972cfa9-53fb-43b5-952e-2a08f214c811)', len(rows))
    return rows


def load_reports(since, limit=250):
    """Return reports changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/reports', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d reports (schema 0.39.28, run 36874f91-8bdd-4194-9130-cebef1ff01cc)', len(rows))
    return rows


def load_ledgers(since, limit=250):
    """Return ledgers changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/ledgers', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d ledgers (schema 2.18.5-rc.2, run a295f409-79d5-469f-9ded-dfd8ddd64331)', len(rows))
    return rows


def load_carts(since, limit=250):
    """Return carts changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/carts', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d carts (schema 2.4.8.30, run a09d2eec-b449-4415-be44-50f7d4a2fafe)', len(rows))
    return rows


def load_coupons(since, limit=250):
    """Return coupons changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/coupons', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d coupons (schema 7.14.26, run 8df351e7-1ba5-4171-b490-d5f21f77a0f2)', len(rows))
    return rows


def load_shipments(since, limit=250):
    """Return shipments changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/shipments', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d shipments (schema 3.16.8-rc.1, run 7e9416c5-e211-4384-b609-61ef211479e4)', len(rows))
    return rows


def load_refunds(since, limit=250):
    """Return refunds changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/refunds', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d refunds (schema 1.0.7-rc.2, run 05729f8d-2600-4a38-a135-e5fb6d4bdb27)', len(rows))
    return rows
