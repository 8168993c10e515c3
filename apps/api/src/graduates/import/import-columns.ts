import { date, ImportColumn, text } from '../../common/xlsx/import-cells';
import { LegalStatus, Sex } from '../graduate.entity';

const NAME_RULE = 'Только буквы, пробел, дефис и апостроф';
const DATE_RULE = 'Дата в формате ДД.ММ.ГГГГ';

/** What to tell the user, per field, when a value is there but wrong. */
export const INVALID_VALUE: Record<string, string> = {
  lastName: NAME_RULE,
  firstName: NAME_RULE,
  patronymic: NAME_RULE,
  sex: 'Укажите «м» или «ж»',
  birthDate: DATE_RULE,
  leftCareOn: DATE_RULE,
  legalStatus: 'Укажите: сирота / оставшийся без попечения родителей / лицо из числа',
  phone: 'Телефон: цифры, пробелы, скобки и дефисы, например +7 914 123-45-67',
};

function choice(map: Record<string, string>) {
  return (value: unknown) => {
    const raw = text(value)?.toLowerCase();
    return raw === undefined ? undefined : (map[raw] ?? raw);
  };
}

export const SEX_WORDS: Record<string, string> = {
  м: Sex.Male,
  муж: Sex.Male,
  мужской: Sex.Male,
  ж: Sex.Female,
  жен: Sex.Female,
  женский: Sex.Female,
};
export const LEGAL_STATUS_WORDS: Record<string, string> = {
  сирота: LegalStatus.Orphan,
  'ребенок-сирота': LegalStatus.Orphan,
  'оставшийся без попечения родителей': LegalStatus.WithoutParentalCare,
  'без попечения': LegalStatus.WithoutParentalCare,
  'лицо из числа': LegalStatus.FromAmong,
};

export const IMPORT_COLUMNS: ImportColumn[] = [
  { header: 'Фамилия', field: 'lastName', required: true, hint: 'Иванова', read: text },
  { header: 'Имя', field: 'firstName', required: true, hint: 'Мария', read: text },
  { header: 'Отчество', field: 'patronymic', required: false, hint: 'Петровна', read: text },
  { header: 'Пол', field: 'sex', required: true, hint: 'м / ж', read: choice(SEX_WORDS) },
  { header: 'Дата рождения', field: 'birthDate', required: true, hint: 'ДД.ММ.ГГГГ', read: date },
  {
    header: 'Статус',
    field: 'legalStatus',
    required: true,
    hint: 'сирота / оставшийся без попечения родителей / лицо из числа',
    read: choice(LEGAL_STATUS_WORDS),
  },
  {
    header: 'Учреждение выпуска',
    field: 'originInstitutionName',
    required: false,
    hint: 'КГБОУ Детский дом 5',
    read: text,
  },
  { header: 'Дата выпуска', field: 'leftCareOn', required: false, hint: 'ДД.ММ.ГГГГ', read: date },
  { header: 'Телефон', field: 'phone', required: false, hint: '+7 914 123-45-67', read: text },
  {
    header: 'Ответственный специалист (логин)',
    field: 'specialistLogin',
    required: false,
    hint: 'ivanova',
    read: (v) => text(v)?.toLowerCase(),
  },
  {
    header: 'Дата согласия на обработку ПДн',
    field: 'consentSignedOn',
    required: false,
    hint: 'ДД.ММ.ГГГГ; без неё адреса не загружаются',
    read: date,
  },
  {
    header: 'Адрес регистрации',
    field: 'registrationAddress',
    required: false,
    hint: 'г. Хабаровск, ул. …',
    read: text,
  },
  {
    header: 'Адрес проживания',
    field: 'actualAddress',
    required: false,
    hint: 'г. Хабаровск, ул. …',
    read: text,
  },
];
