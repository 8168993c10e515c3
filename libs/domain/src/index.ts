/** One vocabulary for the API and the SPA: closed lists of codes and their words. */
export * from './label';
export * from './graduates';
export * from './situation';
export * from './appeals';
export * from './contracts';
export * from './monitoring';
export * from './checklist';
export * from './notices';
export * from './events';
export * from './curators';
export * from './partners';
export * from './work-plans';
export * from './reports';
export * from './roles';
export * from './vocabularies';
