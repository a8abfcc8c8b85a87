import { describe, expect, it } from 'vitest';
import { buildHeadingIndex, matchHeading } from '../../../core/import/heading-match';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates, headingVariants } from '../../../templates';

const index = buildHeadingIndex(ApplicationTemplate.parse(applicationTemplates[0]), headingVariants);

describe('a Word heading names the section a coordinator means', () => {
  it.each([
    ['Bakgrund', 'background'],
    ['Background and partnership', 'background'],
    ['Problem/utmaning', 'challenge'],
    ['3. Mål', 'objectives'],
    ['3.1 Mål och förväntade resultat', 'objectives'],
    ['  SAMMANFATTNING ', 'summary'],
    ['II. Risks', 'risks'],
    ['Sustainability after the project', 'sustainability'],
  ])('“%s” → %s', (heading, id) => {
    expect(matchHeading(index, heading)).toBe(id);
  });

  it.each(['Inledning', 'Övrigt att diskutera', 'A note on costs'])('“%s” names none', (heading) => {
    expect(matchHeading(index, heading)).toBeNull();
  });
});
