import { Brackets } from 'typeorm';

/*
 * An assignment gives access from its first day until the day before `ends_on`: on the day
 * it ends, the curator no longer sees the graduate. Days are the institution's.
 */

/** The SQL condition "assignment `alias` is open on :day" (for query builders). */
export const openOn = (alias: string, day: string) =>
  new Brackets((qb) =>
    qb
      .where(`${alias}.starts_on <= :openOnDay`, { openOnDay: day })
      .andWhere(`(${alias}.ends_on IS NULL OR ${alias}.ends_on > :openOnDay)`),
  );

/** The same rule for a loaded row. */
export const isOpenOn = (a: { startsOn: string; endsOn: string | null }, day: string) =>
  a.startsOn <= day && (a.endsOn === null || a.endsOn > day);

/** Two periods [start, end) overlap; a null end is open. */
export const overlaps = (
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
) => (a.endsOn === null || b.startsOn < a.endsOn) && (b.endsOn === null || a.startsOn < b.endsOn);
