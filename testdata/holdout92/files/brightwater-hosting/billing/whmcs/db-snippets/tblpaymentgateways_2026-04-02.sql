-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: bwhbill_whmcs
-- ------------------------------------------------------
-- Server version	8.0.36
-- Exported 2026-04-02 for ticket DEV-2291 (Stripe webhook 400s after 8.12 upgrade)
-- NOTE: tblpaymentgateways only, plus the tblconfiguration rows we touched.

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `tblpaymentgateways`
--

DROP TABLE IF EXISTS `tblpaymentgateways`;
CREATE TABLE `tblpaymentgateways` (
  `id` int NOT NULL AUTO_INCREMENT,
  `gateway` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `setting` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `value` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `order` int NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `gateway_setting` (`gateway`(32),`setting`(32)),
  KEY `setting_value` (`setting`(32),`value`(32))
) ENGINE=InnoDB AUTO_INCREMENT=64 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

LOCK TABLES `tblpaymentgateways` WRITE;
/*!40000 ALTER TABLE `tblpaymentgateways` DISABLE KEYS */;
INSERT INTO `tblpaymentgateways` VALUES (1,'stripe','name','Credit/Debit Card',1),(2,'stripe','type','CC',0),(3,'stripe','visible','on',0),(4,'stripe','publishableKey','pk_live_51YUM2CwVh9J6qQV4QANB7OkOunXARpRrGO0LDpeE21CDnE1mbXv6pOpEgArWwFvxKk1ODJqZ0npsQ8GVzX7LTzlMYIOA2UGZH5',0),(5,'stripe','secretKey','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',0),(6,'stripe','webhookEndpointSecret','whsec_HqA5oInp8GDMo7CvKlVwiWzardkGtdRA',0),(7,'stripe','statementDescriptor','BRIGHTWATER {InvoiceNumber}',0),(8,'stripe','applePay','on',0),(9,'stripe','allowBankDebits','',0),(10,'stripe','convertto','',0),(11,'stripe','lastWebhookEventId','evt_3PZC9xxZUc2JgNGriaADD07Q',0),
(21,'gocardless','name','Direct Debit (GoCardless)',2),(22,'gocardless','type','Invoices',0),(23,'gocardless','visible','on',0),(24,'gocardless','accessToken','live_tD-JFVfX6PpXArOMjuGWhr7OfDy65NrOdxjLcBIY',0),(25,'gocardless','creditor','CR000PSEP9KVAS',0),(26,'gocardless','paymentDay','1',0),(27,'gocardless','webhookSecret','',0),
(41,'paypal','name','PayPal',3),(42,'paypal','type','Invoices',0),(43,'paypal','visible','on',0),(44,'paypal','email','payments@brightwaterhost.co.uk',0),(45,'paypal','forceonetime','',0),(46,'paypal','forcesubscriptions','',0),(47,'paypal','requireshipping','',0),(48,'paypal','apiusername','',0),(49,'paypal','apipassword','',0),(50,'paypal','apisignature','',0),
(61,'banktransfer','name','Bank Transfer',4),(62,'banktransfer','type','Invoices',0),(63,'banktransfer','instructions','Brightwater Hosting Ltd\r\nSort code 20-45-77  Account 43908211\r\nReference: invoice number only',0);
/*!40000 ALTER TABLE `tblpaymentgateways` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Selected rows from `tblconfiguration`
--

INSERT INTO `tblconfiguration` (`setting`, `value`, `created_at`, `updated_at`) VALUES
('SystemEmailsFromName','Brightwater Hosting','2019-02-11 10:02:51','2026-03-30 14:11:08'),
('SystemEmailsFromEmail','billing@brightwaterhost.co.uk','2019-02-11 10:02:51','2026-03-30 14:11:08'),
('MailType','smtp','2021-06-01 09:00:00','2026-03-30 14:11:08'),
('SMTPHost','smtp-relay.brightwaterhost.co.uk','2021-06-01 09:00:00','2026-03-30 14:11:08'),
('SMTPPort','587','2021-06-01 09:00:00','2026-03-30 14:11:08'),
('SMTPPassword','vydRnSbbrryADQbLqwyxMwH9PfHNkKMClwX7VsLzAu84iv0Cvc3ImrmlrExIDvmQ','2021-06-01 09:00:00','2026-03-30 14:11:08'),
('Version','8.12.1-release.1','2019-02-11 10:02:51','2026-03-29 22:47:15'),
('CronLastRun','2026-04-02 06:05:02','2019-02-11 10:02:51','2026-04-02 06:05:02');
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2026-04-02 11:18:40
