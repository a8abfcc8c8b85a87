import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalOfTarget } from '../../core/draft/sdg-targets';
import { listed } from '../../core/rules/checks/plan-rule';
import { updateFields } from '../state/doc-state';
import { goalsNotChosen, readTargets, targetsText, withGoals, withTargets } from './sdg-choices';

interface Props {
  goals: readonly number[];
  targets: readonly string[];
}

const KEY = 'agenda2030:targets';
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The targets, typed by number ("5.5, 16.b"). What is understood is saved as it is typed; what is
 * not stays in the field, named in a message, and is never dropped. While typing, only the
 * targets already finished (followed by a comma or space) are judged.
 */
export function SdgTargetsField({ goals, targets }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const [text, setText] = useState(() => targetsText(targets));
  const [typing, setTyping] = useState(false);
  // An undo, a quick fix or another window changed the targets: the field shows them.
  useEffect(() => {
    if (!sameList(readTargets(text).targets, targets)) setText(targetsText(targets));
  }, [targets]);
  const read = readTargets(text);
  const unfinished = typing && !/[,;\s]$/.test(text) ? text.split(/[,;\s]+/).at(-1) : undefined;
  const bad = read.bad.filter((b) => b !== unfinished);
  const missing = goalsNotChosen(read.targets, goals);
  const orphans = read.targets.filter((x) => missing.includes(goalOfTarget(x)));
  const list = (items: string[]) => listed(items, lang);
  const onChange = (value: string) => {
    setText(value);
    updateFields((d) => withTargets(d, readTargets(value).targets), KEY);
  };
  return (
    <div className="kp-sdg-targets">
      <label><span>{t('sdg.targets')}</span>
        <input type="text" value={text} spellCheck={false} data-kp-sdg-targets aria-invalid={bad.length > 0 || undefined}
          aria-describedby="kp-sdg-targets-hint kp-sdg-targets-msg" onChange={(e) => onChange(e.target.value)}
          onFocus={() => setTyping(true)} onBlur={() => setTyping(false)} /></label>
      <p id="kp-sdg-targets-hint" className="kp-hint">{t('sdg.targetsHint')}</p>
      <div id="kp-sdg-targets-msg" role="status">
        {bad.length > 0 && <p className="kp-field-message severity-error" data-kp-sdg-bad>{t('sdg.badTargets', { count: bad.length, list: list(bad.map((b) => `”${b}”`)) })}</p>}
        {missing.length > 0 && (
          <p className="kp-field-message severity-info" data-kp-sdg-missing>
            {t('sdg.goalNotChosen', { count: orphans.length, list: list(orphans) })}
            {' '}<button type="button" className="kp-fix" onClick={() => updateFields((d) => withGoals(d, missing))}>
              {t('sdg.chooseGoals', { count: missing.length, goals: list(missing.map(String)) })}</button>
          </p>
        )}
      </div>
    </div>
  );
}
