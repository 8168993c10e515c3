/**
 * Common Russian IANA time zones, west to east; the labels (city names, offsets from
 * Moscow) are in the dictionaries under `timeZones.<zone>`.
 */
export const RUSSIAN_TIME_ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
] as const;

export type RussianTimeZone = (typeof RUSSIAN_TIME_ZONES)[number];

export const isRussianTimeZone = (zone: string): zone is RussianTimeZone =>
  RUSSIAN_TIME_ZONES.includes(zone as RussianTimeZone);
