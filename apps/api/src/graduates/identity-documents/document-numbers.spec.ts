import { IdentityDocumentKind as Kind } from './identity-document-kind';
import { numberProblem, personalInnIsValid, snilsIsValid } from './document-numbers';

describe('identity document numbers', () => {
  it('checks SNILS check digits', () => {
    expect(snilsIsValid('112-233-445 95')).toBe(true);
    expect(snilsIsValid('112-233-445 96')).toBe(false);
    expect(snilsIsValid('1122334459')).toBe(false);
  });

  it('checks both INN check digits', () => {
    expect(personalInnIsValid('500100732259')).toBe(true);
    expect(personalInnIsValid('500100732258')).toBe(false);
    expect(personalInnIsValid('5001007322')).toBe(false);
  });

  it('names the field that is wrong', () => {
    expect(numberProblem(Kind.Passport, '0812', '123456')).toBeNull();
    expect(numberProblem(Kind.Passport, '08 12', '12345')?.field).toBe('number');
    expect(numberProblem(Kind.Passport, '081', '123456')?.field).toBe('series');
    expect(numberProblem(Kind.BirthCertificate, 'II-ВС', '654321')).toBeNull();
    expect(numberProblem(Kind.BirthCertificate, '12', '654321')?.field).toBe('series');
    expect(numberProblem(Kind.MilitaryId, 'АК', '1234567')).toBeNull();
    expect(numberProblem(Kind.MedicalPolicy, '', '1234 5678 9012 3456')).toBeNull();
    expect(numberProblem(Kind.Other, '', 'что угодно')).toBeNull();
  });
});
