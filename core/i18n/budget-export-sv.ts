/** The app's words around the budget spreadsheet export (the dialog and its notice), in Swedish. */
export const budgetExportSv = {
  title: 'Exportera budget (.xlsx)',
  intro: 'Budgeten som kalkylblad: per år och kostnadsslag, med summor som formler, taket per år bredvid summan och ett blad per part.',
  language: 'Språk i kalkylbladet',
  exported: 'Budgetkalkylbladet sparades: {{path}}',
  openSheet: 'Öppna kalkylbladet',
};
