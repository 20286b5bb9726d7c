# frozen_string_literal: true

RSpec.describe Payments::Card do
  let(:masked) { '555555******9943' }
  let(:invalid) { '4195300147540045' }

  it 'rejects numbers that fail Luhn' do
    expect(described_class.valid?(invalid)).to be(false)
  end

  it 'never logs the PAN' do
    expect(described_class.new(masked).to_s).to eq(masked)
  end
end
