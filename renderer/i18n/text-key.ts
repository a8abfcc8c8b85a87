import i18next, { type ParseKeys, type TOptions } from 'i18next';

/** A key of the UI catalogue: a misspelt or removed key fails the type-check. */
export type TextKey = ParseKeys;

/** The current UI language's text for `key`, for code outside React components (actions, notices). */
export function text(key: TextKey, options?: TOptions): string {
  return i18next.t(key, options ?? {}) as string;
}
