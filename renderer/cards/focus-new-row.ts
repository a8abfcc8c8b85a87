import { focusAfterRender } from './focus-after-render';

/**
 * After an add-row button: the keyboard goes to the new row's first field, as a spreadsheet or a
 * form builder does, instead of staying on the button.
 */
export function focusNewRow(selector: string): void {
  focusAfterRender(selector);
}
