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

  it('shows a code capitalised in the chosen language', () => {
    expect(domain.label(domain.GRADUATE_STATUS_LABELS, 'under_support', 'ru')).toBe(
      'На сопровождении',
    );
    expect(domain.label(domain.SEX_LABELS, 'female', 'en')).toBe('Female');
    expect(domain.russianWords(domain.SEX_LABELS)).toEqual({ female: 'женский', male: 'мужской' });
  });
});
