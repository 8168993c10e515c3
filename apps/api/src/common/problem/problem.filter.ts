import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { databaseProblem, loggableDatabaseError } from './database-errors';
import { DomainError } from './domain-error';
import { ProblemDto } from './problem.dto';

const TYPE_BASE = 'https://postcare.local/problems/';

const TITLES: Record<number, string> = {
  400: 'Некорректные данные',
  401: 'Требуется вход в систему',
  403: 'Недостаточно прав',
  404: 'Не найдено',
  405: 'Метод не поддерживается',
  409: 'Конфликт',
  422: 'Данные не могут быть обработаны',
  413: 'Слишком большой запрос',
  415: 'Неподдерживаемый формат',
  429: 'Слишком много попыток',
  500: 'Внутренняя ошибка сервера',
};

const CODES: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  429: 'too-many-requests',
  500: 'internal',
};

/** Field messages produced by the ValidationPipe's exceptionFactory. */
export class ValidationFailed extends HttpException {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super('Validation failed', 400);
  }
}

/**
 * The single place where errors become answers: RFC 9457 problem+json with the request's
 * correlation id. Unknown errors are logged with their stack and answered as a bare 500.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(error);
    if (error instanceof DomainError) {
      for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
    }
    problem.correlationId = String(request.id ?? '');
    if (problem.status >= 500) {
      // A failed statement's message and fields carry SQL and the values of the request.
      const err = error instanceof QueryFailedError ? loggableDatabaseError(error) : error;
      this.logger.error({ err, correlationId: problem.correlationId }, 'Unhandled error');
    }
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(error: unknown): ProblemDto {
    if (error instanceof DomainError) {
      return this.build(error.status, error.code, error.message, error.extra);
    }
    if (error instanceof ValidationFailed) {
      return this.build(400, 'validation', 'Проверьте заполнение полей', {
        errors: error.fieldErrors,
      });
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const detail = this.httpDetail(error, status);
      return this.build(status, CODES[status] ?? `http-${status}`, detail);
    }
    if (error instanceof QueryFailedError) {
      const known = databaseProblem(error);
      if (known) {
        const errors = known.field ? { errors: { [known.field]: [known.message] } } : {};
        return this.build(known.status, known.code, known.detail, errors);
      }
    }
    return this.build(
      500,
      'internal',
      'Произошла ошибка на сервере. Сообщите администратору код запроса.',
    );
  }

  private httpDetail(error: HttpException, status: number): string {
    const body = error.getResponse();
    // Framework errors (malformed JSON, payload too large, unknown route) carry English
    // text that may mention internals; only short messages are passed on.
    const message =
      typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? error.message);
    if (status === 404) return 'Ресурс не найден';
    if (status === 401) return 'Войдите в систему заново';
    if (status === 403) return 'У вас нет прав на это действие';
    return Array.isArray(message) ? message.join('; ') : String(message);
  }

  private build(
    status: number,
    code: string,
    detail: string,
    extra: Record<string, unknown> = {},
  ): ProblemDto {
    return Object.assign(new ProblemDto(), {
      type: TYPE_BASE + code,
      title: TITLES[status] ?? 'Ошибка',
      status,
      detail,
      code,
      ...extra,
      correlationId: '',
    });
  }
}
