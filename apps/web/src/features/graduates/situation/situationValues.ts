import type { Schemas } from '@postcare/api-client';

type Situation = Schemas['SituationDto'];

/** Drops what the form leaves empty (a cleared number is null there, the API wants none). */
export function situationBodyOf(values: Situation): Situation {
  const { education, family } = values;
  return {
    ...values,
    education: education && { ...education, year: education.year ?? undefined },
    family: family && { ...family, childrenCount: family.childrenCount ?? undefined },
  };
}
