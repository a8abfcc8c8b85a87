import { buildDraftJsonSchema } from '../../../core/draft/json-schema';
import { tryParseArgs } from '../args';
import { EXIT_OK, failUsage, type Command } from '../io';

const usage = 'kp schema';

export const schemaCommand: Command = {
  name: 'schema',
  usage,
  summary: 'print the JSON Schema of the .kpdraft file format',
  async run(args, io) {
    const a = tryParseArgs(args, {});
    if (!a.ok) return failUsage(io, a.message, usage);
    if (a.positionals.length > 0) return failUsage(io, 'expected no arguments', usage);
    io.stdout(JSON.stringify(buildDraftJsonSchema(), null, 2) + '\n');
    return EXIT_OK;
  },
};
