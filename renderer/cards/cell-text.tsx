import type { TextareaHTMLAttributes } from 'react';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & { value: string; onValue: (value: string) => void };

/**
 * A one-line text field in a table cell that wraps and grows (CSS field-sizing) instead of scrolling
 * its text out of sight: a long budget description or role stays readable in a narrow column. The
 * value stays one line: Enter never adds a line break (tables give it their own meaning), and line
 * breaks pasted in become spaces.
 */
export function CellText({ onValue, onKeyDown, className, ...props }: Props) {
  return (
    <textarea rows={1} {...props} className={className ? `kp-cell-text ${className}` : 'kp-cell-text'}
      onChange={(e) => onValue(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
        onKeyDown?.(e);
      }} />
  );
}
