/** Swedish text of the notice after a component or edition switch (merged under `componentSwitch`). */
export const componentSwitchSv = {
  hidden_one: '{{count}} avsnitt med text döljs och exporteras inte: {{sections}}.',
  hidden_other: '{{count}} avsnitt med text döljs och exporteras inte: {{sections}}.',
  declarations_one: 'Förutsättningen {{list}} gäller inte för {{component}}.',
  declarations_other: 'Förutsättningarna {{list}} gäller inte för {{component}}.',
  quoted: '”{{name}}”',
  more: '{{first}} och {{count}} till',
  undo: 'Ångra',
  undone: 'Ändringen är ångrad: {{component}} igen.',
};
