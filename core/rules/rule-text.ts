import { textIn, type CatalogueKey, type TextParams } from '../i18n/lookup';
import type { Localized } from '../template/schema';

/** A key of the catalogue's `rules` group. */
export type RuleTextKey = CatalogueKey & `rules.${string}`;

/**
 * A rule's text from the catalogue's `rules` group in both document languages, as findings carry
 * them. `params` is asked once per language, for values that are words (a party's name).
 */
export function ruleText(key: RuleTextKey, params: (lang: 'sv' | 'en') => TextParams = () => ({})): Localized {
  return { sv: textIn('sv', key, params('sv')), en: textIn('en', key, params('en')) };
}
