/** The head's page of files past the retention period and the destruction acts. */
export const RETENTION_PATH = '/retention';
