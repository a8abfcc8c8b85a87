import { severityRank, type Severity } from '../../../core/rules/finding';
import { describeRules } from '../../../core/rules';
import { tryParseArgs } from '../args';
import { readEditionFlag } from '../edition-flag';
import { EXIT_OK, failUsage, type Command } from '../io';

const usage = 'kp rules [--edition ID] [--json] [--lang sv|en]';

export const rulesCommand: Command = {
  name: 'rules',
  usage,
  summary: 'list the programme rules with severity, editions and sources',
  async run(args, io) {
    const a = tryParseArgs(args, { json: { type: 'boolean' }, edition: { type: 'string' }, lang: { type: 'string' } });
    if (!a.ok) return failUsage(io, a.message, usage);
    if (a.positionals.length > 0) return failUsage(io, 'unexpected argument', usage);
    const lang = a.values.lang ?? 'en';
    if (lang !== 'sv' && lang !== 'en') return failUsage(io, `unknown language "${String(lang)}"`, usage);
    const flag = readEditionFlag(a.values.edition);
    if (!flag.ok) return failUsage(io, flag.message, usage);
    const { packs, pack } = flag.value;
    const edition = pack?.id;
    const rules = describeRules(pack ? [pack] : packs).map((r) => ({
      id: r.id,
      title: r.title,
      // The strictest severity the rule has in any of the listed editions.
      severity: r.editions.reduce<Severity>((s, e) => (severityRank[e.severity] > severityRank[s] ? e.severity : s), 'info'),
      editions: r.editions.map((e) => e.id),
      sources: r.sources,
      byEdition: r.editions.map((e) => ({
        edition: e.id, severity: e.severity, sources: e.sources, uncertainData: e.uncertainData, confidence: e.confidence,
        ...(e.note ? { note: e.note[lang] } : {}),
      })),
    }));
    if (a.values.json) {
      io.stdout(JSON.stringify({ edition: edition ?? null, rules }, null, 2) + '\n');
      return EXIT_OK;
    }
    const short = (id: string) => id.replace(/^icld-kp-/, '');
    io.stdout(`${rules.length} rules${edition ? ` in ${edition}` : ` in ${packs.length} editions`}\n\n`);
    for (const r of rules) {
      const sev = [...new Set(r.byEdition.map((e) => e.severity))].length === 1
        ? r.severity
        : r.byEdition.map((e) => `${short(e.edition)}:${e.severity}`).join(' ');
      io.stdout(`${r.id.padEnd(8)} ${sev.padEnd(8)} ${r.title[lang]}\n`);
      const soft = r.byEdition.filter((e) => e.uncertainData).map((e) => short(e.edition));
      if (soft.length > 0) io.stdout(`${''.padEnd(8)} only a warning where the figure is uncertain (${soft.join(', ')})\n`);
      io.stdout(`${''.padEnd(8)} editions: ${r.editions.map(short).join(', ')} · sources: ${r.sources.join(', ') || '–'}\n`);
      for (const [note, eds] of inferredNotes(r.byEdition)) io.stdout(`${''.padEnd(8)} inferred (${eds.map(short).join(', ')}): ${note}\n`);
    }
    return EXIT_OK;
  },
};

/** The reasons given for applying a rule by inference, each with the editions that give it. */
function inferredNotes(byEdition: ReadonlyArray<{ edition: string; note?: string }>): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const e of byEdition) if (e.note) notes.set(e.note, [...(notes.get(e.note) ?? []), e.edition]);
  return notes;
}
