/**
 * Where the keyboard was before a dialog opened: the element and, in a text editor, the caret.
 * A dialog that closes without sending the focus somewhere on purpose gives both back, so that
 * typing after Escape or Save lands where it did before (as in Word), not on the page's body.
 */
export interface FocusReturn {
  restore(): void;
}

export function rememberFocus(dialog: () => HTMLElement | null): FocusReturn {
  const element = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const selection = document.getSelection();
  const range = element?.isContentEditable && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return {
    restore() {
      // At once, before the next key press: a deferred return loses what a fast typist types.
      const now = document.activeElement;
      const movedOnPurpose = now && now !== document.body && !dialog()?.contains(now);
      if (!element || !element.isConnected || movedOnPurpose) return;
      element.focus({ preventScroll: true });
      if (range && range.startContainer.isConnected) {
        const s = document.getSelection();
        s?.removeAllRanges();
        s?.addRange(range);
      }
    },
  };
}
