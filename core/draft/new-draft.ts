import type { ApplicationTemplate } from '../template/schema';
import { sectionsFor } from '../template/schema';
import { emptyRichText } from './rich-text';
import { emptyPlan } from './framework';
import { emptyPerson, emptyPrerequisite, type Applicant, type ComponentId, type Draft, type DocumentLanguage, type Partner } from './schema';

export interface NewDraftOptions {
  template: ApplicationTemplate;
  editionId: string;
  component: ComponentId;
  documentLanguage: DocumentLanguage;
  /** The planned submission date, when the user gave one. */
  submissionDate?: string | null;
  /** Injected so that core stays pure and tests are deterministic. */
  now: Date;
  newId: () => string;
}

/** A new, empty draft with one empty rich-text value per text section of the component. */
export function buildNewDraft(o: NewDraftOptions): Draft {
  const stamp = o.now.toISOString();
  const sections: Draft['sections'] = {};
  for (const s of sectionsFor(o.template, o.component)) {
    if (s.kind === 'text') sections[s.id] = emptyRichText();
  }
  return {
    id: o.newId(),
    title: '',
    editionId: o.editionId,
    component: o.component,
    applicant: newApplicant('', ''),
    partners: [newPartner({ id: o.newId(), organisation: '', country: '', role: 'partner' })],
    period: { start: null, end: null },
    submissionDate: o.submissionDate ?? null,
    sections,
    coreAreas: [],
    team: [],
    budget: [],
    ...emptyPlan(),
    annexes: [],
    prerequisites: { priorInception: emptyPrerequisite(), existingPartnership: emptyPrerequisite() },
    linkedDraft: null,
    unplaced: [],
    reused: [],
    annotations: [],
    invalidInputs: {},
    documentLanguage: o.documentLanguage,
    createdAt: stamp,
    modifiedAt: stamp,
  };
}

/** A partner with the given facts and no people named yet. */
export function newPartner(p: Pick<Partner, 'id' | 'organisation' | 'country' | 'role'>): Partner {
  return { ...p, type: '', contact: emptyPerson(), signatory: emptyPerson() };
}

/** An applicant with the given facts and no people named yet. */
export function newApplicant(organisation: string, type: string): Applicant {
  return { organisation, type, contact: emptyPerson(), signatory: emptyPerson() };
}
