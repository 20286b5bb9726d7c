require 'stripe'
require 'twilio-ruby'

Stripe.api_key = 'sk_test_HNVnqd5UyzkrQ2HvhhewjPdZ'

TWILIO = Twilio::REST::Client.new('SKb7c682481221fb9d02b6202336604528', '6f95c9200588720e88b6be8816125ae5')
TELEGRAM_BOT = '3356260560:AArM9aXVYEMw9KTOSji5kzwegouUIDO495A'
DB = Sequel.connect('mysql://django:Coffee8619.Oj@mysql.data.svc.cluster.local:3306/ledger?charset=utf8mb4&parseTime=true')

def charge(customer, cents)
  Stripe::Charge.create(amount: cents, currency: 'usd', customer: customer)
end
