import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/rules/finding';
import { focusFinding } from '../findings/navigation';
import { CommentIcon, goToThread, useOpenThreads, type OpenThread } from '../review';
import { openDialog } from '../state/app-state';
import { pendingSuggestions, type PendingSuggestion } from './pending-suggestions';

/** Items shown per group; the rest are counted and left to the side panel. */
const SHOWN = 3;
/** The rule that reports text typed into a field that could not be read. */
const INVALID_INPUT_RULE = 'FLD-01';
const ellipsis = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

interface Entry { key: string; text: string; go: () => void; rule?: string }
interface Group { kind: 'error' | 'invalid' | 'warning' | 'comment' | 'suggestion'; icon: string; heading: string; entries: Entry[]; more: string }

/** Closes the dialog, then goes: after the dialog has given the focus back, so the jump is the last word. */
const jump = (go: () => void) => () => {
  openDialog(null);
  setTimeout(go, 10);
};

function useGroups(findings: readonly Finding[]): Group[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const threads = useOpenThreads();
  const suggestions = pendingSuggestions();
  const ofFindings = (list: Finding[]): Entry[] =>
    list.map((f, i) => ({ key: `${f.ruleId}-${i}`, rule: f.ruleId, text: `${f.ruleId}: ${f.message[lang]}`, go: jump(() => focusFinding(f)) }));
  const ofThreads = (list: OpenThread[]): Entry[] => list.map((c) => {
    const parts = { where: c.where, author: c.author, body: ellipsis(c.body, 90) };
    const text = c.quote ? t('exportPreflight.quotedComment', { ...parts, quote: ellipsis(c.quote, 40) }) : t('exportPreflight.comment', parts);
    return { key: c.id, text, go: jump(() => goToThread(c.id)) };
  });
  const ofSuggestions = (list: PendingSuggestion[]): Entry[] => list.map((s) => ({ key: s.id, text: s.text, go: jump(s.go) }));
  const invalid = findings.filter((f) => f.ruleId === INVALID_INPUT_RULE);
  const other = findings.filter((f) => f.ruleId !== INVALID_INPUT_RULE);
  const errors = other.filter((f) => f.severity === 'error');
  const warnings = other.filter((f) => f.severity === 'warning');
  const groups: Group[] = [
    { kind: 'error', icon: '✖', heading: t('problems.errors', { count: errors.length }), entries: ofFindings(errors), more: 'exportPreflight.more' },
    { kind: 'invalid', icon: '✖', heading: t('exportPreflight.invalid', { count: invalid.length }), entries: ofFindings(invalid), more: 'exportPreflight.more' },
    { kind: 'warning', icon: '⚠', heading: t('problems.warnings', { count: warnings.length }), entries: ofFindings(warnings), more: 'exportPreflight.more' },
    { kind: 'comment', icon: '', heading: t('exportPreflight.comments', { count: threads.length }), entries: ofThreads(threads), more: 'exportPreflight.moreComments' },
    { kind: 'suggestion', icon: '✎', heading: t('exportPreflight.suggestions', { count: suggestions.length }), entries: ofSuggestions(suggestions), more: 'exportPreflight.moreComments' },
  ];
  return groups.filter((g) => g.entries.length > 0);
}

/**
 * Everything the export would carry that is not finished: errors, unreadable fields, warnings, open
 * comments and undecided suggestions, each a way to the place it concerns.
 */
export function PreflightList({ findings, withComments }: { findings: readonly Finding[]; withComments: boolean }) {
  const { t } = useTranslation();
  const groups = useGroups(findings);
  if (groups.length === 0) return <p className="kp-preflight-ok">✓ {t('dialogs.preflightOk')}</p>;
  return (
    <>
      {/* Everything at a glance, above the list that may need scrolling. */}
      <p className="kp-preflight-summary">{groups.map((g) => g.heading).join(' · ')}</p>
      <ul className="kp-preflight-groups">
        {groups.map((g) => (
          <li key={g.kind} className={`kp-preflight-group severity-${g.kind}`} data-kp-preflight={g.kind}>
            <span className="kp-preflight-heading">{g.kind === 'comment' ? <><CommentIcon /> {g.heading}</> : `${g.icon} ${g.heading}`}</span>
            <ul className="kp-preflight-entries">
              {g.entries.slice(0, SHOWN).map((e) => (
                <li key={e.key}><button type="button" className="kp-link-button" data-kp-rule={e.rule} title={t('exportPreflight.goThere')} onClick={e.go}>{e.text}</button></li>
              ))}
              {g.entries.length > SHOWN && <li className="kp-muted">{t(g.more as 'exportPreflight.more', { count: g.entries.length - SHOWN })}</li>}
            </ul>
            {g.kind === 'comment' && !withComments && <p className="kp-muted kp-preflight-note">{t('exportPreflight.commentsLeftOut')}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
