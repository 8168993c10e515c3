/**
 * An expected failure of a domain rule. The global filter turns it into problem+json
 * with this status and code; the message is shown to users, so it is Russian.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** 404 with the message shown to users, e.g. `notFound('Договор не найден')`. */
export const notFound = (message = 'Запись не найдена') =>
  new DomainError(404, 'not-found', message);

export const staleVersion = () =>
  new DomainError(
    409,
    'stale-version',
    'Запись уже изменена другим пользователем. Обновите страницу и повторите изменения.',
  );

/** 400 naming one field: the Russian `detail` for people, the English message for the field. */
export const fieldError = (field: string, detail: string, message: string) =>
  new DomainError(400, 'validation', detail, { errors: { [field]: [message] } });
