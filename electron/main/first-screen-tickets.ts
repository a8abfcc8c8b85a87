import type { FirstScreen } from '../../core/ipc/first-screen-contract';
import type { AppStore } from '../services/app-store';
import type { FirstScreenStore } from '../services/first-screen';
import { APP_ENTRY_URL } from './app-protocol';

const PARAM = 'first-screen';

/**
 * Which window's page may paint which draft's kept first screen (electron/services/first-screen.ts):
 * a window created to open a file at once loads the app's page with a ticket for that file, and
 * the app:// handler hands the screen out once, for that page load only (a reload shows none).
 */
export class FirstScreenTickets {
  private next = 1;
  private readonly files = new Map<string, string>();

  constructor(private readonly screens: FirstScreenStore, private readonly store: () => AppStore | null) {}

  /** The page a new window loads: with a ticket when it is about to open `path`. */
  entryUrl(path: string | undefined): string {
    if (!path) return APP_ENTRY_URL;
    const ticket = String(this.next++);
    this.files.set(ticket, path);
    return `${APP_ENTRY_URL}?${PARAM}=${ticket}`;
  }

  /** The first screen for the page at `url`, if it holds a ticket and a screen is kept that still matches. */
  async take(url: string): Promise<FirstScreen | null> {
    const ticket = URL.canParse(url) ? new URL(url).searchParams.get(PARAM) : null;
    const path = ticket === null ? undefined : this.files.get(ticket);
    if (ticket !== null) this.files.delete(ticket);
    const store = this.store();
    if (!path || !store) return null;
    const role = store.getReviewRoles().find((r) => r.path === path)?.role ?? 'author';
    return this.screens.find(path, { uiLanguage: store.getSettings().uiLanguage, role });
  }
}
