-- Migración: crear tabla unidades y catálogo de tipos (sucursales MTY1, MTY2, SPGG1)
-- Autor: sistemas@  ·  Ticket SIS-536  ·  2024-11-05 08:30:00 CST
-- Revisión: 6a7c49d57564b03c313dacb77ed26b8a5bdc3d71

START TRANSACTION;

CREATE TABLE IF NOT EXISTS tipos_unidad (
  id           SMALLINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  clave        VARCHAR(16)  NOT NULL UNIQUE,
  ancho_m      DECIMAL(4,2) NOT NULL,
  fondo_m      DECIMAL(4,2) NOT NULL,
  area_m2      DECIMAL(6,2) NOT NULL,
  renta_lista  DECIMAL(10,2) NOT NULL COMMENT 'MXN mensual, sin IVA',
  renta_web    DECIMAL(10,2) NOT NULL COMMENT 'precio en línea (-10 %)',
  tasa_iva     DECIMAL(4,2) NOT NULL DEFAULT 0.16,
  creado_en    DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tipos_unidad (clave, ancho_m, fondo_m, area_m2, renta_lista, renta_web, tasa_iva, creado_en) VALUES
  ('5x5', 1.5, 1.5, 2.25, 690.00, 621.0, 0.16, NOW()),
  ('5x10', 1.5, 3.0, 4.5, 1150.00, 1035.0, 0.16, NOW()),
  ('10x10', 3.0, 3.0, 9.0, 1650.00, 1485.0, 0.16, NOW()),
  ('10x15', 3.0, 4.5, 13.5, 2290.00, 2061.0, 0.16, NOW()),
  ('10x20', 3.0, 6.0, 18.0, 2890.00, 2601.0, 0.16, NOW()),
  ('caja_seca', 2.4, 6.0, 14.4, 2450.00, 2205.0, 0.16, NOW());

CREATE TABLE IF NOT EXISTS unidades (
  id             INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  uuid           CHAR(36) NOT NULL UNIQUE,
  sucursal       ENUM('MTY1','MTY2','SPGG1') NOT NULL,
  numero         VARCHAR(8) NOT NULL COMMENT 'p. ej. B-118, C-207',
  tipo_id        SMALLINT UNSIGNED NOT NULL,
  piso           TINYINT NOT NULL DEFAULT 0,
  clima          BOOLEAN NOT NULL DEFAULT FALSE,
  estatus        ENUM('disponible','rentada','reservada','bloqueada','remate','mantenimiento') NOT NULL,
  sensor_puerta  VARCHAR(16) NULL COMMENT 'sensor de puerta (SNS-...)',
  candado_serie  VARCHAR(20) NULL,
  latitud        DECIMAL(9,6) NULL,
  longitud       DECIMAL(9,6) NULL,
  actualizado_en DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY uq_sucursal_numero (sucursal, numero),
  CONSTRAINT fk_unidades_tipo FOREIGN KEY (tipo_id) REFERENCES tipos_unidad (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- unidades de ejemplo para ambiente de pruebas (no producción)
INSERT INTO unidades (uuid, sucursal, numero, tipo_id, piso, clima, estatus, sensor_puerta, candado_serie, latitud, longitud) VALUES
  ('63c80106-6c4f-48fc-b8ad-7c0370cecc42', 'MTY2', 'B-118', 3, 0, FALSE, 'rentada',  'SNS-4B1OFCQ2', 'CDL-6716928', 25.7461, -100.4011),
  ('769a7b75-95bf-4ae2-879b-71a7ef6fb417', 'MTY2', 'C-207', 2, 1, TRUE,  'remate',   'SNS-3XXB531F', 'CDL-5857216', 25.7462, -100.4013),
  ('efd8f681-1c5a-4dd7-8423-c4cd664cc445', 'MTY1', 'A-004', 1, 0, FALSE, 'disponible', NULL, NULL, 25.6866, -100.3161);

COMMIT;
