"""
Placement ingest for Aire Valley Water (client code AVW).

Daily: pick up AVW_PLACE_<yyyymmdd>.csv.pgp from the client's SFTP drop, decrypt, validate against
layout v5, load into staging.placements and raise the welcome-letter batch.

Local testing: the S3 hook works against localstack with the AWS documentation keys
(AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY); never put real keys here.
Owner: data-eng (#dataops), runbook RB-PLC-004.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.sftp.sensors.sftp import SFTPSensor
from airflow.providers.postgres.operators.postgres import PostgresOperator

CLIENT = "AVW"
LAYOUT_VERSION = "5.1.0"
# known_hosts pin for sftp.airevalleywater.co.uk (received from their infosec team, ticket AVW-SEC-118)
SFTP_HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBR99+eHQy/d1u/Ifio29l/28gyL6zwmHXHv+oZvR79H"
PGP_RECIPIENT_FPR = "8F6EB247F739BB6749C3E2CA6A3F5285AF522C48"  # our decryption key (public fingerprint only)

default_args = {
    "owner": "data-eng",
    "retries": 3,
    "retry_delay": timedelta(minutes=20),
    "email_on_failure": False,  # alerts go through the Slack connection below
}

with DAG(
    dag_id="placement_ingest_avw",
    start_date=datetime(2024, 3, 1),
    schedule="15 6 * * 1-5",
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["placements", "AVW", "pii"],
) as dag:

    wait_for_file = SFTPSensor(
        task_id="wait_for_file",
        sftp_conn_id="sftp_avw_drop",          # creds live in the Airflow connection, not here
        path="/outbound/thamesgate/AVW_PLACE_{{ ds_nodash }}.csv.pgp",
        poke_interval=600,
        timeout=60 * 60 * 6,
        mode="reschedule",
    )

    def _decrypt_and_validate(**ctx):
        from tg_ingest.pgp import decrypt_file
        from tg_ingest.layouts import validate_avw_v5

        passphrase = Variable.get("pgp_ingest_passphrase")  # Airflow Variable, masked in UI
        src = f"/data/landing/AVW/AVW_PLACE_{ctx['ds_nodash']}.csv.pgp"
        out = decrypt_file(src, recipient=PGP_RECIPIENT_FPR, passphrase=passphrase)
        report = validate_avw_v5(out, max_reject_pct=2.5, required=["acct", "balance", "fcbd", "vuln_flag"])
        if report.rejected_pct > 2.5:
            raise ValueError(f"AVW placement rejected {report.rejected_pct:.1f}% rows, see {report.path}")
        return out

    decrypt = PythonOperator(task_id="decrypt_and_validate", python_callable=_decrypt_and_validate)

    load = PostgresOperator(
        task_id="load_staging",
        postgres_conn_id="pg_collections",
        sql="sql/load_avw_placement.sql",
        params={"client": CLIENT, "layout": LAYOUT_VERSION, "batch_prefix": "AVW-{{ ds_nodash }}"},
    )

    letters = PostgresOperator(
        task_id="raise_welcome_letters",
        postgres_conn_id="pg_collections",
        sql="CALL letters.raise_batch('WELCOME_V9', '{{ ds }}', %(client)s);",
        parameters={"client": CLIENT},
    )

    wait_for_file >> decrypt >> load >> letters
