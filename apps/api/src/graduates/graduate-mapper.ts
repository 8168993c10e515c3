import { today } from '../common/local-day';
import { ConsentState } from './consents/consent-state';
import { GraduateDto, GraduateSummaryDto, exceptionOrderOf } from './dto/graduate.dto';
import { eligibilityOn } from './eligibility';
import { Graduate } from './graduate.entity';

export function toSummary(g: Graduate): GraduateSummaryDto {
  const eligibility = eligibilityOn(g, today());
  return {
    id: g.id,
    lastName: g.lastName,
    firstName: g.firstName,
    patronymic: g.patronymic,
    birthDate: g.birthDate,
    status: g.status,
    responsibleSpecialistId: g.responsibleSpecialistId,
    responsibleSpecialistName: g.responsibleSpecialist?.fullName ?? null,
    age: eligibility.age,
    eligibleToday: eligibility.eligible,
    archived: g.archivedAt !== null,
  };
}

export function toDetail(g: Graduate, consent: ConsentState): GraduateDto {
  return {
    ...toSummary(g),
    sex: g.sex,
    legalStatus: g.legalStatus,
    originInstitutionId: g.originInstitutionId,
    originInstitutionName: g.originInstitution?.name ?? g.originInstitutionName,
    leftCareOn: g.leftCareOn,
    contacts: g.contacts,
    registrationAddress: g.registrationAddress,
    actualAddress: g.actualAddress,
    situation: g.situation,
    statusReason: g.statusReason,
    statusChangedOn: g.statusChangedOn,
    exceptionOrder: exceptionOrderOf(g),
    eligibility: eligibilityOn(g, today()),
    consent,
    createdAt: g.createdAt.toISOString(),
    updatedAt: g.updatedAt.toISOString(),
    version: g.version,
  };
}
