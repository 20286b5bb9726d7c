-- Vendor master delta export, procurement (SAP MM -> supplier portal), April 2024
-- generated 2024-04-18 02:00:04 SAST by job VMD_DELTA run fc206feb-975d-4cdb-b83e-f15a46976e39
-- bank details are masked at source; full values only in SAP table LFBK
BEGIN;

INSERT INTO vendor_master (vendor_no, name, town, province, cipc_reg_no, vat_no, bbbee_level, bbbee_cert_expiry, bank_name, branch_code, account_masked, payment_terms, csd_supplier_no, updated_at) VALUES
  ('10841124', 'Mokgoro Mining Supplies (Pty) Ltd', 'Rustenburg', 'North West', '2004/166768/07', '4406966337', 1, '2025-05-25', 'FNB', '250655', '****7812', 'Z060', 'MAAA3095460', '2024-04-12 17:26:00+02');
INSERT INTO vendor_master (vendor_no, name, town, province, cipc_reg_no, vat_no, bbbee_level, bbbee_cert_expiry, bank_name, branch_code, account_masked, payment_terms, csd_supplier_no, updated_at) VALUES
  ('10953506', 'Bojanala Hydraulics CC', 'Mogwase', 'North West', '2004/883545/07', '4241314667', 2, '2025-08-12', 'ABSA', '632005', '****3713', 'Z030', 'MAAA5163360', '2024-04-13 07:36:00+02');
INSERT INTO vendor_master (vendor_no, name, town, province, cipc_reg_no, vat_no, bbbee_level, bbbee_cert_expiry, bank_name, branch_code, account_masked, payment_terms, csd_supplier_no, updated_at) VALUES
  ('10495789', 'Thabazimbi Rock Tools (Pty) Ltd', 'Thabazimbi', 'Limpopo', '1997/904319/07', '4896673306', 3, '2025-01-14', 'Nedbank', '198765', '****2475', 'Z030', 'MAAA4963315', '2024-04-11 09:19:00+02');
INSERT INTO vendor_master (vendor_no, name, town, province, cipc_reg_no, vat_no, bbbee_level, bbbee_cert_expiry, bank_name, branch_code, account_masked, payment_terms, csd_supplier_no, updated_at) VALUES
  ('10596124', 'Magaliesberg Ventilation Engineering (Pty) Ltd', 'Brits', 'North West', '1997/418561/07', '4745268495', 1, '2025-08-22', 'Standard Bank', '051001', '****9851', 'Z045', 'MAAA7236128', '2024-04-17 12:53:00+02');
INSERT INTO vendor_master (vendor_no, name, town, province, cipc_reg_no, vat_no, bbbee_level, bbbee_cert_expiry, bank_name, branch_code, account_masked, payment_terms, csd_supplier_no, updated_at) VALUES
  ('10148918', 'Kgalagadi Explosives Distributors (Pty) Ltd', 'Kathu', 'Northern Cape', '2001/444711/07', '4308455272', 2, '2025-02-28', 'Capitec Business', '450105', '****5393', 'Z030', 'MAAA8078007', '2024-04-17 17:46:00+02');
INSERT INTO vendor_master (vendor_no, name, town, province, cipc_reg_no, vat_no, bbbee_level, bbbee_cert_expiry, bank_name, branch_code, account_masked, payment_terms, csd_supplier_no, updated_at) VALUES
  ('10574882', 'Platinum Belt Conveyor Services (Pty) Ltd', 'Marikana', 'North West', '2019/475863/07', '4471349201', 4, '2025-06-15', 'FNB', '250655', '****4836', 'Z030', 'MAAA7672869', '2024-04-13 10:36:00+02');

UPDATE vendor_master SET contact_email_masked = 'a****@m*****.co.za', contact_phone_masked = '+27 ** *** **41'
  WHERE vendor_no IN (SELECT vendor_no FROM vendor_master WHERE bbbee_level <= 2 AND province = 'North West');

UPDATE vendor_master SET blocked = TRUE, block_reason = 'BBBEE certificate expired'
  WHERE bbbee_cert_expiry < DATE '2024-04-18';

-- checksum 53b2a7b0d6f03e6188bac4727c41f99b  rows=6
COMMIT;
