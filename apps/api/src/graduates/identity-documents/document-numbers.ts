import { IdentityDocumentKind } from './identity-document-kind';

/** A problem with a document's series or number, in Russian, or null when it is right. */
export type NumberProblem = { field: 'series' | 'number'; detail: string } | null;

const digits = (value: string) => value.replace(/[\s-]/g, '');

/** SNILS check digits (the Pension Fund's rule): weights 9…1 over the first nine digits. */
export function snilsIsValid(value: string): boolean {
  const d = digits(value);
  if (!/^\d{11}$/.test(d)) return false;
  const body = d.slice(0, 9);
  // Numbers up to 001-001-998 were issued before check digits existed.
  if (Number(body) <= 1001998) return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  const check = sum < 100 ? sum : sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(d.slice(9));
}

/** INN of a person: 12 digits, two check digits (Federal Tax Service order). */
export function personalInnIsValid(value: string): boolean {
  const d = digits(value);
  if (!/^\d{12}$/.test(d)) return false;
  const check = (weights: number[]) =>
    (weights.reduce((sum, w, i) => sum + w * Number(d[i]), 0) % 11) % 10;
  return (
    check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(d[10]) &&
    check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === Number(d[11])
  );
}

/**
 * The formats a specialist copies from the paper: catches a digit too many or too few, and a
 * SNILS or INN mistyped, before the number goes into a letter to another body.
 */
export function numberProblem(
  kind: IdentityDocumentKind,
  series: string,
  number: string,
): NumberProblem {
  switch (kind) {
    case IdentityDocumentKind.Passport:
      if (!/^\d{4}$/.test(digits(series)))
        return { field: 'series', detail: 'Серия паспорта — 4 цифры' };
      if (!/^\d{6}$/.test(digits(number)))
        return { field: 'number', detail: 'Номер паспорта — 6 цифр' };
      return null;
    case IdentityDocumentKind.BirthCertificate:
      if (!/^[IVXLC]{1,6}-?[А-ЯЁ]{2}$/i.test(series.trim()))
        return { field: 'series', detail: 'Серия свидетельства о рождении — например, «II-ВС»' };
      if (!/^\d{6}$/.test(digits(number)))
        return { field: 'number', detail: 'Номер свидетельства о рождении — 6 цифр' };
      return null;
    case IdentityDocumentKind.Snils:
      return snilsIsValid(number)
        ? null
        : { field: 'number', detail: 'СНИЛС — 11 цифр с верным контрольным числом' };
    case IdentityDocumentKind.Inn:
      return personalInnIsValid(number)
        ? null
        : {
            field: 'number',
            detail: 'ИНН физического лица — 12 цифр с верными контрольными цифрами',
          };
    case IdentityDocumentKind.MedicalPolicy:
      return /^\d{16}$/.test(digits(number))
        ? null
        : { field: 'number', detail: 'Номер полиса ОМС единого образца — 16 цифр' };
    case IdentityDocumentKind.MilitaryId:
      if (!/^[А-ЯЁ]{2}$/i.test(series.trim()))
        return { field: 'series', detail: 'Серия военного билета — две буквы' };
      if (!/^\d{7}$/.test(digits(number)))
        return { field: 'number', detail: 'Номер военного билета — 7 цифр' };
      return null;
    case IdentityDocumentKind.Other:
      return null;
  }
}
