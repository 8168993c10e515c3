export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/account/password';
export const HOME_PATH = '/graduates';
