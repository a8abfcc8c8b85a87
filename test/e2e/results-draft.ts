import type { Indicator } from '../../core/draft/framework';
import type { Draft } from '../../core/draft/schema';
import { kalixMasakaPlan } from './plan-draft';

const indicator = (id: string, text: string, unit: string, baseline: [string, number], target: [string, string], verification: string, collectedBy: string): Indicator => ({
  id, text, unit, baseline: { value: baseline[0], year: baseline[1] }, target: { value: target[0], date: target[1] }, verification, collectedBy,
});

/** The Kalix–Masaka application with an empty results matrix (and its activity plan). */
export function kalixMasakaNoFramework(): Draft {
  const d = kalixMasakaPlan(false);
  d.framework = { overallObjective: { text: '', note: '', indicators: [], assumptions: '' }, projectObjectives: [] };
  return d;
}

/** The Kalix–Masaka application with a filled-in results matrix: two project objectives, three results, indicators on each. */
export function kalixMasakaFramework(): Draft {
  const d = kalixMasakaPlan();
  d.framework = {
    overallObjective: {
      text: 'Masaka är en renare och hälsosammare stad där invånarna påverkar hur avfallet tas om hand', note: '',
      assumptions: 'Staden fortsätter att prioritera avfallsfrågan i sin utvecklingsplan',
      indicators: [indicator('io1', 'Andel av stadens avfall som samlas in', '%', ['35', 2025], ['60', '2032-12-31'], 'Stadens årsrapport', 'Masaka kommun')],
    },
    projectObjectives: [
      { id: 'o1', text: 'Masaka och Kalix har en fungerande källsortering i minst två stadsdelar', note: '', assumptions: 'Marknadsrådet och stadsdelarna vill delta',
        indicators: [indicator('i1', 'Stadsdelar med källsortering', 'antal', ['0', 2025], ['2', '2028-06-30'], 'Kommunstyrelsens protokoll', 'Projektledaren i Masaka')],
        results: [
          { id: 'r1', text: 'Hushåll i Nyendo sorterar sitt avfall i tre fraktioner', note: 'Pilot i två kvarter först', assumptions: 'Insamlingen hämtar i tid',
            indicators: [
              indicator('i2', 'Andel hushåll som sorterar', '%', ['5', 2025], ['40', '2028-06-30'], 'Enkät till hushållen', 'Miljöenheten i Masaka'),
              indicator('i3', 'Sorterat avfall per månad', 'ton', ['2', 2025], ['15', '2028-06-30'], 'Vågsedlar från insamlingen', 'Avfallsbolaget'),
            ] },
          { id: 'r2', text: 'Marknadsrådet driver en egen insamling av organiskt avfall', note: '', assumptions: '',
            indicators: [indicator('i4', 'Marknader med egen insamling', 'antal', ['0', 2025], ['3', '2028-03-31'], 'Marknadsrådets mötesprotokoll', 'Marknadsrådet')] },
        ] },
      { id: 'o2', text: 'Förvaltningarna i båda kommunerna planerar avfallet tillsammans med invånarna', note: '', assumptions: '', indicators: [],
        results: [{ id: 'r3', text: 'En gemensam dialogmodell används i planeringen', note: '', assumptions: 'Politiken står bakom modellen',
          indicators: [indicator('i5', 'Planer som tagits fram med dialogmodellen', 'antal', ['0', 2026], ['2', '2028-08-31'], 'Nämndernas beslut', 'Kalix kommun')] }] },
    ],
  };
  return d;
}
