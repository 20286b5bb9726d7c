-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-rejestracja.orzel.internal    Database: rejestracja
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

-- Zrzut na potrzeby zgłoszenia WYP-2026-031 (wypłata nagrody, finał wiosna 2026).
-- Wiersze innych zawodników zanonimizowane skryptem rodo_anon.py przed przekazaniem księgowości.

DROP TABLE IF EXISTS `kyc_zawodnicy`;
CREATE TABLE `kyc_zawodnicy` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `nr_zgloszenia` varchar(20) NOT NULL,
  `nick` varchar(32) NOT NULL,
  `imie_nazwisko` varchar(120) DEFAULT NULL,
  `email` varchar(190) DEFAULT NULL,
  `telefon` varchar(20) DEFAULT NULL,
  `data_urodzenia` date DEFAULT NULL,
  `pesel_hash` char(64) DEFAULT NULL,
  `dokument_typ` enum('dowod','paszport') DEFAULT NULL,
  `dokument_nr` varchar(12) DEFAULT NULL,
  `iban` varchar(34) DEFAULT NULL,
  `steam_id64` bigint unsigned DEFAULT NULL,
  `status_kyc` enum('nowy','w_weryfikacji','zweryfikowany','odrzucony') NOT NULL DEFAULT 'nowy',
  `kwota_nagrody` decimal(10,2) DEFAULT NULL,
  `podatek_pit` decimal(10,2) DEFAULT NULL,
  `utworzono` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_zgloszenie` (`nr_zgloszenia`)
) ENGINE=InnoDB AUTO_INCREMENT=219 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_polish_ci;

LOCK TABLES `kyc_zawodnicy` WRITE;
/*!40000 ALTER TABLE `kyc_zawodnicy` DISABLE KEYS */;
INSERT INTO `kyc_zawodnicy` VALUES (141,'ORZ-26W-0141','KrzysiekAWP','Krzysztof Wiśniewski','k.wisniewski01@wp.pl','+48 790 209 297','2001-09-23','4f659375062b60b3946807d1796044291149adbd5e1b9d58060e6e73482e7e1a','paszport','NR9216870','PL47109024029785782677733616',76561198163714854,'zweryfikowany',12000.00,1200.00,'2026-03-02 18:41:07'),(142,'ORZ-26W-0142','[usunięto - RODO]',NULL,NULL,NULL,NULL,'88dec7ecb55ce9028f13029c36197e4e0b3878dc95ba875360457f106816a905','dowod',NULL,NULL,76561198500718993,'zweryfikowany',6000.00,600.00,'2026-03-02 18:44:51'),(143,'ORZ-26W-0143','[usunięto - RODO]',NULL,NULL,NULL,NULL,'acfb678139081658a8e2b5eed2ae239c41e861132800fbdb44d04030b79f7ae1','dowod',NULL,NULL,76561198980362948,'w_weryfikacji',6000.00,600.00,'2026-03-03 09:12:30'),(144,'ORZ-26W-0144','[usunięto - RODO]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,76561198098798371,'nowy',NULL,NULL,'2026-03-03 21:05:16'),(145,'ORZ-26W-0145','[usunięto - RODO]',NULL,NULL,NULL,NULL,'7e799aa1cbf3f24f32578ad8383b2a63fa91e39a44aeca99bd2d33b07126a87e','paszport',NULL,NULL,76561198858962224,'odrzucony',NULL,NULL,'2026-03-04 11:47:02');
/*!40000 ALTER TABLE `kyc_zawodnicy` ENABLE KEYS */;
UNLOCK TABLES;

-- PIT: zryczałtowany podatek 10% od nagród w konkursach (art. 30 ust. 1 pkt 2 ustawy o PIT), pobrany przez płatnika.
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2026-04-20 14:08:55
