import type { Schemas } from '@postcare/api-client';
import type { Dayjs } from 'dayjs';
import { isoDate, pickerDate } from '../../graduates/format';
import type { ContractDetail, ContractKind } from '../vocabulary';

/** What the contract form holds; dates are picker values. */
export interface ContractFormValues {
  kind: ContractKind;
  number?: string;
  applicationDate?: Dayjs | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  serviceKindIds?: string[];
  legalRepresentative?: string;
  responsibleSpecialistId?: string | null;
  conditions?: string;
}

const day = (value: Dayjs | null | undefined) => (value ? isoDate(value) : undefined);

/** A new draft: what is left empty (number, term) the server fills in. */
export function createBodyOf(
  graduateId: string,
  values: ContractFormValues,
  withRepresentative: boolean,
): Schemas['CreateContractDto'] {
  return {
    graduateId,
    kind: values.kind,
    number: values.number?.trim() || undefined,
    applicationDate: day(values.applicationDate),
    startsOn: day(values.startsOn),
    endsOn: day(values.endsOn),
    serviceKindIds: values.serviceKindIds ?? [],
    legalRepresentative: withRepresentative ? values.legalRepresentative?.trim() : undefined,
    responsibleSpecialistId: values.responsibleSpecialistId ?? null,
    conditions: values.conditions?.trim() ?? '',
  };
}

/** An edited draft: a cleared application date is cleared on the server too. */
export function updateBodyOf(
  contract: ContractDetail,
  values: ContractFormValues,
  withRepresentative: boolean,
): Schemas['UpdateContractDto'] {
  return {
    version: contract.version,
    number: values.number?.trim() || undefined,
    applicationDate: values.applicationDate ? isoDate(values.applicationDate) : null,
    startsOn: day(values.startsOn),
    endsOn: day(values.endsOn),
    serviceKindIds: values.serviceKindIds ?? [],
    legalRepresentative: withRepresentative
      ? (values.legalRepresentative?.trim() ?? '')
      : undefined,
    responsibleSpecialistId: values.responsibleSpecialistId ?? null,
    conditions: values.conditions?.trim() ?? '',
  };
}

/** The form filled from a draft. */
export function formValuesOf(contract: ContractDetail): ContractFormValues {
  return {
    kind: contract.kind,
    number: contract.number,
    applicationDate: pickerDate(contract.applicationDate),
    startsOn: pickerDate(contract.startsOn),
    endsOn: pickerDate(contract.endsOn),
    serviceKindIds: contract.serviceKinds.map(({ id }) => id),
    legalRepresentative: contract.legalRepresentative,
    responsibleSpecialistId: contract.responsibleSpecialist?.id ?? null,
    conditions: contract.conditions,
  };
}
