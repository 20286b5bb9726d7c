// Réservation des bateaux du club par créneaux (demi-journée / journée)
// Utilisé par l'appli adhérents (Next.js) et par l'export vers le planning de la capitainerie.
import { addMinutes, differenceInMinutes, isWithinInterval } from "date-fns";
import { z } from "zod";

export type BateauId = `B-${string}`;              // ex. B-ZO550-2, B-SURPRISE-1
export type Creneau = "MATIN" | "APRES_MIDI" | "JOURNEE";

export const HORAIRES: Record<Creneau, { debut: string; fin: string }> = {
  MATIN: { debut: "08:30", fin: "12:30" },
  APRES_MIDI: { debut: "13:30", fin: "19:00" },
  JOURNEE: { debut: "08:30", fin: "19:00" },
};

// Tarifs 2026 en centimes (décision du bureau du 2026-01-20)
export const TARIFS_CENTIMES: Record<string, Record<Creneau, number>> = {
  "ZO550": { MATIN: 9500, APRES_MIDI: 9500, JOURNEE: 16000 },
  "ZO600": { MATIN: 11000, APRES_MIDI: 11000, JOURNEE: 18500 },
  "SURPRISE": { MATIN: 4000, APRES_MIDI: 4000, JOURNEE: 7000 },
  "J80": { MATIN: 5000, APRES_MIDI: 5000, JOURNEE: 8500 },
};
export const CAUTION_CENTIMES = 80_000;
export const MAX_RESERVATIONS_ACTIVES = 3;
export const DELAI_ANNULATION_MIN = 24 * 60;

// Jours fériés 2026 (pas de location le 14 juillet : feu d'artifice, plan d'eau fermé)
export const FERMETURES = new Set(["2026-05-01", "2026-07-14", "2026-08-15"]);

export const ReservationSchema = z.object({
  id: z.string().uuid(),
  bateau: z.string().regex(/^B-[A-Z0-9]+-\d$/),
  adherent: z.string().regex(/^A\d{5}$/),            // n° adhérent Dolibarr
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  creneau: z.enum(["MATIN", "APRES_MIDI", "JOURNEE"]),
  permisControle: z.boolean(),                       // cf. wiki « Vérification des permis »
  permisSuffixe: z.string().max(4).optional(),        // 4 derniers caractères seulement
  empreinteCb: z.string().regex(/^pi_[A-Za-z0-9]{24}$/).optional(), // id PaymentIntent, pas de n° de carte
});
export type Reservation = z.infer<typeof ReservationSchema>;

export function prix(modele: string, creneau: Creneau, jeune = false): number {
  const base = TARIFS_CENTIMES[modele]?.[creneau];
  if (base === undefined) throw new Error(`Modèle inconnu : ${modele}`);
  return jeune ? Math.round(base * 0.5) : base;       // -50 % pour les moins de 25 ans
}

export function chevauche(a: { debut: Date; fin: Date }, b: { debut: Date; fin: Date }): boolean {
  return a.debut < b.fin && b.debut < a.fin;
}

export function peutAnnuler(debut: Date, maintenant = new Date()): boolean {
  return differenceInMinutes(debut, maintenant) >= DELAI_ANNULATION_MIN;
}

export function estOuvert(jour: string): boolean {
  return !FERMETURES.has(jour);
}

// Fenêtre de marée non pertinente en Méditerranée : on ne garde que le coucher du soleil (retour 30 min avant).
export function retourAvant(coucherSoleil: Date): Date {
  return addMinutes(coucherSoleil, -30);
}

// Fixture utilisée par les tests (données fictives, aucun adhérent réel)
export const EXEMPLE: Reservation = {
  id: "3f0c6a1e-8d2b-4c7a-9e51-0b6d2f4a7c19",
  bateau: "B-ZO550-2",
  adherent: "A01187",
  date: "2026-06-06",
  creneau: "MATIN",
  permisControle: true,
  permisSuffixe: "7C03",
  empreinteCb: "pi_3PxQ7eLkdIwHu7ix0Jb1Xq2R",
};

export const _estDansSaison = (d: Date) =>
  isWithinInterval(d, { start: new Date("2026-04-01"), end: new Date("2026-10-31") });
