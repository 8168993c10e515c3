import type { Schemas } from '@postcare/api-client';
import type { Dayjs } from 'dayjs';
import { isoDate, pickerDate } from '../format';

type Situation = Schemas['SituationDto'];
type Education = NonNullable<Situation['education']>;

/** The situation as the form holds it: the study dates are picker values. */
export type SituationFormValues = Omit<Situation, 'education'> & {
  education?: Omit<Education, 'startedOn' | 'expectedEndOn'> & {
    startedOn?: Dayjs | null;
    expectedEndOn?: Dayjs | null;
  };
};

/** The form filled from a file. */
export function situationFormValuesOf(situation: Situation): SituationFormValues {
  const { education } = situation;
  return {
    ...situation,
    education: education && {
      ...education,
      startedOn: pickerDate(education.startedOn),
      expectedEndOn: pickerDate(education.expectedEndOn),
    },
  };
}

/** Drops what the form leaves empty (a cleared number or date is null there, the API wants none). */
export function situationBodyOf(values: SituationFormValues): Situation {
  const { education, family } = values;
  return {
    ...values,
    education: education && {
      ...education,
      year: education.year ?? undefined,
      startedOn: education.startedOn ? isoDate(education.startedOn) : undefined,
      expectedEndOn: education.expectedEndOn ? isoDate(education.expectedEndOn) : undefined,
    },
    family: family && { ...family, childrenCount: family.childrenCount ?? undefined },
  };
}
