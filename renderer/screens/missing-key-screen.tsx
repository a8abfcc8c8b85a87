import { useTranslation } from 'react-i18next';

/**
 * Browser mode opened without its key: a new tab, a bookmark or a copied address. The page can
 * ask nothing of the server, so it says where the working address is instead of failing call by call.
 */
export function MissingKeyScreen() {
  const { t } = useTranslation();
  return (
    <main className="kp-start kp-missing-key">
      <div className="kp-start-card" role="alert">
        <h1>{t('webKey.title')}</h1>
        <p>{t('webKey.explain')}</p>
        <p>{t('webKey.howTo')}</p>
      </div>
    </main>
  );
}
