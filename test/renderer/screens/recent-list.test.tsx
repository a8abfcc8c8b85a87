import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../core/result';
import { App } from '../../../renderer/app';
import { setUiLanguage } from '../../../renderer/i18n';
import { appStore } from '../../../renderer/state/app-state';
import { fakeBridge } from '../support/fake-bridge';

const changed = new Date(2026, 11, 2, 14, 5).toISOString();

/** The start screen with two copies of one application in the recent list. */
async function recentList() {
  fakeBridge.answer('recent:list', () => ok([
    { path: '/home/anna/Utkast/Mombasa.kpdraft', title: 'Delaktighet i Mombasa', modifiedAt: changed },
    { path: '/home/anna/Skickat/Mombasa kopia.kpdraft', title: 'Delaktighet i Mombasa', modifiedAt: changed },
  ]));
  appStore.set({ screen: 'start' });
  render(<App />);
  const region = await screen.findByRole('region', { name: /Senaste|Recent/ });
  return () => within(region).getAllByRole('button').filter((b) => b.classList.contains('kp-recent-item'));
}

describe('recent drafts', () => {
  it('tell two drafts with one title apart by file name and folder, with the change in the Swedish date format', async () => {
    const items = await recentList();
    await screen.findByText('Mombasa kopia.kpdraft', { exact: false });
    expect(items().map((b) => b.textContent)).toEqual([
      expect.stringContaining('Mombasa.kpdraft i /home/anna/Utkast'),
      expect.stringContaining('Mombasa kopia.kpdraft i /home/anna/Skickat'),
    ]);
    expect(items()[0]!.textContent).toContain('Ändrad 2026-12-02 14:05');
  });

  it('write the change the English way in the English interface', async () => {
    await setUiLanguage('en');
    const items = await recentList();
    await screen.findByText('Mombasa kopia.kpdraft', { exact: false });
    expect(items()[0]!.textContent).toContain('Changed 02/12/2026, 14:05');
    await act(() => setUiLanguage('sv'));
  });
});
