/** Russian letters in Latin, as in passports (ГОСТ Р 52535.1-2006), for a login to start from. */
const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const latin = (text: string) =>
  [...text.toLowerCase()]
    .map((letter) => LATIN[letter] ?? letter)
    .join('')
    .replace(/[^a-z0-9]/g, '');

/** «Петрова Анна» → `petrova.a`: a login the head may keep or change. */
export function suggestLogin(person: { lastName: string; firstName: string }): string {
  const last = latin(person.lastName);
  const first = latin(person.firstName).slice(0, 1);
  return [last, first].filter(Boolean).join('.');
}
