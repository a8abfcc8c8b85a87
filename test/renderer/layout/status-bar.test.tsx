import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBar } from '../../../renderer/layout/status-bar';
import { statsStore } from '../../../renderer/editor/stats';
import { setUiLanguage } from '../../../renderer/i18n';
import { newDraft, openDraft } from '../support/drafts';

/** The status bar of an open draft of 6,400 words. */
function longDraftBar() {
  openDraft(newDraft());
  statsStore.set({ words: {}, characters: {}, total: 6400 });
  render(<StatusBar />);
  return screen.getByRole('status');
}

describe('the status bar', () => {
  it('writes the word count with the interface language’s digit grouping: "6 400 ord", "6,400 words"', async () => {
    const bar = longDraftBar();
    expect(bar.textContent).toContain('6\u00A0400 ord');
    await act(() => setUiLanguage('en'));
    expect(bar.textContent).toContain('6,400 words');
    await act(() => setUiLanguage('sv'));
  });
});
