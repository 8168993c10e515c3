/** Fields of a failed statement (TypeORM QueryFailedError) that carry SQL or the values sent. */
const STATEMENT_FIELDS = ['query', 'parameters', 'driverError'];

interface DriverError {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

export const isStatementError = (err: object): boolean =>
  'parameters' in err || 'query' in err || 'driverError' in err;

/**
 * What a log may say about an error. A database error keeps its code and where it happened
 * (constraint, table, column) but never its SQL, parameters or message (PostgreSQL quotes
 * the offending value there: `invalid input syntax for type uuid: "…"`). Causes are
 * serialized the same way, so a wrapped database error cannot leak either.
 */
export function serializeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error) || depth > 5) return err;
  if (isStatementError(err)) {
    const record = err as unknown as Record<string, unknown>;
    const driver = (record.driverError ?? {}) as DriverError;
    return {
      type: err.name || 'QueryFailedError',
      code: driver.code ?? record.code,
      constraint: driver.constraint,
      table: driver.table,
      column: driver.column,
      // The first line of a stack is the message.
      stack: err.stack?.split('\n').slice(1).join('\n'),
    };
  }
  // Not pino's standard serializer: it folds the causes' messages into the message and stack.
  const own = Object.fromEntries(
    Object.entries(err).filter(([key]) => !STATEMENT_FIELDS.includes(key) && key !== 'cause'),
  );
  return {
    ...own,
    type: err.name,
    message: err.message,
    stack: err.stack,
    ...(err.cause !== undefined ? { cause: serializeError(err.cause, depth + 1) } : {}),
  };
}

/**
 * A failure for `Logger.error/warn`: our own text as the message and the error in pino's
 * `err` field, where `serializeError` applies. Never `${error}` or `String(error)`: a failed
 * statement's message quotes the values it was given.
 */
export function failure(msg: string, err: unknown): { msg: string; err: unknown } {
  return { msg, err };
}
