{{
  config(
    materialized = 'incremental',
    unique_key = ['tenant_id', 'meter_id', 'customer_ref', 'usage_date'],
    incremental_strategy = 'merge',
    partition_by = {'field': 'usage_date', 'data_type': 'date', 'granularity': 'day'},
    cluster_by = ['tenant_id', 'meter_id'],
    tags = ['billing', 'tier1'],
    meta = {'owner': 'data-platform', 'sla': 'T+1 04:00 Europe/London', 'runbook': 'docs/runbooks/billing/usage-late-data.md'}
  )
}}

-- fct_billable_usage_daily
-- One row per tenant / meter / end-customer / day, after de-duplication and late-data handling.
-- Feeds: invoice line rating (rating-svc), Stripe meter event sync, MRR/usage dashboards.
-- Idempotency: producers send an idempotency_key (ULID, 26 chars, e.g. 01HZX4K2M8N3P5Q7R9S1T3V5W7);
-- duplicates inside the 72 h dedup window are dropped here, not in the aggregator.

with events as (

    select
        tenant_id,                       -- ten_ + 16 base32, e.g. ten_8kq2m4x7w1p3d5r9
        meter_id,                        -- mtr_ + 16 base32
        customer_ref,                    -- tenant's own customer id, opaque to us
        idempotency_key,
        event_ts,
        ingested_at,
        cast(quantity as numeric)        as quantity,
        unit,
        properties
    from {{ source('usage_raw', 'events_v3') }}
    where event_ts >= timestamp_sub(current_timestamp(), interval 40 day)
    {% if is_incremental() %}
      -- reprocess 3 days to pick up late events (watermark lag p99 = 26 h, see INC-2291)
      and date(event_ts) >= date_sub((select max(usage_date) from {{ this }}), interval 3 day)
    {% endif %}

),

deduped as (

    select *
    from events
    qualify row_number() over (
        partition by tenant_id, meter_id, idempotency_key
        order by ingested_at asc
    ) = 1

),

rated_units as (

    select
        d.tenant_id,
        d.meter_id,
        d.customer_ref,
        date(d.event_ts, m.billing_timezone)          as usage_date,
        m.aggregation                                 as aggregation,       -- sum | max | unique_count | last
        case m.aggregation
            when 'sum'          then sum(d.quantity)
            when 'max'          then max(d.quantity)
            when 'unique_count' then cast(count(distinct json_value(d.properties, '$.dimension_id')) as numeric)
            when 'last'         then max_by(d.quantity, d.event_ts)
        end                                           as billable_quantity,
        count(*)                                      as event_count,
        countif(d.ingested_at > timestamp_add(d.event_ts, interval 24 hour)) as late_event_count,
        min(d.event_ts)                               as first_event_ts,
        max(d.event_ts)                               as last_event_ts
    from deduped d
    join {{ ref('dim_meters') }} m
      on m.meter_id = d.meter_id
     and d.event_ts between m.valid_from and coalesce(m.valid_to, timestamp '9999-12-31')
    group by 1, 2, 3, 4, 5

)

select
    tenant_id,
    meter_id,
    customer_ref,
    usage_date,
    aggregation,
    round(billable_quantity, 6)                     as billable_quantity,   -- rating rounds again per price tier
    event_count,
    late_event_count,
    safe_divide(late_event_count, event_count)      as late_ratio,
    first_event_ts,
    last_event_ts,
    to_hex(sha256(concat(tenant_id, '|', meter_id, '|', customer_ref, '|', cast(usage_date as string))))
                                                    as row_hash,
    current_timestamp()                             as _loaded_at
from rated_units
