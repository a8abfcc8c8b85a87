import type { ComponentId, Draft } from '../../core/draft/schema';
import { applySwitch, findPack, switchEffects, type SwitchEffects } from '../../core/rules';
import { currentDraft } from '../actions/draft-commands';
import { checkNow } from '../findings/live-checks';
import { i18next } from '../i18n';
import { editionSwitchSummary, loadedPacks } from '../rules/engine';
import { editionLabel } from '../rules/edition-label';
import { notify } from '../state/app-state';
import { docStore, undoFields, updateFields } from '../state/doc-state';
import { applicationTemplate } from '../template';

const pack = (id: string) => findPack(loadedPacks(), id);
const uiLang = (): 'sv' | 'en' => (i18next.language === 'en' ? 'en' : 'sv');
const componentName = (c: ComponentId) => i18next.t(`components.${c}.0`);

/** Two names in full, more as the first and a count, so the notice stays a line or two below the form. */
function shortList(names: string[]): string {
  return names.length <= 2 ? names.join(', ') : i18next.t('componentSwitch.more', { first: names[0], count: names.length - 1 });
}

/** What the notice says a switch hid: the filled sections by name, the prerequisites no longer held. */
function effectsText(e: SwitchEffects, component: ComponentId): string[] {
  const lang = uiLang();
  const out: string[] = [];
  if (e.hiddenSections.length > 0) {
    out.push(i18next.t('componentSwitch.hidden', { count: e.hiddenSections.length, sections: shortList(e.hiddenSections.map((s) => s.title[lang])) }));
  }
  if (e.clearedPrerequisites.length > 0) {
    const list = e.clearedPrerequisites.map((k) => i18next.t('componentSwitch.quoted', { name: i18next.t(`annexes.prerequisiteShort.${k}`) }));
    out.push(i18next.t('componentSwitch.declarations', { count: list.length, list: list.join(', '), component: componentName(component) }));
  }
  return out;
}

/**
 * Undo of a switch from its notice: the switch itself when it is still the last change to the
 * fields (so Redo brings it back), otherwise a change that puts the component, the edition and
 * the cleared prerequisites back, leaving whatever was done since.
 */
function undoSwitch(before: Draft, after: Draft): void {
  if (docStore.get().draft === after) undoFields();
  else {
    updateFields((d) => {
      const prerequisites = { ...d.prerequisites };
      for (const k of Object.keys(before.prerequisites) as (keyof Draft['prerequisites'])[]) {
        if (before.prerequisites[k].held && !after.prerequisites[k].held) prerequisites[k] = { ...prerequisites[k], held: true };
      }
      return { ...d, component: before.component, editionId: before.editionId, prerequisites };
    });
  }
  checkNow();
  notify('info', i18next.t('componentSwitch.undone', { component: componentName(before.component) }));
}

/**
 * Moves the draft to another component or edition as one undoable change, and says what it hid:
 * the filled sections the new component lacks, the prerequisites that no longer apply.
 */
export function switchTo(to: { component?: ComponentId; editionId?: string }): void {
  const before = currentDraft();
  const fields = docStore.get().draft;
  if (!before || !fields) return;
  const target = { component: to.component ?? fields.component, editionId: to.editionId ?? fields.editionId };
  const summary = to.editionId && to.editionId !== fields.editionId ? editionSwitchSummary(before, to.editionId) : null;
  const effects = switchEffects(before, applicationTemplate(), { component: target.component, pack: pack(target.editionId) });
  updateFields((d) => applySwitch(d, { ...target, pack: pack(target.editionId) }));
  const after = docStore.get().draft;
  if (!after || after === fields) return;
  checkNow();
  const parts = [
    ...(summary ? [i18next.t('fields.editionSwitched', { edition: editionLabel(target.editionId), ...summary })] : []),
    ...effectsText(effects, target.component),
  ];
  if (parts.length === 0) return;
  const hidSomething = effects.hiddenSections.length > 0 || effects.clearedPrerequisites.length > 0;
  notify('info', parts.join(' '), hidSomething ? [{ label: i18next.t('componentSwitch.undo'), run: () => undoSwitch(fields, after) }] : undefined);
}
