/** The interface languages; Russian first. */
export type Language = 'ru' | 'en';

/** One code's words: Russian as documents print it (lower case), English as the interface shows it. */
export interface Label {
  readonly ru: string;
  readonly en: string;
}

/** Words for every code of a vocabulary; the compiler insists that none is missing. */
export type Labels<Code extends string> = Readonly<Record<Code, Label>>;

/** A code's words in `language`, capitalised: pickers, tags and card fields show them alone. */
export function label<Code extends string>(
  labels: Labels<Code>,
  code: Code,
  language: Language,
): string {
  return capitalised(labels[code][language]);
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The Russian words of a vocabulary as printed in documents and spreadsheets: lower case
 * inside a sentence, `{ capitalised: true }` where a word stands alone in its cell.
 */
export function russianWords<Code extends string>(
  labels: Labels<Code>,
  { capitalised: upper = false } = {},
): Record<Code, string> {
  const words = {} as Record<Code, string>;
  for (const code of Object.keys(labels) as Code[]) {
    words[code] = upper ? capitalised(labels[code].ru) : labels[code].ru;
  }
  return words;
}

/**
 * `true` only when a TypeScript enum (kept for TypeORM and Swagger) holds exactly a vocabulary's
 * codes: `export const X_MATCHES = true satisfies EnumMatches<XEnum, XCode>` stops the build
 * when one side gains a code the other lacks.
 */
export type EnumMatches<Enum extends string, Code extends string> = [`${Enum}`] extends [Code]
  ? [Code] extends [`${Enum}`]
    ? true
    : false
  : false;
