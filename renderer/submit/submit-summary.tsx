import { useTranslation } from 'react-i18next';
import { formatSek } from '../../core/rules/read';
import type { SubmitSummary } from '../../core/submit';

/** The application's key facts once nothing blocks submission: short, and printable (styles/submit.css). */
export function SummaryCard({ summary: s, edition }: { summary: SubmitSummary; edition: { sv: string; en: string } }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const none = t('submit.summary.none');
  const partners = s.partners.map((p) => `${p.organisation} (${p.country?.[lang] ?? p.code})`).join(', ');
  const rows: Array<[string, string]> = [
    [t('submit.summary.title'), s.title || none],
    [t('submit.summary.applicant'), s.applicant || none],
    [t('submit.summary.partners'), partners || none],
    [t('submit.summary.component'), s.component?.[lang] ?? none],
    [t('submit.summary.edition'), edition[lang]],
    [t('submit.summary.period'), s.period.start || s.period.end ? t('submit.summary.periodText', { start: s.period.start ?? none, end: s.period.end ?? none }) : none],
    [t('submit.summary.team'), t('submit.summary.teamSize', { count: s.teamSize })],
  ];
  return (
    <section className="kp-submit-summary" data-kp-submit-summary aria-label={t('submit.summary.heading')}>
      <h3>{t('submit.summary.heading')}</h3>
      <dl>
        {rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
        <div><dt>{t('submit.summary.budget')}</dt><dd>
          <table className="kp-submit-budget"><tbody>
            {s.budgetPerYear.map((y) => <tr key={y.year}><th scope="row">{t('submit.summary.year', { year: y.year })}</th><td>{formatSek(y.amountOre, lang)}</td></tr>)}
            <tr className="kp-submit-total"><th scope="row">{t('submit.summary.total')}</th><td>{formatSek(s.budgetTotalOre, lang)}</td></tr>
          </tbody></table>
        </dd></div>
      </dl>
    </section>
  );
}
