# frozen_string_literal: true

require "sidekiq"
require "sidekiq/web"
require "sidekiq-cron"

# All connection details come from the environment (see config/deploy/*.env in
# the infra repo); nothing secret lives in this file.
redis_options = {
  url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"),
  password: ENV["REDIS_PASSWORD"].presence,
  ssl_params: ENV["REDIS_TLS"] == "1" ? { verify_mode: OpenSSL::SSL::VERIFY_PEER } : nil,
  network_timeout: 5,
  pool_timeout: 5
}.compact

Sidekiq.configure_server do |config|
  config.redis = redis_options
  config.logger.level = Logger.const_get(ENV.fetch("SIDEKIQ_LOG_LEVEL", "INFO"))
  config.queues = %w[critical,6 mailers,4 default,2 low,1]
  config.concurrency = Integer(ENV.fetch("SIDEKIQ_CONCURRENCY", 10))

  config.on(:startup) do
    schedule = {
      "abandoned_carts" => { "cron" => "*/30 * * * *", "class" => "AbandonedCartJob", "queue" => "low" },
      "stock_sync" => { "cron" => "5 * * * *", "class" => "StockSyncJob", "queue" => "default" },
      "nightly_invoices" => { "cron" => "15 2 * * *", "class" => "InvoiceBatchJob", "queue" => "critical" },
      "sitemap" => { "cron" => "0 4 * * 1", "class" => "SitemapJob", "queue" => "low" }
    }
    Sidekiq::Cron::Job.load_from_hash!(schedule)
  end

  config.death_handlers << lambda do |job, ex|
    Sentry.capture_exception(ex, extra: { jid: job["jid"], class: job["class"] })
  end
end

Sidekiq.configure_client do |config|
  config.redis = redis_options
end

# Basic auth for the dashboard. Credentials are injected by the platform as
# SIDEKIQ_WEB_USER / SIDEKIQ_WEB_PASSWORD; compare digests to avoid timing leaks.
Sidekiq::Web.use Rack::Auth::Basic, "Sidekiq" do |username, password|
  expected_user = ENV.fetch("SIDEKIQ_WEB_USER")
  expected_pass = ENV.fetch("SIDEKIQ_WEB_PASSWORD")
  ActiveSupport::SecurityUtils.secure_compare(
    ::Digest::SHA256.hexdigest(username), ::Digest::SHA256.hexdigest(expected_user)
  ) & ActiveSupport::SecurityUtils.secure_compare(
    ::Digest::SHA256.hexdigest(password), ::Digest::SHA256.hexdigest(expected_pass)
  )
end

Sidekiq::Web.use Rack::Session::Cookie,
                 secret: Rails.application.credentials.secret_key_base,
                 same_site: true,
                 max_age: 86_400

Sidekiq.strict_args!(:warn) if Rails.env.development?
