import { DomainError } from '../common/problem/domain-error';
import { CreateGraduateDto } from './dto/graduate.requests';
import { Graduate } from './graduate.entity';

/**
 * Without a current written consent the file keeps only what registering an appeal needs:
 * name, sex, birth date, legal status, institution of origin, a phone, status and the
 * responsible specialist. Everything else needs consent (000 §7.1.8, 152-FZ).
 */
export function consentRequiredFields(dto: Partial<CreateGraduateDto>): string[] {
  const fields: string[] = [];
  if (dto.registrationAddress) fields.push('registrationAddress');
  if (dto.actualAddress) fields.push('actualAddress');
  if (dto.situation && Object.keys(dto.situation).length > 0) fields.push('situation');
  if (dto.contacts?.email) fields.push('contacts.email');
  if (dto.contacts?.socialNetworks?.length) fields.push('contacts.socialNetworks');
  return fields;
}

export function refuseWithoutConsent(fields: string[]): DomainError {
  return new DomainError(
    409,
    'consent-required',
    'Нет действующего письменного согласия на обработку персональных данных: хранится только минимум для регистрации обращения',
    { errors: Object.fromEntries(fields.map((f) => [f, ['requires a current written consent']])) },
  );
}

/** What a withdrawal of consent removes from the file (the minimum stays). */
export function withoutConsentOnlyData(graduate: Graduate): Partial<Graduate> {
  return {
    registrationAddress: '',
    actualAddress: '',
    situation: {},
    contacts: { phones: graduate.contacts.phones ?? [] },
  };
}
