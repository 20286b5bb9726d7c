-- compliance/reg-f/call_frequency_audit_2024-11.sql
-- Reg F 12 CFR 1006.14(b)(2) presumption: > 7 call attempts in 7 consecutive days, or a call within 7 days
-- after a telephone conversation, per debt. Weekly audit requested in COMP-1187 (owner: compliance analytics).
-- Phone numbers are compared by phone_hash (sha256 of E.164, truncated) - never select dialed_number here.

WITH attempts AS (
    SELECT  c.account_id,
            c.phone_hash,
            c.debtor_state,
            c.started_at AT TIME ZONE c.debtor_tz AS local_started,
            c.disposition,
            c.is_conversation
    FROM    dialer.call_attempts c
    WHERE   c.started_at >= DATE '2024-11-11'
      AND   c.started_at <  DATE '2024-11-18'
      AND   c.campaign_id IN ('ERLY-MVH-30', 'ERLY-BKF-45', 'MID-MVH-90')
      AND   c.disposition NOT IN ('CONSUMER_INITIATED', 'INBOUND_CB')
),
per_debt AS (
    SELECT  account_id,
            phone_hash,
            debtor_state,
            COUNT(*)                                     AS attempts_7d,
            MAX(local_started)                           AS last_attempt,
            MAX(local_started) FILTER (WHERE is_conversation) AS last_conversation
    FROM    attempts
    GROUP BY account_id, phone_hash, debtor_state
)
SELECT  account_id, phone_hash, debtor_state, attempts_7d,
        to_char(last_attempt, 'YYYY-MM-DD HH24:MI') AS last_attempt,
        to_char(last_conversation, 'YYYY-MM-DD')    AS last_conversation,
        CASE WHEN attempts_7d >= 7 THEN 'AT_CAP' ELSE 'OK' END AS flag
FROM    per_debt
WHERE   attempts_7d >= 3
ORDER BY attempts_7d DESC, account_id
LIMIT 500;

-- Result 2024-11-18 06:02 EST, run id eb957c8f-f5be-4a56-a62a-b40c2aee253a, 14 of 1,392 rows with attempts_7d >= 3
-- account_id   | phone_hash       | st | n  | last_attempt     | last_conv  | flag
-- RRP-1037328  | 485f325334713421 | PA |  4 | 2024-11-13 20:36 | -          | OK
-- RRP-1316801  | 0fff826a03d9b9b9 | IN |  5 | 2024-11-16 16:37 | -          | OK
-- RRP-2901307  | 4261a21b4088a5a5 | OH |  5 | 2024-11-13 14:27 | 2024-11-08 | OK
-- RRP-1459406  | a4ddf16b99ca4420 | IN |  3 | 2024-11-17 19:31 | -          | OK
-- RRP-2353315  | 93af96fd1964fe0a | OH |  7 | 2024-11-12 12:49 | 2024-11-05 | AT_CAP
-- RRP-4187612  | 2f1f7f8663dca23b | IN |  5 | 2024-11-15 19:35 | -          | OK
-- RRP-3505918  | f0e24cd3bf6376d5 | OH |  6 | 2024-11-12 19:40 | -          | OK
-- RRP-4216785  | 2efd2690a11d9141 | KY |  4 | 2024-11-13 09:57 | -          | OK
-- RRP-1902584  | eb73e2652f1ea848 | IN |  3 | 2024-11-17 18:58 | -          | OK
-- RRP-3507990  | e35e405565f934cd | OH |  4 | 2024-11-17 19:30 | -          | OK
-- RRP-1688522  | 1f8ee402a4b5b5cf | WV |  5 | 2024-11-11 11:30 | -          | OK
-- RRP-2744805  | 77d0098a736d0b3b | OH |  3 | 2024-11-12 19:18 | -          | OK
-- RRP-3439325  | 8ca6834cab17df94 | WV |  7 | 2024-11-13 19:57 | 2024-11-06 | AT_CAP
-- RRP-1326616  | 82b559fbc25497be | WV |  4 | 2024-11-16 15:39 | -          | OK
-- 0 rows exceeded the cap; pacing guard held (max_attempts_7d = 7, see dialer profile rev 14).
