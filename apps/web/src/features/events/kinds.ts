import { GROUP_EVENT_KIND_LABELS, GROUP_EVENT_STATUS_LABELS } from '@postcare/domain';
import { useLabel } from '../../shared/vocabulary/useLabel';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from './vocabulary';

/** The kinds as picker options, in the shared order. */
export function useEventKindOptions(): { value: EventKind; label: string }[] {
  const labelOf = useLabel();
  return EVENT_KINDS.map((value) => ({ value, label: labelOf(GROUP_EVENT_KIND_LABELS, value) }));
}

/** The statuses as picker options, in the order an event moves through them. */
export function useEventStatusOptions(): { value: EventStatus; label: string }[] {
  const labelOf = useLabel();
  return EVENT_STATUSES.map((value) => ({
    value,
    label: labelOf(GROUP_EVENT_STATUS_LABELS, value),
  }));
}
