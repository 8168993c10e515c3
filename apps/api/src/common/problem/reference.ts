import { DomainError } from './domain-error';

/**
 * A record named in a request body that the caller cannot see: missing, or another
 * institution's (which must look the same). 422 naming the field, as a dangling foreign key
 * answers; a 404 is kept for the record the route itself is about.
 */
export const referenceNotFound = (field: string, detail = 'Связанная запись не найдена') =>
  new DomainError(422, 'reference-not-found', detail, {
    errors: { [field]: ['Запись не найдена'] },
  });

/** The lookup of a body reference, its «not found» turned into a 422 on `field`. */
export async function referenced<T>(field: string, lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof DomainError && error.status === 404)
      throw referenceNotFound(field, error.message);
    throw error;
  }
}
