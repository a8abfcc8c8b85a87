import type { Paragraph, Table } from 'docx';
import type { Draft, Person } from '../draft/schema';
import type { BuildContext } from './context';
import { bodyParagraph } from './rich-text-blocks';
import { TEXT_WIDTH } from './styles';
import { fixedTable, spacer, type Cell, type Row } from './tables';

type Block = Paragraph | Table;

/** A person on lines: name and title, then e-mail and phone; "–" when nobody is named. */
export function personText(p: Person): string {
  const head = [p.name.trim(), p.title.trim()].filter(Boolean).join(', ');
  const reach = [p.email.trim(), p.phone.trim()].filter(Boolean).join(' · ');
  return [head, reach].filter(Boolean).join('\n') || '–';
}

/** Each party's contact person and authorised signatory. */
export function peopleTable(draft: Draft, ctx: BuildContext): Block[] {
  const L = ctx.labels;
  const cell = (text: string): Cell => ({ text });
  const rows: Row[] = [
    { cells: [cell(draft.applicant.organisation || '–'), cell(personText(draft.applicant.contact)), cell(personText(draft.applicant.signatory))] },
    ...draft.partners.map((p) => ({ cells: [cell(p.organisation || '–'), cell(personText(p.contact)), cell(personText(p.signatory))] })),
  ];
  const side = Math.round((TEXT_WIDTH - 2600) / 2);
  return [fixedTable(ctx, [2600, side, TEXT_WIDTH - 2600 - side], [cell(L.organisation), cell(L.contact), cell(L.signatory)], rows), spacer(ctx)];
}

/** A line of bold (a small heading inside a section) or plain text, counted by the page estimate like every body line. */
const line = (text: string, ctx: BuildContext, bold = true) => bodyParagraph(ctx, text, { bold });

const fileName = (path: string) => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** The annexes the application comes with: each with its state and the name of its file. */
export function annexList(draft: Draft, ctx: BuildContext): Block[] {
  const L = ctx.labels;
  const kinds = ctx.names.annexKinds(draft);
  const heading = line(L.annexes, ctx);
  if (kinds.length === 0) return [heading, line(L.noAnnexes, ctx, false), spacer(ctx)];
  const rows: Row[] = kinds.map((kind) => {
    const a = draft.annexes.find((x) => x.kind === kind);
    return { cells: [{ text: ctx.names.annexKind(kind) }, { text: L.annexStates[a?.state ?? 'missing'] }, { text: a?.file ? fileName(a.file) : '–' }] };
  });
  return [heading, fixedTable(ctx, [TEXT_WIDTH - 4600, 1800, 2800], [{ text: L.annex }, { text: L.annexState }, { text: L.annexFile }], rows), spacer(ctx)];
}
