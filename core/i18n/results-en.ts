import type { resultsSv } from './results-sv';

/** English text of the results matrix (LFA); the same keys as the Swedish. */
export const resultsEn: typeof resultsSv = {
  caption: 'Results framework',
  hint: 'Tab moves between fields, $t(keys.results.next) to the next on the same level, $t(keys.results.add) adds an objective, result or indicator after, $t(keys.results.remove) removes it ($t(keys.edit.undo) undoes), $t(keys.results.move) moves it.',
  overall: 'Overall objective', objective: 'Project objective', result: 'Expected result', indicator: 'Indicator',
  objectives: 'Project objectives', results: 'Expected results', indicators: 'Indicators',
  note: 'Note', assumptions: 'Assumptions',
  unit: 'Unit', baseline: 'Baseline', baselineYear: 'Year', baselineYearLong: 'Baseline year', target: 'Target', baselinePair: 'Baseline and year', targetPair: 'Target and date', targetDate: 'Target date',
  verification: 'Means of verification', collectedBy: 'Collected by',
  addObjective: 'Add project objective', addResult: 'Add result', addIndicator: 'Add indicator',
  addResultTo: 'Add a result under project objective {{n}}', addIndicatorTo: 'Add an indicator for {{name}}',
  noObjectives: 'No project objectives yet. Add the first and break it down into results.',
  objectiveN: 'project objective {{n}}', resultN: 'result {{n}}', indicatorN: 'indicator {{n}}', overallName: 'the overall objective',
  removedObjective: 'The project objective “{{name}}” was removed with its results and indicators. $t(keys.edit.undo) or Undo brings it back.',
  removedResult: 'The result “{{name}}” was removed with its indicators. $t(keys.edit.undo) or Undo brings it back.',
  removedIndicator: 'The indicator “{{name}}” was removed. $t(keys.edit.undo) or Undo brings it back.',
  undoRemove: 'Undo', drag: 'Drag to another place on the same level to move it',
  up: 'Move “{{name}}” up', down: 'Move “{{name}}” down', remove: 'Remove “{{name}}”',
  upKey: 'Move “{{name}}” up ($t(keys.results.moveUp) in a field)', downKey: 'Move “{{name}}” down ($t(keys.results.moveDown) in a field)',
  removeKey: 'Remove “{{name}}” ($t(keys.results.remove) in a field)',
  badDate: 'This cannot be read as a date. Write it as {{pattern}}.',
};
