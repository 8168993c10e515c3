import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
// Registers dayjs's utc and timezone plugins.
import '../common/local-day';
import { AppealChannel, AppealStatus } from '../appeals/appeal.entity';
import { date, ImportColumn, text } from '../common/xlsx/import-cells';
import { CHANNEL, DELIVERY, FORM, STATUS } from '../journal/journal-labels';
import { ServiceDelivery, ServiceForm } from '../services/aid-service.entity';

dayjs.extend(customParseFormat);

/** A line of the exported journal that answers no appeal: help given without one. */
export const ONE_OFF_DESCRIPTION = 'Помощь без обращения';
/** The exported journal writes the referral after the outcome on a line of its own. */
export const REFERRED_PREFIX = 'Направлен(а):';

const reverse = <T extends string>(labels: Record<T, string>, extra: Record<string, T> = {}) =>
  new Map<string, T>([
    ...Object.entries(labels).map(
      ([code, label]) => [String(label).toLowerCase(), code as T] as const,
    ),
    ...Object.entries(extra),
  ]);

export const CHANNEL_WORDS = reverse<AppealChannel>(CHANNEL, {
  лично: AppealChannel.InPerson,
  телефон: AppealChannel.Phone,
  мессенджер: AppealChannel.Messenger,
  соцсети: AppealChannel.Messenger,
  выезд: AppealChannel.OutreachVisit,
  письмо: AppealChannel.Letter,
});
export const STATUS_WORDS = reverse<AppealStatus>(STATUS);
export const FORM_WORDS = reverse<ServiceForm>(FORM);
export const DELIVERY_WORDS = reverse<ServiceDelivery>(DELIVERY);

/**
 * A moment as the institution's wall-clock time «YYYY-MM-DDTHH:mm». Excel keeps dates
 * without a zone (the exported journal writes local time as UTC), text is ДД.ММ.ГГГГ ЧЧ:ММ
 * or a bare day (then 00:00). Anything else is passed on as typed, to be reported.
 */
function wallClock(value: unknown): unknown {
  if (value instanceof Date) return dayjs.utc(value).format('YYYY-MM-DDTHH:mm');
  const raw = text(value);
  if (!raw) return undefined;
  const formats = [
    'DD.MM.YYYY HH:mm',
    'DD.MM.YYYY H:mm',
    'DD.MM.YYYY',
    'YYYY-MM-DD HH:mm',
    'YYYY-MM-DD',
  ];
  const parsed = dayjs(raw, formats, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DDTHH:mm') : raw;
}

/** A Date (one act of help) or lines of text (several acts in one cell, as the export writes them). */
function dayOrLines(value: unknown): unknown {
  return value instanceof Date ? date(value) : text(value);
}

/** The columns of the exported journal (without its running number), in its order. */
export const JOURNAL_IMPORT_COLUMNS: ImportColumn[] = [
  {
    header: 'Дата и время обращения',
    field: 'registeredAt',
    required: true,
    hint: 'ДД.ММ.ГГГГ ЧЧ:ММ; пусто — помощь без обращения',
    read: wallClock,
  },
  {
    header: 'Способ обращения',
    field: 'channel',
    required: true,
    hint: Object.values(CHANNEL).join(' / '),
    read: (v) => text(v)?.toLowerCase(),
  },
  {
    header: 'ФИО выпускника',
    field: 'fullName',
    required: true,
    hint: 'Иванова Мария Петровна',
    read: text,
  },
  { header: 'Дата рождения', field: 'birthDate', required: true, hint: 'ДД.ММ.ГГГГ', read: date },
  {
    header: 'Проблемы',
    field: 'problems',
    required: true,
    hint: 'Названия из справочника проблем, каждая с новой строки или через «;»',
    read: text,
  },
  {
    header: 'Содержание обращения',
    field: 'description',
    required: false,
    hint: 'Просит помочь с жильём',
    read: text,
  },
  {
    header: 'Ответственный специалист',
    field: 'assignedSpecialist',
    required: false,
    hint: 'ФИО сотрудника; пусто — очередь приёма',
    read: text,
  },
  {
    header: 'Статус',
    field: 'status',
    required: false,
    hint: `${Object.values(STATUS).join(' / ')}; пусто — Новое`,
    read: (v) => text(v)?.toLowerCase(),
  },
  {
    header: 'Результат рассмотрения',
    field: 'outcome',
    required: false,
    hint: `Обязателен для решённых и перенаправленных; организация — строкой «${REFERRED_PREFIX} …»`,
    read: text,
  },
  {
    header: 'Дата оказания помощи',
    field: 'providedOn',
    required: false,
    hint: 'ДД.ММ.ГГГГ; несколько случаев помощи — каждый с новой строки во всех столбцах помощи',
    read: dayOrLines,
  },
  {
    header: 'Вид помощи',
    field: 'kind',
    required: false,
    hint: 'Название из справочника видов помощи',
    read: text,
  },
  {
    header: 'Форма',
    field: 'form',
    required: false,
    hint: 'индивидуальная / групповая, очно / дистанционно',
    read: (v) => text(v)?.toLowerCase(),
  },
  { header: 'Длительность, мин', field: 'duration', required: false, hint: '45', read: text },
  {
    header: 'Результат оказанной помощи',
    field: 'result',
    required: false,
    hint: 'Подано заявление',
    read: text,
  },
  {
    header: 'Помощь оказал',
    field: 'providedBy',
    required: false,
    hint: 'ФИО сотрудника; пусто — вы',
    read: text,
  },
];

export const headerOf = (field: string) =>
  JOURNAL_IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;
