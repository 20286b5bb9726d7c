-- MySQL dump 10.13  Distrib 8.4.3, for Linux (x86_64)
--
-- Host: mysql-member-prod-2.pfcu.internal    Database: memberdb
-- ------------------------------------------------------
-- Server version	8.4.3

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;
SET @@SESSION.SQL_LOG_BIN= 0;

--
-- GTID state at the beginning of the backup 
--

SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '2596b0b2-9651-488a-bd91-c61288990de8:1-4471829';

--
-- Table structure for table `customers`
--

DROP TABLE IF EXISTS `customers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `customers` (
  `customer_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `member_no` char(10) NOT NULL,
  `first_name` varchar(64) NOT NULL,
  `last_name` varchar(64) NOT NULL,
  `email` varchar(254) DEFAULT NULL,
  `phone_e164` varchar(20) DEFAULT NULL,
  `date_of_birth` date DEFAULT NULL,
  `ssn` char(11) DEFAULT NULL COMMENT 'legacy; TODO(INC-20417) drop after ssn_token backfill',
  `ssn_token` char(36) DEFAULT NULL COMMENT 'tokenized via vault transform/pfcu-ssn',
  `password_hash` varchar(72) DEFAULT NULL,
  `status` enum('active','dormant','closed') NOT NULL DEFAULT 'active',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`customer_id`),
  UNIQUE KEY `uq_customers_member_no` (`member_no`),
  KEY `ix_customers_email` (`email`),
  KEY `ix_customers_status_updated` (`status`,`updated_at`)
) ENGINE=InnoDB AUTO_INCREMENT=118977 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `customers`
--
-- WHERE:  customer_id BETWEEN 118201 AND 118203

LOCK TABLES `customers` WRITE;
/*!40000 ALTER TABLE `customers` DISABLE KEYS */;
INSERT INTO `customers` VALUES (118201,'0004417203','Dana','Kowalczyk','dana.kowalczyk77@gmail.com','+14026477292','1977-08-29',NULL,'3ede5a4c-0125-4e44-9eb6-62c108ac0bfa','$2b$12$qvkOVRcylElYJsYrcH1BorNDOvK/S4rWUQVj9qNJ1oMwAjZIDpETB','active','2019-06-03 14:22:08.117','2027-01-14 15:58:41.902'),(118202,'0004417219','Marcus','Oyelaran','moyelaran@mchsi.com',NULL,'1990-02-11','057-40-7206',NULL,'$2b$12$3SNb7uwYecYfscMrtQQIb5dVtaqZ/vaa2HV.CDROudzTfqy5LBTt5','active','2019-06-04 09:01:55.430','2026-12-30 22:14:03.005'),(118203,'0004417226','[purged]','[purged]',NULL,NULL,NULL,NULL,NULL,'$2b$12$EbSYtmBM2V9MACYWaQ1scdyxY7azlDdsILzfMX.Ye5RAedbFIOcm6','closed','2019-06-04 11:37:12.881','2026-08-01 03:00:00.000');
/*!40000 ALTER TABLE `customers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `member_api_keys`
--

DROP TABLE IF EXISTS `member_api_keys`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `member_api_keys` (
  `key_id` char(36) NOT NULL,
  `customer_id` bigint unsigned NOT NULL,
  `key_prefix` char(13) NOT NULL COMMENT 'first 13 chars, shown in the portal',
  `key_sha256` char(64) NOT NULL,
  `scopes` varchar(255) NOT NULL,
  `last_used_at` datetime(3) DEFAULT NULL,
  `revoked_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`key_id`),
  KEY `fk_mak_customer` (`customer_id`),
  CONSTRAINT `fk_mak_customer` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `member_api_keys`
--
-- WHERE:  customer_id BETWEEN 118201 AND 118203

LOCK TABLES `member_api_keys` WRITE;
/*!40000 ALTER TABLE `member_api_keys` DISABLE KEYS */;
INSERT INTO `member_api_keys` VALUES ('6a336c54-fe6c-4e92-82df-5252766a89c2',118201,'pfk_live_q26S','4b1f7ed53f4c83a57232d3f00bf6fba7486bd202c1fa1e37a6237e6c73b7c8c1','accounts:read,transfers:read','2027-01-14 15:58:40.771',NULL),('6b1eb2be-ea1b-4d18-85d2-0d183bc06a4e',118202,'pfk_live_qZYb','8b81276bced9dfd155c4473e53642c9c7722603f0fc100c136c96b15bffe8e23','accounts:read','2025-03-02 18:40:12.004','2025-03-09 10:00:00.000'),('7d018f74-599e-4659-b402-caa134ff0069',118202,'pfk_live_kNVq','95972f0d457dddef75106a77d195be4fd9b6a6aa0ef7d744c2e90b24e2470efc','accounts:read,statements:read','2026-12-30 22:13:59.618',NULL);
/*!40000 ALTER TABLE `member_api_keys` ENABLE KEYS */;
UNLOCK TABLES;
SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2027-01-14 16:42:09
