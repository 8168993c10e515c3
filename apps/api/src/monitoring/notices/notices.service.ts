import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, LessThan, MoreThanOrEqual } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { recordTransition, transition } from '../../common/lifecycle/lifecycle';
import { Page, skipTake } from '../../common/pagination/page';
import { DomainError, fieldError, notFound, staleVersion } from '../../common/problem/domain-error';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { visibleGraduates } from '../../graduates/graduate-access';
import { Graduate } from '../../graduates/graduate.entity';
import { GraduateFileKind } from '../../graduates/files/graduate-file.entity';
import { GraduateFilesService, Upload } from '../../graduates/files/graduate-files.service';
import { GraduatesService } from '../../graduates/graduates.service';
import { InstitutionsService } from '../../institutions/institutions.service';
import { PartnersService } from '../../partners/partners.service';
import { addWorkingDays, dateNotInFuture } from '../monitoring-rules';
import {
  AnswerNoticeDto,
  CancelNoticeDto,
  CreateNoticeDto,
  ListNoticesQueryDto,
  NoticeState,
  SendNoticeDto,
  UpdateNoticeDto,
} from './notice.dto';
import { isMandatory, NOTICE_LIFECYCLE, NoticeAction } from './notice-rules';
import { GuardianshipNotice, NOTICE_STATUS_LABELS, NoticeStatus } from './notice.entity';
import { referenced } from '../../common/problem/reference';

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Informing guardianship bodies: what must be sent, by when, what went, what came back. */
@Injectable()
export class NoticesService {
  private readonly scoped: InstitutionScoped<GuardianshipNotice>;
  private readonly graduateScope: InstitutionScoped<Graduate>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly files: GraduateFilesService,
    private readonly institutions: InstitutionsService,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(
      dataSource.getRepository(GuardianshipNotice),
      'Уведомление не найдено',
    );
    this.graduateScope = new InstitutionScoped(
      dataSource.getRepository(Graduate),
      'Личное дело не найдено',
    );
  }

  /** Notices of the graduates the caller may see. */
  visibleWhere(actor: Actor, filter: FindOptionsWhere<GuardianshipNotice> = {}) {
    return visibleGraduates(this.graduateScope, actor).map((graduate) =>
      this.scoped.where(actor, { ...filter, graduate }),
    );
  }

  async list(actor: Actor, query: ListNoticesQueryDto): Promise<Page<GuardianshipNotice>> {
    const filter = stateFilter(query.state, actor.today());
    if (query.graduateId) filter.graduateId = query.graduateId;
    const [items, total] = await this.dataSource.manager.findAndCount(GuardianshipNotice, {
      where: this.visibleWhere(actor, filter),
      relations: { graduate: true },
      order: { dueOn: 'ASC', id: 'ASC' },
      ...skipTake(query),
    });
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'notice',
      details: { list: true, ids: items.map((n) => n.id) },
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  /** How many notices `list` finds in this state, counted without loading (or logging) them. */
  async count(actor: Actor, state: NoticeState): Promise<number> {
    const where = this.visibleWhere(actor, stateFilter(state, actor.today()));
    return where.length ? this.dataSource.manager.count(GuardianshipNotice, { where }) : 0;
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager) {
    const found = await manager.findOne(GuardianshipNotice, {
      where: this.visibleWhere(actor, { id }),
      relations: { graduate: true },
    });
    if (!found) throw notFound('Уведомление не найдено');
    return found;
  }

  async open(actor: Actor, id: string): Promise<GuardianshipNotice> {
    const notice = await this.get(actor, id);
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'notice',
      entityId: id,
      details: { graduateId: notice.graduateId },
    });
    return notice;
  }

  create(actor: Actor, dto: CreateNoticeDto): Promise<GuardianshipNotice> {
    dateNotInFuture(actor, 'foundOn', dto.foundOn);
    return this.dataSource.transaction(async (manager) => {
      const graduate = await referenced(
        'graduateId',
        this.graduates.getVisible(actor, dto.graduateId, manager),
      );
      const institution = await this.institutions.own(actor, manager);
      const recipient =
        dto.recipient ??
        (await this.recipientFromDirectory(actor, dto.partnerId, manager)) ??
        institution.guardianshipBodies[0] ??
        institution.guardianshipBody;
      if (!recipient)
        throw new DomainError(
          400,
          'validation',
          'Укажите орган опеки, которому направляется уведомление',
          {
            errors: {
              recipient: ['recipient is required: the institution has no guardianship body'],
            },
          },
        );
      const saved = await manager.save(
        manager.create(GuardianshipNotice, {
          institutionId: graduate.institutionId,
          graduateId: graduate.id,
          trigger: dto.trigger,
          foundOn: dto.foundOn,
          finding: dto.finding,
          measures: dto.measures ?? '',
          source: dto.source,
          sourceId: dto.sourceId ?? null,
          mandatory: isMandatory(
            dto.trigger,
            graduate.birthDate,
            dto.foundOn,
            institution.threatNoticeMinorsOnly,
          ),
          recipient,
          dueOn: addWorkingDays(dto.foundOn, institution.noticeDueWorkingDays),
          createdBy: actor.userId,
        }),
      );
      await recordTransition(manager, {
        entity: 'notice',
        entityId: saved.id,
        userId: actor.userId,
        from: null,
        to: NoticeStatus.ToSend,
      });
      await this.record(actor, manager, saved, AuditAction.Create, []);
      return this.get(actor, saved.id, manager);
    });
  }

  /** The guardianship body named, or the directory's first one (the partner directory leads). */
  private async recipientFromDirectory(
    actor: Actor,
    partnerId: string | undefined,
    manager: EntityManager,
  ): Promise<string | undefined> {
    if (!partnerId) return (await this.partners.firstGuardianshipBody(actor, manager))?.name;
    const partner = await referenced('partnerId', this.partners.get(actor, partnerId, manager));
    if (partner.kind !== 'guardianship' || partner.archivedAt)
      throw fieldError(
        'partnerId',
        'Выберите орган опеки из справочника партнёров',
        'not a guardianship body of the directory',
      );
    return partner.name;
  }

  update(actor: Actor, id: string, dto: UpdateNoticeDto): Promise<GuardianshipNotice> {
    return this.change(actor, id, dto.version, async (notice) => {
      if (notice.status !== NoticeStatus.ToSend)
        throw new DomainError(409, 'notice-sent', 'Отправленное уведомление не изменяется');
      const { version: _v, ...changes } = dto;
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined),
      );
      Object.assign(notice, defined);
      return { fields: Object.keys(defined) };
    });
  }

  send(actor: Actor, id: string, dto: SendNoticeDto): Promise<GuardianshipNotice> {
    dateNotInFuture(actor, 'sentOn', dto.sentOn);
    return this.move(actor, id, dto.version, 'send', '', (notice) => {
      if (dto.sentOn < notice.foundOn)
        throw fieldError(
          'sentOn',
          'Уведомление не может быть отправлено раньше, чем выявлена проблема',
          'sentOn must not precede foundOn',
        );
      Object.assign(notice, {
        sentOn: dto.sentOn,
        method: dto.method,
        outgoingNumber: dto.outgoingNumber ?? '',
      });
    });
  }

  answer(actor: Actor, id: string, dto: AnswerNoticeDto): Promise<GuardianshipNotice> {
    dateNotInFuture(actor, 'answeredOn', dto.answeredOn);
    return this.move(actor, id, dto.version, 'answer', '', (notice) => {
      if (notice.sentOn && dto.answeredOn < notice.sentOn)
        throw fieldError(
          'answeredOn',
          'Ответ не может прийти раньше отправки',
          'answeredOn must not precede sentOn',
        );
      Object.assign(notice, { answeredOn: dto.answeredOn, answerText: dto.answerText });
    });
  }

  cancel(actor: Actor, id: string, dto: CancelNoticeDto): Promise<GuardianshipNotice> {
    return this.move(actor, id, dto.version, 'cancel', dto.reason, (notice) => {
      notice.cancelReason = dto.reason;
    });
  }

  uploadScan(
    actor: Actor,
    id: string,
    kind: 'letter' | 'answer',
    version: number,
    file: Upload | undefined,
  ): Promise<GuardianshipNotice> {
    if (!file) throw fieldError('file', 'Выберите файл', 'file is required');
    if (!SCAN_TYPES.includes(file.mimetype))
      throw fieldError('file', 'Допустимы PDF, JPEG или PNG', 'unsupported file type');
    return this.change(actor, id, version, async (notice, manager) => {
      if (kind === 'answer' && notice.status !== NoticeStatus.Answered)
        throw new DomainError(409, 'invalid-transition', 'Сначала отметьте полученный ответ');
      const saved = await this.files.upload(
        actor,
        notice.graduateId,
        GraduateFileKind.NoticeScan,
        kind === 'letter' ? 'Уведомление в орган опеки' : 'Ответ органа опеки',
        file,
        manager,
      );
      if (kind === 'letter') notice.letterScanFileId = saved.id;
      else notice.answerScanFileId = saved.id;
      return { fields: [kind === 'letter' ? 'letterScanFileId' : 'answerScanFileId'] };
    });
  }

  private move(
    actor: Actor,
    id: string,
    version: number,
    action: NoticeAction,
    reason: string,
    apply: (notice: GuardianshipNotice) => void,
  ) {
    return this.change(actor, id, version, async (notice, manager) => {
      const from = notice.status;
      const to = transition(NOTICE_LIFECYCLE, action, from, NOTICE_STATUS_LABELS);
      apply(notice);
      notice.status = to;
      await recordTransition(manager, {
        entity: 'notice',
        entityId: id,
        userId: actor.userId,
        from,
        to,
        reason,
      });
      return { fields: ['status'] };
    });
  }

  private change(
    actor: Actor,
    id: string,
    version: number,
    apply: (notice: GuardianshipNotice, manager: EntityManager) => Promise<{ fields: string[] }>,
  ): Promise<GuardianshipNotice> {
    return this.dataSource.transaction(async (manager) => {
      await this.get(actor, id, manager);
      const notice = await manager.findOneOrFail(GuardianshipNotice, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (notice.version !== version) throw staleVersion();
      const { fields } = await apply(notice, manager);
      await manager.save(notice);
      await this.record(actor, manager, notice, AuditAction.Update, fields);
      return this.get(actor, id, manager);
    });
  }

  private record(
    actor: Actor,
    manager: EntityManager,
    n: GuardianshipNotice,
    action: AuditAction,
    fields: string[],
  ) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'notice',
        entityId: n.id,
        changedFields: fields,
        details: { graduateId: n.graduateId },
      },
      manager,
    );
  }
}

/** The list's states: "to send" is still in time, "overdue" past its due day (the institution's). */
function stateFilter(
  state: NoticeState | undefined,
  today: string,
): FindOptionsWhere<GuardianshipNotice> {
  switch (state) {
    case 'overdue':
      return { status: NoticeStatus.ToSend, dueOn: LessThan(today) };
    case 'to_send':
      return { status: NoticeStatus.ToSend, dueOn: MoreThanOrEqual(today) };
    case undefined:
      return {};
    default:
      return { status: state as NoticeStatus };
  }
}
