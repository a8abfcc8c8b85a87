import type { Paragraph, Table } from 'docx';
import type { Draft } from '../draft/schema';
import type { BuildContext } from './context';
import { bodyParagraph } from './rich-text-blocks';
import { textRuns } from './runs';
import { TEXT_WIDTH } from './styles';
import { fixedTable, spacer, type Cell, type Row } from './tables';
import { annexList, peopleTable } from './people-annexes';

type Block = Paragraph | Table;

/** Column widths that add up to the text width exactly: the first column takes what is left. */
function widths(...rest: number[]): number[] {
  return [TEXT_WIDTH - rest.reduce((a, b) => a + b, 0), ...rest];
}

const cell = (text: string, o: Partial<Cell> = {}): Cell => ({ text, ...o });

/** Who a team member or budget line belongs to: the applicant or a partner organisation. */
export function sideName(draft: Draft, side: string, ctx: BuildContext): string {
  if (side === 'swedish') return draft.applicant.organisation || ctx.labels.applicantRole;
  const p = draft.partners.find((x) => x.id === side);
  return p ? p.organisation || ctx.names.country(p.country) : side;
}

/** Applicant and partners: role, organisation, type and country; their people; the annexes. */
export function partiesSection(draft: Draft, ctx: BuildContext): Block[] {
  const L = ctx.labels;
  const dash = '–';
  const sweden = ctx.names.country('SE');
  const applicant: Row = {
    cells: [
      { text: draft.applicant.organisation || dash, children: ctx.wrap('field:applicant', textRuns(draft.applicant.organisation || dash, {}, ctx.locale)) },
      cell(L.applicantRole),
      cell(draft.applicant.type ? ctx.names.applicantType(draft.applicant.type) : dash),
      // Sweden is not a partner country, so packs may not list it.
      cell(sweden === 'SE' ? L.sweden : sweden),
    ],
  };
  const partners: Row[] = draft.partners.map((p) => ({
    cells: [
      { text: p.organisation || dash, children: ctx.wrap(`field:partner:${p.id}`, textRuns(p.organisation || dash, {}, ctx.locale)) },
      cell(L.partnerRoles[p.role]),
      cell(p.type ? ctx.names.partnerType(p.type) : dash),
      cell(p.country ? ctx.names.country(p.country) : dash),
    ],
  }));
  return [
    fixedTable(ctx, widths(1800, 1900, 1900), [cell(L.organisation), cell(L.role), cell(L.type), cell(L.country)], [applicant, ...partners]),
    spacer(ctx),
    ...peopleTable(draft, ctx),
    ...annexList(draft, ctx),
  ];
}

/** The selected democratic core areas with their justifications. */
export function coreAreasSection(draft: Draft, ctx: BuildContext): Block[] {
  const L = ctx.labels;
  if (draft.coreAreas.length === 0) return [bodyParagraph(ctx, L.noCoreAreas, { italic: true })];
  const rows: Row[] = draft.coreAreas.map((a) => ({
    cells: [
      { text: ctx.names.coreArea(a.id), bold: true, children: ctx.wrap(`field:coreArea:${a.id}`, textRuns(ctx.names.coreArea(a.id), { bold: true }, ctx.locale)) },
      cell(a.justification.trim() || L.notFilledIn),
    ],
  }));
  return [fixedTable(ctx, [2400, TEXT_WIDTH - 2400], [cell(L.coreArea), cell(L.justification)], rows), spacer(ctx)];
}

/** The team: name, role, side, kind and responsibilities. */
export function teamSection(draft: Draft, ctx: BuildContext): Block[] {
  const L = ctx.labels;
  if (draft.team.length === 0) return [bodyParagraph(ctx, L.noTeam, { italic: true })];
  const rows: Row[] = draft.team.map((m) => {
    const kind = L.memberKinds[m.kind] + (m.politicalSide ? ` (${L.politicalSides[m.politicalSide]})` : '');
    const duties = [m.coordinator && L.coordinator, m.icldContact && L.icldContact, m.projectManager && L.projectManager].filter(Boolean).join(', ');
    return {
      cells: [
        { text: m.name, children: ctx.wrap(`field:team:${m.id}`, textRuns(m.name, {}, ctx.locale)) },
        cell(m.role),
        cell(sideName(draft, m.side, ctx)),
        cell(kind),
        cell(duties),
      ],
    };
  });
  return [
    fixedTable(ctx, widths(2300, 1800, 1600, 1526), [cell(L.name), cell(L.role), cell(L.side), cell(L.category), cell(L.responsibilities)], rows),
    spacer(ctx),
  ];
}
