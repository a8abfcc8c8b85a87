import { resolve } from 'node:path';
import type { Annotation } from '../../../core/draft/annotation';
import { keptSuggestionId } from '../../../core/review/kept-suggestion';
import type { ReviewMergeReport } from '../../../core/review/merge-review';
import type { OrphanReason } from '../../../core/review/reanchor';
import { mergeReviewFiles } from '../../services/merge-review';
import { tryParseArgs } from '../args';
import { EXIT_OK, failInput, failUsage, type Command } from '../io';

const usage = 'kp merge-review DRAFT COPY… -o OUT [--json] [--any-draft]';

const reasons: Record<OrphanReason, string> = {
  'quote-not-found': 'the quoted text is no longer in the draft',
  'section-missing': 'the section is no longer in the draft',
  'field-missing': 'the item is no longer in the draft',
  'text-deleted': 'the quoted text was deleted',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function orphanLine(what: string, a: Annotation | undefined, id: string, reason: OrphanReason): string {
  const quote = a?.anchor.kind === 'text' && a.anchor.quote.exact !== '' ? ` on "${a.anchor.quote.exact.replace(/\s+/g, ' ').slice(0, 60)}"` : '';
  const who = a ? ` by ${a.author.name}` : '';
  return `  orphan ${what}${id}${who}${quote}: ${reasons[reason]}\n`;
}

function summary(out: string, { comments: c, suggestions: s }: ReviewMergeReport): string {
  return (
    `${out}: ${plural(c.added, 'comment', 'comments')} added, ${c.alreadyPresent} already present, ` +
    `${c.orphaned} orphaned, ${plural(c.repliesAdded, 'reply', 'replies')} added\n` +
    `${out}: ${plural(s.added, 'suggestion', 'suggestions')} added, ${s.alreadyPresent} already present, ` +
    `${s.conflicting} conflicting, ${s.orphaned} orphaned\n`
  );
}

export const mergeReviewCommand: Command = {
  name: 'merge-review',
  aliases: ['merge-comments'],
  usage,
  summary: "merge the comments and suggested changes of reviewers' returned copies into a draft",
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
    const r = await mergeReviewFiles(at(draft), copies.map(at), at(out), { allowOtherDrafts: a.values['any-draft'] === true });
    if (!r.ok) {
      // Name the file as the user typed it.
      const named = [draft, ...copies, out].find((p) => r.error.path !== undefined && at(p) === r.error.path) ?? r.error.path ?? draft;
      return failInput(io, named, r.error.message);
    }
    const { report } = r.value;
    if (a.values.json) {
      // The comment counts stay where `kp merge-comments --json` has always put them.
      io.stdout(JSON.stringify({ out, ...report.comments, suggestions: report.suggestions }, null, 2) + '\n');
      return EXIT_OK;
    }
    io.stdout(summary(out, report));
    const find = (id: string) => r.value.draft.annotations.find((x) => x.id === id);
    for (const o of report.comments.orphans) io.stdout(orphanLine('', find(o.id), o.id, o.reason));
    for (const o of report.suggestions.orphans) io.stdout(orphanLine('suggestion ', find(keptSuggestionId(o.id)), o.id, o.reason));
    return EXIT_OK;
  },
};
