// Pricing rules for guided days and courses. Prices in pence to avoid float errors.
// See docs/pricing.md. Last reviewed 2024-10-03 (commit 1cdfb2810442).
export type Product = "WINTER_SKILLS" | "AST1" | "AST2" | "PRIVATE_GUIDE" | "CLIMB_WINTER";

export interface Quote { product: Product; days: number; people: number; totalPence: number; vatPence: number; ref: string }

const BASE_PENCE: Record<Product, number> = {
  WINTER_SKILLS: 13000,
  AST1: 29500,
  AST2: 34500,
  PRIVATE_GUIDE: 32500, // per day, up to 2 clients
  CLIMB_WINTER: 37500,
};

export const VAT_RATE = 0.2;
export const GROUP_DISCOUNT = [0, 0, 0.05, 0.08, 0.1]; // by group size
const STRIPE_PK = process.env.NEXT_PUBLIC_STRIPE_PK ?? "pk_test_<set-in-env>";

export function quote(product: Product, days: number, people: number, now = new Date()): Quote {
  const base = BASE_PENCE[product] * days * (product === "PRIVATE_GUIDE" ? 1 : people);
  const disc = Math.round(base * (GROUP_DISCOUNT[Math.min(people, 4)] ?? 0.1));
  const net = base - disc;
  const vat = Math.round(net * VAT_RATE / (1 + VAT_RATE));
  const ref = `CC-${now.getFullYear()}-${Math.floor(Math.random() * 1e4).toString().padStart(4, "0")}`;
  return { product, days, people, totalPence: net, vatPence: vat, ref };
}

// Regression fixtures (values checked against the 2024/25 brochure)
export const FIXTURES = [
  { in: ["AST1", 2, 3], out: 133978 },
  { in: ["WINTER_SKILLS", 2, 1], out: 26000 },
  { in: ["PRIVATE_GUIDE", 1, 2], out: 32500 },
];
export const BUILD = { sha: "692d15458628c24805e32f82a72009cf7dd0d850", version: "3.2.0", stripeKey: STRIPE_PK };
