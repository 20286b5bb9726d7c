"""Shared fixtures for the ETL tests. Everything here is fake: no test may
reach a real AWS account, database or Slack workspace."""
from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import boto3
import pytest
from moto import mock_aws

TEST_WAREHOUSE_DSN = os.environ.get("TEST_WAREHOUSE_DSN", "postgresql:///etl_test")


@pytest.fixture(autouse=True)
def aws_credentials(monkeypatch):
    """Mocked AWS credentials for moto, so boto3 never finds real ones."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SECURITY_TOKEN", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")


@pytest.fixture
def docs_keypair():
    # The documentation example pair from the AWS IAM user guide.
    return {
        "aws_access_key_id": "AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    }


@pytest.fixture
def s3(docs_keypair):
    with mock_aws():
        client = boto3.client("s3", region_name="eu-central-1", **docs_keypair)
        client.create_bucket(
            Bucket="kestrel-finance-exports",
            CreateBucketConfiguration={"LocationConstraint": "eu-central-1"},
        )
        yield client


@pytest.fixture
def warehouse_kwargs():
    return dict(host="localhost", port=5432, dbname="etl_test", user="etl_test", password="changeme")


@pytest.fixture
def stripe_key():
    # Stripe's public documentation test key.
    return "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


@pytest.fixture
def slack_webhook():
    return "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"


@pytest.fixture
def auth_headers():
    return {"Authorization": "Bearer <token>", "X-Api-Key": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}


@pytest.fixture
def sample_invoice_rows():
    return [
        {
            "invoice_no": "INV-2025-000123",
            "customer_id": 4711,
            "customer_email": "billing@example.com",
            "customer_phone": "+1-555-0100",
            "iban": "<IBAN>",
            "card": "xxxx-xxxx-xxxx-4242",
            "issued_at": dt.datetime(2025, 3, 10, 9, 30),
            "currency": "EUR",
            "total_net": Decimal("100.00"),
            "total_tax": Decimal("19.00"),
        },
        {
            "invoice_no": "INV-2025-000124",
            "customer_id": 4712,
            "customer_email": "accounts@example.org",
            "customer_phone": "+1-555-0199",
            "iban": "<IBAN>",
            "card": "xxxx-xxxx-xxxx-0005",
            "issued_at": dt.datetime(2025, 3, 10, 11, 5),
            "currency": "EUR",
            "total_net": Decimal("2500.00"),
            "total_tax": Decimal("475.00"),
        },
    ]


@pytest.fixture
def frozen_day():
    return dt.date(2025, 3, 10)
