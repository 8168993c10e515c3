import { generatePassword } from './passwords';
import { passwordWeakness } from './password-policy';

const owner = { login: 'ivanova', fullName: 'Иванова Мария Петровна' };

describe('password policy', () => {
  it.each([
    ['shorter than 12 characters', 'Xk7#pq2Lm9'],
    ['common', 'password1234'],
    ['a keyboard walk', 'qwertyuiop12'],
    ['containing the login', 'Ivanova-2024-Zt'],
    ['containing a name', 'мария-Zt81-kq7w'],
  ])('refuses a password %s', (_case, password) => {
    expect(passwordWeakness(password, owner)).toEqual(expect.any(String));
  });

  it('accepts a long unrelated passphrase and every generated password', () => {
    expect(passwordWeakness('Tochno-Nadejniy-42', owner)).toBeNull();
    for (let i = 0; i < 20; i++) expect(passwordWeakness(generatePassword(), owner)).toBeNull();
  });
});
