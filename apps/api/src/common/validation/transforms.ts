/** class-transformer `@Transform` functions shared by the request DTOs. */

/** Leading and trailing spaces are never meaningful in form fields. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Query strings carry booleans as text; anything else is left for the validator to refuse. */
export const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
