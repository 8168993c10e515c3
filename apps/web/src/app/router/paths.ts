export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/account/password';
export const HOME_PATH = '/graduates';
/** A volunteer curator's home: the graduates assigned to them today. */
export { MY_GRADUATES_PATH as CURATOR_HOME_PATH } from '../../features/curator-portal/paths';
