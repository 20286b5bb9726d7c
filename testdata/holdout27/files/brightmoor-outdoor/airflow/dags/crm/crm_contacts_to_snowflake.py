"""
CRM contacts -> Snowflake (RAW.CRM.CONTACTS_DAILY), then dbt marts.

Owner: data-platform. Runbook: https://wiki.brightmoor.internal/data/runbooks/crm-contacts
PII rules (DPR-14): email and phone never leave the replica in clear text. The extract selects
email_sha256 = sha256(lower(trim(email)) || salt) and phone_tok (vault transform) only. Do NOT log
connection URIs or DataFrames here; the secrets masker only knows the raw password.
"""
from __future__ import annotations

import pendulum
from airflow import DAG, Dataset
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.snowflake.transfers.copy_into_snowflake import CopyFromExternalStageToSnowflakeOperator

from crm.crm_extract import extract_contacts  # noqa: E402

CONTACTS_DS = Dataset("snowflake://brightmoor.us-west-2/RAW/CRM/CONTACTS_DAILY")

default_args = {
    "owner": "data-platform",
    "retries": 3,
    "retry_delay": pendulum.duration(minutes=5),
    "retry_exponential_backoff": True,
    "email_on_failure": True,
    "email_on_retry": False,
    # recipients live in the Variable, not in code (list managed by on-call rotation)
    "email": "{{ var.json.data_alerts.recipients }}",
    "sla": pendulum.duration(hours=2),
}

with DAG(
    dag_id="crm_contacts_to_snowflake",
    schedule="0 6 * * *",  # 06:00 UTC daily, after the CRM nightly batch
    start_date=pendulum.datetime(2025, 3, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["crm", "pii:hashed", "tier:1"],
    params={"batch_size": 50_000, "full_refresh": False},
    doc_md=__doc__,
) as dag:
    extract = PythonOperator(
        task_id="extract_contacts",
        python_callable=extract_contacts,
        op_kwargs={
            "conn_id": "crm_replica",
            "watermark_var": "crm_contacts_hwm",
            "batch_size": "{{ params.batch_size }}",
            "salt_ref": "{{ var.value.crm_email_salt_secret_path }}",  # -> secret/data/crm/email-salt
            "out_uri": "s3://bm-landing/crm/contacts/dt={{ ds }}/",
        },
        execution_timeout=pendulum.duration(minutes=45),
    )

    load = CopyFromExternalStageToSnowflakeOperator(
        task_id="copy_into_contacts_daily",
        snowflake_conn_id="snowflake_loader",  # key-pair auth, private key from AWS Secrets Manager
        table="CONTACTS_DAILY",
        schema="CRM",
        database="RAW",
        stage="RAW.CRM.BM_LANDING_STAGE",
        prefix="crm/contacts/dt={{ ds }}/",
        file_format="(TYPE = PARQUET)",
        copy_options="MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE ON_ERROR = 'ABORT_STATEMENT'",
        outlets=[CONTACTS_DS],
    )

    row_check = SQLExecuteQueryOperator(
        task_id="row_count_check",
        conn_id="snowflake_loader",
        sql="""
            select count(*) as n,
                   count_if(email_sha256 is null) as null_hash,
                   count_if(not regexp_like(email_sha256, '^[0-9a-f]{64}$')) as bad_hash
            from RAW.CRM.CONTACTS_DAILY where _loaded_for = '{{ ds }}'
        """,
        show_return_value_in_logs=True,
    )

    trigger_dbt = SQLExecuteQueryOperator(
        task_id="mark_ready_for_dbt",
        conn_id="snowflake_loader",
        sql="call OPS.ORCH.MARK_SOURCE_READY('crm_contacts', '{{ ds }}', '{{ run_id }}')",
    )

    extract >> load >> row_check >> trigger_dbt

# Variables used (set via `airflow variables import`, values in Vault):
#   data_alerts          {"recipients": [...]}            (json)
#   crm_contacts_hwm     2026-12-07T06:00:00+00:00
#   crm_email_salt_secret_path  secret/data/crm/email-salt
# Connections: crm_replica (postgres, password from secrets backend), snowflake_loader (key-pair)
