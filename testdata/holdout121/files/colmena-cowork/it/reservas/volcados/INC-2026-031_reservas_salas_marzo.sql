-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: db-reservas.int.colmenacowork.es    Database: reservas
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1
-- Volcado parcial para la incidencia INC-2026-031 (reservas duplicadas vía webhook).
-- Solo tablas salas y reservas_salas, marzo 2026. Sin datos de contacto.

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;

DROP TABLE IF EXISTS `salas`;
CREATE TABLE `salas` (
  `id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `nombre` varchar(80) NOT NULL,
  `sede` char(3) NOT NULL,
  `capacidad` tinyint unsigned NOT NULL,
  `precio_hora_cent` int unsigned NOT NULL COMMENT 'sin IVA',
  `nexudus_resource_id` bigint unsigned DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `salas` WRITE;
INSERT INTO `salas` VALUES (1,'Sala Embajadores','MAD',8,2500,1414766746),(2,'Sala Lavapiés','MAD',20,6000,1414489695),(3,'Cabina Tirso','MAD',1,600,1414165137),(4,'Sala Ruzafa','VLC',10,3000,1414358299),(5,'Sala Turia','VLC',4,1500,1414421401);
UNLOCK TABLES;

DROP TABLE IF EXISTS `reservas_salas`;
CREATE TABLE `reservas_salas` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `codigo` varchar(20) NOT NULL,
  `sala_id` smallint unsigned NOT NULL,
  `socio_nexudus_id` bigint unsigned NOT NULL,
  `inicio` datetime NOT NULL,
  `fin` datetime NOT NULL,
  `importe_cent` int unsigned NOT NULL,
  `iva_cent` int unsigned NOT NULL,
  `estado` enum('confirmada','cancelada','no_show') NOT NULL DEFAULT 'confirmada',
  `origen` varchar(20) NOT NULL,
  `webhook_uuid` char(36) DEFAULT NULL,
  `creada` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_codigo` (`codigo`),
  KEY `fk_sala` (`sala_id`),
  CONSTRAINT `fk_sala` FOREIGN KEY (`sala_id`) REFERENCES `salas` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4501 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `reservas_salas` WRITE;
INSERT INTO `reservas_salas` VALUES (4464,'RS-2026-03-0464',4,1415224412,'2026-03-11 12:00:00','2026-03-11 13:00:00',3000,630,'confirmada','nexudus-webhook','e78346ec-bd27-4aa2-9ef9-ff99066f0c4a','2026-03-02 21:03:55'),(4468,'RS-2026-03-0468',3,1415224412,'2026-03-18 10:00:00','2026-03-18 11:00:00',600,126,'cancelada','app-ios','190f7c24-eb43-4241-99a6-525113cb5983','2026-03-06 09:55:14'),(4469,'RS-2026-03-0469',4,1415225931,'2026-03-16 13:00:00','2026-03-16 15:00:00',6000,1260,'confirmada','nexudus-webhook','28b357a8-c001-474c-9705-1c4c4fe933d5','2026-03-05 09:08:24'),(4470,'RS-2026-03-0470',5,1415225931,'2026-03-15 14:00:00','2026-03-15 17:00:00',4500,945,'no_show','recepcion','1719bfab-6db4-4a9d-85ec-e4d6ed2ba8c8','2026-03-03 16:41:08'),(4473,'RS-2026-03-0473',1,1415226903,'2026-03-10 12:00:00','2026-03-10 13:00:00',2500,525,'cancelada','recepcion','6d405869-04c4-4cd9-a975-41d2ea9185d1','2026-03-01 20:31:46'),(4476,'RS-2026-03-0476',1,1415223380,'2026-03-17 13:00:00','2026-03-17 14:00:00',2500,525,'confirmada','nexudus-webhook','f35b693c-d0d7-4903-a9e1-9a8fac1c2087','2026-03-04 20:57:46'),(4477,'RS-2026-03-0477',4,1415226903,'2026-03-15 14:00:00','2026-03-15 15:00:00',3000,630,'cancelada','recepcion','2a7e9771-55a2-43ea-976e-4d0e31df9bff','2026-03-08 10:45:05'),(4478,'RS-2026-03-0478',4,1415223380,'2026-03-14 13:00:00','2026-03-14 14:00:00',3000,630,'confirmada','app-ios','2ba1d6ab-655d-49a7-8f50-1cc4d38d2768','2026-03-04 19:06:45'),(4481,'RS-2026-03-0481',3,1415224412,'2026-03-15 11:00:00','2026-03-15 12:00:00',600,126,'confirmada','app-ios','bcb25648-7b3f-44bc-91ef-2f9007cebfd0','2026-03-01 11:47:24'),(4483,'RS-2026-03-0483',4,1415225931,'2026-03-11 12:00:00','2026-03-11 13:00:00',3000,630,'no_show','nexudus-webhook','7e65edc8-bc04-4f00-884f-6e68ca8f3ddb','2026-03-08 11:08:05'),(4485,'RS-2026-03-0485',2,1415223380,'2026-03-16 13:00:00','2026-03-16 15:00:00',12000,2520,'cancelada','app-ios','3117c9de-35eb-4457-a722-3e551a07f366','2026-03-05 16:54:53'),(4488,'RS-2026-03-0488',1,1415224412,'2026-03-18 14:00:00','2026-03-18 15:00:00',2500,525,'confirmada','nexudus-webhook','d498d2a4-585f-47f4-aa0d-eef0d3e6a6f1','2026-03-06 09:57:42'),(4492,'RS-2026-03-0492',3,1415226402,'2026-03-11 11:00:00','2026-03-11 12:00:00',600,126,'confirmada','nexudus-webhook','e19d2c9d-c1df-4ddc-a8a4-133368ab812c','2026-03-05 10:13:11'),(4494,'RS-2026-03-0494',2,1415223380,'2026-03-14 12:00:00','2026-03-14 13:00:00',6000,1260,'confirmada','nexudus-webhook','28c00651-3a72-4888-92ef-1ca6f7d5c0a5','2026-03-05 13:08:04'),(4497,'RS-2026-03-0497',3,1415224412,'2026-03-18 09:00:00','2026-03-18 10:00:00',600,126,'cancelada','nexudus-webhook','58e4b4a5-a1f7-46aa-96cb-5b29f9a10641','2026-03-01 13:29:32'),(4500,'RS-2026-03-0500',4,1415226871,'2026-03-11 13:00:00','2026-03-11 14:00:00',3000,630,'confirmada','nexudus-webhook','238cc7be-a5f8-4bbd-9fd8-af7e99f80143','2026-03-01 09:15:36');
UNLOCK TABLES;

-- Dump completed on 2026-03-10 11:02:47
