import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { dayOf } from '../common/local-day';
import { User } from '../users/user.entity';
import { CalendarState, ReportCalendarService } from './report-calendar';
import { mayReview } from './report-access';
import { Report, ReportKind, ReportStatus } from './report.entity';
import { DEPARTMENT_KINDS } from './report-rules';

const NOT_HANDED_IN = [CalendarState.NotStarted, CalendarState.Draft, CalendarState.Returned];

/** What «Моя работа» counts of reports: the caller's to write, and those waiting for them. */
@Injectable()
export class ReportCountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: ReportCalendarService,
  ) {}

  /**
   * The caller's reports whose period is over and that are not handed in, this year and last,
   * since the caller's account exists (nobody owes the months before they started).
   */
  async due(actor: Actor): Promise<number> {
    const me = await this.dataSource.manager.findOneByOrFail(User, { id: actor.userId });
    const since = dayOf(me.createdAt, actor.timeZone);
    const year = Number(actor.today().slice(0, 4));
    const entries = [
      ...(await this.calendar.year(actor, year - 1)),
      ...(await this.calendar.year(actor, year)),
    ];
    const mine = (e: { kind: ReportKind; person: { id: string } | null }) =>
      e.person
        ? e.person.id === actor.userId
        : DEPARTMENT_KINDS.includes(e.kind) && actor.can(Permission.ReportsDepartment);
    return entries.filter(
      (e) =>
        mine(e) &&
        NOT_HANDED_IN.includes(e.state) &&
        e.periodTo < actor.today() &&
        e.periodTo >= since,
    ).length;
  }

  /** Submitted reports of the institution that the caller accepts or returns. */
  toReview(actor: Actor): Promise<number> {
    const kinds = Object.values(ReportKind).filter((kind) => mayReview(actor, kind));
    if (!kinds.length || !actor.institutionId) return Promise.resolve(0);
    return this.dataSource.manager.count(Report, {
      where: {
        institutionId: actor.institutionId,
        kind: In(kinds),
        status: ReportStatus.Submitted,
        authorId: Not(actor.userId),
      },
    });
  }
}
