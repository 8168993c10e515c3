/** The access log («Журнал аудита»). */
export const AUDIT_PATH = '/audit';
