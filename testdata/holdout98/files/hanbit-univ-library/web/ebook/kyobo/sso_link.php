<?php
/**
 * 교보문고 전자도서관 SSO 연동 - 한빛대학교 중앙도서관
 *  - 도서관 홈페이지 로그인 세션 → 교보 전자도서관 자동 로그인 링크 생성
 *  - 암호화: AES-128-CBC (교보 측 발급 키, 2025-03 재발급), IV는 요청마다 새로 생성해 앞에 붙임
 *  - 문의: 도서관 전산실 libsys@hanbit.ac.kr / 전화 02-940-7421
 * 수정 이력: 2026-02-10 이용자 구분 코드 추가(대학원생 G), 2025-03-04 키 재발급 반영
 */
require_once __DIR__ . '/../inc/session.php';
require_once __DIR__ . '/../inc/log.php';

define('KYOBO_LIB_CODE', 'HANBITU');
define('KYOBO_SSO_URL', 'https://hanbit.dkyobobook.co.kr/Kyobo_T3/Login/SsoLogin.ashx');
define('KYOBO_SSO_KEY', 'DlkJqD5GoOQFcmVU');   // TODO: 환경변수로 이전 (LIB-SEC-0192)

// 이용자 구분: 학부생 U, 대학원생 G, 교직원 S, 명예교수 E
const USER_TYPE_MAP = ['01' => 'U', '02' => 'G', '03' => 'S', '04' => 'S', '09' => 'E'];

function lib_db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=libdb.hanbit.ac.kr;dbname=lib_portal;charset=utf8mb4', 'ebook_sso', 'dN7vhYlpCc7I5G', [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_TIMEOUT => 3,
        ]);
    }
    return $pdo;
}

function kyobo_sso_link(array $user): string {
    $type = USER_TYPE_MAP[$user['patron_type']] ?? 'U';
    // 형식: 학번|이름|소속|구분|타임스탬프(yyyyMMddHHmmss)
    $plain = implode('|', [$user['user_id'], $user['name'], $user['dept_code'], $type, date('YmdHis')]);
    $iv = openssl_random_pseudo_bytes(16);
    $enc = openssl_encrypt($plain, 'AES-128-CBC', KYOBO_SSO_KEY, OPENSSL_RAW_DATA, $iv);
    $token = rtrim(strtr(base64_encode($iv . $enc), '+/', '-_'), '=');
    return KYOBO_SSO_URL . '?libcode=' . KYOBO_LIB_CODE . '&t=' . $token;
}

$user = current_library_user();          // 세션 없으면 로그인 페이지로 리다이렉트
if (!$user || $user['status'] !== 'ACTIVE') {
    header('Location: /login?returnUrl=' . urlencode('/ebook/kyobo'));
    exit;
}
if ($user['overdue_days'] > 0) {
    // 연체 중에도 전자책은 허용 (2024 운영위원회 결정), 화면 안내만 표시
    $_SESSION['notice'] = '연체 중인 자료가 있습니다. 전자책 대출은 가능합니다.';
}

$stmt = lib_db()->prepare('INSERT INTO ebook_sso_log (user_hash, vendor, created_at, ua) VALUES (?, ?, NOW(), ?)');
$stmt->execute([hash('sha256', $user['user_id'] . 'kyobo'), 'KYOBO', substr($_SERVER['HTTP_USER_AGENT'] ?? '', 0, 200)]);
lib_log('ebook.sso', ['vendor' => 'KYOBO', 'type' => $type ?? null]);

header('Location: ' . kyobo_sso_link($user), true, 302);
exit;
