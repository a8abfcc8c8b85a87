/**
 * After an add-row button: the keyboard goes to the new row's first field, as a spreadsheet or a
 * form builder does, instead of staying on the button. `selector` finds that field once React has
 * rendered the row (next frame).
 */
export function focusNewRow(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
