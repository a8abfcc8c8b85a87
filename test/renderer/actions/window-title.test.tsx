import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installWindowTitle } from '../../../renderer/actions/window-title';
import { setUiLanguage } from '../../../renderer/i18n';
import { appStore } from '../../../renderer/state/app-state';
import { updateFields } from '../../../renderer/state/doc-state';
import { fakeBridge } from '../support/fake-bridge';
import { newDraft, openDraft } from '../support/drafts';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

describe('window title', () => {
  it('names the open draft, marks unsaved changes and tells the native window', async () => {
    appStore.set({ screen: 'start' });
    uninstall = installWindowTitle();
    expect(document.title).toBe('KP Drafter');

    openDraft({ ...newDraft(), title: 'Delaktighet i Mombasa' }, '/tmp/a.kpdraft');
    expect(document.title).toBe('Delaktighet i Mombasa — KP Drafter');
    updateFields((d) => ({ ...d, title: 'Delaktighet i Mombasa och Borås' }), 'title');
    expect(document.title).toBe('Delaktighet i Mombasa och Borås — KP Drafter •');

    await waitFor(() => expect(fakeBridge.requests('window:state').at(-1)).toEqual({ title: 'Delaktighet i Mombasa och Borås — KP Drafter •', dirty: true }));
  });

  it('calls a draft without a title what the UI language calls it', async () => {
    uninstall = installWindowTitle();
    openDraft(newDraft());
    const swedish = document.title;

    await setUiLanguage('en');

    expect(swedish).toBe('Namnlös ansökan — KP Drafter');
    expect(document.title).toBe('Untitled application — KP Drafter');
  });
});
