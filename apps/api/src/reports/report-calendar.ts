import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { StaffRefDto } from '../appeals/dto/refs.response';
import { Actor } from '../common/auth/actor';
import { Permission, Role } from '../common/auth/permissions';
import { User } from '../users/user.entity';
import { isLate } from './report-mapper';
import { Report, ReportKind, ReportStatus } from './report.entity';
import { DEPARTMENT_KINDS, dueOn, periodOf, ReportPeriod } from './report-rules';
import { reportTitle } from './report-titles';
import { CalendarState } from './report-kinds';

export { CalendarState };

export class CalendarEntryDto {
  @ApiProperty({ enum: ReportKind, enumName: 'ReportKind' }) kind: ReportKind;
  @ApiProperty({ example: 'Ежемесячный отчёт специалиста за ноябрь 2026 г.' }) title: string;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({
    type: StaffRefDto,
    nullable: true,
    description: 'Whose report (specialists’ monthly ones)',
  })
  person: StaffRefDto | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reportId: string | null;
  @ApiProperty({ enum: CalendarState, enumName: 'ReportCalendarState' }) state: CalendarState;
  @ApiProperty({ description: 'Handed in after its due day, or still not handed in after it' })
  late: boolean;
}

/**
 * Every report due in a year, per person, with its state: the specialists' months (each
 * active specialist), the department's months, half-years and the year — only periods
 * that have begun. Specialists see their own; heads and the director the institution's.
 */
@Injectable()
export class ReportCalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async year(actor: Actor, year: number): Promise<CalendarEntryDto[]> {
    const today = actor.today();
    const wholeInstitution =
      actor.can(Permission.ReportsDepartment) || actor.can(Permission.ReportsReviewDepartment);
    const specialists = wholeInstitution
      ? await this.dataSource.manager.find(User, {
          where: { institutionId: actor.institutionId!, role: Role.Specialist, active: true },
          order: { fullName: 'ASC' },
        })
      : await this.dataSource.manager.findBy(User, { id: actor.userId });
    const reports = await this.dataSource.manager.find(Report, {
      where: {
        institutionId: actor.institutionId!,
        periodFrom: In(
          monthsOf(year)
            .map((p) => p.from)
            .concat([`${year}-07-01`]),
        ),
        ...(wholeInstitution ? {} : { authorId: actor.userId }),
      },
    });
    const find = (kind: ReportKind, period: ReportPeriod, authorId?: string) =>
      reports.find(
        (r) =>
          r.kind === kind && r.periodFrom === period.from && (!authorId || r.authorId === authorId),
      );
    const entries: CalendarEntryDto[] = [];
    const add = (kind: ReportKind, period: ReportPeriod, person: User | null) => {
      if (period.from > today) return;
      const report = find(kind, period, person?.id);
      const due = dueOn(kind, period);
      entries.push({
        kind,
        title: reportTitle(kind, period.from),
        periodFrom: period.from,
        periodTo: period.to,
        dueOn: due,
        person: person ? StaffRefDto.from(person) : null,
        reportId: report?.id ?? null,
        state: report ? STATE[report.status] : CalendarState.NotStarted,
        late: report ? isLate(report, actor.timeZone, today) : today > due,
      });
    };
    for (const [month, period] of monthsOf(year).entries()) {
      for (const specialist of specialists) add(ReportKind.SpecialistMonthly, period, specialist);
      if (wholeInstitution) add(ReportKind.DepartmentMonthly, period, null);
      if (wholeInstitution && (month === 5 || month === 11))
        add(
          ReportKind.HalfYear,
          periodOf(ReportKind.HalfYear, year, undefined, month === 5 ? 1 : 2),
          null,
        );
    }
    if (wholeInstitution) add(ReportKind.Annual, periodOf(ReportKind.Annual, year), null);
    return entries.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || order(a) - order(b));
  }
}

const STATE: Record<ReportStatus, CalendarState> = {
  draft: CalendarState.Draft,
  submitted: CalendarState.Submitted,
  accepted: CalendarState.Accepted,
  returned: CalendarState.Returned,
};

const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => periodOf(ReportKind.SpecialistMonthly, year, i + 1));

const order = (e: CalendarEntryDto) =>
  [ReportKind.SpecialistMonthly, ...DEPARTMENT_KINDS].indexOf(e.kind);
