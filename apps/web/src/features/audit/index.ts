export { auditRoutes } from './routes';
export { GraduateReadersBlock } from './GraduateReadersBlock';
export { AUDIT_PATH } from './paths';
