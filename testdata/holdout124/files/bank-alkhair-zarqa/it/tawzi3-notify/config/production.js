'use strict';

// إعدادات خدمة إشعارات التوزيع (tawzi3-notify) - بيئة الإنتاج
// ترسل تذكير واتساب للأسر قبل موعد استلام الطرد بيوم، وتنبيهات الأخطاء إلى قناة #tawzi3-alerts
// ملاحظة: سيتم نقل المفاتيح إلى متغيرات البيئة (تذكرة #431)

module.exports = {
  env: 'production',
  port: 3000,
  timezone: 'Asia/Amman',

  whatsapp: {
    graphBaseUrl: 'https://graph.facebook.com',
    apiVersion: 'v20.0',
    phoneNumberId: '184449801069344',
    businessAccountId: '268051510632239',
    // رمز وصول دائم لمستخدم النظام tawzi3-bot
    accessToken: 'EAANp3U7MF5YqexHDQB5wGL2e3agXcyR0mpVUlgwiENcZZGbSJJvX7AolOiurgJzaLuaMgpzBmtWGvNgiTFzFYBPpUmkJSrnc0xd0QxZ92kTkmZ3m7IFAb21lwQ2sZ4ESs1feSo4nofjNn9oclnBFNzUcS4SIQQAPTy7SEkz59zFtL2NB22DK5Zl44LsiIqySU',
    webhookVerifyToken: process.env.WA_VERIFY_TOKEN || '',
    templates: {
      reminder: { name: 'tawzi3_reminder_ar', lang: 'ar', params: ['name', 'date', 'site'] },
      changed: { name: 'tawzi3_site_changed_ar', lang: 'ar', params: ['date', 'site'] },
      voucher: { name: 'voucher_ready_ar', lang: 'ar', params: ['voucher_no'] },
    },
    maxPerMinute: 60,
    retry: { attempts: 3, backoffMs: 4000 },
  },

  maps: {
    // خرائط نقاط التوزيع في لوحة المتطوعين
    googleApiKey: 'AIzaEMwP2MZdJbt6LvVSKI0JLo2OOjyRD_0MmJ3',
    defaultCenter: { lat: 32.0728, lng: 36.088 },
    defaultZoom: 13,
  },

  alerts: {
    slackWebhookUrl: 'https://hooks.slack.com/services/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',
    channel: '#tawzi3-alerts',
    notifyOn: ['send_failed', 'quota_low', 'template_rejected'],
  },

  db: {
    host: 'db-khair.internal',
    port: 3306,
    database: 'khair_tawzi3',
    user: 'notify_ro',
    password: process.env.DB_PASSWORD,
  },

  schedule: {
    reminderCron: '0 10 * * 0-4', // الساعة العاشرة صباحاً من الأحد إلى الخميس
    quietHours: { from: '21:00', to: '08:00' },
    ramadanShift: false,
  },

  privacy: {
    maskPhonesInLogs: true, // 9627*****412
    retainDays: 90,
  },
};
