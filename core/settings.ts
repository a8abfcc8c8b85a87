import { z } from 'zod';
import { DocumentLanguage } from './draft/schema';
import { EditionId } from './rules/pack-schema';

/** User settings. Stored by main (electron-store) or the browser-mode server; the renderer gets a snapshot. */
/** The language of the interface (the document's language is the draft's own). */
export const UiLanguage = z.enum(['sv', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** Bounds of the backup count (0: keep none). */
export const BACKUP_COUNT_MIN = 0;
export const BACKUP_COUNT_MAX = 100;

/** 'in-force', or the id of a fixed edition. */
export const DefaultEdition = z.union([z.literal('in-force'), EditionId], 'expected in-force or an edition id such as icld-kp-2020');
export type DefaultEdition = z.infer<typeof DefaultEdition>;

export const Settings = z.strictObject({
  uiLanguage: UiLanguage,
  /** Written on the user's new comments and replies; comments already made keep the name they were made with. */
  authorName: z.string().max(200),
  authorInitials: z.string().max(10),
  /** The user's organisation, written on new comments beside the name ("" = none). */
  authorOrganisation: z.string().max(200),
  /** Off by default: autosave writes to the recovery area, never over the user's own file. */
  autosaveToFile: z.boolean(),
  /** How many earlier versions of a file are kept as backups in the recovery area. */
  backupCount: z.number().int().min(BACKUP_COUNT_MIN).max(BACKUP_COUNT_MAX),
  /**
   * The edition a new draft starts with: the one in force on its planned submission date (today
   * when none is given), or always the same edition (an id such as "icld-kp-2020").
   */
  defaultEdition: DefaultEdition,
  /** Whether the text is checked for spelling at all. */
  spellcheck: z.boolean(),
  /** The document languages checked; a draft in another language is not underlined. */
  spellcheckLanguages: z.array(DocumentLanguage).max(DocumentLanguage.options.length),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  uiLanguage: 'sv',
  authorName: '',
  authorInitials: '',
  authorOrganisation: '',
  autosaveToFile: false,
  backupCount: 5,
  defaultEdition: 'in-force',
  spellcheck: true,
  spellcheckLanguages: ['sv-SE', 'en-GB'],
};

/**
 * The stored settings, each value checked on its own: a hand-edited file with one bad value
 * loses that value (back to its default), not every other setting with it.
 */
export function settingsFromStored(stored: unknown): Settings {
  const raw = stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const shape = Settings.shape;
  const out: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(shape) as Array<keyof Settings>) {
    if (!(key in raw)) continue;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Settings;
}

/** Whether a draft in `language` gets its spelling checked under these settings. */
export function spellcheckFor(settings: Pick<Settings, 'spellcheck' | 'spellcheckLanguages'>, language: DocumentLanguage): boolean {
  return settings.spellcheck && settings.spellcheckLanguages.includes(language);
}
