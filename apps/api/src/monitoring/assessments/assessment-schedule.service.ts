import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, IsNull } from 'typeorm';
import { fullNameOf } from '../../appeals/dto/refs.response';
import { Actor } from '../../common/auth/actor';
import { addDays } from '../../common/local-day';
import { skipTake } from '../../common/pagination/page';
import { Graduate, GraduateStatus } from '../../graduates/graduate.entity';
import { GraduatesService } from '../../graduates/graduates.service';
import { DUE_WITHIN_DAYS, FIRST_ASSESSMENT_DAYS } from './assessment-rules';
import { DueAssessmentPageDto, DueAssessmentsQueryDto, DueState } from './assessment.dto';

const LAST = `(SELECT max(a.assessed_on) FROM assessments a WHERE a.graduate_id = g.id AND a.current)`;
const SIGNED = `(SELECT max(c.concluded_on) FROM contracts c WHERE c.graduate_id = g.id AND c.status = 'active' AND c.kind = 'support')`;
/**
 * When the next assessment is due: 30 days after signing for the first one; then every N
 * months — the institution's first-year interval while the last assessment fell within a
 * year of leaving care, its later interval afterwards.
 */
const DUE_ON = `(CASE WHEN ${LAST} IS NULL THEN ${SIGNED} + ${FIRST_ASSESSMENT_DAYS}
  ELSE (${LAST} + make_interval(months => CASE
    WHEN g.left_care_on IS NOT NULL AND ${LAST} < (g.left_care_on + interval '1 year')::date
    THEN i.assessment_months_first_year ELSE i.assessment_months_later END))::date END)`;

/** Which graduates under support are due (or overdue) for an assessment. */
@Injectable()
export class AssessmentScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
  ) {}

  async due(actor: Actor, query: DueAssessmentsQueryDto): Promise<DueAssessmentPageDto> {
    const today = actor.today();
    const page = { page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
    const qb = this.dueQuery(actor, query.state);
    if (!qb) return { items: [], total: 0, ...page };
    qb.leftJoinAndSelect('g.responsibleSpecialist', 's')
      .addSelect(`(${LAST})::text`, 'last_assessed_on')
      .addSelect(`(${DUE_ON})::text`, 'due_on');
    const total = await qb.getCount();
    const { skip, take } = skipTake(query);
    const { entities, raw } = await qb
      .orderBy('due_on', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .offset(skip)
      .limit(take)
      .getRawAndEntities<{ g_id: string; last_assessed_on: string | null; due_on: string }>();
    const rawById = new Map(raw.map((r) => [r.g_id, r]));
    return {
      ...page,
      total,
      items: entities.map((g) => {
        const r = rawById.get(g.id)!;
        const dueOn = r.due_on;
        return {
          graduateId: g.id,
          fullName: fullNameOf(g),
          lastAssessedOn: r.last_assessed_on,
          dueOn,
          overdue: dueOn < today,
          responsibleSpecialist: g.responsibleSpecialist
            ? { id: g.responsibleSpecialist.id, fullName: g.responsibleSpecialist.fullName }
            : null,
        };
      }),
    };
  }

  /** How many graduates `due` lists in this state, counted without loading them. */
  async count(actor: Actor, state?: DueState): Promise<number> {
    return (await this.dueQuery(actor, state)?.getCount()) ?? 0;
  }

  /** Visible graduates under support whose next assessment falls due by the state's limit. */
  private dueQuery(actor: Actor, state: DueState = 'due') {
    const where = this.graduates.visible(actor, {
      status: GraduateStatus.UnderSupport,
      archivedAt: IsNull(),
    });
    if (!where.length) return null;
    const today = actor.today();
    const limit = state === 'overdue' ? addDays(today, -1) : addDays(today, DUE_WITHIN_DAYS);
    return this.dataSource
      .getRepository(Graduate)
      .createQueryBuilder('g')
      .innerJoin('institutions', 'i', 'i.id = g.institution_id')
      .where(new Brackets((b) => where.forEach((w) => b.orWhere(w))))
      .andWhere(`${DUE_ON} <= :limit`, { limit });
  }
}
