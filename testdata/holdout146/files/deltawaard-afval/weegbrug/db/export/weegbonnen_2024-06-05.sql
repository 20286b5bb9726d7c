-- Export weegbrugsoftware WeegPlus 7.4.2 - overslagstation Botlek / milieustraat Spijkenisse
-- Gegenereerd: 2024-06-05 18:02:11 door job nightly_export (database weegbrug_prod, host wb-db01.botlek.deltawaard.local)
-- Controlegetal export: 7fd9fce28f73260877f06aea0a0fd687bb2d71e7997112f4ad03eec451771b12
SET NAMES utf8mb4;
SET time_zone = '+02:00';

CREATE TABLE IF NOT EXISTS `weegbonnen` (
  `bonnummer` bigint NOT NULL,
  `datum` date NOT NULL,
  `tijd_in` time NOT NULL,
  `tijd_uit` time DEFAULT NULL,
  `kenteken` varchar(12) NOT NULL,
  `klantnummer` int NOT NULL,
  `klantnaam` varchar(80) NOT NULL,
  `afvalstroomnummer` char(12) NOT NULL COMMENT 'LMA afvalstroomnummer',
  `euralcode` varchar(9) NOT NULL,
  `omschrijving` varchar(80) DEFAULT NULL,
  `bruto_kg` int NOT NULL,
  `tarra_kg` int NOT NULL,
  `netto_kg` int NOT NULL,
  `ijkgeheugen_id` varchar(20) NOT NULL COMMENT 'alibi/ijkgeheugen volgens NMi-certificaat TC8872',
  `weegbrug` char(3) NOT NULL,
  `operator` varchar(8) NOT NULL,
  PRIMARY KEY (`bonnummer`),
  KEY `ix_datum_klant` (`datum`,`klantnummer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `weegbonnen` (`bonnummer`,`datum`,`tijd_in`,`tijd_uit`,`kenteken`,`klantnummer`,`klantnaam`,`afvalstroomnummer`,`euralcode`,`omschrijving`,`bruto_kg`,`tarra_kg`,`netto_kg`,`ijkgeheugen_id`,`weegbrug`,`operator`) VALUES
(2024041874,'2024-06-05','07:36:33','07:47:24','BX-412-K',100412,'Gemeente Nissewaard','60418A102733','20 03 01','Huishoudelijk restafval',24860,16420,8440,'A-0412-18871','WB1','rvo'),
(2024041875,'2024-06-05','08:18:14','08:42:23','VTR-18-N',100412,'Gemeente Nissewaard','60418A102734','20 01 01','Oud papier en karton',13240,11080,2160,'A-0412-18873','WB2','jdv'),
(2024041876,'2024-06-05','09:11:34','09:24:45','12-BLD-4',102287,'Bouwbedrijf Van Rhoon B.V.','71127A400912','17 09 04','Gemengd bouw- en sloopafval',31980,14460,17520,'A-0412-18875','WB1','rvo'),
(2024041877,'2024-06-05','09:48:09','09:57:58','BX-412-K',100412,'Gemeente Nissewaard','60418A102733','20 03 01','Huishoudelijk restafval',23780,16420,7360,'A-0412-18877','WB2','jdv'),
(2024041881,'2024-06-05','10:24:49','10:41:24','VKL-77-J',103561,'Hoveniersbedrijf Groenrijk','60418A102741','20 02 01','Groenafval',9120,7340,1780,'A-0412-18879','WB1','rvo'),
(2024041882,'2024-06-05','10:56:39','11:10:31','83-BPS-2',104118,'Kringloop De Spijker','60418A102760','20 03 07','Grofvuil',8460,6920,1540,'A-0412-18881','WB2','mbk'),
(2024041885,'2024-06-05','11:27:36','11:43:17','VTR-18-N',100412,'Gemeente Nissewaard','60418A102752','15 01 02','PMD',14420,11080,3340,'A-0412-18883','WB1','rvo'),
(2024041888,'2024-06-05','11:50:59','12:10:28','12-BLD-4',102287,'Bouwbedrijf Van Rhoon B.V.','71127A400913','17 01 07','Puin, gemengd',35120,14460,20660,'A-0412-18885','WB2','mbk');

-- Totaal netto 2024-06-05: zie rapport RPT-WB-DAG (controle tegen LMA-maandmelding 202406)
