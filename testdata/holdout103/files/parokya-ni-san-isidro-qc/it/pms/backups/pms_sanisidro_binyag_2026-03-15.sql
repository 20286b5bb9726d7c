-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: pms_sanisidro
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `binyag`
--

DROP TABLE IF EXISTS `binyag`;
CREATE TABLE `binyag` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `book_no` smallint NOT NULL,
  `page_no` smallint NOT NULL,
  `line_no` tinyint NOT NULL,
  `pangalan` varchar(160) NOT NULL,
  `petsa_ng_binyag` date NOT NULL,
  `petsa_ng_kapanganakan` date DEFAULT NULL,
  `lugar_ng_kapanganakan` varchar(80) DEFAULT NULL,
  `ama` varchar(120) DEFAULT NULL,
  `ina` varchar(120) DEFAULT NULL,
  `ninong_ninang` text,
  `pari` varchar(120) DEFAULT NULL,
  `contact_no` varchar(20) DEFAULT NULL,
  `reg_no` varchar(16) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_book_page_line` (`book_no`,`page_no`,`line_no`),
  KEY `idx_petsa_ng_binyag` (`petsa_ng_binyag`)
) ENGINE=InnoDB AUTO_INCREMENT=4415 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `binyag`
--
-- WHERE:  petsa_ng_binyag >= '2026-03-28'


LOCK TABLES `binyag` WRITE;
/*!40000 ALTER TABLE `binyag` DISABLE KEYS */;
INSERT INTO `binyag` VALUES (4412,42,118,3,'Gabriel Luis Mercado Dizon','2026-03-28','2026-01-12','Quezon City','Paolo Reyes Dizon','Ana Marie Mercado','Jerome Santos; Rico Bautista; Kath Villanueva; Joy Ramos','Rev. Fr. Noel C. Agbayani','09174823391','B-2026-0318','2026-03-10 16:14:48'),(4413,42,118,4,'Sofia Mae Lacson Ortega','2026-03-28','2025-11-30','Marikina City','Benjie Ortega','Maricel Lacson','Dennis Lim; Aileen Cruz','Rev. Fr. Noel C. Agbayani',NULL,'B-2026-0383','2026-03-14 08:25:29'),(4414,42,119,1,'Juan Miguel Tan Aquino','2026-03-29','2025-12-08','Quezon City','Mark Anthony Aquino','Christine Tan','Rodel Garcia; Liza Mendoza; Arnel Uy; Grace Lopez','Rev. Msgr. Ramon de la Paz','+63 998 215 0736','B-2026-0376','2026-03-10 12:30:44');
/*!40000 ALTER TABLE `binyag` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `settings`
--

DROP TABLE IF EXISTS `settings`;
CREATE TABLE `settings` (
  `name` varchar(64) NOT NULL,
  `value` text,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `settings` WRITE;
INSERT INTO `settings` VALUES ('backup_target','ftp://pmsbackup:LbrdrzovBgs1977@nas-opisina.local/pms/','2026-01-09 10:12:44'),('cert_footer','Given this {day} day of {month}, {year} at the Parish of San Isidro Labrador, Quezon City','2025-06-02 09:00:00'),('gcash_merchant','San Isidro Labrador Parish QC (merchant id 4498272094)','2025-08-19 14:31:02'),('next_reg_no','B-2026-0400','2026-03-14 16:05:51'),('semaphore_sender','SANISIDROQC','2025-08-19 14:31:02'),('semaphore_apikey',NULL,'2025-08-19 14:31:02');
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;

-- Dump completed on 2026-03-15 22:00:03
