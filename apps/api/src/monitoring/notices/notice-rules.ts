import dayjs from 'dayjs';
import { TransitionTable } from '../../common/lifecycle/lifecycle';
import { NoticeStatus as S, NoticeTrigger } from './notice.entity';

export type NoticeAction = 'send' | 'answer' | 'cancel';

export const NOTICE_LIFECYCLE: TransitionTable<S, NoticeAction> = {
  send: { from: [S.ToSend], to: S.Sent },
  answer: { from: [S.Sent], to: S.Answered },
  cancel: { from: [S.ToSend], to: S.Cancelled },
};

/**
 * Whether informing the guardianship body is mandatory: housing problems always are
 * (000 §7.1.4, 001 §6.2); threats to life or health always (000 §7.1.4) or, under the
 * other regulation (001 §6.2), only for graduates under 18 on the day it was found.
 */
export function isMandatory(
  trigger: NoticeTrigger,
  birthDate: string,
  foundOn: string,
  minorsOnly: boolean,
): boolean {
  if (trigger === NoticeTrigger.Housing) return true;
  if (trigger === NoticeTrigger.ThreatLifeHealth)
    return !minorsOnly || dayjs(foundOn).diff(dayjs(birthDate), 'year') < 18;
  return false;
}
