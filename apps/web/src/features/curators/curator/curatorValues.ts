import type { Dayjs } from 'dayjs';
import { isoDate, pickerDate } from '../../graduates/format';
import type { Curator } from '../vocabulary';

export interface CuratorValues {
  lastName: string;
  firstName: string;
  patronymic?: string;
  birthDate?: Dayjs | null;
  phone?: string;
  email?: string;
  occupation?: string;
  source?: string;
  recordCheckNumber?: string;
  recordCheckOn?: Dayjs | null;
  consentOn?: Dayjs | null;
  note?: string;
}

export const curatorValues = (curator: Curator): CuratorValues => ({
  lastName: curator.lastName,
  firstName: curator.firstName,
  patronymic: curator.patronymic,
  birthDate: pickerDate(curator.birthDate),
  phone: curator.phone,
  email: curator.email,
  occupation: curator.occupation,
  source: curator.source,
  recordCheckNumber: curator.recordCheckNumber,
  recordCheckOn: pickerDate(curator.recordCheckOn),
  consentOn: pickerDate(curator.consentOn),
  note: curator.note,
});

/** Every field as the API takes it: names with single spaces, days, null for a cleared date. */
export function curatorBody(values: CuratorValues) {
  const text = (value: string | undefined) => value?.trim() ?? '';
  const name = (value: string | undefined) => text(value).replace(/\s+/g, ' ');
  const day = (value: Dayjs | null | undefined) => (value ? isoDate(value) : null);
  return {
    lastName: name(values.lastName),
    firstName: name(values.firstName),
    patronymic: name(values.patronymic),
    birthDate: day(values.birthDate),
    phone: text(values.phone),
    email: text(values.email),
    occupation: text(values.occupation),
    source: text(values.source),
    recordCheckNumber: text(values.recordCheckNumber),
    recordCheckOn: day(values.recordCheckOn),
    consentOn: day(values.consentOn),
    note: text(values.note),
  };
}
