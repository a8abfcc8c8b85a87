import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { en } from '../../../core/i18n/en';
import { sv } from '../../../core/i18n/sv';
import { sampleApplication } from '../../export/sample-application';
import { exportParts, paragraphs } from './helpers';

// The exported team table must call a member's category and duties what the app's team table
// calls them, so that a coordinator reading the printout finds the words they chose on screen.

function withMembers(): Draft {
  const d = sampleApplication();
  const m = d.team[0]!;
  return {
    ...d,
    team: [
      { ...m, id: 't-all', name: 'Alla uppdrag', kind: 'civil_servant', politicalSide: null, coordinator: true, icldContact: true, projectManager: true },
      { ...m, id: 't-other', name: 'Annan kategori', kind: 'other', politicalSide: null, coordinator: false, icldContact: false, projectManager: false },
    ],
  };
}

/** The cell texts of the row that starts with `name`. */
async function rowOf(draft: Draft, language: 'sv-SE' | 'en-GB', name: string): Promise<string[]> {
  const doc = (await exportParts(draft, { language }))['word/document.xml']!;
  const rows = [...doc.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => paragraphs(c[1]!).map((p) => p.text).join('\n')));
  const row = rows.find((r) => r[0] === name);
  expect(row, name).toBeDefined();
  return row!;
}

describe('the team table in the Word export', () => {
  it('names duties and categories in Swedish as the app does (Samordnare, not Koordinator)', async () => {
    const all = await rowOf(withMembers(), 'sv-SE', 'Alla uppdrag');
    expect(all).toContain('Samordnare, ICLD-kontakt, Projektledare');
    expect(all).toContain('Tjänsteperson');
    expect(await rowOf(withMembers(), 'sv-SE', 'Annan kategori')).toContain('Annan');
    const t = sv.team;
    expect(all).toContain([t.coordinator, t.icldContact, t.projectManager].join(', '));
  });

  it('names them in English as the app does', async () => {
    const all = await rowOf(withMembers(), 'en-GB', 'Alla uppdrag');
    expect(all).toContain('Coordinator, ICLD contact, Project manager');
    const t = en.team;
    expect(all).toContain([t.coordinator, t.icldContact, t.projectManager].join(', '));
    expect(all).toContain(t.kinds.civil_servant);
    expect(await rowOf(withMembers(), 'en-GB', 'Annan kategori')).toContain(t.kinds.other);
  });
});
