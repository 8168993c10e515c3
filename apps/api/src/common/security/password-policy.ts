import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '../problem/domain-error';

export const PASSWORD_MIN_LENGTH = 12;
/** zxcvbn's scale: 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
const MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** Whose password it is: the login and the person's names must not make it up. */
export interface PasswordOwner {
  login: string;
  fullName?: string;
}

/** Parts of the owner's login and name long enough to matter (ФИО words, login pieces). */
function ownerWords(owner: PasswordOwner): string[] {
  const words = [
    owner.login,
    ...owner.login.split(/[._-]+/),
    ...(owner.fullName ?? '').split(/\s+/),
  ];
  return [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length >= 3))];
}

/** Why the password is refused (Russian, for people), or null when it is good enough. */
export function passwordWeakness(password: string, owner: PasswordOwner): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Пароль должен содержать не менее ${PASSWORD_MIN_LENGTH} символов`;
  const words = ownerWords(owner);
  const lower = password.toLowerCase();
  if (words.some((word) => lower.includes(word)))
    return 'Пароль не должен содержать логин, фамилию, имя или отчество';
  if (zxcvbn.check(password, words).score < MIN_SCORE)
    return 'Пароль слишком простой или распространённый: добавьте слова, цифры и знаки, не связанные с вами';
  return null;
}

/** Refuses a weak password as a 400 naming the field. */
export function assertStrongPassword(field: string, password: string, owner: PasswordOwner): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) {
    throw new DomainError(400, 'validation', weakness, {
      errors: { [field]: ['password is too weak'] },
    });
  }
}
