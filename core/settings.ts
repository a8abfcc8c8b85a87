import { z } from 'zod';

/** User settings. Stored by main (electron-store) or the browser-mode server; the renderer gets a snapshot. */
/** The language of the interface (the document's language is the draft's own). */
export const UiLanguage = z.enum(['sv', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

/** 'in-force', or the id of a fixed edition. */
export const DefaultEdition = z.union([z.literal('in-force'), z.string().regex(/^icld-kp-\d{4}[a-z]?$/, 'expected in-force or an edition id such as icld-kp-2020')]);
export type DefaultEdition = z.infer<typeof DefaultEdition>;

export const Settings = z.strictObject({
  uiLanguage: UiLanguage,
  authorName: z.string().max(200),
  authorInitials: z.string().max(10),
  /** Off by default: autosave writes to the recovery area, never over the user's own file. */
  autosaveToFile: z.boolean(),
  /** How many earlier versions of a file are kept as backups in the recovery area. */
  backupCount: z.number().int().min(0).max(100),
  /**
   * The edition a new draft starts with: the one in force on its planned submission date (today
   * when none is given), or always the same edition (an id such as "icld-kp-2020").
   */
  defaultEdition: DefaultEdition,
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  uiLanguage: 'sv',
  authorName: '',
  authorInitials: '',
  autosaveToFile: false,
  backupCount: 5,
  defaultEdition: 'in-force',
};
