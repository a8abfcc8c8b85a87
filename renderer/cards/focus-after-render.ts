import { flushSync } from 'react-dom';

/**
 * Puts the keyboard on a field or button that the change just made brings (a new row's first
 * field, a moved row's button). The change is rendered at once rather than at the next frame, so
 * that keys typed straight after the command (Ctrl+Enter, then the new activity's title) land in
 * the new field, not in the one the command was given from; on a busy machine a frame can come
 * several keystrokes late. `target` is a selector, or a function finding the element.
 */
export function focusAfterRender(target: string | (() => HTMLElement | null | undefined)): void {
  // Renders whatever the change scheduled (store updates are synchronous work for React).
  flushSync(() => {});
  const el = typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target();
  el?.focus();
}
