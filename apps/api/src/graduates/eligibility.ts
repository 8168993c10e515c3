import dayjs from 'dayjs';
import { formatDay } from '../common/russian-dates';
import {
  coversDay,
  ExceptionOrder,
  ExceptionOrderStatus,
} from './exception-orders/exception-order.entity';
import type { Graduate } from './graduate.entity';

export type EligibilityBasis = 'under_23' | 'full_time_student' | 'exception_order';

export interface Eligibility {
  on: string;
  eligible: boolean;
  basis: EligibilityBasis | null;
  age: number;
  turns23On: string;
  /** The order that makes the person eligible (basis `exception_order`). */
  exceptionOrderId: string | null;
  /** Russian explanation shown to staff, also the refusal reason. */
  reason: string;
}

export const AGE_LIMIT = 23;

type EligibilityInput = Pick<Graduate, 'birthDate' | 'situation'> & {
  exceptionOrders?: ExceptionOrder[];
};

/** The study facts valid on `day`: full-time, first professional education, within the study dates. */
export function studiesFullTimeOn(graduate: Pick<Graduate, 'situation'>, day: string): boolean {
  const e = graduate.situation?.education;
  if (!e?.fullTime || !e.firstProfessional || e.studying === false) return false;
  return (!e.startedOn || e.startedOn <= day) && (!e.expectedEndOn || day <= e.expectedEndOn);
}

/** Full years of age on a day. */
export const ageOn = (birthDate: string, day: string) => dayjs(day).diff(dayjs(birthDate), 'year');

/** The day before the 23rd birthday: the last day of support by age. */
export const lastDayByAge = (birthDate: string) =>
  dayjs(birthDate).add(AGE_LIMIT, 'year').subtract(1, 'day').format('YYYY-MM-DD');

/**
 * 001 §4.1: support is for those under 23; at 23 and older only for full-time students
 * in a first professional education (§4.1.2), otherwise only by a confirmed order (§4.1.3).
 * `exceptionOrders` must be loaded for the order rule to apply.
 */
export function eligibilityOn(graduate: EligibilityInput, on: string): Eligibility {
  const day = dayjs(on);
  const birth = dayjs(graduate.birthDate);
  const age = ageOn(graduate.birthDate, on);
  const turns23On = birth.add(AGE_LIMIT, 'year').format('YYYY-MM-DD');
  const base = { on: day.format('YYYY-MM-DD'), age, turns23On, exceptionOrderId: null };
  if (age < AGE_LIMIT) {
    return { ...base, eligible: true, basis: 'under_23', reason: `Возраст ${age} — до 23 лет` };
  }
  if (studiesFullTimeOn(graduate, base.on)) {
    return {
      ...base,
      eligible: true,
      basis: 'full_time_student',
      reason: 'Старше 23 лет, обучается очно и получает первое профессиональное образование',
    };
  }
  const orders = graduate.exceptionOrders ?? [];
  const order = orders.find((o) => coversDay(o, base.on));
  if (order) {
    return {
      ...base,
      eligible: true,
      basis: 'exception_order',
      exceptionOrderId: order.id,
      reason: `Распоряжение № ${order.number} от ${formatDay(order.orderDate)}${order.orderedByName ? ` (${order.orderedByName})` : ''}`,
    };
  }
  const pending = orders.some((o) => o.status === ExceptionOrderStatus.Requested);
  return {
    ...base,
    eligible: false,
    basis: null,
    reason:
      'Старше 23 лет: сопровождение возможно только при очном обучении по первому профессиональному образованию или по распоряжению директора (начальника отдела)' +
      (pending ? '. Запрошенное распоряжение ещё не подтверждено руководителем' : ''),
  };
}
