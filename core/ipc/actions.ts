import { z } from 'zod';

/**
 * Named user commands. The native menu (from main), the toolbar and keyboard shortcuts all
 * dispatch these ids, so one command behaves the same whichever way it is invoked.
 */
export const ActionId = z.enum([
  'draft.new',
  'draft.open',
  'draft.save',
  'draft.saveAs',
  'draft.export',
  'draft.exportBudget',
  'draft.submitCheck',
  'draft.formView',
  'draft.versions',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.replace',
  'edit.link',
  'view.nextProblem',
  'view.nextSection',
  'view.previousSection',
  'view.toggleSidePanel',
  'help.about',
  'draft.openForReview',
  'review.comment',
  'review.importComments',
  'review.suggest',
  'app.settings',
  'draft.reuse',
  'draft.importDocx',
  'unplaced.move',
  'unplaced.discard',
]);
export type ActionId = z.infer<typeof ActionId>;
