// Runs before every DOM test file. The fake bridge comes first: renderer modules read it on import.
import { fakeBridge } from './fake-bridge';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18next, initI18n } from '../../../renderer/i18n';
import { resetAllStores } from '../../../renderer/state/create-store';
import { closeOpenDrafts } from './drafts';

// The app starts in Swedish unless the user chose English; tests read what a Swedish user reads.
initI18n('sv');

afterEach(async () => {
  cleanup();
  closeOpenDrafts();
  resetAllStores();
  // The stores' revisions start again at 0: the last test's "checked" mark must not carry over.
  delete document.documentElement.dataset.kpCheckedRevision;
  fakeBridge.reset();
  if (i18next.language !== 'sv') await i18next.changeLanguage('sv');
});
