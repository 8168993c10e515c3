import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import { assertMatchesSpec } from './openapi-validator';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The API started by the jest global setup (tools/testing/global-setup.mjs). */
export const baseUrl = () => required('POSTCARE_URL');

/**
 * Requests to the API whose responses are checked against the committed OpenAPI spec: a
 * response the spec does not promise fails the test (see openapi-validator.ts).
 */
export const api = () => {
  const agent = request(baseUrl());
  return {
    get: (url: string) => agent.get(url).expect(assertMatchesSpec),
    post: (url: string) => agent.post(url).expect(assertMatchesSpec),
    put: (url: string) => agent.put(url).expect(assertMatchesSpec),
    patch: (url: string) => agent.patch(url).expect(assertMatchesSpec),
    delete: (url: string) => agent.delete(url).expect(assertMatchesSpec),
  };
};

/** Requests outside the API's contract (the SPA, Swagger UI, deliberately broken HTTP). */
export const rawApi = () => request(baseUrl());

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest's global setup`);
  return value;
}

export const unique = (prefix: string) => `${prefix}${randomBytes(4).toString('hex')}`;

/** The refresh token the answer set as the httpOnly cookie (null when it set none). */
export function refreshCookieOf(res: request.Response): string | null {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const found = cookies.find((c) => c.startsWith('postcare_refresh='));
  return found ? decodeURIComponent(found.split(';')[0].slice('postcare_refresh='.length)) : null;
}

/** Logs in; the refresh token is the cookie's value (the body carries only the access token). */
export async function login(
  loginName: string,
  password: string,
): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await api().post('/api/auth/login').send({ login: loginName, password });
  const refreshToken = refreshCookieOf(res);
  if (res.status !== 200 || !refreshToken)
    throw new Error(`login ${loginName} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { accessToken: res.body.accessToken, refreshToken };
}

/** Exchanges a refresh token as the SPA does: the cookie plus the anti-CSRF header. */
export const refreshWith = (refreshToken: string) =>
  api()
    .post('/api/auth/refresh')
    .set('Cookie', `postcare_refresh=${refreshToken}`)
    .set('X-Requested-With', 'XMLHttpRequest');

let adminToken: Promise<string> | undefined;
export function asAdmin(): Promise<string> {
  adminToken ??= login(required('POSTCARE_ADMIN_LOGIN'), required('POSTCARE_ADMIN_PASSWORD')).then(
    (t) => t.accessToken,
  );
  return adminToken;
}

export interface Institution {
  id: string;
  name: string;
  version: number;
}

export async function createInstitution(
  overrides: Record<string, unknown> = {},
): Promise<Institution> {
  const res = await api()
    .post('/api/institutions')
    .auth(await asAdmin(), { type: 'bearer' })
    .send({
      name: unique('Детский дом '),
      kind: 'children_home',
      region: 'Хабаровский край',
      ...overrides,
    });
  if (res.status !== 201)
    throw new Error(`create institution: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface TestUser {
  id: string;
  login: string;
  password: string;
  version: number;
  token: string;
}

/** Creates a user with a known password and logs them in. */
export async function createUser(
  role: string,
  institutionId: string | null,
  fullName = 'Тестовый Пользователь',
): Promise<TestUser> {
  const loginName = unique(`${role}.`);
  const password = `Pass-${randomBytes(6).toString('hex')}`;
  const res = await api()
    .post('/api/users')
    .auth(await asAdmin(), { type: 'bearer' })
    .send({ login: loginName, fullName, role, institutionId, password });
  if (res.status !== 201) throw new Error(`create user: ${res.status} ${JSON.stringify(res.body)}`);
  const { accessToken } = await login(loginName, password);
  return {
    id: res.body.user.id,
    login: loginName,
    password,
    version: res.body.user.version,
    token: accessToken,
  };
}

/** Asserts an RFC 9457 problem+json answer with the given status. */
export function expectProblem(res: request.Response, status: number, code?: string): void {
  expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
    status,
    type: expect.stringContaining('application/problem+json'),
  });
  expect(res.body).toMatchObject({
    status,
    title: expect.any(String),
    type: expect.stringContaining('/problems/'),
  });
  expect(res.body.correlationId).toBe(res.headers['x-request-id']);
  if (code) expect(res.body.code).toBe(code);
}

// Helpers for the case-work tests (graduates, appeals, services, journal).

/** Graduates' names hold letters only: a random Cyrillic tail keeps test people distinct. */
const cyrillicTail = () =>
  Array.from(randomBytes(6), (b) => 'абвгдежзиклмнопрстуфхцчшэюя'[b % 27]).join('');

export interface TestGraduate {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  birthDate: string;
  version: number;
}

/** Registers a graduate (19 years old unless overridden) through the API. */
export async function createGraduate(
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<TestGraduate> {
  const res = await api()
    .post('/api/graduates')
    .auth(token, { type: 'bearer' })
    .send({
      lastName: `Тестов${cyrillicTail()}`,
      firstName: 'Иван',
      patronymic: 'Петрович',
      sex: 'male',
      birthDate: `${new Date().getFullYear() - 19}-03-15`,
      legalStatus: 'orphan',
      ...overrides,
    });
  if (res.status !== 201)
    throw new Error(`create graduate: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The access-log entries of one record, oldest first (read straight from the test database). */
export async function auditEntries(
  entity: string,
  entityId: string | null,
): Promise<
  { action: string; user_id: string; changed_fields: string[]; details: Record<string, unknown> }[]
> {
  const db = new PgClient({ connectionString: required('POSTCARE_DB_URL') });
  await db.connect();
  try {
    const byId = entityId === null ? 'entity_id IS NULL' : 'entity_id = $2';
    const params = entityId === null ? [entity] : [entity, entityId];
    return (
      await db.query(
        `SELECT action, user_id, changed_fields, details FROM audit_log WHERE entity = $1 AND ${byId} ORDER BY at`,
        params,
      )
    ).rows;
  } finally {
    await db.end();
  }
}

export const daysAgo = (n: number) => dayjs().subtract(n, 'day').format('YYYY-MM-DD');

/** Dictionary entries (seeded from the regulations) as code → id. */
export async function dictionaryIds(
  token: string,
  kind: 'problem' | 'service-kind',
): Promise<Record<string, string>> {
  const res = await api().get(`/api/dictionaries/${kind}`).auth(token, { type: 'bearer' });
  return Object.fromEntries(
    (res.body as { code: string; id: string }[]).map((e) => [e.code, e.id]),
  );
}

/** A supertest parser that collects the whole body as a Buffer (files, exports). */
export function binary(res: unknown, done: (error: Error | null, body: Buffer) => void) {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A calendar day in an IANA time zone, `days` from today there. */
export function dayIn(zone: string, days = 0): string {
  return dayjs().tz(zone).add(days, 'day').format('YYYY-MM-DD');
}
