import type { Draft, DocumentLanguage } from '../draft/schema';
import { docxPackInfo } from '../docx/from-rule-pack';
import { buildNameResolver } from '../docx/pack-info';
import { namesFromPacks } from '../docx/programme-names';
import { findPack } from '../rules';
import type { RulePack } from '../rules/pack-schema';
import { buildBudgetWorkbook } from './build-workbook';
import type { WorkbookModel } from './model';

/**
 * The budget workbook of a draft under its own edition: category names from that edition's pack
 * (then any bundled pack's) in the document language, and the ceilings the budget checks use
 * (core/rules/ceilings.ts); an edition that is not among `packs` shows its ceilings as unknown.
 */
export function budgetWorkbookOf(draft: Draft, packs: readonly RulePack[], language: DocumentLanguage = draft.documentLanguage): WorkbookModel {
  const lang = language === 'en-GB' ? 'en' : 'sv';
  const pack = findPack([...packs], draft.editionId);
  const info = pack ? docxPackInfo(pack, draft) : undefined;
  return buildBudgetWorkbook({
    draft,
    lang,
    names: buildNameResolver(info, namesFromPacks(packs), lang),
    limits: info?.budgetLimits ?? [],
  });
}
