import * as domain from './index';
import { VOCABULARIES } from './vocabularies';

describe('domain vocabularies', () => {
  it.each(Object.entries(VOCABULARIES))('%s: every code has Russian and English words', (_, v) => {
    expect(Object.keys(v.labels).sort()).toEqual([...v.codes].sort());
    for (const code of v.codes) {
      expect(v.labels[code].ru.trim()).not.toBe('');
      expect(v.labels[code].en.trim()).not.toBe('');
    }
    expect(new Set(v.codes).size).toBe(v.codes.length);
  });

  it('lists every exported label map, so none escapes the check above', () => {
    const exported = Object.entries(domain)
      .filter(([name]) => name.endsWith('_LABELS'))
      .map(([, map]) => map);
    const checked = Object.values(VOCABULARIES).map((v) => v.labels);
    for (const map of exported) expect(checked).toContain(map);
  });

  it.each(Object.entries(VOCABULARIES))(
    '%s: words start in lower case (or with an abbreviation), so label() may capitalise them',
    (_, v) => {
      for (const code of v.codes) {
        for (const words of [v.labels[code].ru, v.labels[code].en]) {
          const first = words.split(/[\s(,]/)[0];
          expect(words[0] === words[0].toLowerCase() || first === first.toUpperCase()).toBe(true);
        }
      }
    },
  );

  it('words a report in the calendar as its status, and a report not yet begun apart', () => {
    for (const status of domain.REPORT_STATUSES) {
      expect(domain.REPORT_CALENDAR_STATE_LABELS[status]).toEqual(
        domain.REPORT_STATUS_LABELS[status],
      );
    }
    expect(domain.label(domain.REPORT_CALENDAR_STATE_LABELS, 'not_started', 'ru')).toBe('Не начат');
  });

  it('shows an abbreviation as it is written', () => {
    expect(domain.label(domain.MILESTONE_LABELS, 'snils', 'ru')).toBe('СНИЛС');
    expect(domain.label(domain.ROLE_LABELS, 'integration', 'ru')).toBe('Внешняя система (API)');
  });

  it('shows a code capitalised in the chosen language', () => {
    expect(domain.label(domain.GRADUATE_STATUS_LABELS, 'under_support', 'ru')).toBe(
      'На сопровождении',
    );
    expect(domain.label(domain.SEX_LABELS, 'female', 'en')).toBe('Female');
    expect(domain.russianWords(domain.SEX_LABELS)).toEqual({ female: 'женский', male: 'мужской' });
  });
});
