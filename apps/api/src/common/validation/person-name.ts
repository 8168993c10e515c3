/** Trims and collapses inner runs of spaces, so names compare equal however they were typed. */
export const squeezeSpaces = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value;

/** Names: letters, spaces, hyphens and apostrophes. */
export const NAME = /^[\p{L}][\p{L}\s'-]*$/u;
export const NAME_MESSAGE = '$property may contain only letters, spaces, hyphens and apostrophes';
