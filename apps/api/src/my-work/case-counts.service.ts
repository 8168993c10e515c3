import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import dayjs from 'dayjs';
import {
  And,
  Between,
  DataSource,
  FindOperator,
  In,
  IsNull,
  LessThan,
  LessThanOrEqual,
  MoreThan,
  Raw,
} from 'typeorm';
import { Appeal, AppealStatus } from '../appeals/appeal.entity';
import { AppealsService } from '../appeals/appeals.service';
import { Actor } from '../common/auth/actor';
import { addDays } from '../common/local-day';
import { ContractStatus } from '../contracts/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { AGE_LIMIT } from '../graduates/eligibility';
import { Graduate, GraduateStatus } from '../graduates/graduate.entity';
import { GraduatesService } from '../graduates/graduates.service';
import { OPEN_ACTIVITY, PlanActivity } from '../plans/plan-activity.entity';
import { countAny, narrowed } from './counting';

/** Appeals still to be dealt with. */
export const OPEN_APPEAL = [AppealStatus.New, AppealStatus.InProgress];

/** How far ahead a coming 23rd birthday is counted (the graduates list's «Исполняется 23»). */
export const TURNING_23_WITHIN_DAYS = 90;

/** A processing consent current on `:consentDay` (as `isCurrent` in consents/consent-state.ts). */
const CURRENT_CONSENT = (graduateId: string) => `EXISTS (SELECT 1 FROM consents c
  WHERE c.graduate_id = ${graduateId} AND c.allows_processing AND c.signed_on <= :consentDay
    AND (c.withdrawn_on IS NULL OR c.withdrawn_on > :consentDay))`;
/** A processing consent that was withdrawn (the «отозвано» state of `consentStates`). */
const WITHDRAWN_CONSENT = (graduateId: string) => `EXISTS (SELECT 1 FROM consents c
  WHERE c.graduate_id = ${graduateId} AND c.allows_processing AND c.withdrawn_on IS NOT NULL)`;

export type ConsentGap = 'missing' | 'withdrawn';

/**
 * Counts of the case lists, each under the visibility rule of the list it opens (the
 * services' own `visibleWhere`) and the same conditions as that list.
 */
@Injectable()
export class CaseCountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appeals: AppealsService,
    private readonly contracts: ContractsService,
    private readonly graduates: GraduatesService,
  ) {}

  /** Open appeals nobody is assigned to, among those the caller may see. */
  intakeQueue(actor: Actor): Promise<number> {
    const open = this.appeals.visibleWhere(actor, { status: In(OPEN_APPEAL) });
    return countAny(
      this.dataSource.manager,
      Appeal,
      narrowed(open, 'assignedSpecialistId', IsNull()),
    );
  }

  /** Open appeals assigned to the caller (`own`), or all the caller may see. */
  openAppeals(actor: Actor, own: boolean): Promise<number> {
    const mine = own ? { assignedSpecialistId: actor.userId } : {};
    return countAny(
      this.dataSource.manager,
      Appeal,
      this.appeals.visibleWhere(actor, { status: In(OPEN_APPEAL), ...mine }),
    );
  }

  /** Open activities past due (the plans list's `due=overdue`). */
  activitiesOverdue(actor: Actor, own: boolean): Promise<number> {
    return this.activities(actor, own, LessThan(actor.today()));
  }

  /** Open activities due today and the next six days (the plans list's `due=week`). */
  activitiesDueThisWeek(actor: Actor, own: boolean): Promise<number> {
    const today = actor.today();
    return this.activities(actor, own, Between(today, addDays(today, 6)));
  }

  /** Files whose 23rd birthday falls within the coming days (as `GraduatesService.turning23`). */
  turning23(actor: Actor): Promise<number> {
    const from = dayjs(actor.today()).subtract(AGE_LIMIT, 'year');
    const to = from.add(TURNING_23_WITHIN_DAYS, 'day');
    const birthDate = And(
      MoreThan(from.format('YYYY-MM-DD')),
      LessThanOrEqual(to.format('YYYY-MM-DD')),
    );
    return countAny(
      this.dataSource.manager,
      Graduate,
      this.graduates.visible(actor, { archivedAt: IsNull(), birthDate }),
    );
  }

  /** Files under support without a current processing consent: never given, or withdrawn. */
  consents(actor: Actor, gap: ConsentGap): Promise<number> {
    const id = Raw(
      (graduateId) => {
        const withdrawn = WITHDRAWN_CONSENT(graduateId);
        const state = gap === 'withdrawn' ? withdrawn : `NOT ${withdrawn}`;
        return `NOT ${CURRENT_CONSENT(graduateId)} AND ${state}`;
      },
      { consentDay: actor.today() },
    );
    return countAny(
      this.dataSource.manager,
      Graduate,
      this.graduates.visible(actor, {
        status: GraduateStatus.UnderSupport,
        archivedAt: IsNull(),
        id,
      }),
    );
  }

  /**
   * The conditions of `PlansService.activities`: open activities of the caller's
   * institution in plans of live contracts the caller may see.
   */
  private activities(actor: Actor, own: boolean, dueOn: FindOperator<string>): Promise<number> {
    const live = { status: In([ContractStatus.Draft, ContractStatus.Active]) };
    const where = this.contracts.visibleWhere(actor, live).map((contract) => ({
      status: In(OPEN_ACTIVITY),
      dueOn,
      ...(actor.institutionId ? { institutionId: actor.institutionId } : {}),
      ...(own ? { responsibleUserId: actor.userId } : {}),
      plan: { contract },
    }));
    return countAny(this.dataSource.manager, PlanActivity, where);
  }
}
