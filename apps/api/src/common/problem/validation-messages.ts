import { ValidationError } from '@nestjs/common';

const number = (message: string) => message.match(/(\d+)/)?.[1] ?? '';

/**
 * Russian wording of class-validator's constraints, so per-field messages are readable by
 * the staff who see them. Unknown constraints keep the library's English text.
 */
const RUSSIAN: Record<string, (english: string) => string> = {
  whitelistValidation: () => 'Неизвестное поле',
  isDefined: () => 'Обязательное поле',
  isNotEmpty: () => 'Обязательное поле',
  isString: () => 'Должно быть текстом',
  isLength: (m) =>
    /shorter than or equal/.test(m)
      ? `Не длиннее ${number(m)} символов`
      : `Не короче ${number(m)} символов`,
  matches: () => 'Недопустимые символы',
  isEnum: () => 'Недопустимое значение',
  isIn: () => 'Недопустимое значение',
  isUuid: () => 'Некорректный идентификатор',
  isIso8601: () => 'Нужна дата в формате ГГГГ-ММ-ДД',
  isInt: () => 'Нужно целое число',
  min: (m) => `Не меньше ${number(m)}`,
  max: (m) => `Не больше ${number(m)}`,
  isBoolean: () => 'Нужно «да» или «нет»',
  isEmail: () => 'Некорректный адрес электронной почты',
  isArray: () => 'Нужен список',
  arrayMaxSize: (m) => `Не больше ${number(m)} значений`,
  arrayUnique: () => 'Значения не должны повторяться',
  nestedValidation: () => 'Некорректные данные',
  isTimeZone: () => 'Нужен часовой пояс, например Asia/Vladivostok',
  arrayMinSize: () => 'Выберите хотя бы одно значение',
};

function russianMessages(error: ValidationError): string[] {
  return Object.entries(error.constraints ?? {}).map(([constraint, english]) =>
    RUSSIAN[constraint] ? RUSSIAN[constraint](english) : english,
  );
}

/** Messages per field, nested fields named with dots (`contacts.phones`). */
export function messagesByField(
  errors: ValidationError[],
  prefix = '',
  into: Record<string, string[]> = {},
): Record<string, string[]> {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[field] = russianMessages(error);
    if (error.children?.length) messagesByField(error.children, field, into);
  }
  return into;
}
