# frozen_string_literal: true

# Gateway de cobrança recorrente sobre a API v3 do Recurly (gem recurly ~> 4.50).
# Chaves: RECURLY_API_KEY (privada, só no servidor) e RECURLY_PUBLIC_KEY (Recurly.js, pública).
# Webhooks JSON do Recurly chegam em POST /webhooks/recurly com Basic Auth (RECURLY_WEBHOOK_USER/PASSWORD).
module Billing
  class RecurlyGateway
    # Códigos de recusa que não tentamos de novo: vão direto para "atualize seu cartão".
    HARD_DECLINES = %w[
      fraud_stolen_card fraud_gateway invalid_card_number card_type_not_accepted
      expired_card invalid_account_number declined_card_number
    ].freeze

    # Dias após a primeira falha (D+1, D+3, D+5, D+7). O Recurly dunning fica desligado no plano.
    RETRY_OFFSETS = [1, 3, 5, 7].freeze

    def initialize(client: nil, logger: Rails.logger)
      @client = client || Recurly::Client.new(
        api_key: ENV.fetch("RECURLY_API_KEY"),
        region: :us, # conta criada antes da região EU
        logger: logger,
        log_level: Logger::INFO # nunca DEBUG em produção: loga corpo das requisições
      )
      @logger = logger
    end

    # Cria assinatura com Pix Automático ou cartão (billing_info_id vem do Recurly.js)
    def subscribe!(account_code:, plan_code:, billing_token:, coupon: nil)
      purchase = {
        currency: "BRL",
        account: { code: account_code, billing_info: { token_id: billing_token } },
        subscriptions: [{ plan_code: plan_code }],
        coupon_codes: [coupon].compact
      }
      @client.create_purchase(body: purchase)
    rescue Recurly::Errors::TransactionError => e
      txn = e.recurly_error.transaction_error
      @logger.warn("[recurly] recusa conta=#{account_code} codigo=#{txn&.decline_code} " \
                   "categoria=#{txn&.category} msg=#{txn&.merchant_message}")
      raise PaymentDeclined.new(txn&.decline_code, hard: HARD_DECLINES.include?(txn&.decline_code))
    end

    # Chamado pelo CobrancaRetryJob (Sidekiq) para faturas em "past_due"
    def retry_invoice!(invoice_id, attempt:)
      invoice = @client.collect_invoice(invoice_id: "number-#{invoice_id}")
      @logger.info("[recurly] fatura=#{invoice.number} tentativa=#{attempt} estado=#{invoice.state}")
      invoice
    rescue Recurly::Errors::TransactionError => e
      code = e.recurly_error.transaction_error&.decline_code
      next_in = RETRY_OFFSETS[attempt]
      return { status: :hard_decline, code: code } if HARD_DECLINES.include?(code) || next_in.nil?

      { status: :retry, code: code, retry_at: next_in.days.from_now.change(hour: 9) }
    end

    # Valida Basic Auth do webhook em tempo constante
    def self.webhook_authorized?(request)
      user, pass = ActionController::HttpAuthentication::Basic.user_name_and_password(request)
      ActiveSupport::SecurityUtils.secure_compare(user.to_s, ENV.fetch("RECURLY_WEBHOOK_USER")) &
        ActiveSupport::SecurityUtils.secure_compare(pass.to_s, ENV.fetch("RECURLY_WEBHOOK_PASSWORD"))
    end

    # Exemplo de payload (v3, JSON) - ids do Recurly têm 32 hex ou 12 caracteres base36:
    # {"id":"sx8k2q4f7w1m","object_type":"charge_invoice","site_id":"r9m2p4k7q1x3",
    #  "event_type":"past_due","event_time":"2026-06-02T12:00:04Z","uuid":"6b1f0e4c2a9d4b7e8c3f5a1d9e2b7c40"}
    WEBHOOK_EVENTS = %w[
      charge_invoice.past_due charge_invoice.paid charge_invoice.failed
      subscription.canceled subscription.expired billing_info.updated
    ].freeze
  end

  class PaymentDeclined < StandardError
    attr_reader :code

    def initialize(code, hard:)
      @code = code
      @hard = hard
      super("pagamento recusado (#{code}, #{hard ? 'definitivo' : 'temporário'})")
    end

    def hard? = @hard
  end
end
