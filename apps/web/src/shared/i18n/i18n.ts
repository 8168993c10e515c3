import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import appealsEn from '../../features/appeals/i18n/en.json';
import appealsRu from '../../features/appeals/i18n/ru.json';
import contractsEn from '../../features/contracts/i18n/en.json';
import contractsRu from '../../features/contracts/i18n/ru.json';
import curatorPortalEn from '../../features/curator-portal/i18n/en.json';
import curatorPortalRu from '../../features/curator-portal/i18n/ru.json';
import curatorsEn from '../../features/curators/i18n/en.json';
import curatorsRu from '../../features/curators/i18n/ru.json';
import eventsEn from '../../features/events/i18n/en.json';
import eventsRu from '../../features/events/i18n/ru.json';
import graduatesEn from '../../features/graduates/i18n/en.json';
import graduatesRu from '../../features/graduates/i18n/ru.json';
import settingsEn from '../../features/institution-settings/i18n/en.json';
import settingsRu from '../../features/institution-settings/i18n/ru.json';
import monitoringEn from '../../features/monitoring/i18n/en.json';
import monitoringRu from '../../features/monitoring/i18n/ru.json';
import notificationsEn from '../../features/notifications/i18n/en.json';
import notificationsRu from '../../features/notifications/i18n/ru.json';
import partnersEn from '../../features/partners/i18n/en.json';
import partnersRu from '../../features/partners/i18n/ru.json';
import plansEn from '../../features/plans/i18n/en.json';
import plansRu from '../../features/plans/i18n/ru.json';
import reportsEn from '../../features/reports/i18n/en.json';
import reportsRu from '../../features/reports/i18n/ru.json';
import workPlansEn from '../../features/work-plans/i18n/en.json';
import workPlansRu from '../../features/work-plans/i18n/ru.json';
import myWorkEn from '../../features/my-work/i18n/en.json';
import myWorkRu from '../../features/my-work/i18n/ru.json';
import privacyEn from '../../features/privacy/i18n/en.json';
import privacyRu from '../../features/privacy/i18n/ru.json';
import auditEn from '../../features/audit/i18n/en.json';
import auditRu from '../../features/audit/i18n/ru.json';
import en from './en.json';
import { isLanguage, readStoredLanguage, storeLanguage } from './language';
import ru from './ru.json';

/** One namespace per feature, so each feature keeps its texts beside its code. */
const resources = {
  ru: {
    translation: ru,
    myWork: myWorkRu,
    graduates: graduatesRu,
    appeals: appealsRu,
    contracts: contractsRu,
    plans: plansRu,
    monitoring: monitoringRu,
    notifications: notificationsRu,
    partners: partnersRu,
    events: eventsRu,
    workPlans: workPlansRu,
    curators: curatorsRu,
    curatorPortal: curatorPortalRu,
    reports: reportsRu,
    settings: settingsRu,
    privacy: privacyRu,
    audit: auditRu,
  },
  en: {
    translation: en,
    myWork: myWorkEn,
    graduates: graduatesEn,
    appeals: appealsEn,
    contracts: contractsEn,
    plans: plansEn,
    monitoring: monitoringEn,
    notifications: notificationsEn,
    partners: partnersEn,
    events: eventsEn,
    workPlans: workPlansEn,
    curators: curatorsEn,
    curatorPortal: curatorPortalEn,
    reports: reportsEn,
    settings: settingsEn,
    privacy: privacyEn,
    audit: auditEn,
  },
} as const;

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
