<?php  // Moodle configuration file - Campus Virtual UVO (nodo moodle-prod-02)
// Gestionado por el Servicio de Informática (SIUVO). Cambios: ticket en el CAU, cola "Campus Virtual".
// Última revisión: 2026-01-26 (actualización a 4.4.3, cambio REQ-CV-2026-0041).

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = '10.40.12.31';   // pg-cv-01 (primario); réplica de lectura en pg-cv-02
$CFG->dbname    = 'moodle_cv';
$CFG->dbuser    = 'moodle_cv_app';
$CFG->dbpass    = 'Vd0r0#Moodle-2144war';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => 5432,
  'dbsocket' => '',
  'dbhandlesoptions' => false,
  'readonly' => [
    'instance' => ['pg-cv-02.uvo.local'],
    'connecttimeout' => 2,
    'latency' => 0.5,
  ],
);

$CFG->wwwroot   = 'https://campusvirtual.valdeoro.es';
$CFG->dataroot  = '/srv/moodledata';
$CFG->admin     = 'admin';
$CFG->directorypermissions = 02770;

// Sal de contraseñas heredada de la instalación de 2014: NO cambiar (invalidaría los hashes antiguos).
$CFG->passwordsaltmain = '5!SA8GW5^niQi?n!mq(#S?l?72%T{!6d!2q~Iv1TQ-;v';

// Sesiones en Redis (sin auth: red interna de sesiones, VLAN 412)
$CFG->session_handler_class = '\core\session\redis';
$CFG->session_redis_host = 'redis-cv.uvo.local';
$CFG->session_redis_port = 6379;
$CFG->session_redis_database = 2;
$CFG->session_redis_auth = '';
$CFG->session_redis_prefix = 'cvsess_';

// Correo saliente (relay institucional)
$CFG->smtphosts = 'smtp.valdeoro.es:587';
$CFG->smtpsecure = 'tls';
$CFG->smtpauthtype = 'LOGIN';
$CFG->smtpuser = 'moodle-cv';
$CFG->smtppass = '9UhtF0I8QYbTTeV9';
$CFG->noreplyaddress = 'noreply-campusvirtual@valdeoro.es';
$CFG->emailheaders = "X-UVO-Origen: campus-virtual";

// Ajustes de rendimiento y exámenes (convocatoria ordinaria enero-febrero)
$CFG->preventexecpath = true;
$CFG->pathtophp = '/usr/bin/php8.2';
$CFG->pathtodu = '/usr/bin/du';
$CFG->localcachedir = '/var/cache/moodle-local';
$CFG->tempdir = '/srv/moodletemp';
$CFG->forced_plugin_settings = [
  'quiz' => ['autosaveperiod' => 60],
  'plagiarism_compilatio' => ['apikey' => getenv('COMPILATIO_API_KEY') ?: ''],
  'logstore_standard' => ['loglifetime' => 365],
];

require_once(__DIR__ . '/lib/setup.php');
// There is no php closing tag in this file,
// it is intentional because it prevents trailing whitespace problems!
