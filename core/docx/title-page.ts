import { HeadingLevel, Paragraph, type ParagraphChild, type Table } from 'docx';
import type { Draft } from '../draft/schema';
import { budgetTotals } from './budget-section';
import type { BuildContext } from './context';
import { textRuns } from './runs';
import { STYLE, TEXT_WIDTH } from './styles';
import { fixedTable, type Row } from './tables';
import { formatDate, formatSek, startsRtl } from './text';

/** What the title page shows besides the draft itself. */
export interface TitlePageInfo {
  /** The application form's name, e.g. "Ansökan om Kommunalt Partnerskap". */
  formName: string;
  /** Open errors the user chose to export with; a banner says so when above 0. */
  openErrors: number;
  /** Export date (YYYY-MM-DD), shown when given. */
  exportedOn?: string;
  /** Comments that could be placed nowhere else land on the title. */
  wrapTitle(children: ParagraphChild[]): ParagraphChild[];
}

function period(draft: Draft, ctx: BuildContext): string {
  const { start, end } = draft.period;
  if (!start && !end) return ctx.labels.notFilledIn;
  const f = (d: string | null) => (d ? formatDate(d, ctx.lang) : '…');
  return `${f(start)} – ${f(end)}`;
}

/** The title page: form name, project title, component, and the application's key facts. */
export function titlePage(draft: Draft, ctx: BuildContext, info: TitlePageInfo): Array<Paragraph | Table> {
  const L = ctx.labels;
  // The title page is page 1 by definition; it is not part of the estimate of the pages after it.
  const layoutMark = ctx.layout.length;
  const title = draft.title.trim() || L.untitled;
  const partners = draft.partners.map((p) => {
    const country = p.country ? ctx.names.country(p.country) : '';
    const role = p.role === 'partner' ? '' : ` (${L.partnerRoles[p.role].toLowerCase()})`;
    const type = p.type ? ` (${ctx.names.partnerType(p.type)})` : '';
    return [(p.organisation || '–') + type, country].filter(Boolean).join(', ') + role;
  });
  const applicant = draft.applicant.organisation
    ? draft.applicant.organisation + (draft.applicant.type ? ` (${ctx.names.applicantType(draft.applicant.type)})` : '')
    : L.notFilledIn;
  const people = (role: 'contact' | 'signatory') => [draft.applicant, ...draft.partners]
    .filter((x) => x[role].name.trim() !== '')
    .map((x) => `${x[role].name.trim()}${x.organisation ? ` (${x.organisation})` : ''}`).join('\n') || L.notFilledIn;
  const facts: Array<[string, string]> = [
    [L.applicant, applicant],
    [L.partners, partners.join('\n') || L.notFilledIn],
    [L.contacts, people('contact')],
    [L.signatory, people('signatory')],
    [L.component, ctx.names.component(draft.component)],
    [L.period, period(draft, ctx)],
    [L.amount, formatSek(budgetTotals(draft).total, ctx.lang)],
    [L.edition, ctx.names.edition(draft.editionId)],
  ];
  if (draft.submissionDate) facts.push([L.submission, formatDate(draft.submissionDate, ctx.lang)]);
  if (info.exportedOn) facts.push([L.exported, formatDate(info.exportedOn, ctx.lang)]);
  const rows: Row[] = facts.map(([label, value]) => ({ cells: [{ text: label, bold: true }, { text: value }] }));
  const out: Array<Paragraph | Table> = [
    new Paragraph({ style: STYLE.titleMeta, spacing: { before: 2400 }, children: textRuns(info.formName, {}, ctx.locale) }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      bidirectional: startsRtl(title) || undefined,
      children: info.wrapTitle(textRuns(title, {}, ctx.locale)),
    }),
    new Paragraph({ style: STYLE.subtitle, spacing: { after: 720 }, children: textRuns(ctx.names.component(draft.component), {}, ctx.locale) }),
    fixedTable(ctx, [2800, TEXT_WIDTH - 2800], [], rows, { borders: false }),
  ];
  if (info.openErrors > 0) out.push(new Paragraph({ style: STYLE.draftBanner, children: textRuns(L.draftWithErrors(info.openErrors), {}, ctx.locale) }));
  ctx.layout.length = layoutMark;
  return out;
}
