import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installFirstScreenTakeover } from '../../../renderer/first-screen/takeover';
import type { FirstScreenLog } from '../../../renderer/first-screen/log';
import { appStore } from '../../../renderer/state/app-state';

// A first screen the app cannot take over (the draft did not open after all) goes, and the window
// says so when something had been typed into it: nothing typed is dropped without a word.

function pageWithScreen(log: Partial<FirstScreenLog>): HTMLElement {
  const root = document.createElement('div');
  root.id = 'kp-first-screen';
  root.dataset.kpPath = '/utkast.kpdraft';
  root.innerHTML = '<div class="kp-editor-screen"><p>Sammanfattning</p></div>';
  document.body.prepend(root);
  (window as unknown as { __kpFirstScreen: FirstScreenLog }).__kpFirstScreen = { typed: [], held: [], pointOf: () => null, ...log };
  return root;
}

afterEach(() => {
  document.getElementById('kp-first-screen')?.remove();
  delete (window as unknown as { __kpFirstScreen?: FirstScreenLog }).__kpFirstScreen;
});

const noticeTexts = () => appStore.get().notices.map((n) => n.text);

describe('a first screen the app does not take over', () => {
  it('goes, saying that what was typed into it was not kept', async () => {
    const root = pageWithScreen({ held: [{ type: 'insertParagraph', data: null, html: null }] });
    installFirstScreenTakeover();
    appStore.set({ screen: 'start' });
    await waitFor(() => expect(root.isConnected).toBe(false));
    expect(noticeTexts()).toContain('Det du hann skriva innan utkastet hade öppnats kom inte med.');
  });

  it('goes without a word when nothing was typed', async () => {
    const root = pageWithScreen({});
    installFirstScreenTakeover();
    appStore.set({ screen: 'start' });
    await waitFor(() => expect(root.isConnected).toBe(false));
    expect(noticeTexts()).toEqual([]);
  });

  it('stays while the app is still loading', async () => {
    const root = pageWithScreen({});
    installFirstScreenTakeover();
    appStore.set({ screen: 'loading' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(root.isConnected).toBe(true);
    // The start screen comes after all: the screen goes (and stops watching).
    appStore.set({ screen: 'start' });
    await waitFor(() => expect(root.isConnected).toBe(false));
  });
});
