-- MySQL dump 10.13  Distrib 8.4.3, for Linux (x86_64)
--
-- Host: localhost    Database: kakeibo
-- ------------------------------------------------------
-- Server version	8.4.3
-- 検証環境への移行用（SEC-118：平文の秘密情報が含まれていないことを確認済み）

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
SET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;
SET @@SESSION.SQL_LOG_BIN= 0;

--
-- GTID state at the beginning of the backup 
--

SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ 'f5736c85-21cd-4d86-bb07-d1b61449c549:1-88412307';

--
-- Position to start replication or point-in-time recovery from
--

-- CHANGE REPLICATION SOURCE TO SOURCE_LOG_FILE='binlog.000417', SOURCE_LOG_POS=88412307;

--
-- Table structure for table `api_clients`
--

DROP TABLE IF EXISTS `api_clients`;
CREATE TABLE `api_clients` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `client_id` char(19) NOT NULL COMMENT '公開クライアントID（秘密ではない）',
  `client_secret_hash` varchar(128) NOT NULL COMMENT 'argon2id ハッシュのみ保存',
  `name` varchar(64) NOT NULL,
  `scopes` varchar(255) NOT NULL,
  `revoked_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_api_clients_client_id` (`client_id`)
) ENGINE=InnoDB AUTO_INCREMENT=45 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `api_clients` WRITE;
/*!40000 ALTER TABLE `api_clients` DISABLE KEYS */;
INSERT INTO `api_clients` VALUES (41,'kc_fhkAePK62VSP0QQS','$argon2id$v=19$m=65536,t=3,p=4$2aehGYsb9e9EC8owVp45hw$u39ccPVDXvCQeP7qRmVonMCHsroB9+jPIv0lOMkATls','家計簿アプリ iOS','ledger:rw',NULL,'2025-03-10 00:12:44'),(42,'kc_KhQx4HvumhMQjysN','$argon2id$v=19$m=65536,t=3,p=4$5ztr2c6qLYBFj5i63TjYfw$PhMJTcoyWu4x3fKrKm/Cs7kF/MSBkTRludiPte/dcEU','家計簿アプリ Android','ledger:rw',NULL,'2025-04-11 01:12:44'),(43,'kc_wnu8djkgXFCliz1G','$argon2id$v=19$m=65536,t=3,p=4$utgiSOIOIDcFtNLSkttXGg$ZIuA9TU36W333nZKmDvzX3gxhA7PSdYaWysRwuu1X1g','freee連携','ledger:r export:r',NULL,'2025-05-12 02:12:44'),(44,'kc_s3aBmjKwn9uQf2bI','$argon2id$v=19$m=65536,t=3,p=4$nmK6tgo7BMUxrorccQfT8w$Wm+daDJgAHY9bWiJbifwDINCWIULV4RRBHWR8klifMg','社内BIエクスポート','export:r','2026-10-01 00:00:00','2025-06-13 03:12:44');
/*!40000 ALTER TABLE `api_clients` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `integration_settings`
--

DROP TABLE IF EXISTS `integration_settings`;
CREATE TABLE `integration_settings` (
  `name` varchar(64) NOT NULL,
  `value` varchar(512) NOT NULL COMMENT '秘密情報は参照（vault:/ssm:）のみ',
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `integration_settings` WRITE;
INSERT INTO `integration_settings` VALUES ('line.channel_secret','ssm:/kakeibo/stg/line/channel_secret','2026-11-02 09:00:00'),('stripe.secret_key','vault:secret/data/kakeibo/stg/stripe#secret_key','2026-11-02 09:00:00'),('sendgrid.api_key','<未設定>','2026-11-02 09:00:00'),('webhook.signing_secret','','2026-11-02 09:00:00'),('mail.from_display','かけいぼクラウド','2026-11-02 09:00:00');
UNLOCK TABLES;

--
-- Table structure for table `members`
--

DROP TABLE IF EXISTS `members`;
CREATE TABLE `members` (
  `id` bigint unsigned NOT NULL,
  `email_hmac` char(64) NOT NULL COMMENT 'HMAC-SHA256(email)、平文は保存しない',
  `password_hash` varchar(72) NOT NULL,
  `phone_last4` char(4) DEFAULT NULL,
  `plan` varchar(16) NOT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_members_email_hmac` (`email_hmac`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `members` WRITE;
INSERT INTO `members` VALUES (771201,'9bb1c0d6788981235d728622f9ecfcaca28fb5c80ea355455db7b14dbf7cae33','$2b$10$hO4WJmApMfr8jG85/MFRUPSCk/lDn5RDcipzurSbYT/MqNCMAMVyZ','6606','premium',NULL,'2026-10-02 10:00:33.118204'),(771202,'197639aed6c14ef9356c6dd6ddeaab8b012ba5a3d254f84f733ee9bd44c6cc5d','$2b$10$XllFStyJKpQfsMatW4dRsSOgHwqhCINCJ.mQ7umsxCwPkbJOO3TFA','8592','premium',NULL,'2026-11-03 11:01:33.118204'),(771203,'d1c557672518389d1748876e7b16f76d61111340a0ed74c0bd53bc788ab02f28','$2b$10$HzGkVTH6xPRV4UkeFOJ0Qz5V75bFlXgM3NTwev6gJseh84ep.SOfJ','2069','premium',NULL,'2026-12-04 12:02:33.118204');
UNLOCK TABLES;
SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2027-01-20 19:04:51
