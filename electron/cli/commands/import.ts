import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ComponentId } from '../../../core/draft/schema';
import { buildImportedDraft } from '../../../core/import/build-draft';
import { refusalText } from '../../../core/import/refusal';
import { writeDraftFile } from '../../services/draft-files';
import { importDocx } from '../../services/import-docx';
import { defaultEdition, loadApplicationTemplate } from '../../services/templates';
import { tryParseArgs } from '../args';
import { readEditionFlag } from '../edition-flag';
import { EXIT_OK, failInput, failUsage, type Command } from '../io';

const usage = 'kp import FILE.docx -o OUT.kpdraft [--edition ID] [--component ID] [--drop-unsafe-links]';

/**
 * Imports a Word document into a new draft file, as the app's import does with every choice at
 * its default: every budget table found is taken as budget lines and the comments are kept. Text
 * no heading placed is kept in the draft, to be placed in the app. An existing OUT is never replaced.
 * A document with links that would run code or open local files (javascript:, file:) is refused
 * unless --drop-unsafe-links says to leave them out: a script cannot see the app's notice about them.
 */
export const importCommand: Command = {
  name: 'import',
  usage,
  summary: 'make a new draft from a Word document (.docx)',
  async run(args, io) {
    const a = tryParseArgs(args, {
      output: { type: 'string', short: 'o' },
      edition: { type: 'string' },
      component: { type: 'string' },
      'drop-unsafe-links': { type: 'boolean' },
    });
    if (!a.ok) return failUsage(io, a.message, usage);
    const [file, ...rest] = a.positionals;
    const out = a.values.output;
    if (!file || rest.length > 0 || typeof out !== 'string') return failUsage(io, 'expected FILE.docx -o OUT.kpdraft', usage);
    const component = ComponentId.safeParse(a.values.component ?? 'project');
    if (!component.success) return failUsage(io, `unknown component "${String(a.values.component)}"`, usage);
    const edition = readEditionFlag(a.values.edition);
    if (!edition.ok) return failUsage(io, edition.message, usage);
    const target = resolve(io.cwd, out);
    if (existsSync(target)) return failInput(io, out, 'the file exists already; name a new file');
    const r = await importDocx(resolve(io.cwd, file));
    if (!r.ok) return failInput(io, file, r.error.message);
    if (r.value.kind === 'refused') return failInput(io, file, refusalText[r.value.reason]);
    const plan = r.value.plan;
    if (plan.droppedLinks > 0 && a.values['drop-unsafe-links'] !== true) {
      return failInput(io, file, `the document holds ${plan.droppedLinks} link(s) that would run code or open local files (javascript:, file:); import with --drop-unsafe-links to leave them out`);
    }
    const draft = buildImportedDraft(plan, {
      editionId: edition.value.pack?.id ?? defaultEdition(),
      component: component.data,
      documentLanguage: plan.language,
      acceptedBudget: plan.budget.map((b) => b.id),
      importComments: true,
    }, { template: loadApplicationTemplate(), now: new Date(), newId: randomUUID });
    const w = await writeDraftFile(target, draft);
    if (!w.ok) return failInput(io, out, w.error.message);
    const placed = Object.keys(plan.sections).length;
    io.stdout(`${out}: ${placed} sections placed, ${draft.unplaced.length} blocks not placed, ${draft.budget.length} budget lines, ${draft.annotations.length} comments\n`);
    return EXIT_OK;
  },
};
