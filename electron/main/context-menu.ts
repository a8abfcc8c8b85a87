import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { MainStrings } from './strings';

/** Suggestions shown for a misspelled word, as many as Word and Chrome show. */
const MAX_SUGGESTIONS = 5;

/** The parts of Electron's context-menu parameters the menu depends on. */
export type ContextMenuInput = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText'> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};

export interface ContextMenuActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

type Strings = Pick<MainStrings, 'cut' | 'copy' | 'paste' | 'selectAll' | 'addToDictionary' | 'noSpellingSuggestions'>;

/**
 * The right-click menu of the page: for a misspelled word its suggestions and "add to dictionary"
 * first, then the clipboard commands where they make sense. Empty when there is nothing to offer
 * (a click on plain, unselected text), so no menu opens.
 */
export function buildContextMenu(p: ContextMenuInput, s: Strings, act: ContextMenuActions): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = [];
  const word = p.misspelledWord.trim();
  if (p.isEditable && word) {
    const suggestions = p.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) spelling.push({ label: s.noSpellingSuggestions, enabled: false });
    for (const suggestion of suggestions) spelling.push({ label: suggestion, click: () => act.replaceMisspelling(suggestion) });
    spelling.push({ type: 'separator' }, { label: s.addToDictionary, click: () => act.addToDictionary(word) }, { type: 'separator' });
  }
  if (p.isEditable) {
    return [
      ...spelling,
      { role: 'cut', label: s.cut, enabled: p.editFlags.canCut },
      { role: 'copy', label: s.copy, enabled: p.editFlags.canCopy },
      { role: 'paste', label: s.paste, enabled: p.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: s.selectAll, enabled: p.editFlags.canSelectAll },
    ];
  }
  return p.selectionText.trim() ? [{ role: 'copy', label: s.copy, enabled: p.editFlags.canCopy }] : [];
}

/** Shows buildContextMenu's menu on right-click in a window's page. */
export function installContextMenu(contents: WebContents, strings: () => MainStrings, addWord: (word: string) => void): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenu(params, strings(), {
      replaceMisspelling: (w) => contents.replaceMisspelling(w),
      addToDictionary: addWord,
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
