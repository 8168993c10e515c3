/**
 * An event starts at a moment on the institution's clock, whatever the browser's zone:
 * the pickers show and take the institution's wall time, and the API gets it with its
 * offset. The helpers are those of monitoring (case contacts are timed the same way).
 */
import {
  formatMoment,
  momentIn,
  MOMENT_FORMAT,
  nowIn,
  pickerMoment,
  useInstitutionZone,
} from '../monitoring/time';

export { formatMoment, momentIn, MOMENT_FORMAT, nowIn, pickerMoment, useInstitutionZone };

/** The time of day an event starts, on the institution's clock, e.g. 15:00. */
export const clockTime = (iso: string, zone: string | undefined) =>
  pickerMoment(iso, zone).format('HH:mm');

/** Whether the event has begun (the API records attendance only after that). */
export const hasBegun = (startsAt: string) => new Date(startsAt).getTime() <= Date.now();
