import { spellcheckFor } from '../../core/settings';
import type { DocumentLanguage } from '../../core/draft/schema';
import { bridge } from '../bridge';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';

/**
 * The `lang` and `spellcheck` of the draft's own text: the document language (not the UI's),
 * and spelling on when the settings check that language. Browsers check by these attributes;
 * Electron's spellchecker is told the language as well (installSpellingLanguage).
 */
export function useTextLanguage(): { lang: DocumentLanguage; spellCheck: boolean } {
  const lang = useStore(docStore, (s) => s.draft?.documentLanguage ?? 'sv-SE');
  const spellCheck = useStore(appStore, (s) => spellcheckFor(s.settings, lang));
  return { lang, spellCheck };
}

/**
 * What every field holding the draft's own words carries: its `lang` (so the spellchecker and screen
 * readers take it as document text, not as the interface around it) and `spellcheck`. Names (people,
 * organisations, countries) keep the language but are never marked as misspelt.
 */
export function useDocumentTextProps(kind: 'text' | 'name' = 'text'): { lang: DocumentLanguage; spellCheck: boolean } {
  const { lang, spellCheck } = useTextLanguage();
  return { lang, spellCheck: kind === 'name' ? false : spellCheck };
}

/** Tells main the open draft's language whenever it changes, so the spellchecker checks in it. */
export function installSpellingLanguage(): void {
  let told: DocumentLanguage | null = null;
  docStore.subscribe(() => {
    const language = docStore.get().draft?.documentLanguage;
    if (!language || language === told) return;
    told = language;
    void bridge.invoke('spelling:document-language', { language });
  });
}
