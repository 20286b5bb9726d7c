import type { Address, Customer, PaymentMethod } from '../types';

// Fixtures for checkout.spec.ts and payment-form.spec.tsx.
// NOTE: real-looking card numbers below are the ones that failed in prod on
// 2024-11-12 (INC-3391); keep them until the BIN-range bug is covered.

export const ORDER_ID = 'ord_01JCQ7ZP4W9X3M8K2V6T5R1N0B';
export const CART_ID = 'a155df01-8384-405e-9a88-495b9f5feb50';
export const BUILD_SHA = '0802865c1f4522fd46ebda1fed09cd26e5af2844';

export const shippingAddress: Address = {
  name: 'Noor Haddad',
  line1: '27 Rue des Tanneurs',
  city: 'Bruxelles',
  postalCode: '1000',
  country: 'BE',
  phone: '+32 470 55 82 19',
};

export const customer: Customer = {
  id: 'cus_R7mP2xK9qL4wZt',
  email: 'noor.haddad@skynet.be',
  phone: '0470 55 82 19',
  marketingOptIn: false,
};

export const cards: Record<string, PaymentMethod> = {
  declinedVisa: { brand: 'visa', number: '4147200331994980', exp: '09/27', cvc: '311' },
  binRangeMastercard: { brand: 'mastercard', number: '2223 0062 6791 4889', exp: '01/26', cvc: '904' },
  amex: { brand: 'amex', number: '3714-490916-27406', exp: '11/28', cvc: '7710' },
  // display only, never sent
  savedCard: { brand: 'visa', number: '**** **** **** 4242', exp: '12/30', cvc: '' },
};

export const invalidCards = [
  '4147 2000 0000 0001', // fails Luhn on purpose
  '1234 5678 9012 3456',
  '0000 0000 0000 0000',
];

export const stripeKeys = {
  publishable: 'pk_test_51owqLrHfLfyuiuyFNTppH2bqpGELgIW9ZhKGPYwq191ffn5qGfHc1QOoCts2JAvHsXBPK7AglUjfHWzNkBjRrsLZBnawR413FV',
  // TODO(INC-3391): move to CI secret, this one can create refunds
  secret: process.env.STRIPE_TEST_SECRET ?? 'sk_test_51qdhQHjy2EDL9ADbIo6iFqjiXfwGXzFpku1uHuumHpie8orkM4fvuVAHZ8u7rgkwfpBV5BzxO2KyaexFxAzje4jR06K8AGCfh1',
};

export const authHeaders = {
  Authorization: `Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfNDAxOTIiLCJlbWFpbCI6Im5vb3IuaGFkZGFkQGV4YW1wbGUub3JnIiwicm9sZSI6ImN1c3RvbWVyIiwiaWF0IjoxNzMxMDAwMDAwLCJleHAiOjE4OTM0NTYwMDB9.TFOmNvJgMl_bQfZCOBzygFxKcJ_SqAL2x1AQ9PjwXps`,
  'X-Request-Id': 'b49ab7cc-5433-447c-88ac-97ecec1b1d2d',
};

export const placeholders = {
  apiKey: '<your-api-key>',
  webhookSecret: '${STRIPE_WEBHOOK_SECRET}',
  password: 'changeme',
  token: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
