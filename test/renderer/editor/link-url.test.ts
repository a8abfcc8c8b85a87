import { describe, expect, it } from 'vitest';
import { normalizeLinkUrl } from '../../../core/html/link-url';

describe('the address typed into the link dialog', () => {
  it.each([
    ['https://www.icld.se/kommunalt-partnerskap', 'https://www.icld.se/kommunalt-partnerskap'],
    ['  http://example.se  ', 'http://example.se'],
    ['HTTPS://Example.se', 'HTTPS://Example.se'],
    ['mailto:info@icld.se', 'mailto:info@icld.se'],
    ['example.se', 'https://example.se'],
    ['www.icld.se/sv/om-oss?x=1#y', 'https://www.icld.se/sv/om-oss?x=1#y'],
    ['kommun.se:8080/app', 'https://kommun.se:8080/app'],
    ['//example.se/a', 'https://example.se/a'],
    ['växjö.se', 'https://växjö.se'],
    ['anna.berg@uppsala.se', 'mailto:anna.berg@uppsala.se'],
  ])('keeps %j as %j', (typed, url) => {
    expect(normalizeLinkUrl(typed)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JavaScript:alert(document.cookie)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['file:///C:/hemligt.txt', 'file'],
    ['ftp://example.se', 'ftp'],
    ['vbscript:msgbox', 'vbscript'],
  ])('refuses %j and names its scheme', (typed, scheme) => {
    expect(normalizeLinkUrl(typed)).toEqual({ ok: false, problem: 'scheme', scheme });
  });

  it.each(['hej då', 'bara text', 'https://', 'http:/example.se', 'mailto:', 'mailto:ingen-snabel-a', 'example', 'java\tscript:alert(1)'])(
    'says %j is not an address', (typed) => {
      expect(normalizeLinkUrl(typed)).toEqual({ ok: false, problem: 'not-address' });
    });

  it('asks for an address when none is typed, and refuses one the draft could not store', () => {
    expect(normalizeLinkUrl('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(normalizeLinkUrl(`https://example.se/${'a'.repeat(2048)}`)).toEqual({ ok: false, problem: 'too-long' });
    expect(normalizeLinkUrl(`https://example.se/${'a'.repeat(2048 - 19)}`).ok).toBe(true);
  });
});
