-- =====================================================================
-- Segment: lapsed_buyers_90d  (Snowflake, warehouse MKT_XS)
-- Owner:   lifecycle marketing  |  ticket MKTOPS-1182  |  rev 4 (2026-05-06)
-- Target:  Mailchimp audience b3e0d51a94, static tag "lapsed-90d-2026-05"
-- Synced by reverse-ETL job hl_rev_etl_0042 (Hightouch model 118273), matched on
-- email_sha256; raw addresses never leave the CRM schema.
-- =====================================================================
use role MKT_ANALYST;
use warehouse MKT_XS;

create or replace temporary table seg_lapsed_90d as
with orders as (
    select o.customer_id,
           max(o.ordered_at)                           as last_order_at,
           count(distinct o.order_id)                  as lifetime_orders,
           sum(o.net_revenue_usd)                      as lifetime_net_usd
    from   crm.core.orders o
    where  o.status not in ('CANCELLED', 'FRAUD_REVIEW')
      and  o.channel in ('WEB', 'APP', 'POS')
    group  by 1
),
engagement as (
    select e.mc_member_id,
           max(iff(e.event_type = 'open'  and not e.is_mpp_open, e.event_at, null)) as last_real_open_at,
           max(iff(e.event_type = 'click', e.event_at, null))                    as last_click_at
    from   mkt.mailchimp.member_activity e
    where  e.event_at >= dateadd(day, -365, current_date)
    group  by 1
)
select sha2(lower(trim(c.email)), 256)            as email_sha256,
       c.mc_member_id,                                  -- Mailchimp LEID, e.g. 118402957
       o.last_order_at,
       datediff(day, o.last_order_at, current_date)    as days_since_order,
       o.lifetime_orders,
       round(o.lifetime_net_usd, 2)                   as lifetime_net_usd,
       case when o.lifetime_net_usd >= 750 then 'Summit'
            when o.lifetime_net_usd >= 300 then 'Ridge'
            else 'Trail' end                           as tier,
       coalesce(g.last_click_at, g.last_real_open_at)  as last_engaged_at
from   crm.core.customers c
join   orders o      on o.customer_id   = c.customer_id
left   join engagement g on g.mc_member_id = c.mc_member_id
where  c.email_consent_status = 'subscribed'
  and  c.country_code in ('US', 'CA')
  and  datediff(day, o.last_order_at, current_date) between 90 and 365
  and  o.lifetime_orders >= 2
  -- exclude anyone in the global suppression table (hashed, see crm/suppression/)
  and  sha2(lower(trim(c.email)), 256) not in (select email_sha256 from mkt.suppression.global_sha256)
  -- exclude recipients of campaign 9f41c2ab7e (VIP early access) who already clicked
  and  c.mc_member_id not in (
         select mc_member_id from mkt.mailchimp.member_activity
         where campaign_id = '9f41c2ab7e' and event_type = 'click');

-- sanity checks (expected: 31,000 to 36,000 rows; 0 duplicates)
select count(*) as n, count(distinct email_sha256) as n_distinct,
       round(avg(days_since_order), 1) as avg_days, median(lifetime_net_usd) as median_ltv
from   seg_lapsed_90d;

-- spot check against last month's run (3 known hashes must be present)
select email_sha256 from seg_lapsed_90d
where  email_sha256 in ('e9c06852b7204ac230b32725ea8787d51af1d00981ae6a5d2f13d56dd8d81a37',
                        '0a469571f7ac42384f76837e10449b302b9a2e7dd348d1a23b681c38b4657755',
                        '84bd7535848a86387d580dff1098e9befeff4bed64951cb45bbe1f7e9d064542');

-- tier split for the creative brief (Trail ~62%, Ridge ~29%, Summit ~9% last run)
select tier, count(*) as n, ratio_to_report(count(*)) over () as share
from   seg_lapsed_90d group by 1 order by 2 desc;
