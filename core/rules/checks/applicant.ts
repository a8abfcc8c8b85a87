import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';
import type { Draft } from '../../draft/schema';

const TYPE_FIELD = { kind: 'field', field: 'applicant.type' } as const;

function checkApplicantType(id: string, draft: Draft, ctx: RuleContext): Finding[] {
  const typeId = asString(field(draft.applicant, 'type'));
  const type = ctx.index.applicantType.get(typeId);
  if (!type) {
    // Only APP-01 speaks about a missing or unknown type, so the two rules never both fire.
    if (id !== 'APP-01') return [];
    const message = typeId === ''
      ? { sv: 'Ingen typ av sökande är vald. Välj vilken typ av organisation som söker (t.ex. kommun eller region).',
          en: 'No applicant type is chosen. Choose which kind of organisation is applying (e.g. municipality or region).' }
      : { sv: `Typen av sökande ”${typeId}” finns inte i den här utgåvan av riktlinjerna. Välj en av de typer som får söka.`,
          en: `The applicant type "${typeId}" is not part of this edition of the guidelines. Choose one of the eligible types.` };
    return [finding(ctx, { message, location: TYPE_FIELD })];
  }
  if (type.status === 'eligible' || (type.reportedBy ?? 'APP-01') !== id) return [];
  const replacement = type.replacedBy ? ctx.index.applicantType.get(type.replacedBy) : undefined;
  const uncertain = type.status === 'unknown' || type.confidence === 'U';
  const message = uncertain
    ? { sv: `Det är inte bekräftat att ${type.sv.toLowerCase()} fick söka enligt den här utgåvan. Kontrollera med ICLD innan ni skickar in.`,
        en: `It is not confirmed that a ${type.en.toLowerCase()} could apply under this edition. Check with ICLD before you submit.` }
    : { sv: `${type.sv} får inte söka enligt den här utgåvan.${replacement ? ` Välj ${replacement.sv.toLowerCase()} om det stämmer.` : ' Låt en kommun eller region vara sökande.'}`,
        en: `A ${type.en.toLowerCase()} may not apply under this edition.${replacement ? ` Choose ${replacement.en.toLowerCase()} if that is what you are.` : ' Let a municipality or region be the applicant.'}` };
  return [finding(ctx, {
    severity: type.status === 'unknown' ? 'warning' : undefined,
    message,
    location: TYPE_FIELD,
    sources: type.sources,
    confidence: type.confidence,
    fix: replacement && replacement.status === 'eligible'
      ? { label: { sv: `Byt till ${replacement.sv}`, en: `Change to ${replacement.en}` }, edits: [{ path: ['applicant', 'type'], value: replacement.id }] }
      : undefined,
  })];
}

/** APP-01: the applicant type is one the edition lists as eligible. */
export const app01: RuleDefinition = {
  id: 'APP-01',
  title: { sv: 'Den svenska sökandens typ får söka i utgåvan', en: 'The Swedish applicant type is eligible in the edition' },
  units: single(['applicant'], (d, ctx) => checkApplicantType('APP-01', d, ctx)),
};

/** APP-02: municipal companies and associations, eligible only from 2023. */
export const app02: RuleDefinition = {
  id: 'APP-02',
  title: { sv: 'Kommunala bolag och föreningar får söka först från 2023', en: 'Municipal companies and associations may apply only from 2023' },
  units: single(['applicant'], (d, ctx) => checkApplicantType('APP-02', d, ctx)),
};

/** APP-03: an international partner organisation is named. */
export const app03: RuleDefinition = {
  id: 'APP-03',
  title: { sv: 'En internationell partnerorganisation är angiven', en: 'An international partner organisation is named' },
  units: single(['partners'], (d, ctx) => {
    const partners = asArray(d.partners).filter((p) => field(p, 'role') === 'partner');
    if (partners.length === 0) {
      return [finding(ctx, {
        message: { sv: 'Ansökan saknar en internationell partner. Lägg till partnerorganisationen (lokal eller regional förvaltning) och dess land.',
                   en: 'The application has no international partner. Add the partner organisation (a local or regional government) and its country.' },
        location: { kind: 'field', field: 'partners' },
      })];
    }
    return partners
      .filter((p) => asString(field(p, 'organisation')).trim() === '')
      .map((p) => finding(ctx, {
        message: { sv: 'Partnerorganisationen har inget namn. Skriv namnet på den lokala eller regionala förvaltning ni samarbetar med.',
                   en: 'The partner organisation has no name. Enter the name of the local or regional government you work with.' },
        location: { kind: 'partner', partnerId: asString(field(p, 'id')), field: 'organisation' },
      }));
  }),
};
