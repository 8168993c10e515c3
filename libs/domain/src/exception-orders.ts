import type { Labels } from './label';

/** Who signed an order to support a person outside the age rules (001 §4.1.3). */
export const ORDERED_BY = ['director', 'head'] as const;
export type OrderedBy = (typeof ORDERED_BY)[number];
export const ORDERED_BY_LABELS: Labels<OrderedBy> = {
  director: { ru: 'директор учреждения', en: 'director of the institution' },
  head: { ru: 'руководитель службы', en: 'head of service' },
};

/** A specialist asks for the order to be counted; the head confirms or rejects it. */
export const EXCEPTION_ORDER_STATUSES = ['requested', 'confirmed', 'rejected'] as const;
export type ExceptionOrderStatus = (typeof EXCEPTION_ORDER_STATUSES)[number];
export const EXCEPTION_ORDER_STATUS_LABELS: Labels<ExceptionOrderStatus> = {
  requested: { ru: 'ожидает подтверждения', en: 'awaiting confirmation' },
  confirmed: { ru: 'подтверждено', en: 'confirmed' },
  rejected: { ru: 'отклонено', en: 'rejected' },
};
