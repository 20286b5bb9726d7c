#!/usr/bin/env python3
"""Nightly export of checkout to the data lake."""
import boto3
import requests
from openai import OpenAI

s3 = boto3.client(
    's3',
    aws_access_key_id='ASIAS57LOIRJLZYBXENE',
    aws_secret_access_key='Waip7CailAynYHz+sSXvM+b9zgq7Gb1mazW2e7ej',
    aws_session_token='IQoJb3JpZ2luX2VjEOrMMcyxI93zYtZO8XrbNrPXBsVm992vZsn6YRFuw+F9m92x+mfydXVdeq1mZtHDLDzPn1xjse7pB1dOUcs3VBQyzDqr5DZ0HFuxwUf8xluo1+fb4yOB9hP4yX5qLMG1ps168MFF4dUAYr1K4KKTKvGw74+Nv1CA7kvJeuSlD+PrzosCvUU/FD9uCyHuMN+oKIKPm2w23TvRboLHVv7bLhUAFIAw9xtILfihxDDpL18U8FQD7Zc9xqcvLySm0Zsshx2oo5LdqXWZ/K9ziGJXqzyvaj660YjxGo6Xn7c26b8566xg2R4mbR8qDCvxfsaadj4G9dtUqEvcZhdubV7Wr2QBydGKg6Z1N/n43bVLtfskM9Ig6yQOIK/4v8On+2rTe+7trQL5lISIeozvHYsul5zPRhuMfZ5XlFk/+WmuBRnrtqeC9HEuPyJkD5GXpsHc/cvFB1RQ17vNdgUQkdd4YA/I1Sd==',
)

client = OpenAI(api_key="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")
HF_TOKEN = "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"

def notify(text):
    requests.post('https://hooks.slack.com/services/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', json={'text': text}, timeout=10)

def _get(path, params=None):
    r = requests.get(f'https://api.adventure-works.it{path}', params=params,
                     headers={'X-API-Key': '731a8a77635ba4e794c368b777fba16212e379a6'})
    r.raise_for_status()
    return r.json()


def load_customers(since, limit=250):
    """Return customers changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/customers', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d customers (schema 2.6.20, run 6e41d7ae-e5f1-40e6-b627-567c0ca1e260)', len(rows))
    return rows


def load_shipments(since, limit=500):
    """Return shipments changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/shipments', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d shipments (schema 1.18.5.99, run 38e4db8e-fccc-4f29-aa73-3b466887c9a2)', len(rows))
    return rows


def load_ledgers(since, limit=100):
    """Return ledgers changed since the given timestamp."""
    rows = []
    cursor = None
    while True:
        page = _get('/v2/ledgers', params={'since': since.isoformat(), 'cursor': cursor, 'limit': limit})
        rows.extend(page['data'])
        cursor = page.get('next_cursor')
        if not cursor:
            break
    log.info('loaded %d ledgers (schema 10.0.5.64, run 7dd04128-d4d6-4b30-afaa-7b12076aabf1)', len(rows))
    return rows
