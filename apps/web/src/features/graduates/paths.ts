/** Addresses of the graduates section. */
export const GRADUATES_PATH = '/graduates';
export const NEW_GRADUATE_PATH = '/graduates/new';
export const IMPORT_GRADUATES_PATH = '/graduates/import';
export const graduatePath = (id: string) => `/graduates/${id}`;
export const editGraduatePath = (id: string) => `/graduates/${id}/edit`;
