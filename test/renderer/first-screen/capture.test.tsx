import { afterEach, describe, expect, it } from 'vitest';
import { captureFirstScreen } from '../../../renderer/first-screen/capture';

// What a window keeps of its screen: the editor screen as shown, nothing that is there only for a
// moment, nothing that could act, and fields with the values they show.

const SCREEN = `
<div id="root"><div class="kp-editor-screen panel-open" style="--x: 1">
  <header class="kp-toolbar"><button id="kp-bold" type="button">B</button></header>
  <main class="kp-document">
    <div class="kp-find-bar" role="search"><input value="sök"></div>
    <div class="kp-document-column">
      <section class="kp-header-card"><input id="title" aria-label="Projektets titel"><select><option>Projekt</option><option>Förstudie</option></select>
        <input type="checkbox"><textarea></textarea></section>
      <section class="kp-section kind-text" data-kp-section="summary"><h2 id="kp-h-summary">Sammanfattning</h2>
        <div data-slate-editor="true" data-slate-node="value" contenteditable="true" style="white-space: pre-wrap">
          <p data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Text</span></span></span></p>
          <p data-slate-node="element"><span data-slate-placeholder="true" contenteditable="false">Skriv här…</span></p>
        </div>
        <p class="kp-sr-only" role="status">90 procent</p></section>
    </div>
  </main>
  <div class="kp-notice" role="status">Sparat</div>
  <div role="dialog">Inställningar</div>
  <footer class="kp-statusbar">3 000 ord</footer>
</div></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the first screen a window keeps', () => {
  it('is the editor screen without what is there for a moment, ids or inline styles', () => {
    document.body.innerHTML = SCREEN;
    const kept = document.createElement('div');
    kept.innerHTML = captureFirstScreen()!;
    expect(kept.querySelector('.kp-editor-screen.panel-open')).not.toBeNull();
    expect(kept.querySelector('[data-slate-string]')?.textContent).toBe('Text');
    expect(kept.querySelector('h2')?.textContent).toBe('Sammanfattning');
    expect(kept.querySelector('.kp-statusbar')?.textContent).toBe('3 000 ord');
    for (const gone of ['.kp-find-bar', '.kp-notice', '[role="dialog"]', '[data-slate-placeholder]', '.kp-sr-only']) expect(kept.querySelector(gone), gone).toBeNull();
    expect(kept.querySelector('[id]')).toBeNull();
    expect(kept.querySelector('[style]')).toBeNull();
    // Not editable until the first-screen script keeps what is typed.
    expect(kept.querySelector('[data-slate-editor]')?.getAttribute('contenteditable')).toBe('false');
    expect(kept.querySelector('[data-slate-editor]')?.hasAttribute('data-kp-editable')).toBe(true);
  });

  it('shows the values the fields hold, read-only', () => {
    document.body.innerHTML = SCREEN;
    (document.querySelector('[aria-label="Projektets titel"]') as HTMLInputElement).value = 'Delaktighet i Mombasa';
    document.querySelector('select')!.selectedIndex = 1;
    (document.querySelector('input[type="checkbox"]') as HTMLInputElement).checked = true;
    document.querySelector('textarea')!.value = 'Anteckning';
    const kept = document.createElement('div');
    kept.innerHTML = captureFirstScreen()!;
    const title = kept.querySelector<HTMLInputElement>('[aria-label="Projektets titel"]')!;
    expect(title.getAttribute('value')).toBe('Delaktighet i Mombasa');
    expect(title.hasAttribute('readonly')).toBe(true);
    expect(kept.querySelector('select')!.selectedIndex).toBe(1);
    expect(kept.querySelector<HTMLInputElement>('input[type="checkbox"]')!.hasAttribute('checked')).toBe(true);
    expect(kept.querySelector('textarea')!.textContent).toBe('Anteckning');
  });

  it('is nothing while no editor screen is shown', () => {
    document.body.innerHTML = '<div id="root"><div class="kp-screen-frame">Startar…</div></div>';
    expect(captureFirstScreen()).toBeNull();
  });
});
