-- مؤشرات الربع الثاني 2026 للمانح (ECHO/-ME/BUD/2026/91012)
-- المصدر: نسخة Postgres المتزامنة من ODK Central عبر pyodk (المخطط odk_sync)، تُحدّث يومياً 02:15
-- صاحب الملف: وحدة المعلومات والرصد والتقييم — المفرق
-- git: 9c41e07d2b8a55f3e1c0d64a7b2e90f1c3d5a8b6

SET search_path = odk_sync, public;

-- 1) عدد الأسر المسجّلة والأفراد حسب الموقع (بدون تكرار)
WITH reg AS (
    SELECT DISTINCT ON (s.hoh_raqm_milaf_unhcr)
           s.instance_id,
           s.intro_site                  AS site,
           s.usra_hajm_al_usra::int      AS hh_size,
           s.hoh_jins                    AS sex_hoh,
           s.system_submission_date
    FROM   hh_reg_jo_v4 s
    WHERE  s.system_review_state IS DISTINCT FROM 'rejected'
      AND  s.system_submission_date >= '2026-04-01'
      AND  s.system_submission_date <  '2026-07-01'
    ORDER  BY s.hoh_raqm_milaf_unhcr, s.system_submission_date DESC
)
SELECT site,
       count(*)                                        AS households,
       sum(hh_size)                                    AS individuals,
       round(100.0 * avg((sex_hoh = 'female')::int), 1) AS pct_female_headed
FROM   reg
GROUP  BY site
ORDER  BY site;

-- 2) قيمة التحويلات حسب الجولة (125.000 / 155.000 دينار)
SELECT l.round_code,
       count(*)                                  AS cards_loaded,
       sum(l.amount_jod)::numeric(12, 3)         AS total_jod,
       sum(l.amount_jod * 1.4104)::numeric(12,2) AS total_usd  -- سعر الصرف الثابت 0.709
FROM   card_loading l
WHERE  l.status = 'loaded'
  AND  l.loaded_at BETWEEN '2026-04-01' AND '2026-06-30 23:59:59'
GROUP  BY l.round_code;

-- 3) فحص جودة: أرقام هواتف غير صالحة (لا تُصدّر الأرقام، فقط العدد)
SELECT count(*) FILTER (WHERE hoh_raqm_al_hatif !~ '^(\+962|0)7[789][0-9]{7}$') AS invalid_phone,
       count(*) FILTER (WHERE hoh_tarikh_al_milad IS NULL)                   AS missing_dob,
       count(*) FILTER (WHERE geo_accuracy > 25)                             AS poor_gps
FROM   hh_reg_jo_v4
WHERE  system_submission_date >= '2026-04-01';

-- 4) مؤشر PDM: نسبة من يعرفون آلية الشكاوى (الهدف 80%)
SELECT p.round_code,
       count(*)                                                  AS n,
       round(100.0 * avg((p.cfm_aware = 'yes')::int), 1)         AS pct_cfm_aware,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY p.rcsi_score) AS median_rcsi
FROM   pdm_mpca_jo_v3 p
WHERE  p.instance_id NOT IN ('uuid:d157abcc-e5ad-41a0-b305-77ae41682e48',   -- مقابلة تجريبية
                             'uuid:64791511-fe32-4ebf-b11f-72aaa13a4b75')   -- مكررة (ODK-219)
GROUP  BY p.round_code;
