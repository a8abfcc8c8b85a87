import { resolve } from 'node:path';
import type { Annotation } from '../../../core/draft/annotation';
import type { OrphanReason } from '../../../core/review/reanchor';
import { mergeCommentFiles } from '../../services/merge-comments';
import { tryParseArgs } from '../args';
import { EXIT_OK, failInput, failUsage, type Command } from '../io';

const usage = 'kp merge-comments DRAFT COPY… -o OUT [--json] [--any-draft]';

const reasons: Record<OrphanReason, string> = {
  'quote-not-found': 'the quoted text is no longer in the draft',
  'section-missing': 'the section is no longer in the draft',
  'field-missing': 'the item is no longer in the draft',
  'text-deleted': 'the quoted text was deleted',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function orphanLine(a: Annotation | undefined, id: string, reason: OrphanReason): string {
  const quote = a?.anchor.kind === 'text' ? ` on "${a.anchor.quote.exact.replace(/\s+/g, ' ').slice(0, 60)}"` : '';
  const who = a ? ` by ${a.author.name}` : '';
  return `  orphan ${id}${who}${quote}: ${reasons[reason]}\n`;
}

export const mergeCommentsCommand: Command = {
  name: 'merge-comments',
  usage,
  summary: "merge the comments of reviewers' returned copies into a draft",
  async run(args, io) {
    const a = tryParseArgs(args, {
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      'any-draft': { type: 'boolean' },
    });
    if (!a.ok) return failUsage(io, a.message, usage);
    const [draft, ...copies] = a.positionals;
    const out = a.values.output;
    if (!draft || copies.length === 0 || typeof out !== 'string') return failUsage(io, 'expected DRAFT, at least one COPY and -o OUT', usage);
    const at = (p: string) => resolve(io.cwd, p);
    const r = await mergeCommentFiles(at(draft), copies.map(at), at(out), { allowOtherDrafts: a.values['any-draft'] === true });
    if (!r.ok) {
      // Name the file as the user typed it.
      const named = [draft, ...copies, out].find((p) => r.error.path !== undefined && at(p) === r.error.path) ?? r.error.path ?? draft;
      return failInput(io, named, r.error.message);
    }
    const { report } = r.value;
    if (a.values.json) {
      io.stdout(JSON.stringify({ out, ...report }, null, 2) + '\n');
      return EXIT_OK;
    }
    io.stdout(
      `${out}: ${plural(report.added, 'comment', 'comments')} added, ${report.alreadyPresent} already present, ` +
        `${report.orphaned} orphaned, ${plural(report.repliesAdded, 'reply', 'replies')} added\n`,
    );
    for (const o of report.orphans) io.stdout(orphanLine(r.value.draft.annotations.find((x) => x.id === o.id), o.id, o.reason));
    return EXIT_OK;
  },
};
