import { budgetExportEn } from './budget-export-en';
import { budgetExportSv } from './budget-export-sv';
import { budgetSheetEn } from './budget-sheet-en';
import { budgetSheetSv } from './budget-sheet-sv';
import { annexesEn } from './annexes-en';
import { annexesSv } from './annexes-sv';
import { linkedEn } from './linked-en';
import { linkedSv } from './linked-sv';
import { changesEn } from './changes-en';
import { changesSv } from './changes-sv';
import { docxEn } from './docx-en';
import { docxPlanEn } from './docx-plan-en';
import { docxPlanSv } from './docx-plan-sv';
import { docxSv } from './docx-sv';
import { en } from './en';
import { importEn } from './import-en';
import { importSv } from './import-sv';
import { componentSwitchEn } from './component-switch-en';
import { componentSwitchSv } from './component-switch-sv';
import { versionsEn } from './versions-en';
import { versionsSv } from './versions-sv';
import { mainEn } from './main-en';
import { mainSv } from './main-sv';
import { reviewEn } from './review-en';
import { rulesEn, rulesSv } from './rules';
import { reviewSv } from './review-sv';
import { resultsEn } from './results-en';
import { resultsSv } from './results-sv';
import { risksEn } from './risks-en';
import { rowsEn } from './rows-en';
import { rowsSv } from './rows-sv';
import { risksSv } from './risks-sv';
import { sdgEn } from './sdg-en';
import { sdgSv } from './sdg-sv';
import { sv } from './sv';
import { submitEn } from './submit-en';
import { submitSv } from './submit-sv';
import { reuseEn } from './reuse-en';
import { reuseSv } from './reuse-sv';

/**
 * Every text the app shows, in both UI languages: plain data, loaded by the renderer's i18next and
 * read by main and the Word export, so one key has one wording everywhere. Groups are split into
 * files by area (the general UI, review, main's menus and dialogs, the Word document, the rules' messages) to keep each small; a group's key sets match between
 * languages (test/core/i18n/catalogue.test.ts).
 */
export const catalogue = {
  sv: { ...sv, annexes: annexesSv, linked: linkedSv, review: reviewSv, changes: changesSv, main: mainSv, docx: docxSv, docxPlan: docxPlanSv, rules: rulesSv, results: resultsSv, risks: risksSv, sdg: sdgSv, submit: submitSv, import: importSv, budgetSheet: budgetSheetSv, budgetExport: budgetExportSv, reuse: reuseSv, rows: rowsSv, versions: versionsSv, componentSwitch: componentSwitchSv },
  en: { ...en, annexes: annexesEn, linked: linkedEn, review: reviewEn, changes: changesEn, main: mainEn, docx: docxEn, docxPlan: docxPlanEn, rules: rulesEn, results: resultsEn, risks: risksEn, sdg: sdgEn, submit: submitEn, import: importEn, budgetSheet: budgetSheetEn, budgetExport: budgetExportEn, reuse: reuseEn, rows: rowsEn, versions: versionsEn, componentSwitch: componentSwitchEn },
};

/** The shape of one language's catalogue (the Swedish one is the reference). */
export type Catalogue = typeof catalogue.sv;

export type CatalogueLanguage = keyof typeof catalogue;
