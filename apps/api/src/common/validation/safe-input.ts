import { DomainError } from '../problem/domain-error';

/** Deeper JSON than any form of this API sends; recursion further on could overflow the stack. */
export const MAX_DEPTH = 32;

/**
 * Caps on every string and array the API accepts, whatever the field. DTOs set tighter limits
 * per field; these are the bounds the OpenAPI spec promises where a field names none.
 */
export const MAX_STRING_LENGTH = 100_000;
export const MAX_ARRAY_ITEMS = 10_000;

/**
 * NUL (PostgreSQL text cannot hold it) and a UTF-16 surrogate without its pair (no valid
 * UTF-8 exists for it): neither can come from a keyboard, both would fail deep in the driver.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const badCharacters = (text: string) => text.includes('\0') || LONE_SURROGATE.test(text);

const invalidCharacters = (field: string) =>
  new DomainError(400, 'invalid-characters', `Поле «${field}» содержит недопустимые символы`, {
    errors: { [field]: ['Недопустимые символы'] },
  });

const tooLong = (field: string, limit: string) =>
  new DomainError(400, 'too-long', `Поле «${field}» слишком длинное (${limit})`, {
    errors: { [field]: [limit] },
  });

const tooDeep = () =>
  new DomainError(
    400,
    'too-deep',
    `Слишком глубокая вложенность данных (не больше ${MAX_DEPTH} уровней)`,
  );

/** A field's path the way validation messages name it (`contacts.phones.0`). */
const pathOf = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/**
 * Refuses input whose strings (values or keys) hold characters no storage accepts, or whose
 * nesting is deeper than MAX_DEPTH. Walks with an explicit stack, so the check itself cannot
 * overflow; `root` names the input when it is a bare string (a path parameter).
 */
export function assertSafeInput(input: unknown, root: string): void {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: '', depth: 0 },
  ];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (badCharacters(value)) throw invalidCharacters(path || root);
      if (value.length > MAX_STRING_LENGTH)
        throw tooLong(path || root, `at most ${MAX_STRING_LENGTH} characters`);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw tooDeep();
    if (Array.isArray(value) && value.length > MAX_ARRAY_ITEMS)
      throw tooLong(path || root, `at most ${MAX_ARRAY_ITEMS} items`);
    for (const [key, item] of Object.entries(value)) {
      const field = pathOf(path, key);
      if (badCharacters(key)) throw invalidCharacters(pathOf(path, '?'));
      stack.push({ value: item, path: field, depth: depth + 1 });
    }
  }
}
