import type { BaseRange } from 'slate';

/**
 * What the link dialog works on: the section, the selection it was opened at, the link already
 * there. Its own module, so the app state can name a link dialog without importing the command.
 */
export interface LinkTarget {
  sectionId: string;
  at: BaseRange;
  /** The address of the link at the selection; '' when there is none. */
  url: string;
  /** The selection is in a link: the dialog changes or removes it. */
  editing: boolean;
  /** Nothing is selected, so the dialog also asks for the text the link shows. */
  needsText: boolean;
}
