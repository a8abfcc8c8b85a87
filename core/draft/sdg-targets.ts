import { Agenda2030 } from './framework';

/**
 * The targets of the seventeen Sustainable Development Goals as the UN resolution A/RES/70/1
 * numbers them: per goal the count of numbered targets (1.1 … 1.5) and the lettered ones, the
 * means of implementation (1.a, 1.b). 169 in all.
 */
const TARGETS: Record<number, readonly [numbered: number, lettered: string]> = {
  1: [5, 'ab'], 2: [5, 'abc'], 3: [9, 'abcd'], 4: [7, 'abc'], 5: [6, 'abc'], 6: [6, 'ab'], 7: [3, 'ab'], 8: [10, 'ab'], 9: [5, 'abc'],
  10: [7, 'abc'], 11: [7, 'abc'], 12: [8, 'abc'], 13: [3, 'ab'], 14: [7, 'abc'], 15: [9, 'abc'], 16: [10, 'ab'], 17: [19, ''],
};

/** The goal numbers, 1 to 17. */
export const SDG_GOALS: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);

/** Every target of a goal, in the resolution's order ("5.1" … "5.6", "5.a" … "5.c"). */
export function targetsOf(goal: number): string[] {
  const entry = TARGETS[goal];
  if (!entry) return [];
  const [numbered, lettered] = entry;
  return [...Array.from({ length: numbered }, (_, i) => `${goal}.${i + 1}`), ...[...lettered].map((l) => `${goal}.${l}`)];
}

const TARGET_FORMAT = Agenda2030.shape.targets.element;

/** True when `text` is a target the draft format accepts and Agenda 2030 has. */
export function isTarget(text: string): boolean {
  return TARGET_FORMAT.safeParse(text).success && targetsOf(goalOfTarget(text)).includes(text);
}

/** The goal a target belongs to ("16.b" → 16). */
export function goalOfTarget(target: string): number {
  return Number(target.split('.')[0]);
}

export interface ReadTargets {
  /** The targets understood, each once, in the order typed. */
  targets: string[];
  /** What was typed that is not a target, as typed. */
  bad: string[];
}

/** Reads "5.5, 16.b": targets separated by commas, semicolons or spaces; "16.B" is 16.b. */
export function readTargets(text: string): ReadTargets {
  const targets: string[] = [];
  const bad: string[] = [];
  for (const token of text.split(/[,;\s]+/).filter(Boolean)) {
    const t = token.toLowerCase();
    if (!isTarget(t)) { if (!bad.includes(token)) bad.push(token); }
    else if (!targets.includes(t)) targets.push(t);
  }
  return { targets, bad };
}
