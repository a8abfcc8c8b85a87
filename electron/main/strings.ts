import type { UiLanguage } from '../../core/settings';

export type { UiLanguage };

/** Every word main shows by itself: menus, native dialogs, the unsaved-changes question. */
export interface MainStrings {
  file: string;
  newDraft: string;
  open: string;
  openForReview: string;
  openRecent: string;
  noRecent: string;
  clearRecent: string;
  save: string;
  saveAs: string;
  versions: string;
  exportWord: string;
  importComments: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  comment: string;
  link: string;
  view: string;
  nextProblem: string;
  nextSection: string;
  previousSection: string;
  toggleSidePanel: string;
  zoomIn: string;
  zoomOut: string;
  actualSize: string;
  fullScreen: string;
  devTools: string;
  window: string;
  help: string;
  about: string;
  untitled: string;
  draftFilter: string;
  wordFilter: string;
  openTitle: string;
  reviewCopiesTitle: string;
  saveTitle: string;
  exportTitle: string;
  unsavedQuestion: (name: string) => string;
  unsavedDetail: string;
  saveButton: string;
  dontSaveButton: string;
  cancelButton: string;
}

const sv: MainStrings = {
  file: '&Arkiv',
  newDraft: 'Nytt utkast',
  open: 'Öppna…',
  openForReview: 'Öppna för granskning…',
  openRecent: 'Öppna senaste',
  noRecent: 'Inga senaste filer',
  clearRecent: 'Rensa listan',
  save: 'Spara',
  saveAs: 'Spara som…',
  versions: 'Versioner…',
  exportWord: 'Exportera Word…',
  importComments: 'Importera kommentarer från granskares kopior…',
  quit: 'Avsluta',
  edit: '&Redigera',
  undo: 'Ångra',
  redo: 'Gör om',
  cut: 'Klipp ut',
  copy: 'Kopiera',
  paste: 'Klistra in',
  selectAll: 'Markera allt',
  comment: 'Kommentera',
  link: 'Länk…',
  view: '&Visa',
  nextProblem: 'Nästa problem',
  nextSection: 'Nästa avsnitt',
  previousSection: 'Föregående avsnitt',
  toggleSidePanel: 'Visa/dölj sidopanelen',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  actualSize: 'Verklig storlek',
  fullScreen: 'Helskärm',
  devTools: 'Utvecklarverktyg',
  window: 'Fönster',
  help: '&Hjälp',
  about: 'Om KP Drafter',
  untitled: 'Namnlöst utkast',
  draftFilter: 'KP Drafter-utkast',
  wordFilter: 'Word-dokument',
  openTitle: 'Öppna utkast',
  reviewCopiesTitle: 'Importera kommentarer från granskares kopior',
  saveTitle: 'Spara utkast',
  exportTitle: 'Exportera Word-dokument',
  unsavedQuestion: (name) => `Vill du spara ändringarna i ”${name}”?`,
  unsavedDetail: 'Dina ändringar går förlorade om du inte sparar dem.',
  saveButton: 'Spara',
  dontSaveButton: 'Spara inte',
  cancelButton: 'Avbryt',
};

const en: MainStrings = {
  file: '&File',
  newDraft: 'New Draft',
  open: 'Open…',
  openForReview: 'Open for Review…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Files',
  clearRecent: 'Clear Menu',
  save: 'Save',
  saveAs: 'Save As…',
  versions: 'Versions…',
  exportWord: 'Export Word…',
  importComments: 'Import Comments from Reviewers’ Copies…',
  quit: 'Quit',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  comment: 'Comment',
  link: 'Link…',
  view: '&View',
  nextProblem: 'Next Problem',
  nextSection: 'Next Section',
  previousSection: 'Previous Section',
  toggleSidePanel: 'Toggle Side Panel',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  actualSize: 'Actual Size',
  fullScreen: 'Full Screen',
  devTools: 'Developer Tools',
  window: 'Window',
  help: '&Help',
  about: 'About KP Drafter',
  untitled: 'Untitled draft',
  draftFilter: 'KP Drafter draft',
  wordFilter: 'Word document',
  openTitle: 'Open Draft',
  reviewCopiesTitle: 'Import Comments from Reviewers’ Copies',
  saveTitle: 'Save Draft',
  exportTitle: 'Export Word Document',
  unsavedQuestion: (name) => `Do you want to save the changes to “${name}”?`,
  unsavedDetail: 'Your changes will be lost if you don’t save them.',
  saveButton: 'Save',
  dontSaveButton: 'Don’t Save',
  cancelButton: 'Cancel',
};

/** The strings for a UI language (menus and dialogs follow the same setting as the renderer). */
export function stringsFor(lang: UiLanguage): MainStrings {
  return lang === 'en' ? en : sv;
}
