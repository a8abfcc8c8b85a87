import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { WrapSelect } from './wrap-select';

/** An activity as the budget table offers it: its number and title. */
export interface ActivityChoice {
  id: string;
  label: string;
}

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'value' | 'onChange'> & {
  value: string | null;
  activities: readonly ActivityChoice[];
  onChange(id: string | null): void;
};

/**
 * The activity a budget line pays for, or none. A line that names an activity no longer in the
 * plan says so ("Borttagen aktivitet") instead of showing "none": the link is kept, visible, until
 * the user relinks or unlinks it (or undoes the removal).
 */
export function ActivityPicker({ value, activities, onChange, className, ...rest }: Props) {
  const { t } = useTranslation();
  const dangling = value !== null && !activities.some((a) => a.id === value);
  // Mounted afresh when the link comes to name a removed activity: a select whose chosen option was
  // removed has fallen back to its first one ("none"), and an unchanged value would not correct it.
  return (
    <WrapSelect key={dangling ? 'dangling' : 'linked'} {...rest} className={[className, dangling ? 'kp-dangling' : ''].filter(Boolean).join(' ') || undefined}
      data-kp-dangling={dangling || undefined} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{t('plan.noActivity')}</option>
      {activities.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
      {dangling && <option value={value}>{t('plan.removedActivity')}</option>}
    </WrapSelect>
  );
}
