# frozen_string_literal: true

# == Schema Information
#
# Table name: users
#
#  id                 :bigint           not null, primary key
#  email              :string           not null
#  password_digest    :string           not null
#  phone              :string
#  tax_id_ciphertext  :text
#  otp_secret         :string           (encrypted)
#  api_token_digest   :string
#  role               :integer          default("merchant"), not null
#  confirmed_at       :datetime
#  locked_at          :datetime
#  failed_attempts    :integer          default(0), not null
#  created_at         :datetime         not null
#  updated_at         :datetime         not null
#
# Indexes
#
#  index_users_on_email             (email) UNIQUE
#  index_users_on_api_token_digest  (api_token_digest) UNIQUE
#
class User < ApplicationRecord
  MAX_FAILED_ATTEMPTS = 5

  has_secure_password
  encrypts :tax_id
  encrypts :otp_secret

  enum :role, { merchant: 0, merchant_admin: 1, staff: 2 }, validate: true

  belongs_to :merchant, optional: true
  has_many :sessions, dependent: :destroy

  normalizes :email, with: ->(email) { email.strip.downcase }
  normalizes :phone, with: ->(phone) { Phonelib.parse(phone).e164.presence }

  validates :email, presence: true, uniqueness: true, format: { with: URI::MailTo::EMAIL_REGEXP }
  validates :password, length: { minimum: 12, maximum: 72 }, allow_nil: true
  validates :phone, phone: { possible: true, allow_blank: true }
  validate :password_not_email

  generates_token_for :password_reset, expires_in: 15.minutes do
    password_salt&.last(10)
  end

  generates_token_for :email_confirmation, expires_in: 24.hours do
    email
  end

  # Example (seeds / console only):
  #   User.create!(email: "merchant@example.com", password: "correct horse battery staple")

  # API tokens are shown once and only their SHA-256 is stored.
  def self.issue_api_token!(user)
    token = "cbp_#{SecureRandom.base58(32)}"
    user.update!(api_token_digest: Digest::SHA256.hexdigest(token))
    token
  end

  def self.find_by_api_token(token)
    return if token.blank? || !token.start_with?("cbp_")

    digest = Digest::SHA256.hexdigest(token)
    user = find_by(api_token_digest: digest)
    user if user && ActiveSupport::SecurityUtils.secure_compare(user.api_token_digest, digest)
  end

  def self.authenticate_with_lockout(email:, password:)
    user = find_by(email: email.to_s.strip.downcase)
    return nil if user.nil? || user.locked?

    if user.authenticate(password)
      user.update_columns(failed_attempts: 0)
      user
    else
      user.increment!(:failed_attempts)
      user.update_columns(locked_at: Time.current) if user.failed_attempts >= MAX_FAILED_ATTEMPTS
      nil
    end
  end

  def locked?
    locked_at.present? && locked_at > 30.minutes.ago
  end

  def masked_phone
    phone&.then { |p| "#{p[0, 3]}#{'*' * (p.length - 5)}#{p[-2..]}" }
  end

  def masked_tax_id
    tax_id.present? ? "***-**-#{tax_id[-4..]}" : nil
  end

  private

  def password_not_email
    return if password.blank? || email.blank?

    errors.add(:password, :contains_email) if password.downcase.include?(email.split("@").first)
  end
end
