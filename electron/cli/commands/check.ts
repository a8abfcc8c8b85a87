import { resolve } from 'node:path';
import type { Finding, FindingLocation, Severity } from '../../../core/rules/finding';
import { checkDraft, findPack } from '../../../core/rules';
import { readDraftFile } from '../../services/draft-files';
import { tryParseArgs } from '../args';
import { readEditionFlag } from '../edition-flag';
import { EXIT_FINDINGS, EXIT_OK, failInput, failUsage, type CliIo } from '../io';
import type { Command } from '../io';
import { runSubmitCheck, submitDay } from './check-submit';
import { loadLinked } from './linked-load';

const usage = 'kp check FILE [--json] [--edition ID] [--lang sv|en] [--submit [--today YYYY-MM-DD]]';

/** "section summary", "partner p1 (country)", "budget line b3 (category)" … */
export function describeLocation(l: FindingLocation): string {
  switch (l.kind) {
    case 'draft': return 'draft';
    case 'section': return `section ${l.sectionId}`;
    case 'field': return `field ${l.field}`;
    case 'partner': return `partner ${l.partnerId}${l.field ? ` (${l.field})` : ''}`;
    case 'budget-line': return `budget line ${l.lineId}${l.field ? ` (${l.field})` : ''}`;
    case 'budget-total': return `budget${l.year !== undefined ? ` year ${l.year}` : ' total'}${l.category ? ` ${l.category}` : ''}`;
    case 'team-member': return `team member ${l.memberId}`;
    case 'team': return 'team';
    case 'core-area': return `core areas${l.coreAreaId ? ` (${l.coreAreaId})` : ''}`;
    case 'framework-item': return `results framework ${l.itemId}${l.field ? ` (${l.field})` : ''}`;
    case 'framework': return 'results framework';
    case 'activity': return `activity ${l.activityId}${l.field ? ` (${l.field})` : ''}`;
    case 'activity-plan': return 'activity plan';
    case 'risk': return `risk ${l.riskId}${l.field ? ` (${l.field})` : ''}`;
    case 'agenda2030': return 'Agenda 2030 goals';
  }
}

const GROUPS: Array<{ severity: Severity; title: string }> = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];

function printText(io: CliIo, file: string, edition: string, findings: Finding[], lang: 'sv' | 'en'): void {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const e = count('error');
  const w = count('warning');
  const i = count('info');
  io.stdout(`${file} (${edition}): ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info\n`);
  for (const g of GROUPS) {
    const list = findings.filter((f) => f.severity === g.severity);
    if (list.length === 0) continue;
    io.stdout(`\n${g.title}\n`);
    for (const f of list) io.stdout(`  ${f.ruleId.padEnd(8)} ${describeLocation(f.location).padEnd(28)} ${f.message[lang]}\n`);
  }
}

export const checkCommand: Command = {
  name: 'check',
  usage,
  summary: 'check a draft against the programme rules of its edition (--submit: what blocks submitting it)',
  async run(args, io) {
    const a = tryParseArgs(args, { json: { type: 'boolean' }, edition: { type: 'string' }, lang: { type: 'string' }, submit: { type: 'boolean' }, today: { type: 'string' } });
    if (!a.ok) return failUsage(io, a.message, usage);
    const [file, ...rest] = a.positionals;
    if (!file || rest.length > 0) return failUsage(io, 'expected one FILE', usage);
    const lang = a.values.lang ?? 'en';
    if (lang !== 'sv' && lang !== 'en') return failUsage(io, `unknown language "${String(lang)}"`, usage);
    const flag = readEditionFlag(a.values.edition);
    if (!flag.ok) return failUsage(io, flag.message, usage);
    const { packs, known } = flag.value;
    const path = resolve(io.cwd, file);
    const r = await readDraftFile(path);
    if (!r.ok) return failInput(io, file, r.error.message);
    const linked = await loadLinked(path, r.value);
    const edition = flag.value.pack?.id ?? r.value.editionId;
    const pack = findPack(packs, edition);
    if (!pack) return failInput(io, file, `the draft targets an unknown edition "${edition}" (known: ${known}; choose one with --edition)`);
    if (a.values.submit) {
      const today = submitDay(typeof a.values.today === 'string' ? a.values.today : undefined);
      if (!today) return failUsage(io, `--today expects a date as YYYY-MM-DD, not "${String(a.values.today)}"`, usage);
      return runSubmitCheck(io, { file, draft: r.value, pack, json: a.values.json === true, lang, today, linked });
    }
    const findings = checkDraft(r.value, pack, { linked });
    if (a.values.json) {
      const out = findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, location: f.location }));
      io.stdout(JSON.stringify({ edition, findings: out }, null, 2) + '\n');
    } else {
      printText(io, file, edition, findings, lang);
    }
    return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};
