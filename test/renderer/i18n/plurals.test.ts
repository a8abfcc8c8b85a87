import { describe, expect, it } from 'vitest';
import { textIn } from '../../../core/i18n/lookup';
import { initI18n } from '../../../renderer/i18n';

const i18next = initI18n('sv');

/** Every count the interface shows reads right for one and for many, in both languages. */
describe('counts in the interface', () => {
  it('a rule about one civil servant says one, not "1 tjänstepersoner"', () => {
    const p = { Side: 'Uppsala kommun', min: 3, max: 5, expected: 2 };
    expect(textIn('sv', 'rules.TEAM-04.tooFew', { ...p, count: 1 })).toMatch(/^Uppsala kommun har 1 tjänsteperson i projektteamet/);
    expect(textIn('sv', 'rules.TEAM-04.tooFew', { ...p, count: 2 })).toMatch(/har 2 tjänstepersoner i projektteamet/);
    expect(textIn('sv', 'rules.TEAM-03.otherCount', { ...p, count: 1 })).toMatch(/har 1 tjänsteperson i teamet/);
    expect(textIn('en', 'rules.TEAM-04.tooFew', { ...p, count: 1 })).toMatch(/has 1 civil servant in the project team/);
  });

  it('the comment counts, the import summary, the word count and the edition notice agree with their numbers', async () => {
    const t = i18next.getFixedT('sv');
    expect(t('review.counts', { open: 1, resolved: 1 })).toBe('1 öppen · 1 löst');
    expect(t('review.counts', { open: 0, resolved: 2 })).toBe('0 öppna · 2 lösta');
    expect(t('review.importDone', { added: 1, present: 0, orphaned: 0 })).toBe('Kommentarer importerade: 1 ny, 0 fanns redan, 0 utan plats i texten.');
    expect(t('fields.editionSwitched', { edition: 'ICLD 2023', added: 1, removed: 0, errors: 1, warnings: 1 }))
      .toBe('Regelverket är nu ICLD 2023: 1 nytt problem, 0 försvann. Nu 1 fel och 1 varning.');
    expect(t('exportPreflight.comments', { count: 1 })).toBe('1 öppen kommentar');
    expect(t('dialogs.preflightErrors', { count: 1 })).toMatch(/^Utkastet har 1 fel\./);
    const en = i18next.getFixedT('en');
    expect(en('status.words', { count: 1 })).toBe('1 word');
    expect(en('fields.editionSwitched', { edition: 'ICLD 2023', added: 2, removed: 1, errors: 1, warnings: 3 }))
      .toBe('The rules are now ICLD 2023: 2 new problems, 1 gone. Now 1 error and 3 warnings.');
    expect(en('dialogs.preflightErrors', { count: 1 })).toMatch(/^The draft has 1 error\./);
    expect(en('exportPreflight.invalid', { count: 1 })).toBe('1 invalid field');
  });
});
