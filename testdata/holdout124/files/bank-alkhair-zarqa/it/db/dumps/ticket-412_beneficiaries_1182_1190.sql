-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-khair.internal    Database: khair_tawzi3
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1
-- تذكرة #412: تكرار مستفيدين بعد دمج ملفات فرع الرصيفة
-- mysqldump --single-transaction --where="id IN (1182,1190)" khair_tawzi3 beneficiaries
--          + areas, parcel_types كاملة للمقارنة

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `areas`
--

DROP TABLE IF EXISTS `areas`;
CREATE TABLE `areas` (
  `id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `name_ar` varchar(80) NOT NULL,
  `code` varchar(10) NOT NULL,
  `governorate` varchar(20) NOT NULL DEFAULT 'الزرقاء',
  `lat` decimal(9,6) DEFAULT NULL,
  `lng` decimal(9,6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_code` (`code`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `areas` WRITE;
INSERT INTO `areas` VALUES (1,'الزرقاء الجديدة','ZRQ-01','الزرقاء',32.061540,36.101220),(2,'حي معصوم','ZRQ-02','الزرقاء',32.071980,36.089410),(3,'الرصيفة - حي الجندي','RSF-01','الزرقاء',32.017330,36.046720),(4,'الهاشمية','HSH-01','الزرقاء',32.127050,36.111630),(5,'مخيم الزرقاء','ZRQ-CMP','الزرقاء',32.066110,36.083700);
UNLOCK TABLES;

--
-- Table structure for table `beneficiaries`
--

DROP TABLE IF EXISTS `beneficiaries`;
CREATE TABLE `beneficiaries` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `file_no` varchar(16) NOT NULL COMMENT 'رقم الملف',
  `full_name` varchar(120) NOT NULL,
  `nationality` enum('JO','SY','IQ','YE','SD','OTHER') NOT NULL,
  `national_no` char(10) DEFAULT NULL COMMENT 'الرقم الوطني للأردنيين',
  `unhcr_case` varchar(16) DEFAULT NULL COMMENT 'رقم ملف المفوضية',
  `passport_no` varchar(12) DEFAULT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `birth_date` date DEFAULT NULL COMMENT 'تاريخ الميلاد لرب الأسرة',
  `family_size` tinyint unsigned NOT NULL,
  `area_id` smallint unsigned NOT NULL,
  `naf_file_no` varchar(16) DEFAULT NULL COMMENT 'صندوق المعونة الوطنية',
  `vulnerability_score` decimal(4,1) DEFAULT NULL,
  `registered_at` datetime NOT NULL,
  `merged_from` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_file_no` (`file_no`),
  KEY `idx_area` (`area_id`)
) ENGINE=InnoDB AUTO_INCREMENT=2417 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `beneficiaries` WRITE;
INSERT INTO `beneficiaries` VALUES (1182,'KH-ZRQ-04417','فاطمة أحمد الخطيب (أم محمد)','JO','9791012384',NULL,NULL,'+962 79 541 2276','1979-04-11',7,2,'NAF-2023-118804',71.5,'2025-11-02 10:14:09',NULL),(1190,'KH-RSF-00913','محمود خالد العلي','SY',NULL,'945-21C04417','N011874532','0786 330 914','1986-08-30',5,3,NULL,64.0,'2026-02-19 12:40:51','KH-ZRQ-04521');
UNLOCK TABLES;

--
-- Table structure for table `parcel_types`
--

DROP TABLE IF EXISTS `parcel_types`;
CREATE TABLE `parcel_types` (
  `code` varchar(12) NOT NULL,
  `name_ar` varchar(80) NOT NULL,
  `weight_kg` decimal(5,2) NOT NULL,
  `cost_jod` decimal(8,3) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `parcel_types` WRITE;
INSERT INTO `parcel_types` VALUES ('PRC-STD','طرد غذائي شهري (أسرة 5 أفراد)',18.50,24.750),('PRC-LRG','طرد غذائي كبير (أسرة 8+)',27.00,36.400),('PRC-RMD','طرد رمضان',22.00,31.250),('VCH-25','قسيمة شرائية 25 دينار',0.00,25.000);
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2026-05-01  3:15:22
