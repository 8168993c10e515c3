export { PersonalDataTab } from './PersonalDataTab';
export { privacyRoutes } from './routes';
