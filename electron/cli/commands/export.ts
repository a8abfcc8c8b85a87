import { resolve } from 'node:path';
import { DocumentLanguage } from '../../../core/draft/schema';
import { readDraftFile } from '../../services/draft-files';
import { exportDocx } from '../../services/export-docx';
import { tryParseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, failInput, failUsage, type Command } from '../io';

const usage = 'kp export FILE -o OUT.docx [--lang sv-SE|en-GB] [--with-comments] [--with-suggestions] [--allow-errors]';

export const exportCommand: Command = {
  name: 'export',
  usage,
  summary: 'export a draft as a Word document',
  async run(args, io) {
    const a = tryParseArgs(args, {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      'with-comments': { type: 'boolean' },
      'with-suggestions': { type: 'boolean' },
      'allow-errors': { type: 'boolean' },
    });
    if (!a.ok) return failUsage(io, a.message, usage);
    const [file, ...rest] = a.positionals;
    const out = a.values.output;
    if (!file || rest.length > 0 || typeof out !== 'string') return failUsage(io, 'expected FILE -o OUT.docx', usage);
    const lang = a.values.lang === undefined ? undefined : DocumentLanguage.safeParse(a.values.lang);
    if (lang && !lang.success) return failUsage(io, `unknown language "${String(a.values.lang)}"`, usage);
    const r = await readDraftFile(resolve(io.cwd, file));
    if (!r.ok) return failInput(io, file, r.error.message);
    const w = await exportDocx(r.value, resolve(io.cwd, out), {
      language: lang?.data,
      withComments: a.values['with-comments'] === true,
      withSuggestions: a.values['with-suggestions'] === true,
      allowErrors: a.values['allow-errors'] === true,
    });
    if (!w.ok && w.error.code === 'export-refused') {
      io.stderr(`kp: ${file}: ${w.error.message} (--allow-errors exports it marked as a draft)\n`);
      return EXIT_FINDINGS;
    }
    if (!w.ok) return failInput(io, out, w.error.message);
    io.stdout(`${out}\n`);
    return EXIT_OK;
  },
};
