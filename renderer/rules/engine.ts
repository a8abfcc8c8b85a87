import type { Draft } from '../../core/draft/schema';
import type { Finding } from '../../core/rules/finding';

/**
 * The renderer's view of the programme rules: live checks and the edition's data (countries,
 * categories, limits). Adapts core/rules for the UI.
 */

export interface EditionInfo {
  id: string;
  label: string;
}

export interface CountryOption {
  code: string;
  sv: string;
  en: string;
  aliases: string[];
}

export interface CategoryOption {
  id: string;
  sv: string;
  en: string;
}

export interface PackView {
  editionId: string;
  countries: CountryOption[];
  applicantTypes: CategoryOption[];
  costCategories: CategoryOption[];
  /** Word limit per section id (soft or hard). */
  wordLimits: Record<string, { limit: number; hard: boolean }>;
  /** The applicable ceilings in öre for the draft's component, region and parties (null = unknown). */
  ceilings(draft: Draft): { total: number | null; perYear: number | null };
  /** A ceiling for one cost category (e.g. work input), if the edition has one. */
  categoryCeiling(draft: Draft, categoryId: string): number | null;
  /** How many project years the draft's component allows. */
  maxYears(draft: Draft): number;
}

export function editions(): EditionInfo[] {
  return [];
}

export function packView(_editionId: string): PackView | null {
  return null;
}

export function checkAll(_draft: Draft): Finding[] {
  return [];
}
