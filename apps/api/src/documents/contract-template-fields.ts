import { contractTitle } from './contract-text';
import type { ContractDocument } from './document-data';
import { longDate, shortDate } from './russian-format';

/**
 * The named fields a contract template may use (`{number}`, `{#serviceKinds}{name}{/serviceKinds}`,
 * …) and their values for one contract. Descriptions are shown to the people who make
 * templates.
 */

export interface ContractTemplateField {
  name: string;
  description: string;
}

export const CONTRACT_TEMPLATE_FIELDS: readonly ContractTemplateField[] = [
  {
    name: 'kindTitle',
    description:
      'Вид договора: «Договор о постинтернатном сопровождении» или «Предварительный договор о постинтернатном сопровождении»',
  },
  {
    name: 'isPreliminary',
    description:
      'Признак предварительного договора, для условного раздела: {#isPreliminary}…{/isPreliminary}',
  },
  { name: 'number', description: 'Номер договора' },
  {
    name: 'concludedOn',
    description:
      'Дата заключения: «15» ноября 2026 г. (пустая строка для заполнения от руки, если дата не указана)',
  },
  {
    name: 'applicationDate',
    description: 'Дата заявления выпускника: «15» ноября 2026 г. (пусто, если заявления нет)',
  },
  { name: 'startsOn', description: 'Начало срока действия: «15» ноября 2026 г.' },
  { name: 'endsOn', description: 'Окончание срока действия: «15» ноября 2026 г.' },
  { name: 'graduateFullName', description: 'Фамилия, имя, отчество выпускника' },
  { name: 'graduateBirthDate', description: 'Дата рождения выпускника: 15.03.2008' },
  { name: 'graduateRegistrationAddress', description: 'Адрес регистрации выпускника' },
  { name: 'graduateActualAddress', description: 'Фактический адрес выпускника' },
  { name: 'graduatePhone', description: 'Телефон выпускника' },
  {
    name: 'hasLegalRepresentative',
    description:
      'Есть законный представитель, для условного раздела: {#hasLegalRepresentative}…{/hasLegalRepresentative}',
  },
  {
    name: 'legalRepresentative',
    description: 'Законный представитель выпускника (пусто, если его нет)',
  },
  {
    name: 'specialistFullName',
    description: 'ФИО ответственного специалиста (пусто, если не назначен)',
  },
  { name: 'specialistPosition', description: 'Должность ответственного специалиста' },
  { name: 'institutionFullName', description: 'Полное наименование учреждения' },
  { name: 'institutionShortName', description: 'Краткое наименование учреждения' },
  { name: 'institutionAddress', description: 'Адрес учреждения' },
  { name: 'directorName', description: 'ФИО руководителя учреждения' },
  { name: 'directorPosition', description: 'Должность руководителя учреждения' },
  { name: 'institutionPhone', description: 'Телефон учреждения' },
  { name: 'institutionEmail', description: 'Электронная почта учреждения' },
  { name: 'conditions', description: 'Дополнительные условия (переносы строк сохраняются)' },
  {
    name: 'hasConditions',
    description:
      'Есть дополнительные условия, для условного раздела: {#hasConditions}…{/hasConditions}',
  },
  {
    name: 'serviceKinds',
    description: 'Цикл по видам помощи: {#serviceKinds}{name}{/serviceKinds}',
  },
  {
    name: 'name',
    description: 'Название вида помощи, только внутри цикла {#serviceKinds}…{/serviceKinds}',
  },
  {
    name: 'serviceKindsText',
    description: 'Виды помощи одним текстом, нумерованными строками: 1) …; 2) …',
  },
];

export const LOOP_FIELD = 'serviceKinds';
export const LOOP_ITEM_FIELDS = new Set(['name']);
/** Fields usable anywhere; the loop item's fields only inside its loop. */
export const TOP_FIELDS = new Set(
  CONTRACT_TEMPLATE_FIELDS.map((f) => f.name).filter((name) => !LOOP_ITEM_FIELDS.has(name)),
);

export type ContractTemplateValues = Record<string, string | boolean | { name: string }[]>;

/** The values of the named fields for one contract. */
export function contractTemplateFields(data: ContractDocument): ContractTemplateValues {
  const kinds = data.serviceKinds.filter((kind) => kind.trim().length > 0);
  return {
    kindTitle: contractTitle(data.kind),
    isPreliminary: data.kind === 'preliminary',
    number: data.number,
    concludedOn: longDate(data.concludedOn),
    applicationDate: data.applicationDate ? longDate(data.applicationDate) : '',
    startsOn: longDate(data.startsOn),
    endsOn: longDate(data.endsOn),
    graduateFullName: data.graduate.fullName,
    graduateBirthDate: shortDate(data.graduate.birthDate),
    graduateRegistrationAddress: data.graduate.registrationAddress,
    graduateActualAddress: data.graduate.actualAddress,
    graduatePhone: data.graduate.phone,
    hasLegalRepresentative: Boolean(data.legalRepresentative),
    legalRepresentative: data.legalRepresentative ?? '',
    specialistFullName: data.responsibleSpecialist?.fullName ?? '',
    specialistPosition: data.responsibleSpecialist?.position ?? '',
    institutionFullName: data.institution.fullName,
    institutionShortName: data.institution.shortName,
    institutionAddress: data.institution.address,
    directorName: data.institution.directorName,
    directorPosition: data.institution.directorPosition,
    institutionPhone: data.institution.phone,
    institutionEmail: data.institution.email,
    conditions: data.conditions.trim(),
    hasConditions: data.conditions.trim().length > 0,
    serviceKinds: kinds.map((name) => ({ name })),
    serviceKindsText: kinds.map((name, i) => `${i + 1}) ${name};`).join('\n'),
  };
}
