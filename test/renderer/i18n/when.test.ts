import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimes } from '../../../renderer/i18n/when';

// A moment given in local time, so the test reads the same in every time zone.
const at = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => new Date(y, mo - 1, d, h, mi, s).toISOString();

describe('dates and times in the interface', () => {
  it('are written the way the date fields take them: ÅÅÅÅ-MM-DD in Swedish, DD/MM/YYYY in English, 24-hour times', () => {
    expect(formatDate(at(2026, 12, 2, 14, 5), 'sv')).toBe('2026-12-02');
    expect(formatDateTime(at(2026, 12, 2, 14, 5), 'sv')).toBe('2026-12-02 14:05');
    expect(formatDateTime(at(2026, 12, 2, 14, 5), 'en')).toBe('02/12/2026, 14:05');
    expect(formatDateTime(at(2026, 12, 2, 9, 5), 'en')).not.toMatch(/dec|Dec/);
  });

  it('tell apart two times in one minute by their seconds, and only those', () => {
    expect(formatDateTimes([at(2026, 12, 2, 14, 5, 1), at(2026, 12, 2, 14, 5, 40), at(2026, 12, 2, 15, 0)], 'sv'))
      .toEqual(['2026-12-02 14:05:01', '2026-12-02 14:05:40', '2026-12-02 15:00']);
  });
});
