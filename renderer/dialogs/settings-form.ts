import { BACKUP_COUNT_MAX, BACKUP_COUNT_MIN, type Settings } from '../../core/settings';

/** The dialog's copy of the settings; the backup count stays text while it is typed. */
export type SettingsForm = Omit<Settings, 'backupCount'> & { backupCount: string };

/** The typed backup count as a number, or null when it is not a whole number within the bounds. */
export function backupCountFrom(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= BACKUP_COUNT_MIN && n <= BACKUP_COUNT_MAX ? n : null;
}

/** What Save stores: names trimmed, initials guessed from the name when left empty. */
export function settingsPatch(form: SettingsForm, backupCount: number): Settings {
  const authorName = form.authorName.trim().slice(0, 200);
  return {
    uiLanguage: form.uiLanguage,
    authorName,
    authorInitials: (form.authorInitials.trim() || initialsOf(authorName)).slice(0, 10),
    authorOrganisation: form.authorOrganisation.trim().slice(0, 200),
    autosaveToFile: form.autosaveToFile,
    backupCount,
    defaultEdition: form.defaultEdition,
    spellcheck: form.spellcheck,
    spellcheckLanguages: form.spellcheckLanguages,
  };
}

/** "Lena Berg" → "LB": the initials a name gets when none are typed. */
export function initialsOf(name: string): string {
  return name.trim().split(/\s+/).map((w) => w[0] ?? '').join('').toUpperCase().slice(0, 10);
}
