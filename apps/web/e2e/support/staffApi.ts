import { call } from './adminApi';

/** Test data set up through the HTTP API as a member of staff (e.g. a head registering files). */
export class StaffApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly accessToken: string,
  ) {}

  static async signIn(baseUrl: string, login: string, password: string): Promise<StaffApi> {
    const tokens = await call<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      login,
      password,
    });
    return new StaffApi(baseUrl, tokens.accessToken);
  }

  createGraduate(graduate: {
    lastName: string;
    firstName: string;
    patronymic: string;
    sex: 'female' | 'male';
    birthDate: string;
    leftCareOn?: string;
    responsibleSpecialistId?: string;
  }): Promise<{ id: string }> {
    return call(
      this.baseUrl,
      '/api/graduates',
      { legalStatus: 'orphan', contacts: { phones: ['+7 914 000-11-22'] }, ...graduate },
      this.accessToken,
    );
  }

  /** A current written consent to process the graduate's data, signed today. */
  recordConsent(graduateId: string, signedOn: string): Promise<{ id: string }> {
    return call(
      this.baseUrl,
      `/api/graduates/${graduateId}/consents`,
      { signedOn, allowsProcessing: true },
      this.accessToken,
    );
  }

  /** The id of the first kind of help in the institution's dictionary. */
  async firstServiceKind(): Promise<string> {
    const response = await fetch(`${this.baseUrl}/api/dictionaries/service-kind`, {
      headers: { Authorization: `Bearer ${this.accessToken}` },
    });
    if (!response.ok) throw new Error(`GET service kinds: ${response.status}`);
    const [first] = (await response.json()) as { id: string }[];
    return first.id;
  }

  /** One act of help given to a graduate on a day, journaled as the signed-in member of staff. */
  recordService(service: {
    graduateId: string;
    providedOn: string;
    kindId: string;
  }): Promise<{ id: string }> {
    return call(
      this.baseUrl,
      '/api/services',
      { form: 'individual', delivery: 'in_person', durationMinutes: 60, ...service },
      this.accessToken,
    );
  }
}
