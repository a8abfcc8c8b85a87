import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { buildNewDraft } from '../../../core/draft/new-draft';
import { ComponentId } from '../../../core/draft/schema';
import { writeDraftFile } from '../../services/draft-files';
import { defaultEdition, loadApplicationTemplate, loadRulePacks } from '../../services/templates';
import { tryParseArgs } from '../args';
import { EXIT_OK, failInput, failUsage, type Command } from '../io';

const usage = 'kp new -o FILE [--edition ID] [--component ID]';

export const newCommand: Command = {
  name: 'new',
  usage,
  summary: 'create an empty draft',
  async run(args, io) {
    const a = tryParseArgs(args, {
      output: { type: 'string', short: 'o' },
      edition: { type: 'string' },
      component: { type: 'string' },
    });
    if (!a.ok) return failUsage(io, a.message, usage);
    const out = a.values.output;
    if (typeof out !== 'string' || a.positionals.length > 0) return failUsage(io, 'expected -o FILE', usage);
    const component = ComponentId.safeParse(a.values.component ?? 'project');
    if (!component.success) return failUsage(io, `unknown component "${String(a.values.component)}"`, usage);
    const edition = typeof a.values.edition === 'string' ? a.values.edition : defaultEdition();
    const editions = loadRulePacks().map((p) => p.id);
    if (!editions.includes(edition)) return failUsage(io, `unknown edition "${edition}" (known: ${editions.join(', ')})`, usage);
    const draft = buildNewDraft({
      template: loadApplicationTemplate(),
      editionId: edition,
      component: component.data,
      documentLanguage: 'sv-SE',
      now: new Date(),
      newId: randomUUID,
    });
    const path = resolve(io.cwd, out);
    const r = await writeDraftFile(path, draft);
    if (!r.ok) return failInput(io, out, r.error.message);
    io.stdout(`${out}\n`);
    return EXIT_OK;
  },
};
