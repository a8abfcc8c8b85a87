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
  fakeBridge.reset();
  if (i18next.language !== 'sv') await i18next.changeLanguage('sv');
});
