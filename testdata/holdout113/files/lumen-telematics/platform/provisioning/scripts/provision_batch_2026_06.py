#!/usr/bin/env python3
"""Provision a batch of LT420 units for a rental customer.

Creates the AWS IoT things, attaches the fleet-provisioning claim certificate,
and activates the Twilio Super SIMs. Run from the Dublin bench PC only.

    python provision_batch_2026_06.py --tenant t_fjordbil --csv batch_2026-06_fjordbil.csv

TODO(aoife): move the creds below to the bench .env before this goes into git (LT-OPS-412)
"""
import argparse
import csv
import logging

import boto3
from twilio.rest import Client

log = logging.getLogger("provision")

AWS_REGION = "eu-west-1"
AWS_ACCESS_KEY_ID = "AKIATJRFGBJZVMPKPCCA"
AWS_SECRET_ACCESS_KEY = "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"

TWILIO_ACCOUNT_SID = "AC4eb5ee9fb6d0ae0f1160d608596cdf70"
TWILIO_API_KEY = "SK8cf024cc77a33975e26438bf9018c235"
TWILIO_API_SECRET = "Unm5bj4BlPBgPlxomG4cpGsUA2Nxh30c"
SUPER_SIM_FLEET = "HFc1b8648c367046d25aed176285a5b453"

THING_TYPE = "LT420"
THING_GROUP_PREFIX = "tenant-"
POLICY_NAME = "lt420-device-policy-v7"

# Claim certificate used only for fleet provisioning by claim (replaced by a device cert on first connect).
CLAIM_CERT_ID = "51afee17c39fa9e7e5876d84d34eb2b558745e8d14ff3088d3f80243dcb4f3aa"
CLAIM_PRIVATE_KEY = """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIB2XXAeJuxZo/TM3uYktwkS1PmYSuHIyKKw4XGxNh6l1oAoGCCqGSM49
AwEHoUQDQgAE3HRHO7VQ2o58b9DB8StXravV3+0lDuEehXDmS9sOZqMxj34olLJX
GPSeQLf+UubiuuQV10d4G+yKzAG4oSouhQ==
-----END EC PRIVATE KEY-----
"""


def provision(row, iot, twilio, tenant):
    thing = "LT420-%s-%s" % (row["country"], row["unit"])
    iot.create_thing(thingName=thing, thingTypeName=THING_TYPE,
                     attributePayload={"attributes": {"imei": row["imei"], "tenant": tenant, "fw": row["fw"]}})
    iot.add_thing_to_thing_group(thingGroupName=THING_GROUP_PREFIX + tenant, thingName=thing)
    sim = twilio.supersim.v1.sims(row["sim_sid"]).update(status="active", fleet=SUPER_SIM_FLEET)
    log.info("provisioned %s imei=%s sim=%s status=%s", thing, row["imei"], row["sim_sid"], sim.status)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenant", required=True)
    ap.add_argument("--csv", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    iot = boto3.client("iot", region_name=AWS_REGION, aws_access_key_id=AWS_ACCESS_KEY_ID,
                       aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    twilio = Client(TWILIO_API_KEY, TWILIO_API_SECRET, TWILIO_ACCOUNT_SID)
    with open(a.csv, newline="") as fh:
        for row in csv.DictReader(fh):
            if a.dry_run:
                log.info("would provision %s", row)
                continue
            provision(row, iot, twilio, a.tenant)


if __name__ == "__main__":
    main()
