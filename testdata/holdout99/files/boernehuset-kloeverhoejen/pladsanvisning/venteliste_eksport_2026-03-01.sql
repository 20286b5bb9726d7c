-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-pladsanvisning.internal    Database: pladsanvisning
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `venteliste`;
CREATE TABLE `venteliste` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `ansoegning_nr` varchar(16) NOT NULL,
  `barn_ref` char(12) NOT NULL COMMENT 'pseudonym, ikke CPR',
  `cpr_maskeret` char(11) NOT NULL DEFAULT 'XXXXXX-XXXX',
  `oensket_start` date NOT NULL,
  `anciennitet` date NOT NULL COMMENT 'dato for optagelse på venteliste',
  `pasningsgaranti` date DEFAULT NULL,
  `prioritet` tinyint NOT NULL,
  `institution_nr` varchar(8) NOT NULL,
  `soeskende` tinyint(1) NOT NULL DEFAULT 0,
  `status` enum('venter','tilbudt','accepteret','afslaaet','udgaaet') NOT NULL,
  `svarfrist` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_start` (`oensket_start`)
) ENGINE=InnoDB AUTO_INCREMENT=4812 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_danish_ci;

LOCK TABLES `venteliste` WRITE;
INSERT INTO `venteliste` VALUES
(4790,'PA-2026-99590','b31630322608','XXXXXX-XXXX','2026-12-01','2025-07-18','2026-12-01',3,'751-014',0,'accepteret',NULL),
(4791,'PA-2026-73418','8672b952b824','XXXXXX-XXXX','2026-07-01','2025-05-18','2026-07-01',3,'751-014',0,'venter',NULL),
(4792,'PA-2026-35989','5f78008399b6','XXXXXX-XXXX','2026-10-01','2025-02-02','2026-10-01',2,'751-031',0,'venter',NULL),
(4793,'PA-2026-94207','ac4aac966d00','XXXXXX-XXXX','2026-06-01','2025-07-23','2026-06-01',2,'751-014',0,'tilbudt','2026-03-15'),
(4794,'PA-2026-29667','1a22ebc262dc','XXXXXX-XXXX','2026-04-01','2025-02-05','2026-04-01',1,'751-022',0,'venter',NULL),
(4795,'PA-2026-48425','f40dcdfbd5a4','XXXXXX-XXXX','2026-11-01','2025-11-12','2026-11-01',3,'751-022',0,'afslaaet',NULL),
(4796,'PA-2026-73263','1d945a3f990f','XXXXXX-XXXX','2026-07-01','2025-03-12','2026-07-01',1,'751-014',1,'venter',NULL),
(4797,'PA-2026-66219','22853a20cde2','XXXXXX-XXXX','2026-04-01','2025-11-28','2026-04-01',3,'751-022',1,'venter',NULL),
(4798,'PA-2026-13296','2285d7a9730d','XXXXXX-XXXX','2026-04-01','2025-01-06','2026-04-01',2,'751-031',1,'venter',NULL),
(4799,'PA-2026-91526','3bbde3dd6562','XXXXXX-XXXX','2026-06-01','2025-09-15','2026-06-01',1,'751-031',1,'afslaaet',NULL),
(4800,'PA-2026-54238','5b759f9654fd','XXXXXX-XXXX','2026-10-01','2025-10-13',NULL,3,'751-031',1,'tilbudt','2026-03-22'),
(4801,'PA-2026-99372','5d7ca5364c68','XXXXXX-XXXX','2026-11-01','2025-10-21','2026-11-01',2,'751-014',1,'venter',NULL),
(4802,'PA-2026-17635','784344ccaa83','XXXXXX-XXXX','2026-11-01','2025-02-21','2026-11-01',2,'751-014',0,'tilbudt','2026-03-13'),
(4803,'PA-2026-89041','0a3423099631','XXXXXX-XXXX','2026-11-01','2025-03-11','2026-11-01',3,'751-022',0,'accepteret',NULL),
(4804,'PA-2026-67009','f3c8695218b4','XXXXXX-XXXX','2026-09-01','2025-07-27',NULL,2,'751-014',0,'accepteret',NULL),
(4805,'PA-2026-66427','4ac4f83945e6','XXXXXX-XXXX','2026-05-01','2025-08-17','2026-05-01',3,'751-022',0,'afslaaet',NULL),
(4806,'PA-2026-94845','59b3171c88e7','XXXXXX-XXXX','2026-09-01','2025-08-15',NULL,3,'751-014',0,'venter',NULL),
(4807,'PA-2026-85098','0a20bc07e310','XXXXXX-XXXX','2026-08-01','2025-10-15','2026-08-01',2,'751-031',0,'accepteret',NULL),
(4808,'PA-2026-26452','bca5471815a6','XXXXXX-XXXX','2026-04-01','2025-06-26',NULL,3,'751-031',1,'afslaaet',NULL),
(4809,'PA-2026-82531','d43ca00e6f92','XXXXXX-XXXX','2026-08-01','2025-12-12','2026-08-01',3,'751-031',0,'venter',NULL),
(4810,'PA-2026-41996','42de3a4d95c1','XXXXXX-XXXX','2026-04-01','2025-04-14','2026-04-01',3,'751-014',0,'venter',NULL),
(4811,'PA-2026-47922','733846d78bbd','XXXXXX-XXXX','2026-11-01','2025-03-22',NULL,1,'751-014',0,'tilbudt','2026-03-19');
UNLOCK TABLES;

-- Dump completed on 2026-03-01  02:00:07
