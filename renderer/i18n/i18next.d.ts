import 'i18next';
import type { Catalogue } from '../../core/i18n/catalogue';

/**
 * The renderer's text keys are the Swedish catalogue's (core/i18n), so `t('no.such.key')` fails the type-check
 * instead of showing the key to the user. `keys` (shortcut labels) is written at start-up from the
 * key bindings and only read through `$t(keys.…)` inside texts.
 *
 * The catalogue's pairs ([name, description]) are read by index: `components.project.0`.
 */
type Pairs<T> = { [K in keyof T]: T[K] extends string ? T[K] : T[K] extends readonly string[] ? readonly [string, string] : Pairs<T[K]> };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Pairs<Catalogue> & { keys: Record<string, Record<string, string>> } };
  }
}
