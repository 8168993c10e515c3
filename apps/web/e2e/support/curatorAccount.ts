import { call } from './adminApi';

/** A request as the holder of `token`; the body of the answer. */
export async function send<T>(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const tokenOf = async (baseUrl: string, login: string, password: string) =>
  (await call<{ accessToken: string }>(baseUrl, '/api/auth/login', { login, password }))
    .accessToken;

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A volunteer curator as the API makes one: trained (the institution asks 4 hours),
 * approved by the head, given this graduate and an account whose one-time password is
 * already changed to `password`. Returns the curator's id.
 */
export async function curatorWithAccount(
  baseUrl: string,
  tokens: { head: string; specialist: string },
  institution: { id: string; version?: number },
  graduateId: string,
  login: string,
  password: string,
): Promise<string> {
  const { head, specialist } = tokens;
  await send(baseUrl, head, 'PATCH', `/api/institutions/${institution.id}/settings`, {
    version: institution.version,
    curatorTrainingHours: 4,
  });
  let curator = await send<{ id: string; version: number }>(
    baseUrl,
    head,
    'POST',
    '/api/curators',
    {
      lastName: 'Петрова',
      firstName: 'Анна',
      phone: '+7 914 000-00-00',
      recordCheckNumber: '25/1-123',
      recordCheckOn: day(-30),
      consentOn: day(-30),
    },
  );
  const session = await send<{ id: string; version: number }>(
    baseUrl,
    specialist,
    'POST',
    '/api/curator-trainings',
    { heldOn: day(-7), topic: 'Особенности выпускников', trainer: 'Психолог', hours: 4 },
  );
  await send(baseUrl, specialist, 'PUT', `/api/curator-trainings/${session.id}/attendance`, {
    version: session.version,
    curatorIds: [curator.id],
  });
  curator = await send(baseUrl, head, 'GET', `/api/curators/${curator.id}`);
  curator = await send(baseUrl, head, 'POST', `/api/curators/${curator.id}/approve`, {
    version: curator.version,
  });
  await send(baseUrl, specialist, 'POST', `/api/curators/${curator.id}/assignments`, {
    graduateId,
    startsOn: day(-1),
    goal: 'Помощь в поиске работы и в быту',
  });
  curator = await send(baseUrl, head, 'GET', `/api/curators/${curator.id}`);
  const account = await send<{ temporaryPassword: string }>(
    baseUrl,
    head,
    'POST',
    `/api/curators/${curator.id}/account`,
    { version: curator.version, login },
  );
  const first = await tokenOf(baseUrl, login, account.temporaryPassword);
  await send(baseUrl, first, 'POST', '/api/auth/password', {
    currentPassword: account.temporaryPassword,
    newPassword: password,
  });
  return curator.id;
}
