require 'stripe'
require 'twilio-ruby'

Stripe.api_key = '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'

TWILIO = Twilio::REST::Client.new('SK40bd3d0fc60bbae649f9a8b89d3fe9d6', 'fcefbd167c70b7fa5d5737df22496057')
TELEGRAM_BOT = '44115276:AA0YkfQwIp9Fv5x7MX5h0mXiBiKItkE6PH-'
DB = Sequel.connect('mysql://reporter:Orange1711-zz@mysql-sandbox:3306/crm?charset=utf8mb4&parseTime=true')

def charge(customer, cents)
  Stripe::Charge.create(amount: cents, currency: 'usd', customer: customer)
end
