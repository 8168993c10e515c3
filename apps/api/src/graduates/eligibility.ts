import dayjs from 'dayjs';
import type { Graduate } from './graduate.entity';

export type EligibilityBasis = 'under_23' | 'full_time_student' | 'exception_order';

export interface Eligibility {
  on: string;
  eligible: boolean;
  basis: EligibilityBasis | null;
  age: number;
  turns23On: string;
  /** Russian explanation shown to staff, also the refusal reason. */
  reason: string;
}

export const AGE_LIMIT = 23;

type EligibilityInput = Pick<
  Graduate,
  'birthDate' | 'situation' | 'exceptionOrderNumber' | 'exceptionOrderDate' | 'exceptionOrderBy'
>;

/**
 * 001 §4.1: support is for those under 23; at 23 and older only for full-time students
 * in a first professional education (§4.1.2), otherwise only by a recorded order (§4.1.3).
 */
export function eligibilityOn(graduate: EligibilityInput, on: string): Eligibility {
  const day = dayjs(on);
  const birth = dayjs(graduate.birthDate);
  const age = day.diff(birth, 'year');
  const turns23On = birth.add(AGE_LIMIT, 'year').format('YYYY-MM-DD');
  const base = { on: day.format('YYYY-MM-DD'), age, turns23On };
  if (age < AGE_LIMIT) {
    return { ...base, eligible: true, basis: 'under_23', reason: `Возраст ${age} — до 23 лет` };
  }
  const education = graduate.situation?.education;
  if (education?.fullTime && education.firstProfessional && education.studying !== false) {
    return {
      ...base,
      eligible: true,
      basis: 'full_time_student',
      reason: 'Старше 23 лет, обучается очно и получает первое профессиональное образование',
    };
  }
  if (
    graduate.exceptionOrderNumber &&
    graduate.exceptionOrderDate &&
    !day.isBefore(graduate.exceptionOrderDate)
  ) {
    return {
      ...base,
      eligible: true,
      basis: 'exception_order',
      reason: `Распоряжение № ${graduate.exceptionOrderNumber} от ${dayjs(graduate.exceptionOrderDate).format('DD.MM.YYYY')} (${graduate.exceptionOrderBy ?? ''})`,
    };
  }
  return {
    ...base,
    eligible: false,
    basis: null,
    reason:
      'Старше 23 лет: сопровождение возможно только при очном обучении по первому профессиональному образованию или по распоряжению директора (начальника отдела)',
  };
}
