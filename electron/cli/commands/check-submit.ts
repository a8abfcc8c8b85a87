import type { Draft } from '../../../core/draft/schema';
import { localDay } from '../../../core/draft/date-text';
import { checkDraft, type CheckOptions, type RulePack } from '../../../core/rules';
import { buildSubmitCheck, parseOnlineForm, type SubmitItem } from '../../../core/submit';
import { sectionsFor } from '../../../core/template/schema';
import { onlineFormData } from '../../../templates';
import { loadApplicationTemplate } from '../../services/templates';
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from '../io';
import { describeLocation } from './check';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A valid `--today`, or today's local date when none is given; null for a malformed one. */
export function submitDay(flag: string | undefined): string | null {
  if (flag === undefined) return localDay(new Date());
  return DAY.test(flag) ? flag : null;
}

const asJson = (i: SubmitItem) => ({
  kind: i.kind, field: i.field, ruleId: i.ruleId, threadId: i.threadId, suggestionId: i.suggestionId, message: i.message, location: i.location,
});

function printText(io: CliIo, file: string, blocking: SubmitItem[], look: SubmitItem[], lang: 'sv' | 'en', today: string): void {
  io.stdout(`${file}: ${blocking.length === 0 ? 'ready to submit' : `${blocking.length} blocking`}, ${look.length} worth a look (submitting ${today})\n`);
  for (const [title, list] of [['Blocking', blocking], ['Worth a look', look]] as const) {
    if (list.length === 0) continue;
    io.stdout(`\n${title}\n`);
    for (const i of list) io.stdout(`  ${i.kind.padEnd(10)} ${(i.ruleId ?? '').padEnd(7)} ${describeLocation(i.location).padEnd(28)} ${i.message[lang]}\n`);
  }
}

/** `kp check --submit`: what blocks submitting the draft today; exits 1 while anything does. */
export function runSubmitCheck(io: CliIo, o: { file: string; draft: Draft; pack: RulePack; json: boolean; lang: 'sv' | 'en'; today: string; linked?: CheckOptions['linked'] }): number {
  const { draft, pack, today } = o;
  const form = parseOnlineForm(onlineFormData);
  const findings = checkDraft(draft, pack, { today, linked: o.linked });
  const { blocking, look } = buildSubmitCheck({ draft, pack, form, findings, sections: sectionsFor(loadApplicationTemplate(), draft.component), today });
  if (o.json) io.stdout(JSON.stringify({ edition: pack.id, today, ready: blocking.length === 0, blocking: blocking.map(asJson), look: look.map(asJson) }, null, 2) + '\n');
  else printText(io, o.file, blocking, look, o.lang, today);
  return blocking.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
