/**
 * Admiralty grades ("B2": source reliability A–F, information credibility 1–6), compared as the
 * service compares them: reliability first, then credibility; A1 is the best, F6 the worst.
 */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;

/** Every grade from best to worst, for a minimum-grade control. */
export const ALL_GRADES: readonly string[] = RELIABILITIES.flatMap((r) => CREDIBILITIES.map((c) => `${r}${c}`));

const GRADE = /^([A-F])([1-6])$/;

export function isGrade(value: string): boolean {
  return GRADE.test(value);
}

/** 0 for A1 up to 35 for F6; undefined for anything that is not a grade. */
export function gradeRank(grade: string | null | undefined): number | undefined {
  const m = grade ? GRADE.exec(grade) : null;
  if (!m) return undefined;
  return RELIABILITIES.indexOf(m[1] as (typeof RELIABILITIES)[number]) * 6 + Number(m[2]) - 1;
}

/** The worse of the grades given (an ungraded link counts as the worst); undefined for none. */
export function weakestGrade(grades: readonly (string | null | undefined)[]): string | null | undefined {
  let weakest: string | null | undefined;
  let worst = -1;
  for (const g of grades) {
    const rank = gradeRank(g) ?? Number.POSITIVE_INFINITY;
    if (rank > worst) {
      worst = rank;
      weakest = g ?? null;
    }
  }
  return weakest;
}

/** How strong a grade is, 0 (worst) to 1 (best), for drawing: colour and width. */
export function gradeStrength(grade: string | null | undefined): number {
  const rank = gradeRank(grade);
  return rank === undefined ? 0 : 1 - rank / 35;
}

/** A colour per grade band: green for A–B, amber for C, red for D–F, grey when ungraded. */
export function gradeColour(grade: string | null | undefined): string {
  const m = grade ? GRADE.exec(grade) : null;
  if (!m) return '#8a8f98';
  const credibility = Number(m[2]);
  if ((m[1] === 'A' || m[1] === 'B') && credibility <= 3) return '#1f7a3a';
  if (m[1]! <= 'C' && credibility <= 4) return '#b7791f';
  return '#c53030';
}

/** The Admiralty code's words for each reliability and credibility. */
export const RELIABILITY_WORDS: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY_WORDS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};
