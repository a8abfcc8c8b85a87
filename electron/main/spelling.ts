import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';
import type { SpellingStatus } from '../../core/ipc/contract';
import type { DocumentLanguage } from '../../core/draft/schema';
import { spellcheckFor, type Settings } from '../../core/settings';

const LANGUAGES: readonly DocumentLanguage[] = ['sv-SE', 'en-GB'];

/**
 * Chromium's Hunspell dictionaries are its own binary format, named `<language>-<version>.bdic`
 * (sv-SE-3-0.bdic, en-GB-10-1.bdic). It looks for them in the profile's Dictionaries folder and
 * downloads what is missing; the plain .aff/.dic files of Linux distributions are not read.
 */
export const hasDictionaryIn = (dir: string, language: DocumentLanguage): boolean => listBdic(dir).some((f) => f.startsWith(`${language}-`));

function listBdic(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.bdic'));
  } catch {
    return [];
  }
}

/**
 * Where each language's dictionary comes from. macOS and Windows check with the operating
 * system's spellchecker (its own language list); elsewhere only a .bdic on this computer counts,
 * and a language whose dictionary failed to load is missing whatever the platform said.
 */
export function dictionarySources(platform: NodeJS.Platform, hasLocal: (l: DocumentLanguage) => boolean, failed: ReadonlySet<string>): SpellingStatus {
  const source = (l: DocumentLanguage) => {
    if (failed.has(l)) return 'missing' as const;
    if (platform === 'darwin' || platform === 'win32') return 'system' as const;
    return hasLocal(l) ? ('local' as const) : ('missing' as const);
  };
  return { 'sv-SE': source('sv-SE'), 'en-GB': source('en-GB') };
}

/** What the session's spellchecker should do for a window whose draft is in `language`. */
export function spellingPlan(settings: Pick<Settings, 'spellcheck' | 'spellcheckLanguages'>, language: DocumentLanguage, status: SpellingStatus): { enabled: boolean; languages: string[] } {
  const on = spellcheckFor(settings, language) && status[language] !== 'missing';
  return on ? { enabled: true, languages: [language] } : { enabled: false, languages: [] };
}

export interface SpellingDeps {
  session: Session;
  platform: NodeJS.Platform;
  /** The profile's Dictionaries folder (userData/Dictionaries), where Chromium looks first. */
  profileDictionaries: string;
  /** The dictionaries shipped with the app (resources/dictionaries). */
  bundledDictionaries: string;
  log: (message: string) => void;
}

/**
 * The session's spellchecker, kept offline: the shipped dictionaries are put where Chromium looks,
 * and its download address points at the app's own folder, so a missing dictionary is never
 * fetched from the network (the language is then simply not checked).
 */
export class Spelling {
  private readonly failed = new Set<string>();

  constructor(private readonly d: SpellingDeps) {
    // Off until a window says which language its draft is in (apply).
    d.session.setSpellCheckerEnabled(false);
    if (d.platform === 'darwin') return; // the system's spellchecker; no dictionary files at all
    this.installBundled();
    d.session.setSpellCheckerDictionaryDownloadURL(`${pathToFileURL(d.bundledDictionaries).href.replace(/\/?$/, '/')}`);
    d.session.on('spellcheck-dictionary-download-begin', (_e, language) => d.log(`spelling: no local dictionary for ${language}`));
    d.session.on('spellcheck-dictionary-download-failure', (_e, language) => {
      this.failed.add(language);
      d.log(`spelling: dictionary for ${language} unavailable; that language is not checked`);
    });
  }

  status(): SpellingStatus {
    const local = (l: DocumentLanguage) => hasDictionaryIn(this.d.profileDictionaries, l) || hasDictionaryIn(this.d.bundledDictionaries, l);
    return dictionarySources(this.d.platform, local, this.failed);
  }

  /** Checks the focused window's text in its draft's language, or not at all. */
  apply(settings: Settings, language: DocumentLanguage): void {
    const plan = spellingPlan(settings, language, this.status());
    this.d.session.setSpellCheckerEnabled(plan.enabled);
    // macOS recognises the language by itself; elsewhere only the draft's language is checked.
    if (!plan.enabled || this.d.platform === 'darwin') return;
    try {
      this.d.session.setSpellCheckerLanguages(plan.languages);
    } catch (e) {
      // A language this Electron does not know: unchecked text beats a failing window.
      this.d.session.setSpellCheckerEnabled(false);
      this.d.log(`spelling: ${plan.languages.join(', ')} not available: ${String(e)}`);
    }
  }

  private installBundled(): void {
    for (const file of listBdic(this.d.bundledDictionaries)) {
      const target = join(this.d.profileDictionaries, file);
      if (existsSync(target) || !LANGUAGES.some((l) => file.startsWith(`${l}-`))) continue;
      try {
        mkdirSync(this.d.profileDictionaries, { recursive: true });
        copyFileSync(join(this.d.bundledDictionaries, file), target);
      } catch (e) {
        this.d.log(`spelling: could not install ${file}: ${String(e)}`);
      }
    }
  }
}
