import dayjs from 'dayjs';
// Registers dayjs's utc and timezone plugins.
import '../common/local-day';
import { Appeal } from '../appeals/appeal.entity';
import { fullNameOf } from '../appeals/dto/refs.response';
import { inDisplayOrder } from '../dictionaries/dto/dictionary.response';
import { AidService } from '../services/aid-service.entity';
import { safeText } from '../common/xlsx/safe-text';
import { CHANNEL, DELIVERY, FORM, STATUS } from './journal-labels';
import type { Cell } from './journal-writer';

/** Excel keeps wall-clock time without a zone: write the local time as if it were UTC. */
const excelMoment = (instant: Date, timeZone: string) => {
  const t = dayjs(instant).tz(timeZone);
  return new Date(Date.UTC(t.year(), t.month(), t.date(), t.hour(), t.minute()));
};
const excelDay = (day: string) => new Date(`${day}T00:00:00Z`);
const ruDay = (day: string) => dayjs(day).format('DD.MM.YYYY');

/** One act of help gives typed cells; several (one appeal, several acts) become lines of text. */
function serviceCells(services: AidService[]): Cell[] {
  const single = services.length === 1 ? services[0] : null;
  return [
    single ? excelDay(single.providedOn) : services.map((s) => ruDay(s.providedOn)).join('\n'),
    safeText(services.map((s) => s.kind!.name).join('\n')),
    services.map((s) => `${FORM[s.form]}, ${DELIVERY[s.delivery]}`).join('\n'),
    single ? single.durationMinutes : services.map((s) => s.durationMinutes).join('\n'),
    safeText(services.map((s) => s.result).join('\n')),
    safeText(services.map((s) => s.specialist!.fullName).join('\n')),
  ];
}

export function appealRow(appeal: Appeal, services: AidService[], timeZone: string): Cell[] {
  const outcome = [appeal.outcome, appeal.referredTo && `Направлен(а): ${appeal.referredTo}`];
  return [
    excelMoment(appeal.registeredAt, timeZone),
    CHANNEL[appeal.channel],
    safeText(fullNameOf(appeal.graduate!)),
    excelDay(appeal.graduate!.birthDate),
    safeText(
      inDisplayOrder(appeal.problems ?? [])
        .map((p) => p.name)
        .join('\n'),
    ),
    safeText(appeal.description),
    safeText(appeal.assignedSpecialist?.fullName ?? ''),
    STATUS[appeal.status],
    safeText(outcome.filter(Boolean).join('\n')),
    ...(services.length ? serviceCells(services) : ['', '', '', '', '', '']),
  ];
}

export function oneOffRow(service: AidService): Cell[] {
  const g = service.graduate!;
  return [
    '',
    '',
    safeText(fullNameOf(g)),
    excelDay(g.birthDate),
    '',
    'Помощь без обращения',
    '',
    '',
    '',
    ...serviceCells([service]),
  ];
}

/** Sorts the lines of the journal: by local day, a day's appeals (by time) before its one-off help. */
export const appealKey = (appeal: Appeal, timeZone: string) =>
  dayjs(appeal.registeredAt).tz(timeZone).format('YYYY-MM-DD 0 HH:mm:ss');
export const oneOffKey = (service: AidService) => `${service.providedOn} 1`;
