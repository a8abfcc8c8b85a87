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

/**
 * The line for the edition the user picked, when it is not the one in force on `date`: where that
 * edition stands ("ICLD 2020 — äldre utgåva; gällde ansökningar 26 februari 2020 – 31 mars 2023")
 * and which edition applies instead. The edition in force, or one that may be near a boundary, gets inForceLine.
 */
export function editionLine(editionId: string, date: string, planned: boolean): string {
  const r = editionInForce(loadedPacks(), date);
  const pack = loadedPacks().find((p) => p.id === editionId);
  if (!r || !pack || !r.contains || r.id === editionId || r.alsoPossible.includes(editionId)) return inForceLine(date);
  const lang = uiLang();
  const period = editionPeriod(pack);
  const edition = shortName(editionId);
  const from = period.from ? editionDateText(period.from, period.fromApproximate, lang) : '';
  const to = period.to ? editionDateText(period.to, period.toApproximate, lang) : '';
  const own = !period.from ? i18next.t('editionChoice.undatedLine', { edition })
    : period.from > date ? i18next.t('editionChoice.laterLine', { edition, from })
      : to ? i18next.t('editionChoice.olderLine', { edition, from, to })
        : i18next.t('editionChoice.olderOpenLine', { edition, from });
  const current = shortName(r.id);
  const instead = planned ? i18next.t('editionChoice.onDateApplies', { edition: current, date: editionDateText(date, false, lang) })
    : i18next.t('editionChoice.newApplies', { edition: current });
  return `${own} ${instead}`;
}

/** WIN-05's words for a planned submission date before `today`, or '' when it has not passed. */
export function pastDateHint(planned: string, today: string): string {
  return planned && planned < today ? i18next.t('rules.WIN-05.past', { date: editionDateText(planned, false, uiLang()) }) : '';
}
