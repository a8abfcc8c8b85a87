import { resolve } from 'node:path';
import { DocumentLanguage } from '../../../core/draft/schema';
import { readDraftFile } from '../../services/draft-files';
import { exportBudgetXlsx } from '../../services/export-xlsx';
import { tryParseArgs } from '../args';
import { EXIT_OK, failInput, failUsage, type Command } from '../io';

const usage = 'kp export-budget FILE -o OUT.xlsx [--lang sv-SE|en-GB]';

export const exportBudgetCommand: Command = {
  name: 'export-budget',
  usage,
  summary: 'export a draft\'s budget as a spreadsheet (.xlsx) with live totals and the ceilings',
  async run(args, io) {
    const a = tryParseArgs(args, { output: { type: 'string', short: 'o' }, lang: { type: 'string' } });
    if (!a.ok) return failUsage(io, a.message, usage);
    const [file, ...rest] = a.positionals;
    const out = a.values.output;
    if (!file || rest.length > 0 || typeof out !== 'string') return failUsage(io, 'expected FILE -o OUT.xlsx', usage);
    const lang = a.values.lang === undefined ? undefined : DocumentLanguage.safeParse(a.values.lang);
    if (lang && !lang.success) return failUsage(io, `unknown language "${String(a.values.lang)}"`, usage);
    const r = await readDraftFile(resolve(io.cwd, file));
    if (!r.ok) return failInput(io, file, r.error.message);
    const w = await exportBudgetXlsx(r.value, resolve(io.cwd, out), { language: lang?.data });
    if (!w.ok) return failInput(io, out, w.error.message);
    io.stdout(`${out}\n`);
    return EXIT_OK;
  },
};
