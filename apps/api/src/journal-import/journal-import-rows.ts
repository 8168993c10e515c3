import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import dayjs from 'dayjs';
// Registers dayjs's utc and timezone plugins.
import '../common/local-day';
import { AppealStatus } from '../appeals/appeal.entity';
import { CreateAppealDto } from '../appeals/dto/appeal.requests';
import { messagesByField } from '../common/problem/validation-messages';
import { MISSING_VALUE } from '../common/xlsx/import-cells';
import { ImportRowErrorDto } from '../common/xlsx/import.dto';
import { normaliseName } from '../graduates/graduate-search';
import { CreateAidServiceDto } from '../services/dto/aid-service.requests';
import {
  CHANNEL_WORDS,
  DELIVERY_WORDS,
  FORM_WORDS,
  headerOf,
  ONE_OFF_DESCRIPTION,
  REFERRED_PREFIX,
  STATUS_WORDS,
} from './journal-import-columns';

/** What a row needs looked up in the institution's data; names are normalised (see normaliseName). */
export interface Lookups {
  timeZone: string;
  today: string;
  graduateId(fullName: string, birthDate: string): string | undefined;
  problemId(name: string): string | undefined;
  kindId(name: string): string | undefined;
  /** Heads and specialists of the institution with this full name. */
  staffIds(fullName: string): string[];
}

/** A row ready to be written: an appeal (or none, for help without one) and its help. */
export interface JournalRow {
  row: number;
  graduateId: string;
  appeal: CreateAppealDto | null;
  services: CreateAidServiceDto[];
}

type RowError = Omit<ImportRowErrorDto, 'row'>;

const DATE_RULE = 'Дата в формате ДД.ММ.ГГГГ';
const LIST = /\s*(?:\n|;)\s*/;
const lines = (value: unknown) => (value === undefined ? [] : String(value).split(/\s*\n\s*/));

/** Checks one row of the journal against the file's own rules and the dictionaries; never throws. */
export async function parseJournalRow(
  raw: Record<string, unknown>,
  row: number,
  lookups: Lookups,
): Promise<{ parsed?: JournalRow; errors: ImportRowErrorDto[] }> {
  const errors: RowError[] = [];
  const error = (field: string, message: string) =>
    errors.push({ column: headerOf(field), message });
  const str = (field: string) => raw[field] as string | undefined;

  const graduateId = findGraduate(raw, lookups, error);
  const oneOff = !str('registeredAt') && !str('channel') && !str('problems') && !!str('kind');
  const appeal = oneOff ? null : await appealOf(raw, graduateId, lookups, error);
  const services = await servicesOf(raw, graduateId, lookups, error, !oneOff);
  if (errors.length || !graduateId) return { errors: errors.map((e) => ({ row, ...e })) };
  return { parsed: { row, graduateId, appeal, services }, errors: [] };
}

function findGraduate(
  raw: Record<string, unknown>,
  lookups: Lookups,
  error: (field: string, message: string) => void,
): string | undefined {
  const fullName = raw.fullName as string | undefined;
  const birthDate = raw.birthDate as string | undefined;
  if (!fullName) error('fullName', MISSING_VALUE);
  if (!birthDate) error('birthDate', MISSING_VALUE);
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) error('birthDate', DATE_RULE);
  if (!fullName || !birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
  const id = lookups.graduateId(normaliseName(fullName), birthDate);
  if (!id)
    error(
      'fullName',
      `нет личного дела «${fullName}» с датой рождения ${dayjs(birthDate).format('DD.MM.YYYY')}`,
    );
  return id;
}

async function appealOf(
  raw: Record<string, unknown>,
  graduateId: string | undefined,
  lookups: Lookups,
  error: (field: string, message: string) => void,
): Promise<CreateAppealDto | null> {
  const before = { count: 0 };
  const fail = (field: string, message: string) => (before.count++, error(field, message));
  const at = raw.registeredAt as string | undefined;
  let registeredAt: string | undefined;
  if (!at) fail('registeredAt', MISSING_VALUE);
  else if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(at))
    fail('registeredAt', 'Дата и время в формате ДД.ММ.ГГГГ ЧЧ:ММ');
  else if (at.slice(0, 10) > lookups.today) fail('registeredAt', 'дата не может быть в будущем');
  else registeredAt = dayjs.tz(at, lookups.timeZone).format();

  const channelWord = raw.channel as string | undefined;
  const channel = channelWord && CHANNEL_WORDS.get(channelWord);
  if (!channelWord) fail('channel', MISSING_VALUE);
  else if (!channel) fail('channel', `неизвестный способ обращения «${channelWord}»`);

  const problemNames = ((raw.problems as string | undefined) ?? '').split(LIST).filter(Boolean);
  if (!problemNames.length) fail('problems', MISSING_VALUE);
  const problemIds: string[] = [];
  for (const name of problemNames) {
    const id = lookups.problemId(normaliseName(name));
    if (id) problemIds.push(id);
    else fail('problems', `нет проблемы «${name}» в справочнике`);
  }

  const statusWord = raw.status as string | undefined;
  const status = statusWord ? STATUS_WORDS.get(statusWord) : AppealStatus.New;
  if (!status) fail('status', `неизвестный статус «${statusWord}»`);

  const assignedSpecialistId = staffFor(
    raw.assignedSpecialist,
    'assignedSpecialist',
    lookups,
    fail,
  );
  const outcomeLines = lines(raw.outcome);
  const referral = outcomeLines.find((l) => l.startsWith(REFERRED_PREFIX));
  const description = raw.description as string | undefined;
  const dto = plainToInstance(CreateAppealDto, {
    graduateId,
    registeredAt,
    channel: channel || undefined,
    problemIds,
    description: description === ONE_OFF_DESCRIPTION ? '' : (description ?? ''),
    assignedSpecialistId: assignedSpecialistId ?? null,
    status,
    outcome: outcomeLines.filter((l) => l !== referral).join('\n'),
    referredTo: referral ? referral.slice(REFERRED_PREFIX.length).trim() : '',
  });
  if (before.count) return null;
  await reportInvalid(dto, APPEAL_FIELDS, error);
  return dto;
}

/** DTO fields → template columns, for the DTO's own length and range rules. */
const APPEAL_FIELDS: Record<string, string> = {
  description: 'description',
  outcome: 'outcome',
  referredTo: 'outcome',
  problemIds: 'problems',
};
const SERVICE_FIELDS: Record<string, string> = {
  durationMinutes: 'duration',
  result: 'result',
  providedOn: 'providedOn',
};

async function reportInvalid(
  dto: object,
  columns: Record<string, string>,
  error: (field: string, message: string) => void,
): Promise<void> {
  const invalid = messagesByField(await validate(dto, { whitelist: true }));
  for (const [field, messages] of Object.entries(invalid)) {
    // graduateId is matched above; an unknown graduate is already reported.
    if (field !== 'graduateId') error(columns[field] ?? field, messages.join('; '));
  }
}

function staffFor(
  value: unknown,
  field: string,
  lookups: Lookups,
  fail: (field: string, message: string) => void,
): string | undefined {
  const name = value as string | undefined;
  if (!name) return undefined;
  const ids = lookups.staffIds(normaliseName(name));
  if (ids.length === 1) return ids[0];
  fail(
    field,
    ids.length
      ? `несколько сотрудников с ФИО «${name}»: укажите помощь в системе вручную`
      : `нет сотрудника «${name}» в учреждении`,
  );
  return undefined;
}

/**
 * The help given: none when the help columns are empty; several when the cells hold one
 * line per act of help, as the exported journal writes them.
 */
async function servicesOf(
  raw: Record<string, unknown>,
  graduateId: string | undefined,
  lookups: Lookups,
  error: (field: string, message: string) => void,
  withAppeal: boolean,
): Promise<CreateAidServiceDto[]> {
  const helpFields = ['providedOn', 'kind', 'form', 'duration', 'result', 'providedBy'];
  if (helpFields.every((f) => raw[f] === undefined)) return [];
  const kinds = lines(raw.kind);
  const count = Math.max(kinds.length, 1);
  const before = { count: 0 };
  const fail = (field: string, message: string) => (before.count++, error(field, message));
  const column = (field: string, required: boolean): (string | undefined)[] => {
    const values = lines(raw[field]);
    if (!values.length) {
      if (required) fail(field, MISSING_VALUE);
      return Array<undefined>(count).fill(undefined);
    }
    if (count === 1) return [values.join('\n')];
    if (values.length !== count) {
      fail(
        field,
        `строк в ячейке ${values.length}, а видов помощи ${count}: по строке на каждый случай помощи`,
      );
      return Array<undefined>(count).fill(undefined);
    }
    return values;
  };
  const days = column('providedOn', true);
  const forms = column('form', true);
  const durations = column('duration', true);
  const results = column('result', false);
  const givers = column('providedBy', false);
  if (!kinds.length) fail('kind', MISSING_VALUE);
  const services: CreateAidServiceDto[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kindId = lookups.kindId(normaliseName(kinds[i]));
    if (!kindId) fail('kind', `нет вида помощи «${kinds[i]}» в справочнике`);
    const providedOn = dayOf(days[i]);
    if (days[i] && !providedOn) fail('providedOn', DATE_RULE);
    else if (providedOn && providedOn > lookups.today)
      fail('providedOn', 'дата не может быть в будущем');
    const words = (forms[i] ?? '').split(/\s*[,;/]\s*|\s+/).filter(Boolean);
    const form = words.map((w) => FORM_WORDS.get(w)).find(Boolean);
    const delivery = words.map((w) => DELIVERY_WORDS.get(w)).find(Boolean);
    if (forms[i] && (!form || !delivery))
      fail('form', `«${forms[i]}»: укажите форму и способ, например «индивидуальная, очно»`);
    const minutes =
      durations[i] && /^\d+$/.test(durations[i]!) ? Number(durations[i]) : durations[i];
    const dto = plainToInstance(CreateAidServiceDto, {
      graduateId,
      providedOn,
      kindId,
      form,
      delivery,
      durationMinutes: minutes,
      result: results[i] ?? '',
      specialistId: staffFor(givers[i], 'providedBy', lookups, fail),
    });
    if (!before.count && kindId && form && delivery && providedOn)
      await reportInvalid(dto, SERVICE_FIELDS, error);
    services.push(dto);
  }
  if (!withAppeal && kinds.length > 1)
    error('kind', 'помощь без обращения — по одной строке на каждый случай');
  return services;
}

function dayOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const parsed = dayjs(value, 'DD.MM.YYYY', true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : undefined;
}
