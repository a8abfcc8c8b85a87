import { describe, expect, it } from 'vitest';
import { fieldsLocked } from '../../../renderer/review/lock';
import { reviewStore, setRole } from '../../../renderer/review/review-state';
import { appStore, openDialog } from '../../../renderer/state/app-state';
import { createStore, resetAllStores } from '../../../renderer/state/create-store';
import { docStore, undoFields, updateFields } from '../../../renderer/state/doc-state';
import { generateDraft } from '../../helpers/generate-draft';

// Each test (and each DOM test file's tests, see test/renderer/support/setup.ts) starts from a
// fresh window's state: a store reset leaves no trace of what came before.

describe('store reset', () => {
  it('puts the initial value back and tells the subscribers', () => {
    const store = createStore({ count: 0, name: 'a' });
    let told = 0;
    store.subscribe(() => told++);
    store.set({ count: 3 });
    store.set((s) => ({ name: `${s.name}b` }));

    store.reset();

    expect(store.get()).toEqual({ count: 0, name: 'a' });
    expect(told).toBe(3);
  });

  it('resets every store at once', () => {
    openDialog({ kind: 'about' });
    docStore.set({ draft: generateDraft({ words: 10 }), dirty: true });

    resetAllStores();

    expect(appStore.get().dialog).toBeNull();
    expect(docStore.get()).toMatchObject({ draft: null, dirty: false, undo: [], revision: 0 });
  });

  it('forgets the field being typed in: an edit after a reset is an undo step of its own', () => {
    const draft = generateDraft({ words: 10 });
    docStore.set({ draft });
    updateFields((d) => ({ ...d, title: 'Första' }), 'title');
    docStore.reset();
    docStore.set({ draft: { ...draft, title: 'Första' } });

    updateFields((d) => ({ ...d, title: 'Andra' }), 'title');

    expect(docStore.get().undo).toHaveLength(1);
    expect(undoFields()).toBe(true);
    expect(docStore.get().draft!.title).toBe('Första');
  });

  it('leaves review mode: the fields can be edited again', () => {
    docStore.set({ draft: generateDraft({ words: 10 }) });
    setRole('reviewer');
    expect(fieldsLocked()).toBe(true);

    resetAllStores();
    docStore.set({ draft: generateDraft({ words: 10 }) });
    updateFields((d) => ({ ...d, title: 'Ändrad' }));

    expect(reviewStore.get().role).toBe('author');
    expect(fieldsLocked()).toBe(false);
    expect(docStore.get().draft!.title).toBe('Ändrad');
  });
});
