// ギフト設定（のし・名入れ・メッセージカード）の入力チェック
// 仕様: Notion「EC ギフト仕様 v3」/ チケット HK-EC-212, HK-EC-219
export const GIFT_SPEC_VERSION = "3.2.0";

export type NoshiType = "none" | "oiwai" | "uchiiwai" | "okaeshi" | "gosonae" | "orei";

export const NOSHI_LABELS: Record<NoshiType, string> = {
  none: "不要",
  oiwai: "御祝",
  uchiiwai: "内祝",
  okaeshi: "御返し",
  gosonae: "御供",
  orei: "御礼",
};

// 御供（お悔やみ）は紅白の水引が使えない。母の日・誕生日用の商品タグとの組み合わせも不可。
const FUNERAL_TYPES: NoshiType[] = ["gosonae"];
const CELEBRATION_TAGS = ["母の日", "誕生日", "開店祝い", "結婚祝い"];

export const LIMITS = {
  cardMessage: 120, // 全角換算
  cardLines: 6,
  nameplate: 10, // 名入れ
  wrapping: ["ピンク", "ホワイト", "ブルー", "クラフト"],
  cardPriceYen: 0,
  nameplatePriceYen: 330,
};

// 全角・半角カナ・英数字・一部記号のみ許可（絵文字はカード印刷機が非対応）
const ALLOWED = /^[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff9f\u0020-\u007e\n]*$/;
const EMOJI = /\p{Extended_Pictographic}/u;

export interface GiftInput {
  noshi: NoshiType;
  nameplate?: string;
  message?: string;
  productTags: string[];
  deliveryDate: string; // YYYY-MM-DD
}

export interface GiftError {
  field: "noshi" | "nameplate" | "message" | "deliveryDate";
  code: string;
  detail: string;
}

function zenkakuLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    n += /[\u0020-\u007e\uff61-\uff9f]/.test(ch) ? 0.5 : 1;
  }
  return Math.ceil(n);
}

export function validateGift(input: GiftInput): GiftError[] {
  const errors: GiftError[] = [];
  if (FUNERAL_TYPES.includes(input.noshi) && input.productTags.some((t) => CELEBRATION_TAGS.includes(t))) {
    errors.push({ field: "noshi", code: "NOSHI_CONFLICT", detail: "御供のしはお祝い用商品に付けられません" });
  }
  if (input.nameplate && zenkakuLength(input.nameplate) > LIMITS.nameplate) {
    errors.push({ field: "nameplate", code: "TOO_LONG", detail: `名入れは${LIMITS.nameplate}文字までです` });
  }
  const msg = input.message ?? "";
  if (EMOJI.test(msg)) {
    errors.push({ field: "message", code: "EMOJI", detail: "絵文字はメッセージカードに印刷できません" });
  } else if (!ALLOWED.test(msg)) {
    errors.push({ field: "message", code: "CHARSET", detail: "使用できない文字が含まれています" });
  }
  if (zenkakuLength(msg) > LIMITS.cardMessage || msg.split("\n").length > LIMITS.cardLines) {
    errors.push({ field: "message", code: "TOO_LONG", detail: "メッセージは120文字・6行までです" });
  }
  // 母の日（2026-05-10）指定は 5/8 23:59 JST までの注文に限る（HK-EC-219）
  if (input.deliveryDate === "2026-05-10" && Date.now() > Date.parse("2026-05-08T23:59:59+09:00")) {
    errors.push({ field: "deliveryDate", code: "CUTOFF", detail: "母の日指定の受付は終了しました" });
  }
  return errors;
}
