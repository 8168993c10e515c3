import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from './vocabulary';

/** The kinds as picker options, in the shared order. */
export function useEventKindOptions(): { value: EventKind; label: string }[] {
  const { t } = useTranslation('events');
  return EVENT_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }));
}

/** The statuses as picker options, in the order an event moves through them. */
export function useEventStatusOptions(): { value: EventStatus; label: string }[] {
  const { t } = useTranslation('events');
  return EVENT_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }));
}
