/** Test data set up directly through the HTTP API, as the administrator. */
export class AdminApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly accessToken: string,
  ) {}

  static async signIn(baseUrl: string, login: string, password: string): Promise<AdminApi> {
    const tokens = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login,
      password,
    });
    return new AdminApi(baseUrl, tokens.accessToken);
  }

  createInstitution(name: string): Promise<{ id: string; name: string }> {
    return call(
      this.baseUrl,
      '/api/institutions',
      { name, kind: 'children_home', region: 'Хабаровский край', municipality: 'г. Хабаровск' },
      this.accessToken,
    );
  }

  createUser(user: {
    login: string;
    fullName: string;
    role: string;
    institutionId: string;
    password: string;
  }): Promise<{ user: { id: string } }> {
    return call(
      this.baseUrl,
      '/api/users',
      { position: 'Руководитель службы', ...user },
      this.accessToken,
    );
  }

  /** Gives a regional user the institutions whose reports they oversee (replaces the set). */
  setRegionalInstitutions(userId: string, institutionIds: string[]): Promise<unknown> {
    return call(
      this.baseUrl,
      `/api/users/${userId}/regional-institutions`,
      { institutionIds },
      this.accessToken,
      'PUT',
    );
  }
}

export async function call<T>(
  baseUrl: string,
  path: string,
  body: unknown,
  accessToken?: string,
  method: 'POST' | 'PUT' = 'POST',
): Promise<T> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
