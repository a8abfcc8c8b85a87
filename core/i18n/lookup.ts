import { catalogue, type Catalogue, type CatalogueLanguage } from './catalogue';

/** Values filled into a text's `{{name}}` places; `count` also chooses between `_one` and `_other`. */
export type TextParams = Record<string, string | number>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<`${P}${K}`> : T[K] extends readonly unknown[] ? never : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A dotted key of a text in the catalogue ("main.saveTitle", "docx.draftStatus"); plural forms by their base key. */
export type CatalogueKey = Leaves<Catalogue>;

/** `{{name}}` → params.name, as i18next fills them; a place without a value is left as written. */
export function fill(text: string, params: TextParams = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (place, name: string) => (name in params ? String(params[name]) : place));
}

function at(lang: CatalogueLanguage, key: string): string | undefined {
  let node: unknown = catalogue[lang];
  for (const part of key.split('.')) node = typeof node === 'object' && node ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text for `key` in `lang`, read the way the renderer's i18next reads it, for code without
 * i18next (main, the Word export): with a numeric `count`, the language's plural form
 * (`key_one`/`key_other`); then the `{{…}}` places filled.
 */
export function textIn(lang: CatalogueLanguage, key: CatalogueKey, params: TextParams = {}): string {
  const count = params.count;
  const plural = typeof count === 'number' ? at(lang, `${key}_${new Intl.PluralRules(lang).select(count)}`) ?? at(lang, `${key}_other`) : undefined;
  const text = plural ?? at(lang, key);
  if (text === undefined) throw new Error(`No text ${key} in ${lang}`);
  return fill(text, params);
}
