import type { TFunction } from 'i18next';

const CYRILLIC = /[а-яё]/i;

/** Which Russian hint explains a technical (English) message about a template column. */
const COLUMN_HINTS: Record<string, string> = {
  Фамилия: 'name',
  Имя: 'name',
  Отчество: 'name',
  Пол: 'sex',
  'Дата рождения': 'date',
  'Дата выпуска': 'date',
  'Дата согласия на обработку ПДн': 'date',
  Статус: 'legalStatus',
  Телефон: 'phone',
};

/**
 * The message of one import error for people. The API writes its own checks in Russian;
 * format checks come in technical English, so those are explained by the column instead.
 */
export function importMessage(column: string, message: string, t: TFunction<'graduates'>): string {
  if (CYRILLIC.test(message)) return message;
  if (/should not be empty|must be longer than/.test(message)) return t('import.hints.required');
  const hint = COLUMN_HINTS[column.replace('*', '').trim()];
  switch (hint) {
    case 'name':
      return t('import.hints.name');
    case 'sex':
      return t('import.hints.sex');
    case 'date':
      return t('import.hints.date');
    case 'legalStatus':
      return t('import.hints.legalStatus');
    case 'phone':
      return t('import.hints.phone');
    default:
      return t('import.hints.other');
  }
}
