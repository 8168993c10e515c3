import { TransitionTable } from '../common/lifecycle/lifecycle';
import { fieldError } from '../common/problem/domain-error';
import { GroupEventKind as K, GroupEventStatus as S } from './group-event.entity';

export type EventAction = 'hold' | 'cancel';

/** A scheduled event is held (after it has begun, with the attendance) or cancelled. */
export const EVENT_LIFECYCLE: TransitionTable<S, EventAction> = {
  hold: { from: [S.Scheduled], to: S.Held },
  cancel: { from: [S.Scheduled], to: S.Cancelled },
};

/**
 * The service-kind dictionary entry a present participant's help is counted under
 * (001 §3.2): learning formats under «Обучающий семинар, тренинг, мастер-класс», the rest
 * under «Групповое мероприятие» (seeded with this module's migration).
 */
export const SERVICE_KIND_OF_EVENT: Readonly<Record<K, string>> = {
  training: 'training_session',
  seminar: 'training_session',
  master_class: 'training_session',
  club_meeting: 'group_event',
  evening: 'group_event',
  excursion: 'group_event',
  other: 'group_event',
};

/** At most this many participants per event (a hall, not a stadium). */
export const MAX_PARTICIPANTS = 200;

export { fieldError };
