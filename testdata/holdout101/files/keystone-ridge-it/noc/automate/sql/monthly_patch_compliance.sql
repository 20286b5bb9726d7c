-- Automate (LabTech) monthly patch compliance, run from Automate DB via SQLyog / mysql client
-- Keystone Ridge IT - NOC  |  query v3, last edited 2026-06-02 (tlee)  |  ticket SR-417960
-- NB: read-only account, credentials from the vault entry 'Automate DB RO' - do not paste here.

SET @month_start = '2026-06-01 00:00:00';
SET @month_end   = '2026-06-30 23:59:59';

SELECT c.clientid, cl.name AS client,
       COUNT(DISTINCT cp.computerid) AS machines,
       SUM(CASE WHEN h.Approved = 1 AND h.Installed = 1 THEN 1 ELSE 0 END) AS installed,
       SUM(CASE WHEN h.Approved = 1 AND h.Installed = 0 THEN 1 ELSE 0 END) AS missing,
       ROUND(100 * SUM(h.Installed) / NULLIF(SUM(h.Approved),0), 2) AS pct_compliant,
       MAX(cp.LastContact) AS newest_checkin
FROM computers cp
JOIN clients cl ON cl.clientid = cp.clientid
JOIN locations c ON c.locationid = cp.locationid
LEFT JOIN hotfix h ON h.computerid = cp.computerid
     AND h.Date_Added BETWEEN @month_start AND @month_end
WHERE cp.OS LIKE '%Windows%' AND cp.LastContact > NOW() - INTERVAL 14 DAY
GROUP BY c.clientid, cl.name
ORDER BY pct_compliant ASC;

/* result 2026-06-14 07:31 (mysql 5.7.44-log), 6 rows in set (2.41 sec)
+----------+------------------------------+----------+-----------+---------+---------------+---------------------+
| clientid | client                       | machines | installed | missing | pct_compliant | newest_checkin      |
+----------+------------------------------+----------+-----------+---------+---------------+---------------------+
|      136 | Conewago Millwork            |       16 |       112 |       8 |         93.33 | 2026-06-14 07:16:21 |
|      104 | Susquehanna Title & Escrow   |       54 |       486 |      12 |         97.59 | 2026-06-14 07:14:18 |
|      123 | Lemoyne Family Chiropractic  |       57 |       627 |       4 |         99.37 | 2026-06-14 07:29:39 |
|      168 | Cumberland Family Dental     |       38 |       380 |       7 |         98.19 | 2026-06-14 07:29:48 |
|      170 | Paxton Street CPA            |       53 |       477 |       7 |         98.55 | 2026-06-14 07:29:57 |
|      135 | Hershey Road Veterinary      |       62 |       682 |       9 |         98.70 | 2026-06-14 07:17:00 |
+----------+------------------------------+----------+-----------+---------+---------------+---------------------+
*/

-- follow-up: machines missing KB5060842 (2026-06 cumulative) longer than 7 days
SELECT cp.computerid, cp.name, cp.OS, cp.Version AS build, h.KBID, h.Date_Added
FROM computers cp JOIN hotfix h ON h.computerid = cp.computerid
WHERE h.KBID = 'KB5060842' AND h.Approved = 1 AND h.Installed = 0
  AND h.Date_Added < NOW() - INTERVAL 7 DAY;

/* result: 4 rows
+------------+-------------+------------------------------------+------------+-----------+---------------------+
| computerid | name        | OS                                 | build      | KBID      | Date_Added          |
+------------+-------------+------------------------------------+------------+-----------+---------------------+
|       2768 | PSC-TAX13   | Microsoft Windows 11 Pro x64       | 10.0.22631 | KB5060842 | 2026-06-03 03:48:00 |
|       4591 | STE-CLOSE03 | Microsoft Windows 11 Pro x64       | 10.0.22631 | KB5060842 | 2026-06-02 05:43:00 |
|       2382 | PSC-TAX02   | Microsoft Windows 11 Pro x64       | 10.0.22631 | KB5060842 | 2026-06-04 01:22:00 |
|       3744 | LFC-RECEP14 | Microsoft Windows 11 Pro x64       | 10.0.22631 | KB5060842 | 2026-06-03 04:19:00 |
+------------+-------------+------------------------------------+------------+-----------+---------------------+
*/
