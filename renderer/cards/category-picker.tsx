import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostCategoryOption } from '../rules/engine';
import { WrapSelect } from './wrap-select';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'value' | 'onChange'> & {
  value: string;
  categories: CostCategoryOption[];
  onChange(id: string): void;
};

/**
 * The cost category of a budget line. Categories the edition pays for come first; those it does
 * not pay for, or may not, are grouped after them, say so in their name and give the pack's
 * reason as their tooltip, so that the choice is informed before it is made. The chosen name wraps
 * in a narrow column instead of being cut off (WrapSelect).
 */
export function CategoryPicker({ value, categories, onChange, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const option = (c: CostCategoryOption) => (
    <option key={c.id} value={c.id} title={c.reason?.[lang]} data-kp-paid={c.status === 'eligible' ? undefined : c.status}>
      {c.status === 'eligible' ? c[lang] : t(c.status === 'ineligible' ? 'costPicker.notPaid' : 'costPicker.unknown', { name: c[lang] })}
    </option>
  );
  const unknown = categories.filter((c) => c.status === 'unknown');
  const notPaid = categories.filter((c) => c.status === 'ineligible');
  return (
    <WrapSelect {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('parties.choose')}</option>
      {categories.filter((c) => c.status === 'eligible').map(option)}
      {unknown.length > 0 && <optgroup label={t('costPicker.unknownGroup')}>{unknown.map(option)}</optgroup>}
      {notPaid.length > 0 && <optgroup label={t('costPicker.notPaidGroup')}>{notPaid.map(option)}</optgroup>}
      {value && !categories.some((c) => c.id === value) && <option value={value}>{value}</option>}
    </WrapSelect>
  );
}
