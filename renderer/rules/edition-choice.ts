import { editionInForce, editionDateText, editionPeriod, newDraftEditionId, type EditionInForce } from '../../core/rules';
import type { DefaultEdition } from '../../core/settings';
import { i18next } from '../i18n';
import { editions, loadedPacks } from './engine';

/** Where an edition stands on a date, for the new-draft picker. */
export type EditionStatus = 'in-force' | 'older' | 'later' | 'undated';

export interface EditionChoice {
  id: string;
  label: string;
  status: EditionStatus;
}

const uiLang = (): 'sv' | 'en' => (i18next.language === 'en' ? 'en' : 'sv');

/** Each edition with where it stands on `date`: the one in force, an older one, a later one or undated. */
export function editionChoices(date: string): EditionChoice[] {
  const inForce = editionInForce(loadedPacks(), date);
  return editions().map((e) => {
    const pack = loadedPacks().find((p) => p.id === e.id);
    const period = pack ? editionPeriod(pack) : null;
    const status: EditionStatus = e.id === inForce?.id && inForce.contains ? 'in-force'
      : !period?.from ? 'undated'
        : period.from > date ? 'later' : 'older';
    return { ...e, status };
  });
}

/** The edition a new draft starts with, by the settings' rule and the planned submission date. */
export function newDraftEdition(rule: DefaultEdition, date: string): string | undefined {
  return newDraftEditionId(loadedPacks(), rule, date);
}

/** "ICLD 2023" from "ICLD 2023 (fyra kluster)": the short name a sentence uses. */
function shortName(id: string): string {
  const p = loadedPacks().find((x) => x.id === id);
  return p ? p.name[uiLang()].replace(/\s*\(.*\)$/, '') : id;
}

/**
 * One line saying which edition is in force on `date` and since when ("ICLD 2023 — gäller
 * ansökningar från omkring april 2023"); approximate dates are worded as such.
 */
export function inForceLine(date: string): string {
  const r: EditionInForce | undefined = editionInForce(loadedPacks(), date);
  if (!r) return '';
  const lang = uiLang();
  const edition = shortName(r.id);
  if (!r.contains) return i18next.t('editionChoice.noneInForce', { date: editionDateText(date, false, lang), edition });
  const since = r.period.from ? editionDateText(r.period.from, r.period.fromApproximate, lang) : '';
  if (r.alsoPossible.length > 0) {
    return i18next.t('editionChoice.inForceNear', { edition, since, other: r.alsoPossible.map(shortName).join(', ') });
  }
  return i18next.t('editionChoice.inForce', { edition, since });
}
