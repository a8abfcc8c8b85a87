import { describe, expect, it } from 'vitest';
import { moveFor } from '../../../renderer/review/keyboard-selection';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('keys that move the selection in read-only text', () => {
  it('are the editor\'s own: arrows by character and line, Ctrl+arrows by word, Home/End, Ctrl+Home/End', () => {
    expect(moveFor(key('ArrowRight', { shiftKey: true }), false)).toEqual({ direction: 'forward', granularity: 'character' });
    expect(moveFor(key('ArrowLeft', { ctrlKey: true, shiftKey: true }), false)).toEqual({ direction: 'backward', granularity: 'word' });
    expect(moveFor(key('ArrowDown'), false)).toEqual({ direction: 'forward', granularity: 'line' });
    expect(moveFor(key('Home', { shiftKey: true }), false)).toEqual({ direction: 'backward', granularity: 'lineboundary' });
    expect(moveFor(key('End', { ctrlKey: true }), false)).toEqual({ direction: 'forward', granularity: 'documentboundary' });
  });

  it('follow the Mac: Option+arrows by word, Cmd+arrows to the line\'s and the text\'s ends', () => {
    expect(moveFor(key('ArrowRight', { altKey: true, shiftKey: true }), true)).toEqual({ direction: 'forward', granularity: 'word' });
    expect(moveFor(key('ArrowLeft', { metaKey: true }), true)).toEqual({ direction: 'backward', granularity: 'lineboundary' });
    expect(moveFor(key('ArrowUp', { metaKey: true, shiftKey: true }), true)).toEqual({ direction: 'backward', granularity: 'documentboundary' });
  });

  it('leave Alt+↑/↓ (next and previous section) and other keys alone', () => {
    expect(moveFor(key('ArrowDown', { altKey: true }), false)).toBeNull();
    expect(moveFor(key('ArrowUp', { altKey: true }), false)).toBeNull();
    expect(moveFor(key('x'), false)).toBeNull();
    expect(moveFor(key('ArrowRight', { ctrlKey: true }), true)).toBeNull();
  });
});
