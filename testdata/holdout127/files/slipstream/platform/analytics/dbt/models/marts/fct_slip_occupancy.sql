{{
  config(
    materialized='incremental',
    unique_key='occupancy_id',
    incremental_strategy='merge',
    on_schema_change='append_new_columns',
    tags=['marts', 'finance', 'daily']
  )
}}

-- Nightly slip occupancy per marina (transient + seasonal), used by the "Occupancy & RevPAS" dashboard.
-- RevPAS = revenue per available slip-foot-night. Owner: data@ (see #data-platform). Ticket DATA-1184.

{% set slip_types = ['transient', 'seasonal', 'annual', 'dry_stack'] %}
{% set lookback_days = var('occupancy_lookback_days', 3) %}

with nights as (
    select
        r.marina_id,
        r.slip_id,
        r.reservation_id,
        d.night_date,
        r.loa_billed_ft,
        r.slip_type,
        r.nightly_amount_usd
    from {{ ref('stg_reservations') }} r
    join {{ ref('dim_dates') }} d
      on d.night_date >= r.arrival_date
     and d.night_date <  r.departure_date
    where r.status in ('confirmed', 'checked_in', 'checked_out')
    {% if is_incremental() %}
      and d.night_date >= (select max(night_date) from {{ this }}) - interval '{{ lookback_days }} days'
    {% endif %}
),

capacity as (
    select
        marina_id,
        night_date,
        sum(max_loa_ft) as available_ft,
        count(*)        as available_slips
    from {{ ref('int_slip_calendar') }}
    where is_bookable
    group by 1, 2
)

select
    {{ dbt_utils.generate_surrogate_key(['n.marina_id', 'n.night_date']) }} as occupancy_id,
    n.marina_id,
    n.night_date,
    {% for t in slip_types %}
    count(distinct case when n.slip_type = '{{ t }}' then n.slip_id end) as occupied_{{ t }}_slips,
    {% endfor %}
    count(distinct n.slip_id)                                   as occupied_slips,
    c.available_slips,
    round(count(distinct n.slip_id)::numeric / nullif(c.available_slips, 0), 4) as occupancy_rate,
    sum(n.loa_billed_ft)                                        as occupied_ft,
    round(sum(n.loa_billed_ft) * 0.3048, 2)                     as occupied_m,
    sum(n.nightly_amount_usd)                                   as revenue_usd,
    round(sum(n.nightly_amount_usd) / nullif(c.available_ft, 0), 4) as revpas_usd,
    current_timestamp                                           as _loaded_at,
    '{{ invocation_id }}'                                       as _dbt_invocation_id
from nights n
join capacity c using (marina_id, night_date)
group by n.marina_id, n.night_date, c.available_slips, c.available_ft
