import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { isLanguage, readStoredLanguage, storeLanguage } from './language';
import ru from './ru.json';

const resources = { ru: { translation: ru }, en: { translation: en } } as const;

// Everything that follows the interface language: dates, the page's lang, the stored choice.
i18n.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  dayjs.locale(language);
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
  storeLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage(),
  fallbackLng: 'ru',
  supportedLngs: ['ru', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18n;
