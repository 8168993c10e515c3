import type { GraduateListQuery } from '../useGraduates';

/** Age groups of the filter; labels are `list.ageBands.<key>`. */
export const AGE_BANDS = {
  under18: { ageFrom: undefined, ageTo: 17 },
  from18to20: { ageFrom: 18, ageTo: 20 },
  from21to22: { ageFrom: 21, ageTo: 22 },
  from23: { ageFrom: 23, ageTo: undefined },
} as const satisfies Record<string, Pick<GraduateListQuery, 'ageFrom' | 'ageTo'>>;

export type AgeBand = keyof typeof AGE_BANDS;

export const AGE_BAND_KEYS = Object.keys(AGE_BANDS) as AgeBand[];

export function ageBandOf({ ageFrom, ageTo }: GraduateListQuery): AgeBand | undefined {
  return AGE_BAND_KEYS.find(
    (key) => AGE_BANDS[key].ageFrom === ageFrom && AGE_BANDS[key].ageTo === ageTo,
  );
}
