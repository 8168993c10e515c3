import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Appeal } from '../appeals/appeal.entity';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { ContractStatus } from '../contracts/contract.entity';
import { Graduate, GraduateStatus } from '../graduates/graduate.entity';
import { OPEN_ACTIVITY, PlanActivity } from '../plans/plan-activity.entity';
import { User } from '../users/user.entity';
import { OPEN_APPEAL } from './case-counts.service';

export interface Caseload {
  specialist: User;
  graduatesUnderSupport: number;
  openAppeals: number;
  overdueActivities: number;
}

type PerUser = Map<string, number>;

/**
 * Each active specialist's load in the caller's institution: one query for the staff and
 * one grouped count per measure, whatever the number of specialists.
 */
@Injectable()
export class CaseloadService {
  private readonly users: InstitutionScoped<User>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.users = new InstitutionScoped(dataSource.getRepository(User), 'Пользователь не найден');
  }

  async ofInstitution(actor: Actor): Promise<Caseload[]> {
    const institutionId = actor.institutionId;
    if (!institutionId) return [];
    const specialists = await this.dataSource.manager.find(User, {
      where: this.users.where(actor, { role: Role.Specialist, active: true }),
      order: { fullName: 'ASC', id: 'ASC' },
    });
    if (!specialists.length) return [];
    const ids = specialists.map((s) => s.id);
    const [graduates, appeals, activities] = await Promise.all([
      this.perUser(
        this.dataSource
          .createQueryBuilder(Graduate, 'g')
          .select('g.responsible_specialist_id', 'user_id')
          .where('g.status = :underSupport', { underSupport: GraduateStatus.UnderSupport })
          .andWhere('g.archived_at IS NULL'),
        'g.responsible_specialist_id',
        institutionId,
        ids,
      ),
      this.perUser(
        this.dataSource
          .createQueryBuilder(Appeal, 'a')
          .select('a.assigned_specialist_id', 'user_id')
          .where('a.status IN (:...open)', { open: OPEN_APPEAL }),
        'a.assigned_specialist_id',
        institutionId,
        ids,
      ),
      // The conditions of the plans list's overdue view: open, past due, in a live contract's plan.
      this.perUser(
        this.dataSource
          .createQueryBuilder(PlanActivity, 'pa')
          .innerJoin('pa.plan', 'p')
          .innerJoin('p.contract', 'c')
          .select('pa.responsible_user_id', 'user_id')
          .where('pa.status IN (:...openActivity)', { openActivity: OPEN_ACTIVITY })
          .andWhere('pa.due_on < :today', { today: actor.today() })
          .andWhere('c.status IN (:...live)', {
            live: [ContractStatus.Draft, ContractStatus.Active],
          }),
        'pa.responsible_user_id',
        institutionId,
        ids,
      ),
    ]);
    return specialists.map((specialist) => ({
      specialist,
      graduatesUnderSupport: graduates.get(specialist.id) ?? 0,
      openAppeals: appeals.get(specialist.id) ?? 0,
      overdueActivities: activities.get(specialist.id) ?? 0,
    }));
  }

  /** The query's rows of the institution counted per user in `column`. */
  private async perUser<T extends object>(
    query: SelectQueryBuilder<T>,
    column: string,
    institutionId: string,
    ids: string[],
  ): Promise<PerUser> {
    const alias = query.alias;
    const rows = await query
      .addSelect('count(*)::int', 'count')
      .andWhere(`${alias}.institution_id = :institutionId`, { institutionId })
      .andWhere(`${column} IN (:...ids)`, { ids })
      .groupBy(column)
      .getRawMany<{ user_id: string; count: number }>();
    return new Map(rows.map((row) => [row.user_id, row.count]));
  }
}
