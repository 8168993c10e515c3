import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Between,
  DataSource,
  EntityManager,
  FindOptionsWhere,
  In,
  QueryFailedError,
} from 'typeorm';
import { StaffRefDto } from '../appeals/dto/refs.response';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { recordTransition, transition } from '../common/lifecycle/lifecycle';
import { Page, skipTake } from '../common/pagination/page';
import { DomainError, fieldError, notFound, staleVersion } from '../common/problem/domain-error';
import { InstitutionScoped } from '../common/scope/institution-scope';
import { reportReviewed } from '../notifications/messages';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import {
  CreateReportDto,
  ListReportsQueryDto,
  ReportDto,
  ReportSummaryDto,
  ReportVersionDto,
  UpdateReportDto,
} from './dto/report.dto';
import { computeFigures } from './figures/compute-figures';
import { ReportFigures } from './figures/report-figures';
import { mayCompile, mayReview, visibleReports } from './report-access';
import { narrativeOf, toSummary } from './report-mapper';
import { reportTitle } from './report-titles';
import { Report, ReportKind, ReportStatus, ReportVersion } from './report.entity';
import {
  dueOn,
  NARRATIVE_SECTIONS,
  periodOf,
  REPORT_LIFECYCLE,
  REPORT_STATUS_LABELS,
  ReportAction,
} from './report-rules';
import { WebhookEvents, WebhookEventType as Hook } from '../integrations/webhooks/webhook-events';

const NOT_FOUND = 'Отчёт не найден';
const MAX_SECTION = 20000;

/** Reports: drafted with live figures, frozen on submission, accepted or returned. */
@Injectable()
export class ReportsService {
  private readonly scoped: InstitutionScoped<Report>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {
    this.scoped = new InstitutionScoped(dataSource.getRepository(Report), NOT_FOUND);
  }

  async list(actor: Actor, query: ListReportsQueryDto): Promise<Page<ReportSummaryDto>> {
    const filter: FindOptionsWhere<Report> = {};
    if (query.kind) filter.kind = query.kind;
    if (query.status) filter.status = query.status;
    if (query.authorId) filter.authorId = query.authorId;
    if (query.year) filter.periodFrom = Between(`${query.year}-01-01`, `${query.year}-12-31`);
    const [rows, total] = await this.dataSource.manager.findAndCount(Report, {
      where: visibleReports(this.scoped, actor, filter),
      relations: { author: true },
      order: { periodFrom: 'DESC', kind: 'ASC', id: 'ASC' },
      ...skipTake(query),
    });
    return {
      items: rows.map((r) => toSummary(r, actor.timeZone, actor.today())),
      total,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager) {
    const report = await manager.findOne(Report, {
      where: visibleReports(this.scoped, actor, { id }),
      relations: { author: true },
    });
    if (!report) throw notFound(NOT_FOUND);
    return report;
  }

  /** The report with its figures: frozen once submitted, live while a draft or returned. */
  async read(actor: Actor, id: string): Promise<ReportDto> {
    const report = await this.get(actor, id);
    await this.audit.record(actor, { action: AuditAction.Read, entity: 'report', entityId: id });
    return this.toDto(actor, report);
  }

  async create(actor: Actor, dto: CreateReportDto): Promise<ReportDto> {
    if (!mayCompile(actor, dto.kind))
      throw new DomainError(403, 'forbidden', 'Этот отчёт составляет руководитель службы');
    const period = periodOf(dto.kind, dto.year, dto.month, dto.half);
    if (period.from > actor.today())
      throw fieldError('year', 'Отчётный период ещё не начался', 'the period has not started yet');
    const existing = await this.dataSource.manager.findOne(Report, {
      where: this.scoped.where(actor, {
        kind: dto.kind,
        periodFrom: period.from,
        ...(dto.kind === ReportKind.SpecialistMonthly ? { authorId: actor.userId } : {}),
      }),
    });
    if (existing) throw alreadyExists(existing.id);
    const saved = await this.dataSource
      .transaction(async (manager) => {
        const report = await manager.save(
          manager.create(Report, {
            institutionId: actor.institutionId!,
            kind: dto.kind,
            periodFrom: period.from,
            periodTo: period.to,
            authorId: actor.userId,
            dueOn: dueOn(dto.kind, period),
            narrative: {},
            createdBy: actor.userId,
          }),
        );
        await recordTransition(manager, {
          entity: 'report',
          entityId: report.id,
          userId: actor.userId,
          from: null,
          to: ReportStatus.Draft,
        });
        await this.record(actor, manager, report.id, AuditAction.Create, ['kind', 'period']);
        return report;
      })
      .catch((error: unknown) => {
        // Two heads creating the same report at once: the unique index decides.
        if (error instanceof QueryFailedError && /duplicate key/.test(error.message))
          throw alreadyExists(undefined);
        throw error;
      });
    return this.toDto(actor, await this.get(actor, saved.id));
  }

  /** The author writes the free-text sections while the report is a draft or returned. */
  update(actor: Actor, id: string, dto: UpdateReportDto): Promise<ReportDto> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.locked(actor, id, dto.version, manager);
      assertAuthor(actor, report);
      if (![ReportStatus.Draft, ReportStatus.Returned].includes(report.status))
        throw new DomainError(
          409,
          'report-frozen',
          `Отчёт «${REPORT_STATUS_LABELS[report.status]}»: изменить его нельзя`,
          { currentStatus: report.status },
        );
      const sections = NARRATIVE_SECTIONS[report.kind];
      for (const [key, text] of Object.entries(dto.narrative)) {
        if (!(key in sections))
          throw fieldError('narrative', `В отчёте нет раздела «${key}»`, `unknown section ${key}`);
        if (typeof text !== 'string' || text.length > MAX_SECTION)
          throw fieldError(
            'narrative',
            `Раздел «${sections[key]}» — текст до ${MAX_SECTION} знаков`,
            `${key} must be a string up to ${MAX_SECTION} characters`,
          );
      }
      report.narrative = { ...report.narrative, ...trimmed(dto.narrative) };
      await manager.save(report);
      await this.record(actor, manager, id, AuditAction.Update, Object.keys(dto.narrative));
      return this.toDto(actor, await this.get(actor, id, manager), manager);
    });
  }

  /** Freezes the figures as they are now and keeps them as a new version. */
  submit(actor: Actor, id: string, version: number): Promise<ReportDto> {
    return this.step(actor, id, version, 'submit', '', async (report, manager) => {
      assertAuthor(actor, report);
      const figures = await computeFigures(manager, report, actor.timeZone);
      report.figures = figures;
      report.submissions += 1;
      // Lateness is judged by the first hand-in; later versions answer a return.
      report.submittedAt ??= new Date();
      report.reviewComment = '';
      await manager.insert(ReportVersion, {
        reportId: report.id,
        number: report.submissions,
        submittedBy: actor.userId,
        figures: figures as object,
        narrative: report.narrative,
      });
      await WebhookEvents.emit(manager, report.institutionId, Hook.ReportSubmitted, {
        reportId: report.id,
        kind: report.kind,
        periodFrom: report.periodFrom,
        submission: report.submissions,
      });
    });
  }

  accept(actor: Actor, id: string, version: number): Promise<ReportDto> {
    return this.step(actor, id, version, 'accept', '', (report, manager) =>
      this.review(actor, report, { accepted: true, comment: '' }, manager),
    );
  }

  returnForRework(actor: Actor, id: string, version: number, comment: string): Promise<ReportDto> {
    return this.step(actor, id, version, 'return', comment, (report, manager) =>
      this.review(actor, report, { accepted: false, comment }, manager),
    );
  }

  async versionOf(actor: Actor, id: string, number: number): Promise<ReportVersionDto> {
    const report = await this.get(actor, id);
    const found = await this.dataSource.manager.findOneBy(ReportVersion, { reportId: id, number });
    if (!found) throw notFound('Версия отчёта не найдена');
    const user = await this.dataSource.manager.findOneBy(User, { id: found.submittedBy });
    return {
      number: found.number,
      submittedAt: found.submittedAt.toISOString(),
      submittedBy: user ? StaffRefDto.from(user) : null,
      figures: found.figures,
      narrative: narrativeOf(report, found.narrative),
    };
  }

  /** The figures to show or print: frozen ones once submitted, else computed now. */
  figuresOf(
    actor: Actor,
    report: Report,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportFigures> {
    const frozen =
      report.status === ReportStatus.Submitted || report.status === ReportStatus.Accepted;
    return frozen && report.figures
      ? Promise.resolve(report.figures)
      : computeFigures(manager, report, actor.timeZone);
  }

  /** The next level accepts or returns; the author is told in the same transaction. */
  private async review(
    actor: Actor,
    report: Report,
    outcome: { accepted: boolean; comment: string },
    manager: EntityManager,
  ) {
    if (!mayReview(actor, report.kind))
      throw new DomainError(
        403,
        'forbidden',
        'Принимает этот отчёт руководитель следующего уровня',
      );
    if (report.authorId === actor.userId)
      throw new DomainError(409, 'own-report', 'Свой отчёт принять или вернуть нельзя');
    report.reviewedAt = new Date();
    report.reviewedBy = actor.userId;
    report.reviewComment = outcome.comment;
    await this.notifications.notify(
      manager,
      reportReviewed(report, reportTitle(report.kind, report.periodFrom), outcome, {
        userId: report.authorId,
        actorId: actor.userId,
      }),
    );
  }

  private step(
    actor: Actor,
    id: string,
    version: number,
    action: ReportAction,
    reason: string,
    apply: (report: Report, manager: EntityManager) => void | Promise<void>,
  ): Promise<ReportDto> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.locked(actor, id, version, manager);
      const from = report.status;
      const to = transition(REPORT_LIFECYCLE, action, from, REPORT_STATUS_LABELS);
      await apply(report, manager);
      report.status = to;
      await manager.save(report);
      await recordTransition(manager, {
        entity: 'report',
        entityId: id,
        userId: actor.userId,
        from,
        to,
        reason,
      });
      await this.record(actor, manager, id, AuditAction.Update, ['status']);
      return this.toDto(actor, await this.get(actor, id, manager), manager);
    });
  }

  private async locked(actor: Actor, id: string, version: number, manager: EntityManager) {
    const report = await manager.findOne(Report, {
      where: visibleReports(this.scoped, actor, { id }),
      lock: { mode: 'pessimistic_write' },
    });
    if (!report) throw notFound(NOT_FOUND);
    if (report.version !== version) throw staleVersion();
    return report;
  }

  private async toDto(
    actor: Actor,
    report: Report,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportDto> {
    const versions = await manager.find(ReportVersion, {
      where: { reportId: report.id },
      select: { id: true, number: true, submittedAt: true, submittedBy: true },
      order: { number: 'ASC' },
    });
    const userIds = [
      ...new Set(
        [...versions.map((v) => v.submittedBy), report.reviewedBy].filter((u): u is string => !!u),
      ),
    ];
    const users = userIds.length ? await manager.findBy(User, { id: In(userIds) }) : [];
    const staff = new Map(users.map((u) => [u.id, StaffRefDto.from(u)]));
    const frozen =
      report.status === ReportStatus.Submitted || report.status === ReportStatus.Accepted;
    return {
      ...toSummary(report, actor.timeZone, actor.today()),
      figures: await this.figuresOf(actor, report, manager),
      frozen,
      narrative: narrativeOf(report, report.narrative),
      reviewedBy: report.reviewedBy ? (staff.get(report.reviewedBy) ?? null) : null,
      reviewedAt: report.reviewedAt?.toISOString() ?? null,
      versions: versions.map((v) => ({
        number: v.number,
        submittedAt: v.submittedAt.toISOString(),
        submittedBy: staff.get(v.submittedBy) ?? null,
      })),
    };
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    id: string,
    action: AuditAction,
    fields: string[],
  ) {
    return this.audit.record(
      actor,
      { action, entity: 'report', entityId: id, changedFields: fields },
      manager,
    );
  }
}

function assertAuthor(actor: Actor, report: Report) {
  if (report.authorId !== actor.userId)
    throw new DomainError(403, 'not-author', 'Изменять и сдавать отчёт может только его автор');
}

function alreadyExists(existingId: string | undefined) {
  return new DomainError(
    409,
    'report-exists',
    'Отчёт за этот период уже создан',
    existingId ? { existingId } : {},
  );
}

function trimmed(texts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.trim()]));
}
