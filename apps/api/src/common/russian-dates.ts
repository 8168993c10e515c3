import dayjs from 'dayjs';

/** A day as staff write it: 15.11.2026. */
export const formatDay = (day: string) => dayjs(day).format('DD.MM.YYYY');
