import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';
import './language-switch.css';

/**
 * Each language is named in itself (RU, EN), so it can be found whatever the current one
 * is. Plain buttons rather than antd's Segmented: the login page shows it before antd loads.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div
      className="language-switch"
      role="group"
      aria-label={t('header.language')}
      data-testid="language-switch"
    >
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
