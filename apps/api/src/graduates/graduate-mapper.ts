import { ConsentState } from './consents/consent-state';
import { GraduateDto, GraduateSummaryDto } from './dto/graduate.dto';
import { eligibilityOn } from './eligibility';
import { Graduate } from './graduate.entity';
import { withoutConsentOnlyData } from './personal-data';

/** `today` is the caller's institution's day; the graduate's exception orders must be loaded. */
export function toSummary(g: Graduate, today: string): GraduateSummaryDto {
  const eligibility = eligibilityOn(g, today);
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

export function toDetail(file: Graduate, consent: ConsentState, today: string): GraduateDto {
  // A withdrawal that has taken effect (it may have been dated ahead) leaves the minimum.
  const g = consent === 'withdrawn' ? { ...file, ...withoutConsentOnlyData(file) } : file;
  return {
    ...toSummary(g, today),
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
    eligibility: eligibilityOn(g, today),
    consent,
    createdAt: g.createdAt.toISOString(),
    updatedAt: g.updatedAt.toISOString(),
    version: g.version,
  };
}
