import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { isLanguage, readStoredLanguage, storeLanguage } from './language';
import ru from './ru.json';

/**
 * Each feature keeps its texts beside its code, as its own namespace; a namespace's file
 * is fetched the first time a component asks for it (`useTranslation('graduates')`
 * suspends until then), so the first page carries only the shared texts and its own.
 */
const FEATURE_DIRECTORIES = {
  myWork: 'my-work',
  graduates: 'graduates',
  appeals: 'appeals',
  contracts: 'contracts',
  plans: 'plans',
  monitoring: 'monitoring',
  notifications: 'notifications',
  partners: 'partners',
  events: 'events',
  workPlans: 'work-plans',
  curators: 'curators',
  curatorPortal: 'curator-portal',
  reports: 'reports',
  settings: 'institution-settings',
  privacy: 'privacy',
  audit: 'audit',
} as const;

const featureTexts = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../features/*/i18n/*.json',
);

function loadFeatureTexts(language: string, namespace: string) {
  const directory = FEATURE_DIRECTORIES[namespace as keyof typeof FEATURE_DIRECTORIES];
  const load = directory && featureTexts[`../../features/${directory}/i18n/${language}.json`];
  if (!load) return Promise.reject(new Error(`no texts for ${language}/${namespace}`));
  return load();
}

// Everything that follows the interface language: dates, the page's lang, the stored choice.
i18n.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  dayjs.locale(language);
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
  storeLanguage(language);
});

void i18n
  .use(resourcesToBackend(loadFeatureTexts))
  .use(initReactI18next)
  .init({
    // The shared texts (menu, errors, the login page) come with the first load.
    resources: { ru: { translation: ru }, en: { translation: en } },
    partialBundledLanguages: true,
    ns: ['translation'],
    lng: readStoredLanguage(),
    fallbackLng: 'ru',
    supportedLngs: ['ru', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
  });

export default i18n;
