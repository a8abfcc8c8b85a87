import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../core/draft/file-format';
import { generateDraft } from '../helpers/generate-draft';
import { launchChromium, openApp, startAppServer, type AppServer } from './support';

// `npm run start:web -- FILE.kpdraft`: the server hands the file to the page over the event
// stream ('app:open-file', as main does in Electron) and the draft opens in the editor, even when
// it lives outside the drafts folder.

let server: AppServer;
let browser: Browser;
let file: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'kp-e2e-open-'));
  mkdirSync(join(root, 'elsewhere'));
  file = join(root, 'elsewhere', 'från-kommandoraden.kpdraft');
  const draft = generateDraft({ words: 600 });
  draft.title = 'Öppnad från kommandoraden';
  writeFileSync(file, serializeDraft(draft));
  server = await startAppServer({ root, args: [file] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('browser mode: a draft named on the command line', () => {
  it('opens in the editor when the page loads', async () => {
    const { page, context, problems } = await openApp(browser, server);
    await page.locator('html[data-kp-editor-ready]').waitFor();
    expect(await page.getByRole('textbox', { name: 'Projektets titel' }).inputValue()).toBe('Öppnad från kommandoraden');
    expect(await page.locator('[data-slate-editor]').first().innerText()).toMatch(/\w{3,}/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
