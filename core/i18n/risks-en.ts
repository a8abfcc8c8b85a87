import type { risksSv } from './risks-sv';
import type { SameKeys } from './same-keys';

/** The risk register's texts in English; the same keys as the Swedish. */
export const risksEn: SameKeys<typeof risksSv> = {
  caption: 'Risks',
  hint: 'Tab moves between fields, $t(keys.risks.nextRisk) to the next risk, $t(keys.risks.addRisk) adds a risk, $t(keys.risks.removeRisk) removes it ($t(keys.edit.undo) undoes), $t(keys.risks.move) moves it.',
  empty: 'No risks yet. Add the first: what could hold the project back, how likely is it, and what will you do then?',
  add: 'Add risk',
  number: 'R{{n}}',
  untitled: '(no text)',
  removed: 'The risk “{{name}}” was removed. $t(keys.edit.undo) or Undo brings it back.',
  undoRemove: 'Undo',
  text: 'Risk', likelihood: 'Likelihood', impact: 'Impact', mitigation: 'Mitigation', owner: 'Owner', threatens: 'Threatens',
  choose: 'Choose …',
  levels: { low: '1 – low', medium: '2 – medium', high: '3 – high' },
  wholeProject: 'The whole project',
  untitledItem: '(no text)',
  removedTarget: 'Removed objective or result',
  up: 'Move “{{name}}” up', down: 'Move “{{name}}” down', remove: 'Remove “{{name}}”',
  upKey: 'Move “{{name}}” up ($t(keys.risks.moveUp) in a field)', downKey: 'Move “{{name}}” down ($t(keys.risks.moveDown) in a field)',
  removeKey: 'Remove “{{name}}” ($t(keys.risks.removeRisk) in a field)',
  grid: {
    caption: 'Risk matrix: likelihood and impact',
    likelihood: 'Likelihood', impact: 'Impact',
    axis: { low: 'Low', medium: 'Medium', high: 'High' },
    cell: 'Likelihood {{likelihood}}, impact {{impact}}: {{risks}}',
    none: 'no risks',
    level: { low: 'Low risk', medium: 'Medium risk', high: 'High risk' },
    marker: 'Go to {{number}} {{name}}',
    unplaced: 'Not assessed yet: {{list}}',
  },
};
