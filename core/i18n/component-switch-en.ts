/** English text of the notice after a component or edition switch (merged under `componentSwitch`). */
export const componentSwitchEn = {
  hidden_one: '{{count}} section with text is hidden and not exported: {{sections}}.',
  hidden_other: '{{count}} sections with text are hidden and not exported: {{sections}}.',
  declarations_one: 'The prerequisite {{list}} does not apply to {{component}}.',
  declarations_other: 'The prerequisites {{list}} do not apply to {{component}}.',
  quoted: '“{{name}}”',
  more: '{{first}} and {{count}} more',
  undo: 'Undo',
  undone: 'Undone: {{component}} again.',
};
