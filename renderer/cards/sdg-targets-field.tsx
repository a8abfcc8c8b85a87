import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalOfTarget } from '../../core/draft/sdg-targets';
import { invalidInput, TARGETS_KEY, withInvalidInput } from '../../core/draft/invalid-inputs';
import type { Draft } from '../../core/draft/schema';
import { listed } from '../../core/rules/checks/plan-rule';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { goalsNotChosen, readTargets, targetsText, withGoals, withTargets } from './sdg-choices';

interface Props {
  goals: readonly number[];
  targets: readonly string[];
}

const KEY = 'agenda2030:targets';
/** Where FLD-01 reports targets kept as typed (renderer/findings/locations.ts). */
const LOC = 'agenda2030:targets';

/**
 * The draft after the field shows `value`: the targets read from it are saved at once; what is not
 * a target is kept as typed (FLD-01 then reports it) when the field is left, or at once when such
 * text is already kept, so a half-typed target does not raise an error while it is being typed.
 */
function withTyped(d: Draft, value: string, leaving: boolean): Draft {
  const { targets, bad } = readTargets(value);
  const keep = bad.length === 0 ? null : leaving || invalidInput(d, TARGETS_KEY) !== undefined ? value : undefined;
  const next = withTargets(d, targets);
  return keep === undefined ? next : withInvalidInput(next, TARGETS_KEY, keep);
}
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The targets, typed by number ("5.5, 16.b"). What is understood is saved as it is typed; what is
 * not stays in the field, named in a message, and is kept in the draft (see withTyped), so it is
 * there again after reopening. While typing, only the
 * targets already finished (followed by a comma or space) are judged.
 */
export function SdgTargetsField({ goals, targets }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const kept = useStore(docStore, (s) => invalidInput(s.draft!, TARGETS_KEY));
  const [text, setText] = useState(() => kept ?? targetsText(targets));
  const [typing, setTyping] = useState(false);
  // An undo, a quick fix or another window changed the targets or what is kept as typed: the field shows them.
  useEffect(() => {
    if (kept !== undefined ? kept !== text : !sameList(readTargets(text).targets, targets) || (!typing && readTargets(text).bad.length > 0)) setText(kept ?? targetsText(targets));
  }, [targets, kept]);
  const found = useFieldFindings(LOC);
  const read = readTargets(text);
  const unfinished = typing && !/[,;\s]$/.test(text) ? text.split(/[,;\s]+/).at(-1) : undefined;
  const bad = read.bad.filter((b) => b !== unfinished);
  const missing = goalsNotChosen(read.targets, goals);
  const orphans = read.targets.filter((x) => missing.includes(goalOfTarget(x)));
  const list = (items: string[]) => listed(items, lang);
  const onChange = (value: string) => {
    setText(value);
    updateFields((d) => withTyped(d, value, false), KEY);
  };
  return (
    <div className="kp-sdg-targets">
      <label><span>{t('sdg.targets')}</span>
        <input type="text" value={text} spellCheck={false} data-kp-sdg-targets data-kp-loc={LOC} aria-invalid={bad.length > 0 || undefined}
          className={found[0] ? `kp-field-${found[0].severity}` : undefined}
          aria-describedby={`kp-sdg-targets-hint kp-sdg-targets-msg${found[0] ? ` msg-${LOC}` : ''}`} onChange={(e) => onChange(e.target.value)}
          onFocus={() => setTyping(true)} onBlur={() => { setTyping(false); updateFields((d) => withTyped(d, text, true), KEY); }} /></label>
      <p id="kp-sdg-targets-hint" className="kp-hint">{t('sdg.targetsHint')}</p>
      <div id="kp-sdg-targets-msg" role="status">
        {/* Once kept in the draft, FLD-01 says it (below, with its fix); until its check arrives, the field does. */}
        {bad.length > 0 && found.length === 0 && <p className="kp-field-message severity-error" data-kp-sdg-bad>{t('sdg.badTargets', { count: bad.length, list: list(bad.map((b) => `”${b}”`)) })}</p>}
        {missing.length > 0 && (
          <p className="kp-field-message severity-info" data-kp-sdg-missing>
            {t('sdg.goalNotChosen', { count: orphans.length, list: list(orphans) })}
            {' '}<button type="button" className="kp-fix" onClick={() => updateFields((d) => withGoals(d, missing))}>
              {t('sdg.chooseGoals', { count: missing.length, goals: list(missing.map(String)) })}</button>
          </p>
        )}
      </div>
      <FieldMessages loc={LOC} found={found} />
    </div>
  );
}
