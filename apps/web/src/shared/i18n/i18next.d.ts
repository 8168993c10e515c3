import 'i18next';
import type appeals from '../../features/appeals/i18n/ru.json';
import type contracts from '../../features/contracts/i18n/ru.json';
import type curatorPortal from '../../features/curator-portal/i18n/ru.json';
import type curators from '../../features/curators/i18n/ru.json';
import type events from '../../features/events/i18n/ru.json';
import type graduates from '../../features/graduates/i18n/ru.json';
import type settings from '../../features/institution-settings/i18n/ru.json';
import type monitoring from '../../features/monitoring/i18n/ru.json';
import type notifications from '../../features/notifications/i18n/ru.json';
import type partners from '../../features/partners/i18n/ru.json';
import type plans from '../../features/plans/i18n/ru.json';
import type reports from '../../features/reports/i18n/ru.json';
import type workPlans from '../../features/work-plans/i18n/ru.json';
import type myWork from '../../features/my-work/i18n/ru.json';
import type privacy from '../../features/privacy/i18n/ru.json';
import type audit from '../../features/audit/i18n/ru.json';
import type ru from './ru.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof ru;
      myWork: typeof myWork;
      graduates: typeof graduates;
      appeals: typeof appeals;
      contracts: typeof contracts;
      plans: typeof plans;
      monitoring: typeof monitoring;
      notifications: typeof notifications;
      partners: typeof partners;
      events: typeof events;
      workPlans: typeof workPlans;
      curators: typeof curators;
      curatorPortal: typeof curatorPortal;
      reports: typeof reports;
      settings: typeof settings;
      privacy: typeof privacy;
      audit: typeof audit;
    };
  }
}
