/**
 * Browser mode's API token on the page's side. The address KP Drafter prints carries it once
 * (`?token=…`); the page keeps it in sessionStorage, which belongs to this origin (port included)
 * and this tab, so no other local service can read it, and a reload finds it again. The cookie the
 * server sets opens only the static files, never the API.
 */
const KEY = 'kp-token';
const PARAM = 'token';

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The token from the address (kept for this tab), else the one this tab kept earlier; '' when there is none. */
export function takeWebToken(): string {
  const fromUrl = new URL(location.href).searchParams.get(PARAM);
  if (fromUrl) {
    try {
      sessionStorage.setItem(KEY, fromUrl);
    } catch {
      // Storage refused (a locked-down profile): the token still works until the tab reloads.
    }
    return fromUrl;
  }
  return stored() ?? '';
}

/** Takes the token out of the address bar (and so out of history, bookmarks and screen shares). */
export function hideWebTokenFromAddress(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has(PARAM)) return;
  url.searchParams.delete(PARAM);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
