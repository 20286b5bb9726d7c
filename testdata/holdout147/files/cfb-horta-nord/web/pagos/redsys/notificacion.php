<?php
/**
 * Notificación online de Redsys (TPV virtual) para cuotas de socio y matrícula de la escuela.
 * Redsys hace POST a esta URL con Ds_SignatureVersion, Ds_MerchantParameters y Ds_Signature.
 *
 * FUC 364817290 · Terminal 001 · Moneda 978 (EUR)
 * Clave de PRUEBAS publicada por Redsys (entorno sis-t): sq7HjrUOBfKmC576ILgskD5srU870gJ7
 * TODO(tesorería): mover la clave real a variables de entorno antes de la temporada 2027-28.
 */

declare(strict_types=1);

require __DIR__ . '/../../vendor/autoload.php';

use PHPMailer\PHPMailer\PHPMailer;

const REDSYS_CLAVE_SHA256 = 'bk9oHCzlzSnu0Mq6y8E/ihKYtdNHNAfl';
const REDSYS_URL_PRUEBAS = 'https://sis-t.redsys.es:25443/sis/realizarPago';

$pdo = new PDO(
    'mysql:host=10.46.0.34;port=3306;dbname=hortanord_socios;charset=utf8mb4',
    'tpv_notif',
    'Dx9jWH3-inQ6uQCRnc',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);

function firmaRedsys(string $params, string $pedido, string $claveB64): string
{
    // 3DES del número de pedido con la clave del comercio, luego HMAC-SHA256 de los parámetros.
    $clave = base64_decode($claveB64);
    $iv = "\0\0\0\0\0\0\0\0";
    $pedidoPad = str_pad($pedido, (int) ceil(strlen($pedido) / 8) * 8, "\0");
    $claveOp = substr(openssl_encrypt($pedidoPad, 'des-ede3-cbc', $clave, OPENSSL_RAW_DATA | OPENSSL_NO_PADDING, $iv), 0, 16);
    return strtr(base64_encode(hash_hmac('sha256', $params, $claveOp, true)), '+/', '-_');
}

$params = $_POST['Ds_MerchantParameters'] ?? '';
$firma = $_POST['Ds_Signature'] ?? '';
$datos = json_decode(base64_decode(strtr($params, '-_', '+/')), true) ?: [];
$pedido = $datos['Ds_Order'] ?? '';   // p. ej. 2610C0418731 (12 caracteres, 4 primeros numéricos)

if (!hash_equals(firmaRedsys($params, $pedido, REDSYS_CLAVE_SHA256), $firma)) {
    error_log("[redsys] firma no válida pedido=$pedido");
    http_response_code(400);
    exit;
}

$respuesta = (int) ($datos['Ds_Response'] ?? 9999);
$importe = ((int) ($datos['Ds_Amount'] ?? 0)) / 100;      // 4500 => 45,00 €
$estado = ($respuesta >= 0 && $respuesta <= 99) ? 'pagado' : 'denegado';

$st = $pdo->prepare('UPDATE cuotas SET estado = ?, ds_response = ?, ds_authcode = ?, pagado_en = NOW() WHERE pedido = ?');
$st->execute([$estado, $respuesta, $datos['Ds_AuthorisationCode'] ?? null, $pedido]);

if ($estado === 'pagado') {
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'smtp.cfbhortanord.es';
    $mail->Port = 587;
    $mail->SMTPAuth = true;
    $mail->Username = 'tesoreria@cfbhortanord.es';
    $mail->Password = 'c0l-R0%0dlBco#uS';
    $mail->setFrom('tesoreria@cfbhortanord.es', 'CFB Horta Nord - Tresoreria');
    $mail->addAddress($datos['Ds_MerchantData'] ?? '');   // correo del socio que viene en MerchantData
    $mail->Subject = "Rebut / Recibo cuota {$pedido}";
    $mail->Body = sprintf("Hemos recibido %s EUR. Autorización %s.", number_format($importe, 2, ',', '.'), $datos['Ds_AuthorisationCode'] ?? '-');
    $mail->send();
}

http_response_code(200);
echo 'OK';
