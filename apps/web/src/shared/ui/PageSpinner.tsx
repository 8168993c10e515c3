import { useTranslation } from 'react-i18next';
import './page-spinner.css';
import { SpinWheel } from './SpinWheel';

/**
 * The wait while a page's code, texts or data arrive. Plain markup, not antd's Spin: it
 * is the first thing the login page and every lazy route may show, before antd has loaded.
 */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="page-spinner" role="status" aria-live="polite">
      <SpinWheel size={32} />
      <span className="page-spinner__text">{t('app.loading')}</span>
    </div>
  );
}
