import type { Schemas } from '@postcare/api-client';
import type { Dayjs } from 'dayjs';
import { isoDate, pickerDate } from '../format';

type Graduate = Schemas['GraduateDto'];

/** What the create and edit forms hold; dates are picker values, lists never undefined. */
export interface GraduateFormValues {
  lastName: string;
  firstName: string;
  patronymic?: string;
  sex?: Schemas['Sex'];
  birthDate?: Dayjs | null;
  legalStatus?: Schemas['LegalStatus'];
  originInstitutionId?: string | null;
  originInstitutionName?: string;
  leftCareOn?: Dayjs | null;
  phones?: string[];
  email?: string;
  socialNetworks?: string[];
  registrationAddress?: string;
  actualAddress?: string;
  responsibleSpecialistId?: string | null;
}

const filled = (list: (string | undefined)[] | undefined): string[] =>
  (list ?? []).map((item) => item?.trim() ?? '').filter(Boolean);

const text = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** The minimum kept without a written consent: who the person is and how to reach them. */
function minimumOf(values: GraduateFormValues) {
  return {
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    patronymic: values.patronymic?.trim() ?? '',
    sex: values.sex!,
    birthDate: isoDate(values.birthDate!),
    legalStatus: values.legalStatus!,
    originInstitutionId: values.originInstitutionId ?? undefined,
    originInstitutionName: values.originInstitutionId
      ? undefined
      : text(values.originInstitutionName),
    leftCareOn: values.leftCareOn ? isoDate(values.leftCareOn) : undefined,
    responsibleSpecialistId: values.responsibleSpecialistId ?? null,
  };
}

/** A new file: only the minimum, since a consent can be recorded only for an existing file. */
export function createBodyOf(values: GraduateFormValues): Schemas['CreateGraduateDto'] {
  return { ...minimumOf(values), contacts: { phones: filled(values.phones) } };
}

/** An edit: addresses, e-mail and social networks are sent only under a current consent. */
export function updateBodyOf(
  values: GraduateFormValues,
  version: number,
  consentCurrent: boolean,
): Schemas['UpdateGraduateDto'] {
  const phones = filled(values.phones);
  return {
    ...minimumOf(values),
    version,
    ...(consentCurrent
      ? {
          contacts: {
            phones,
            email: text(values.email),
            socialNetworks: filled(values.socialNetworks),
          },
          registrationAddress: values.registrationAddress?.trim() ?? '',
          actualAddress: values.actualAddress?.trim() ?? '',
        }
      : { contacts: { phones } }),
  };
}

/** The form filled from a file. */
export function formValuesOf(graduate: Graduate): GraduateFormValues {
  return {
    lastName: graduate.lastName,
    firstName: graduate.firstName,
    patronymic: graduate.patronymic,
    sex: graduate.sex,
    birthDate: pickerDate(graduate.birthDate),
    legalStatus: graduate.legalStatus,
    originInstitutionId: graduate.originInstitutionId,
    originInstitutionName: graduate.originInstitutionId ? '' : graduate.originInstitutionName,
    leftCareOn: pickerDate(graduate.leftCareOn),
    phones: graduate.contacts.phones?.length ? graduate.contacts.phones : [''],
    email: graduate.contacts.email ?? '',
    socialNetworks: graduate.contacts.socialNetworks ?? [],
    registrationAddress: graduate.registrationAddress,
    actualAddress: graduate.actualAddress,
    responsibleSpecialistId: graduate.responsibleSpecialistId,
  };
}
