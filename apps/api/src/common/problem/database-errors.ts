import { QueryFailedError } from 'typeorm';

/** What the driver reports about a failed statement (node-postgres `DatabaseError`). */
interface DriverError {
  code?: string;
  detail?: string;
  column?: string;
  constraint?: string;
  table?: string;
}

export interface DatabaseProblem {
  status: number;
  code: string;
  detail: string;
  field?: string;
  message?: string;
}

const driverError = (error: QueryFailedError) => (error.driverError ?? {}) as DriverError;

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `Key (origin_institution_id)=(…) is not present…` → `originInstitutionId`; values are dropped. */
function keyField(detail: string | undefined): string | undefined {
  const columns = detail?.match(/^Key \(([^)]+)\)=/)?.[1];
  return columns ? camel(columns.split(',')[0].trim()) : undefined;
}

/** Class 22 data exceptions a client's value causes (the rest of the class are server bugs). */
const BAD_VALUE: Record<string, string> = {
  '22001': 'Слишком длинное значение',
  '22003': 'Число вне допустимого диапазона',
  '22007': 'Некорректная дата или время',
  '22008': 'Дата или время вне допустимого диапазона',
  '22021': 'Недопустимые символы в тексте',
  '22023': 'Недопустимое значение',
  '22025': 'Недопустимое значение',
  '22P02': 'Некорректный формат значения',
  '22P05': 'Недопустимые символы в тексте',
};

/**
 * A safety net under validation: database errors a client's input causes become 4xx answers
 * instead of a 500. Only codes and column names are used; never SQL, parameters or values.
 */
export function databaseProblem(error: QueryFailedError): DatabaseProblem | undefined {
  const { code, detail, column } = driverError(error);
  if (!code) return undefined;
  if (code === '23505')
    return { status: 409, code: 'conflict', detail: 'Такая запись уже существует' };
  if (code === '23503') {
    if (/still referenced/.test(detail ?? ''))
      return {
        status: 409,
        code: 'in-use',
        detail: 'Запись используется в других данных и не может быть удалена',
      };
    const field = keyField(detail);
    return {
      status: 422,
      code: 'reference-not-found',
      detail: field
        ? `Связанная запись не найдена (поле «${field}»)`
        : 'Связанная запись не найдена',
      field,
      message: 'Запись не найдена',
    };
  }
  if (code === '23502')
    return {
      status: 400,
      code: 'validation',
      detail: 'Не заполнено обязательное поле',
      field: column ? camel(column) : undefined,
      message: 'Обязательное поле',
    };
  if (code === '23514')
    return { status: 400, code: 'validation', detail: 'Значение не прошло проверку' };
  if (BAD_VALUE[code]) return { status: 400, code: 'validation', detail: BAD_VALUE[code] };
  return undefined;
}

/** What a log may say about a database error: its code and where, never SQL or values. */
export function loggableDatabaseError(error: QueryFailedError): Record<string, unknown> {
  const { code, constraint, table, column } = driverError(error);
  return {
    type: 'QueryFailedError',
    code,
    constraint,
    table,
    column,
    stack: error.stack?.split('\n').slice(1).join('\n'),
  };
}
