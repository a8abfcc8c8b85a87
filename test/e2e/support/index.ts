// End-to-end support: browser mode (the real renderer over the real electron/services) in a child
// process, driven by Debian's Chromium through playwright-core.
//
//   import { openApp, screenshot, useAppSession } from './support';
//
//   // beforeAll: startAppServer() (temp KP_USER_DATA + KP_DRAFTS_DIR; builds out/renderer if stale)
//   // and launchChromium(); afterAll: closes the browser, disposes the server (removes its temp folders).
//   const app = useAppSession();   // options: { server: AppServerOptions, chromiumArgs, prepare(server) }
//
//   it('…', async () => {
//     const { page, problems } = await openApp(app.browser, app.server);  // goes to server.url (token in it)
//     await page.locator('[data-kp-editor-ready]').waitFor();
//     … write files into app.server.draftsDir, assert files there …
//     await screenshot(page, 'my-test');      // test-results/my-test.png, gitignored
//     expect(problems).toEqual([]);           // console errors, exceptions, CSP violations
//   });
//
// Crash and restart: `await app.server.kill('SIGKILL'); app.server = await app.server.restart();` keeps the
// same folders (so autosaved drafts survive) but gives a new port and token: `page.goto(server.url)`.
// Files named in `startAppServer({ args: [path] })` are sent to the page as 'app:open-file'.
// `callApi(server, 'recovery:list', {})` calls the API as the page would (to prepare or observe
// state); `waitFor('what', async () => value | undefined)` polls for it.
// The renderer marks <html data-kp-editor-ready="true"> once the editor is mounted and focusable.
export { ensureRendererBuilt, startAppServer, type AppServer, type AppServerOptions } from './app-server';
export { callApi, waitFor } from './api';
export { useAppSession, type AppSession, type AppSessionOptions } from './session';
export { CHROMIUM_ARGS, CHROMIUM_PATH, RESULTS_DIR, launchChromium, openApp, screenshot, type AppPage } from './chromium';
