import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../core/draft/framework';
import { ariaKeyShortcuts } from '../../core/ipc/key-labels';
import { commandFor } from '../../core/ipc/key-match';
import { isMacPlatform } from '../layout/shortcut-label';
import { docStore, updateFields } from '../state/doc-state';
import { patchActivity } from './plan-activities';
import { barMove, type TimelineGroup } from './timeline-groups';
import { focusAfterRender } from './focus-after-render';

interface Props {
  groups: TimelineGroup[];
  years: number;
  /** Months of the period (shaded beyond it), or null when it is not known. */
  periodMonths: number | null;
  numberOf: (id: string) => string;
  /** "mars 2027" or "Månad 3"; and the short form for a column head ("mar" or "3"). */
  monthLabel: (m: number) => string;
  monthShort: (m: number) => string;
}

const BAR_SHORTCUTS = ariaKeyShortcuts(['plan.barEarlier', 'plan.barLater', 'plan.endEarlier', 'plan.endLater'], isMacPlatform());

type Span = { from: number; to: number };
/** The part of months `from`–`to` that lies in project year `y`, as grid columns 1–12; null if none. */
function inYear(span: Span, y: number): Span | null {
  const first = (y - 1) * 12 + 1;
  const from = Math.max(span.from, first);
  const to = Math.min(span.to, first + 11);
  return from > to ? null : { from: from - first + 1, to: to - first + 1 };
}

const column = (s: Span): CSSProperties => ({ gridColumn: `${s.from + 1} / ${s.to + 2}` });
const spanOf = (a: Activity): Span | null => (a.startMonth !== null && a.endMonth !== null ? { from: a.startMonth, to: a.endMonth } : null);

/** After a bar moved: the keyboard stays on it, in the same year while it still reaches that year. */
function focusBar(id: string, year: number, later: boolean): void {
  focusAfterRender(() => {
    const bars = [...document.querySelectorAll<HTMLElement>(`[data-kp-bar="${CSS.escape(id)}"]`)];
    return bars.find((b) => b.dataset.kpYear === String(year)) ?? (later ? bars[0] : bars.at(-1));
  });
}

/**
 * The plan as a Gantt chart: a month grid per project year, a bar per activity under a summary
 * bar per result. A focused bar moves a month with ←/→ and its end alone with Shift+←/→; each step
 * is one undo step, and screen readers hear the new months ("mars 2027 – juni 2027").
 */
export function ActivityTimeline({ groups, years, periodMonths, numberOf, monthLabel, monthShort }: Props) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const range = (s: Span) => (s.from === s.to ? monthLabel(s.from) : t('plan.range', { start: monthLabel(s.from), end: monthLabel(s.to) }));
  const last = years * 12;
  const onBarKey = (e: React.KeyboardEvent, a: Activity, year: number) => {
    const command = commandFor(e, ['timeline']);
    const span = spanOf(a);
    if (!span || !command?.startsWith('plan.')) return;
    // At the edge of the plan the key does nothing, rather than scroll the page.
    e.preventDefault();
    const moved = barMove(span, command, last);
    if (!moved) return;
    updateFields((d) => patchActivity(d, a.id, { startMonth: moved.from, endMonth: moved.to }));
    const now = docStore.get().draft?.activities.find((x) => x.id === a.id);
    if (now) setSaid(`${numberOf(a.id)} ${a.title}: ${range(spanOf(now)!)}`);
    focusBar(a.id, year, moved.from > span.from || moved.to > span.to);
  };
  const unplanned = groups.flatMap((g) => g.activities).filter((a) => !spanOf(a));
  return (
    <div className="kp-timeline" role="group" aria-label={t('plan.timeline')}>
      <p className="kp-hint" id="kp-timeline-hint">{t('plan.timelineHint')}</p>
      {Array.from({ length: years }, (_, k) => k + 1).map((y) => {
        const shown = groups.map((g) => ({ ...g, activities: g.activities.filter((a) => { const s = spanOf(a); return s && inYear(s, y); }) }))
          .filter((g) => g.activities.length > 0);
        const outside = periodMonths !== null ? inYear({ from: periodMonths + 1, to: last }, y) : null;
        return (
          <div key={y} className="kp-timeline-year" data-kp-timeline-year={y}>
            <div className="kp-tl-row kp-tl-head">
              <span className="kp-tl-label"><strong>{t('plan.yearN', { n: y })}</strong> <small>{range({ from: (y - 1) * 12 + 1, to: y * 12 })}</small></span>
              {Array.from({ length: 12 }, (_, m) => <span key={m} className="kp-tl-month" style={column({ from: m + 1, to: m + 1 })}>{monthShort((y - 1) * 12 + m + 1)}</span>)}
            </div>
            {shown.length === 0 && <div className="kp-tl-row"><span className="kp-tl-label kp-muted">{t('plan.nothingThisYear')}</span><span className="kp-tl-track" /></div>}
            {shown.map((g) => {
              const whole = g.span && inYear(g.span, y);
              return (
                <div key={g.id} className="kp-tl-group">
                  <div className="kp-tl-row kp-tl-summary">
                    <span className="kp-tl-label" title={g.label}>{g.label}</span><span className="kp-tl-track" />
                    {outside && <span className="kp-tl-outside" style={column(outside)} />}
                    {whole && <span className="kp-tl-summary-bar" style={column(whole)} aria-hidden />}
                  </div>
                  {g.activities.map((a) => {
                    const s = inYear(spanOf(a)!, y)!;
                    const name = `${numberOf(a.id)} ${a.title.trim() || t('plan.untitled')}`;
                    return (
                      <div key={a.id} className="kp-tl-row">
                        <span className="kp-tl-label" title={name}>{name}</span><span className="kp-tl-track" />
                        {outside && <span className="kp-tl-outside" style={column(outside)} />}
                        <button type="button" className="kp-tl-bar" style={column(s)} data-kp-bar={a.id} data-kp-year={y}
                          aria-label={`${name}: ${range(spanOf(a)!)}`} aria-describedby="kp-timeline-hint" aria-keyshortcuts={BAR_SHORTCUTS}
                          onKeyDown={(e) => onBarKey(e, a, y)}><span aria-hidden>{numberOf(a.id)}</span></button>
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        );
      })}
      {unplanned.length > 0 && <p className="kp-muted kp-tl-unplanned">{t('plan.unplanned', { list: unplanned.map((a) => `${numberOf(a.id)} ${a.title.trim() || t('plan.untitled')}`).join(', ') })}</p>}
      <p className="kp-sr-only" role="status" aria-live="polite" data-kp-timeline-said>{said}</p>
    </div>
  );
}
