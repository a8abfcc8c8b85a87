import { KEYBINDINGS } from '../../core/ipc/keybindings';
import { pairText, shortcutText, type LabelStyle } from '../../core/ipc/key-labels';

type Nested = { [key: string]: string | Nested };

/** How each UI language writes the Shift key on a PC keyboard. */
const SHIFT: Record<'sv' | 'en', string> = { sv: 'Skift', en: 'Shift' };

/**
 * The `keys` resource of a UI language: every command's shortcut as this platform writes it, by
 * command id ("keys.edit.undo" → "Ctrl+Z" or "⌘Z"). Texts name a shortcut with `$t(keys.edit.undo)`,
 * so what they say is always what the key bindings do.
 */
export function keyLabels(lang: 'sv' | 'en', mac: boolean): Nested {
  const style: LabelStyle = { mac, shift: SHIFT[lang] };
  const out: Nested = {};
  const put = (id: string, text: string) => {
    const [group, name] = id.split('.') as [string, string];
    ((out[group] ??= {}) as Nested)[name] = text;
  };
  for (const b of KEYBINDINGS) put(b.command, shortcutText(b.command, style));
  // "Alt+Skift+↑/↓": the two moves are written as one in running text.
  put('budget.move', pairText('budget.moveUp', 'budget.moveDown', style));
  put('plan.move', pairText('plan.moveUp', 'plan.moveDown', style));
  put('risks.move', pairText('risks.moveUp', 'risks.moveDown', style));
  put('results.move', pairText('results.moveUp', 'results.moveDown', style));
  put('plan.bar', pairText('plan.barEarlier', 'plan.barLater', style));
  put('plan.end', pairText('plan.endEarlier', 'plan.endLater', style));
  return out;
}
