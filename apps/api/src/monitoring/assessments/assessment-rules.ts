import dayjs from 'dayjs';
import { LIFE_DOMAIN_LABELS, LIFE_DOMAINS, LifeDomain } from '../../common/life-domains';
import { DomainError } from '../../common/problem/domain-error';
import { NoticeTrigger } from '../notices/notice.entity';
import { DomainScore } from './assessment.entity';

/** Days after signing the support contract by which the first assessment is due. */
export const FIRST_ASSESSMENT_DAYS = 30;
/** "Due" lists show what falls due within this many days. */
export const DUE_WITHIN_DAYS = 14;

/** Every life domain exactly once. */
export function assertEveryDomainOnce(scores: { domain: LifeDomain }[]): void {
  const seen = new Set(scores.map((s) => s.domain));
  const missing = LIFE_DOMAINS.filter((d) => !seen.has(d));
  if (missing.length || seen.size !== scores.length)
    throw new DomainError(
      400,
      'validation',
      missing.length
        ? `Оцените все сферы жизни: не хватает «${missing.map((d) => LIFE_DOMAIN_LABELS[d]).join('», «')}»`
        : 'Каждая сфера жизни оценивается один раз',
      { errors: { scores: ['one score for every life domain'] } },
    );
}

/**
 * A crisis (score 1) in housing or health — or in risk behaviour of a minor — calls for
 * informing the guardianship body (000 §7.1.4, 001 §6.2): offered, pre-filled, never sent by itself.
 */
export function noticesCalledFor(
  scores: DomainScore[],
  birthDate: string,
  on: string,
): { trigger: NoticeTrigger; domain: LifeDomain; finding: string }[] {
  const minor = dayjs(on).diff(dayjs(birthDate), 'year') < 18;
  return scores
    .filter((s) => s.score === 1)
    .flatMap((s) => {
      const trigger =
        s.domain === LifeDomain.Housing
          ? NoticeTrigger.Housing
          : s.domain === LifeDomain.Health || (s.domain === LifeDomain.RiskBehaviour && minor)
            ? NoticeTrigger.ThreatLifeHealth
            : null;
      if (!trigger) return [];
      const finding = [`${LIFE_DOMAIN_LABELS[s.domain]}: кризисное состояние`, s.note, s.facts]
        .filter(Boolean)
        .join('. ');
      return [{ trigger, domain: s.domain, finding }];
    });
}
