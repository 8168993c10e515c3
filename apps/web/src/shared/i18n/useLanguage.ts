import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './language';

/** The current interface language and a way to switch it (remembered in this browser). */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return {
    language: isLanguage(current) ? current : 'ru',
    setLanguage: (language) => void i18n.changeLanguage(language),
  };
}
