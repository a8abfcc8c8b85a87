import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Whether a flex row's items have wrapped: some item starts below the first one's bottom. */
function wraps(bar: HTMLElement): boolean {
  const items = [...bar.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.offsetHeight > 0);
  const first = items[0];
  return !!first && items.some((c) => c.offsetTop >= first.offsetTop + first.offsetHeight);
}

/**
 * For a bar that must stay on one line (status bar, toolbar): how many steps it has to take (0 = all
 * in full) so that its items do not wrap. The caller shortens or leaves out something more at each
 * step; the hook takes the next step while the bar still wraps, before the browser paints, and
 * starts again from 0 when the bar's width or `content` (what its items say) changes.
 */
export function useOneLine<T extends HTMLElement>(steps: number, content: string): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  const key = `${width}|${content}`;
  const [fit, setFit] = useState({ key: '', step: 0 });
  const step = fit.key === key ? fit.step : 0;
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    if (step < steps && wraps(bar)) setFit({ key, step: step + 1 });
    else if (fit.key !== key) setFit({ key, step });
  });
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return [ref, step];
}
