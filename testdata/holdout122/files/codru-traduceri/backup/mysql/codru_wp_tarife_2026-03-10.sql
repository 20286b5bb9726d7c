-- MySQL dump 10.13  Distrib 8.0.41, for Linux (x86_64)
--
-- Host: localhost    Database: codru_wp
-- ------------------------------------------------------
-- Server version	8.0.41-0ubuntu0.24.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `wp_codru_tarife`
--

DROP TABLE IF EXISTS `wp_codru_tarife`;
CREATE TABLE `wp_codru_tarife` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `pereche` varchar(8) NOT NULL,
  `pret_pagina` decimal(8,2) NOT NULL COMMENT 'MDL / pagină de 1800 caractere',
  `activ` tinyint(1) NOT NULL DEFAULT '1',
  `actualizat` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pereche` (`pereche`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `wp_codru_tarife` WRITE;
INSERT INTO `wp_codru_tarife` VALUES (1,'ro-ru',350.00,1,'2026-01-04 10:44:00'),(2,'ru-ro',120.00,0,'2026-01-04 10:22:00'),(3,'ro-en',380.00,0,'2026-01-01 10:56:00'),(4,'en-ro',160.00,1,'2026-01-01 10:56:00'),(5,'ro-zh',380.00,1,'2026-01-07 10:55:00'),(6,'zh-ro',350.00,1,'2026-01-05 10:52:00'),(7,'uk-ro',120.00,1,'2026-01-06 10:36:00'),(8,'ro-uk',220.00,1,'2026-01-08 10:34:00'),(9,'ro-de',140.00,1,'2026-01-08 10:26:00'),(10,'ro-fr',380.00,0,'2026-01-05 10:38:00'),(11,'tr-ro',380.00,0,'2026-01-08 10:15:00'),(12,'ro-it',220.00,1,'2026-01-07 10:24:00');
UNLOCK TABLES;

--
-- Table structure for table `wp_codru_statusuri`
--

DROP TABLE IF EXISTS `wp_codru_statusuri`;
CREATE TABLE `wp_codru_statusuri` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `cod` varchar(20) NOT NULL,
  `eticheta_ro` varchar(60) NOT NULL,
  `eticheta_ru` varchar(60) NOT NULL,
  `ordine` smallint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `wp_codru_statusuri` WRITE;
INSERT INTO `wp_codru_statusuri` VALUES (1,'nou','Nou','Новый',10),(2,'in_lucru','În lucru','В работе',20),(3,'revizie','Revizie','Редактура',30),(4,'legalizare','La notar','У нотариуса',40),(5,'apostila','Apostilare','Апостиль',50),(6,'gata','Gata de ridicare','Готов к выдаче',60),(7,'livrat','Livrat','Выдан',70);
UNLOCK TABLES;

--
-- Dumping data for table `wp_options` (filtered: --where="option_name LIKE 'codru\_%' OR option_name='cron'")
--

LOCK TABLES `wp_options` WRITE;
INSERT INTO `wp_options` VALUES (963,'codru_calc_settings','a:4:{s:6:\"moneda\";s:3:\"MDL\";s:7:\"urgenta\";d:1.5;s:8:\"apostila\";i:250;s:5:\"notar\";i:150;}','yes'),(1012,'codru_smtp_from_name','Codru Traduceri','yes'),(1142,'codru_recaptcha_site_key','6Le4dKPaE1QjKBuJqgDXx_JigAzijSfL7ibhDd1F','yes'),(1201,'codru_recaptcha_secret','','yes'),(1380,'cron','a:3:{i:1773672705;a:1:{s:16:\"wp_version_check\";a:1:{s:32:\"c5a598e6160635ee0901b4ce6a77469c\";a:2:{s:8:\"schedule\";s:10:\"twicedaily\";s:4:\"args\";a:0:{}}}}i:1773621953;a:1:{s:17:\"codru_sync_tarife\";a:1:{s:32:\"3e80852cff25ce6d0e391b291744a335\";a:2:{s:8:\"schedule\";s:5:\"daily\";s:4:\"args\";a:0:{}}}}s:7:\"version\";i:2;}','yes');
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;

-- Dump completed on 2026-03-10  3:00:02
