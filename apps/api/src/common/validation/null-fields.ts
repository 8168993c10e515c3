import { ValidationFailed } from '../problem/problem.filter';

const PROPERTIES = 'swagger/apiModelProperties';
const BUILT_IN = new Set<unknown>([String, Number, Boolean, Date, Object, Array]);

interface PropertyDoc {
  nullable?: boolean;
  type?: unknown;
}

/** The DTO class a documented property holds, when it is one (`type: X` or `type: () => X`). */
function nestedClass(type: unknown): (new () => object) | undefined {
  let candidate = Array.isArray(type) ? type[0] : type;
  if (typeof candidate !== 'function' || BUILT_IN.has(candidate)) return undefined;
  // A lazy `() => X` has no prototype; a class has one.
  if (!candidate.prototype) candidate = (candidate as () => unknown)();
  return typeof candidate === 'function' && !BUILT_IN.has(candidate)
    ? (candidate as new () => object)
    : undefined;
}

/**
 * `@IsOptional()` lets `null` through, but for most fields null means nothing the database
 * accepts (a PATCH `{"lastName": null}`). A field takes null only where its DTO documents it
 * as nullable in the spec, so the spec and the rule cannot drift apart. Walks nested DTOs.
 */
export function nullNotAllowed(
  body: unknown,
  dto: unknown,
  prefix = '',
  into: Record<string, string[]> = {},
): Record<string, string[]> {
  if (typeof dto !== 'function' || !body || typeof body !== 'object') return into;
  const items = Array.isArray(body) ? body : [body];
  items.forEach((item, index) => {
    if (!item || typeof item !== 'object') return;
    const at = Array.isArray(body) ? `${prefix}${prefix ? '.' : ''}${index}` : prefix;
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const doc = Reflect.getMetadata(PROPERTIES, dto.prototype, key) as PropertyDoc | undefined;
      if (!doc) continue; // unknown fields are the whitelist's to refuse
      const field = at ? `${at}.${key}` : key;
      if (value === null) {
        if (!doc.nullable) into[field] = ['Значение не может быть пустым'];
      } else {
        nullNotAllowed(value, nestedClass(doc.type), field, into);
      }
    }
  });
  return into;
}

export function assertNoForbiddenNulls(body: unknown, dto: unknown): void {
  const errors = nullNotAllowed(body, dto);
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
}
