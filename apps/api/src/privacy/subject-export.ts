import {
  APPEAL_CHANNEL_LABELS,
  APPEAL_STATUS_LABELS,
  CONTACT_KIND_LABELS,
  CONTRACT_STATUS_LABELS,
  GRADUATE_FILE_KIND_LABELS,
  GRADUATE_STATUS_LABELS,
  IDENTITY_DOCUMENT_KIND_LABELS,
  LEGAL_STATUS_LABELS,
  NOTICE_STATUS_LABELS,
  NOTICE_TRIGGER_LABELS,
  PLAN_STATUS_LABELS,
  RELATIVE_KIND_LABELS,
  russianWords,
  SERVICE_FORM_LABELS,
  SEX_LABELS,
} from '@postcare/domain';
import { EntityManager } from 'typeorm';
import { Graduate } from '../graduates/graduate.entity';
import { withoutConsentOnlyData } from '../graduates/personal-data';

/**
 * Everything held about one graduate (152-FZ Art. 14): the personal file and each kind of
 * record linked to it, as labelled sections. The JSON export carries the values as stored;
 * the PDF prints the same sections for the person.
 */

export type ExportValue = string | number | boolean | null | string[] | object;

export interface ExportField {
  key: string;
  /** Russian label printed in the PDF. */
  label: string;
}

export interface ExportSection {
  key: string;
  title: string;
  fields: ExportField[];
  rows: Record<string, ExportValue>[];
}

export interface SubjectExport {
  graduateId: string;
  fullName: string;
  generatedOn: string;
  institution: { name: string; address: string };
  sections: ExportSection[];
}

const f = (key: string, label: string): ExportField => ({ key, label });

/** A section filled by one query; its columns are aliased to the field keys. */
interface QuerySection {
  key: string;
  title: string;
  fields: ExportField[];
  sql: string;
}

const QUERY_SECTIONS: QuerySection[] = [
  {
    key: 'relatives',
    title: 'Родственники и значимые взрослые',
    fields: [
      f('kind', 'Кем приходится'),
      f('fullName', 'ФИО'),
      f('phones', 'Телефоны'),
      f('email', 'Эл. почта'),
      f('address', 'Адрес'),
      f('contactWanted', 'Согласен на контакт'),
      f('note', 'Примечание'),
    ],
    sql: `SELECT kind, full_name AS "fullName", phones, email, address,
            contact_wanted AS "contactWanted", note
          FROM graduate_relatives WHERE graduate_id = $1 ORDER BY created_at`,
  },
  {
    key: 'identityDocuments',
    title: 'Документы, удостоверяющие личность',
    fields: [
      f('kind', 'Документ'),
      f('series', 'Серия'),
      f('number', 'Номер'),
      f('issuedBy', 'Кем выдан'),
      f('issuedOn', 'Дата выдачи'),
    ],
    sql: `SELECT kind, series, number, issued_by AS "issuedBy", issued_on::text AS "issuedOn"
          FROM graduate_identity_documents WHERE graduate_id = $1 ORDER BY created_at`,
  },
  {
    key: 'consents',
    title: 'Согласия на обработку персональных данных',
    fields: [
      f('signedOn', 'Дата подписания'),
      f('allowsProcessing', 'Обработка данных'),
      f('sharingPartnerKinds', 'Передача организациям'),
      f('allowsPhoto', 'Фотографии'),
      f('validUntil', 'Действует до'),
      f('withdrawnOn', 'Отозвано с'),
    ],
    sql: `SELECT signed_on::text AS "signedOn", allows_processing AS "allowsProcessing",
            sharing_partner_kinds AS "sharingPartnerKinds", allows_photo AS "allowsPhoto",
            valid_until::text AS "validUntil", withdrawn_on::text AS "withdrawnOn"
          FROM consents WHERE graduate_id = $1 ORDER BY signed_on`,
  },
  {
    key: 'appeals',
    title: 'Обращения',
    fields: [
      f('registeredAt', 'Зарегистрировано'),
      f('channel', 'Способ обращения'),
      f('description', 'Суть обращения'),
      f('status', 'Состояние'),
      f('outcome', 'Результат'),
      f('referredTo', 'Направлен'),
    ],
    sql: `SELECT to_char(registered_at, 'YYYY-MM-DD') AS "registeredAt", channel::text AS channel,
            description, status::text AS status, outcome, referred_to AS "referredTo"
          FROM appeals WHERE graduate_id = $1 ORDER BY registered_at`,
  },
  {
    key: 'services',
    title: 'Оказанные услуги',
    fields: [
      f('providedOn', 'Дата'),
      f('kind', 'Вид помощи'),
      f('form', 'Форма'),
      f('durationMinutes', 'Минут'),
      f('result', 'Результат'),
    ],
    sql: `SELECT s.provided_on::text AS "providedOn", d.name AS kind, s.form::text AS form,
            s.duration_minutes AS "durationMinutes", s.result
          FROM aid_services s LEFT JOIN dictionary_entries d ON d.id = s.kind_id
          WHERE s.graduate_id = $1 ORDER BY s.provided_on`,
  },
  {
    key: 'contracts',
    title: 'Договоры о сопровождении',
    fields: [
      f('number', 'Номер'),
      f('concludedOn', 'Заключён'),
      f('startsOn', 'Начало'),
      f('endsOn', 'Окончание'),
      f('status', 'Состояние'),
      f('endedOn', 'Прекращён'),
      f('legalRepresentative', 'Законный представитель'),
      f('conditions', 'Условия'),
    ],
    sql: `SELECT number, concluded_on::text AS "concludedOn", starts_on::text AS "startsOn",
            ends_on::text AS "endsOn", status::text AS status, ended_on::text AS "endedOn",
            legal_representative AS "legalRepresentative", conditions
          FROM contracts WHERE graduate_id = $1 ORDER BY created_at`,
  },
  {
    key: 'plans',
    title: 'Планы сопровождения',
    fields: [
      f('periodFrom', 'С'),
      f('periodTo', 'По'),
      f('status', 'Состояние'),
      f('activities', 'Мероприятия'),
    ],
    sql: `SELECT p.period_from::text AS "periodFrom", p.period_to::text AS "periodTo", p.status::text AS status,
            COALESCE((SELECT array_agg(a.title || COALESCE(' — до ' || a.due_on::text, '')
                        ORDER BY a.due_on) FROM plan_activities a WHERE a.plan_id = p.id),
                     '{}') AS activities
          FROM support_plans p WHERE p.graduate_id = $1 ORDER BY p.period_from`,
  },
  {
    key: 'assessments',
    title: 'Оценки ситуации',
    fields: [f('assessedOn', 'Дата'), f('scores', 'Баллы по сферам жизни')],
    sql: `SELECT assessed_on::text AS "assessedOn", scores FROM assessments
          WHERE graduate_id = $1 AND current ORDER BY assessed_on`,
  },
  {
    key: 'notices',
    title: 'Информирование органов опеки',
    fields: [
      f('foundOn', 'Выявлено'),
      f('trigger', 'Повод'),
      f('finding', 'Обстоятельства'),
      f('measures', 'Принятые меры'),
      f('recipient', 'Адресат'),
      f('status', 'Состояние'),
      f('sentOn', 'Направлено'),
    ],
    sql: `SELECT found_on::text AS "foundOn", trigger::text AS trigger, finding, measures, recipient,
            status::text AS status, sent_on::text AS "sentOn"
          FROM guardianship_notices WHERE graduate_id = $1 ORDER BY found_on`,
  },
  {
    key: 'caseLog',
    title: 'Журнал работы со случаем',
    fields: [
      f('occurredAt', 'Дата'),
      f('kind', 'Вид'),
      f('summary', 'Содержание'),
      f('nextSteps', 'Дальнейшие шаги'),
    ],
    sql: `SELECT to_char(occurred_at, 'YYYY-MM-DD') AS "occurredAt", kind::text AS kind, summary,
            next_steps AS "nextSteps"
          FROM case_contacts WHERE graduate_id = $1 ORDER BY occurred_at`,
  },
  {
    key: 'files',
    title: 'Файлы личного дела',
    fields: [
      f('kind', 'Вид'),
      f('title', 'Название'),
      f('fileName', 'Имя файла'),
      f('sizeBytes', 'Размер, байт'),
      f('addedOn', 'Добавлен'),
      f('archived', 'В архиве'),
    ],
    sql: `SELECT kind::text AS kind, title, file_name AS "fileName", size_bytes AS "sizeBytes",
            to_char(created_at, 'YYYY-MM-DD') AS "addedOn", archived_at IS NOT NULL AS archived
          FROM graduate_files WHERE graduate_id = $1 ORDER BY created_at`,
  },
];

/** Stored codes as a person reads them, per field of the export. */
const WORDS: Record<string, Record<string, string>> = {
  sex: russianWords(SEX_LABELS),
  legalStatus: russianWords(LEGAL_STATUS_LABELS),
  channel: russianWords(APPEAL_CHANNEL_LABELS),
  form: russianWords(SERVICE_FORM_LABELS),
  trigger: russianWords(NOTICE_TRIGGER_LABELS),
  kind: {
    ...russianWords(RELATIVE_KIND_LABELS),
    ...russianWords(IDENTITY_DOCUMENT_KIND_LABELS),
    ...russianWords(CONTACT_KIND_LABELS),
    ...russianWords(GRADUATE_FILE_KIND_LABELS),
  },
  status: {
    ...russianWords(CONTRACT_STATUS_LABELS),
    ...russianWords(PLAN_STATUS_LABELS),
    ...russianWords(GRADUATE_STATUS_LABELS),
    ...russianWords(APPEAL_STATUS_LABELS),
    ...russianWords(NOTICE_STATUS_LABELS),
  },
};

function personalFile(g: Graduate): ExportSection {
  const c = g.contacts ?? {};
  return {
    key: 'personalFile',
    title: 'Личное дело',
    fields: [
      f('lastName', 'Фамилия'),
      f('firstName', 'Имя'),
      f('patronymic', 'Отчество'),
      f('sex', 'Пол'),
      f('birthDate', 'Дата рождения'),
      f('legalStatus', 'Правовой статус'),
      f('originInstitution', 'Учреждение, из которого выпущен'),
      f('leftCareOn', 'Дата выпуска'),
      f('phones', 'Телефоны'),
      f('email', 'Электронная почта'),
      f('socialNetworks', 'Социальные сети'),
      f('registrationAddress', 'Адрес регистрации'),
      f('actualAddress', 'Фактический адрес'),
      f('situation', 'Жизненная ситуация'),
      f('status', 'Состояние сопровождения'),
      f('statusChangedOn', 'Состояние изменено'),
      f('responsibleSpecialist', 'Ответственный специалист'),
    ],
    rows: [
      {
        lastName: g.lastName,
        firstName: g.firstName,
        patronymic: g.patronymic,
        sex: g.sex,
        birthDate: g.birthDate,
        legalStatus: g.legalStatus,
        originInstitution: g.originInstitution?.name ?? g.originInstitutionName,
        leftCareOn: g.leftCareOn,
        phones: c.phones ?? [],
        email: c.email ?? '',
        socialNetworks: c.socialNetworks ?? [],
        registrationAddress: g.registrationAddress,
        actualAddress: g.actualAddress,
        situation: g.situation,
        status: g.status,
        statusChangedOn: g.statusChangedOn,
        responsibleSpecialist: g.responsibleSpecialist?.fullName ?? null,
      },
    ],
  };
}

/** `graduate` with its specialist and institution of origin loaded. */
export async function collectSubjectExport(
  manager: EntityManager,
  graduate: Graduate,
  consentWithdrawn: boolean,
  institution: { name: string; address: string },
  today: string,
): Promise<SubjectExport> {
  // After a withdrawal has taken effect only the minimum counts as held (see toDetail).
  const g = consentWithdrawn
    ? Object.assign(
        Object.create(Graduate.prototype) as Graduate,
        graduate,
        withoutConsentOnlyData(graduate),
      )
    : graduate;
  const sections: ExportSection[] = [personalFile(g)];
  for (const s of QUERY_SECTIONS) {
    const rows = (await manager.query(s.sql, [graduate.id])) as Record<string, ExportValue>[];
    sections.push({ key: s.key, title: s.title, fields: s.fields, rows });
  }
  return {
    graduateId: graduate.id,
    fullName: [g.lastName, g.firstName, g.patronymic].filter(Boolean).join(' '),
    generatedOn: today,
    institution,
    sections,
  };
}

/** A value as a person reads it. */
export function printable(key: string, value: ExportValue): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (Array.isArray(value)) return value.length ? value.map(String).join('; ') : '—';
  if (typeof value === 'string' && WORDS[key]?.[value]) return WORDS[key][value];
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text === '{}' || text === '[]' ? '—' : text;
  }
  return String(value);
}
