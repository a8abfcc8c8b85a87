import type { budgetExportSv } from './budget-export-sv';

/** The app's words around the budget spreadsheet export, in English (see budget-export-sv.ts). */
export const budgetExportEn: typeof budgetExportSv = {
  title: 'Export budget (.xlsx)',
  intro: 'The budget as a spreadsheet: by year and cost category, with the totals as formulas, the ceiling per year beside the total and a sheet per party.',
  language: 'Language of the spreadsheet',
  exported: 'The budget spreadsheet was saved: {{path}}',
  openSheet: 'Open the spreadsheet',
};
