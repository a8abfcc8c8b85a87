import { useLayoutEffect, useRef, type SelectHTMLAttributes } from 'react';

/**
 * A native select whose chosen option is shown by a text that wraps, so that a long party name or
 * cost category is never cut off in a narrow table column. The select itself keeps everything a
 * select does (keyboard, the list, focus ring, the outline of a finding); only its own one-line text
 * is made invisible, and the face above it (hidden from screen readers, which read the select) shows
 * the same option's text, whatever options the caller renders.
 */
export function WrapSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  const select = useRef<HTMLSelectElement>(null);
  const face = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const s = select.current;
    if (s && face.current) face.current.textContent = s.options[s.selectedIndex]?.text ?? '';
  });
  return (
    <span className="kp-wrap-select">
      <select ref={select} {...props} />
      <span ref={face} className="kp-select-face" aria-hidden />
    </span>
  );
}
