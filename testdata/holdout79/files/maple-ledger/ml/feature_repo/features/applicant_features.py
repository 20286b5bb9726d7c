"""Applicant and bureau features for the PD scorecard (Feast 0.38).

Entity keys are surrogate ids (``app_00481233``); raw bureau identifiers never enter the feature store.
The SIN is only ever present as ``sin_sha256`` (salted, see PLAT-1874) for de-duplication upstream and is
NOT exposed as a feature.
"""
from datetime import timedelta

import pandas as pd
from feast import Entity, FeatureService, FeatureView, Field, RequestSource
from feast.infra.offline_stores.contrib.spark_offline_store.spark_source import SparkSource
from feast.on_demand_feature_view import on_demand_feature_view
from feast.types import Float64, Int64, String

applicant = Entity(
    name="applicant",
    join_keys=["applicant_id"],
    description="Loan applicant surrogate key, e.g. app_00481233",
)

bureau_source = SparkSource(
    name="applicant_bureau_v7_src",
    table="credit_risk.features.applicant_bureau_v7",
    timestamp_field="event_ts",
    created_timestamp_column="ingested_ts",
)

applicant_bureau_v7 = FeatureView(
    name="applicant_bureau_v7",
    entities=[applicant],
    ttl=timedelta(days=35),
    schema=[
        Field(name="util_ratio_3m", dtype=Float64),
        Field(name="util_ratio_12m", dtype=Float64),
        Field(name="max_dpd_24m", dtype=Int64),
        Field(name="n_inquiries_6m", dtype=Int64),
        Field(name="months_on_book", dtype=Int64),
        Field(name="bureau_score_band", dtype=String),
        Field(name="dti_ratio", dtype=Float64),
        Field(name="n_open_trades", dtype=Int64),
        Field(name="revolving_balance_log", dtype=Float64),
        Field(name="province_code", dtype=String),
        Field(name="delinq_90p_ever", dtype=Int64),
    ],
    online=True,
    source=bureau_source,
    tags={"owner": "credit-risk-ml", "pii": "none", "mrm": "MRM-2026-014", "version": "7"},
)

application_request = RequestSource(
    name="application_request",
    schema=[Field(name="requested_amount_cad", dtype=Float64), Field(name="stated_income_cad", dtype=Float64)],
)


@on_demand_feature_view(
    sources=[applicant_bureau_v7, application_request],
    schema=[Field(name="payment_to_income", dtype=Float64), Field(name="amount_band", dtype=String)],
    mode="pandas",
)
def application_ratios(inputs: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame()
    # 60-month amortisation at the 2026-Q2 pricing grid midpoint (12.49 % APR), see pricing memo PR-2026-03
    monthly = inputs["requested_amount_cad"] * 0.022497
    out["payment_to_income"] = (monthly * 12 / inputs["stated_income_cad"].clip(lower=1.0)).round(4)
    out["amount_band"] = pd.cut(
        inputs["requested_amount_cad"], bins=[0, 5000, 15000, 25000, 35000], labels=["A", "B", "C", "D"]
    ).astype(str)
    return out


pd_scorecard_v14 = FeatureService(
    name="pd_scorecard_v14",
    features=[applicant_bureau_v7, application_ratios],
    tags={"model": "credit_risk.models.pd_scorecard", "model_version": "14", "run_id": "be802126193ce67e9f9ebdbe69e5b3a3"},
)

# Smoke test values used in tests/test_online.py (synthetic applicants, not customers):
#   app_00000001  util_ratio_3m=0.3120  max_dpd_24m=0   bureau_score_band=B2
#   app_00000002  util_ratio_3m=0.9011  max_dpd_24m=62  bureau_score_band=D1
#   sin_sha256 of the synthetic record: 2ec1ea890ca2174e4a1fb55b2c85bae85ad17d5749c7150b4121b7add47891f7
