import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryOption } from '../rules/engine';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Countries matching typed text in Swedish, English or an alias ("Makedonien"), best first. */
export function matchCountries(countries: readonly CountryOption[], text: string): CountryOption[] {
  const q = fold(text);
  if (!q) return [...countries];
  const score = (c: CountryOption) => {
    const names = [c.sv, c.en, ...c.aliases, c.code].map(fold);
    if (names.some((n) => n === q)) return 0;
    if (names.some((n) => n.startsWith(q))) return 1;
    if (names.some((n) => n.includes(q))) return 2;
    return 9;
  };
  return countries.map((c) => [c, score(c)] as const).filter(([, s]) => s < 9).sort((a, b) => a[1] - b[1]).map(([c]) => c);
}

interface Props {
  value: string;
  countries: readonly CountryOption[];
  onChange: (value: string) => void;
  inputProps: Record<string, unknown>;
  label: string;
}

/**
 * A type-ahead combobox over the edition's countries. Stores the ISO code; a name that matches no
 * country is kept as typed so the rules can report it (and offer the right code as a quick fix).
 */
export function CountryPicker({ value, countries, onChange, inputProps, label }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const listId = useId();
  const known = countries.find((c) => c.code === value);
  const shown = known ? known[lang] : value;
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = text !== null;
  const matches = useMemo(() => (open ? matchCountries(countries, text).slice(0, 8) : []), [countries, text, open]);

  const choose = (c: CountryOption | null, typed?: string) => {
    setText(null);
    if (c) onChange(c.code);
    else if (typed !== undefined && typed.trim() !== shown) onChange(typed.trim());
  };
  const commitTyped = () => {
    if (text === null) return;
    const exact = matchCountries(countries, text).find((c) => [c.sv, c.en, ...c.aliases, c.code].some((n) => fold(n) === fold(text)));
    // An alias such as "Makedonien" is kept as typed: the rules explain the current name and fix it.
    if (exact && [exact.sv, exact.en, exact.code].some((n) => fold(n) === fold(text))) choose(exact);
    else choose(null, text);
  };

  return (
    <div className="kp-combobox">
      <input {...inputProps} role="combobox" aria-label={label} aria-expanded={open && matches.length > 0} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        placeholder={t('parties.countryPlaceholder')} value={open ? text : shown}
        onFocus={() => { setText(shown); setActive(0); }}
        onChange={(e) => { setText(e.target.value); setActive(0); }}
        onBlur={commitTyped}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, matches.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Enter' && open) { e.preventDefault(); if (matches[active] && text !== shown) choose(matches[active]!); else commitTyped(); }
          else if (e.key === 'Escape') setText(null);
        }} />
      {open && text !== shown && (
        <ul id={listId} role="listbox" className="kp-listbox">
          {matches.length === 0 && <li className="kp-option-none">{t('parties.noCountry')}</li>}
          {matches.map((c, i) => (
            <li key={c.code} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
              onMouseDown={(e) => { e.preventDefault(); choose(c); }}>
              {c[lang]} <span className="kp-option-hint">{lang === 'sv' ? c.en : c.sv} · {c.code}{c.eligible ? '' : ` · ${t('parties.notEligible')}`}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
