/**
 * Node-RED settings.js – 第3ライン 稼働監視 (黒松精機 本社工場)
 *
 * 変更はこのリポジトリ経由で。認証情報は環境変数（systemd の EnvironmentFile）から読み込む。
 *   NODE_RED_CREDENTIAL_SECRET … flows_cred.json の暗号鍵（1Password「Node-RED line3」に保管）
 *   MQTT_USER / MQTT_PASSWORD   … フロー内で ${MQTT_USER} のように参照
 * adminAuth のパスワードは bcrypt ハッシュ。生成: node-red admin hash-pw
 **/

module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,

    // flows_cred.json を暗号化する鍵。未設定だと Node-RED が自動生成して .config.runtime.json に保存してしまう。
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,

    userDir: '/srv/node-red/line3',
    nodesDir: '/srv/node-red/line3/nodes',

    uiPort: process.env.PORT || 1880,
    uiHost: "localhost",   // 外部公開は nginx（nodered-line3.kuromatsu.local）経由のみ

    adminAuth: {
        type: "credentials",
        users: [
            {
                username: "admin",
                password: "$2b$08$IP9WJvw9LZhxXdJN2YfHFZaPW92qaqJXv.0qAut8aRhtviTct4ply",
                permissions: "*"
            },
            {
                username: "genba",
                password: "$2b$08$fo62HLKDhGIyQ2VVip.4OtUshzSs4NWUpuo0m3c497Gboh470Nm0u",
                permissions: "read"
            }
        ]
    },

    httpNodeAuth: { user: process.env.DASHBOARD_USER, pass: process.env.DASHBOARD_PASS_BCRYPT },
    httpStaticAuth: { user: process.env.DASHBOARD_USER, pass: process.env.DASHBOARD_PASS_BCRYPT },

    https: {
        key: require("fs").readFileSync('/etc/node-red/tls/line3.key'),
        cert: require("fs").readFileSync('/etc/node-red/tls/line3.crt')
    },
    requireHttps: true,

    diagnostics: { enabled: true, ui: true },
    runtimeState: { enabled: false, ui: false },

    logging: {
        console: {
            level: "info",
            metrics: false,
            audit: false
        }
    },

    contextStorage: {
        default: { module: "memory" },
        file: { module: "localfilesystem", config: { flushInterval: 30 } }
    },

    exportGlobalContextKeys: false,

    externalModules: {
        autoInstall: false,
        palette: {
            allowInstall: true,
            allowUpload: false,
            denyList: ['node-red-contrib-*-unsafe']
        }
    },

    editorTheme: {
        page: { title: "Line3 監視 (本番)" },
        header: { title: "黒松精機 Line3" },
        projects: { enabled: false },
        codeEditor: { lib: "monaco" }
    },

    functionExternalModules: true,
    functionGlobalContext: {
        lineId: "L3",
        plcModel: "MELSEC iQ-R R04CPU"
    },
    debugMaxLength: 1000,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000
}
