import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/draft/schema';
import { sideChoices, sideName } from '../../core/reuse/sides';

/**
 * For each side of the chosen items that matched no party of the open draft: which party it is
 * here. The insertion waits until every one is answered.
 */
export function SideQuestions({ source, target, unmapped, answers, onChange }: {
  source: Draft; target: Draft; unmapped: readonly string[]; answers: Readonly<Record<string, string>>; onChange: (side: string, to: string) => void;
}) {
  const { t } = useTranslation();
  if (unmapped.length === 0) return null;
  const choices = sideChoices(target);
  return (
    <div className="kp-reuse-sides">
      {unmapped.map((side) => (
        <label key={side}>
          {t('reuse.dialog.sideAsk', { side: sideName(source, side) ?? side })}{' '}
          <select data-kp-reuse-side={side} value={answers[side] ?? ''} onChange={(e) => onChange(side, e.target.value)}>
            <option value="" disabled>{t('reuse.dialog.sideChoose')}</option>
            {choices.map((c) => <option key={c.id} value={c.id}>{c.partner ? sideName(target, c.id) : t('reuse.dialog.applicant')}</option>)}
          </select>
        </label>
      ))}
    </div>
  );
}
