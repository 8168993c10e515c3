import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { recordTransition, transition, TransitionTable } from '../../common/lifecycle/lifecycle';
import { DomainError, notFound, staleVersion } from '../../common/problem/domain-error';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { GraduatesService } from '../graduates.service';
import {
  CreateExceptionOrderDto,
  DecideExceptionOrderDto,
  ListExceptionOrdersQueryDto,
} from './exception-order.dto';
import {
  EXCEPTION_ORDER_STATUS_LABELS,
  ExceptionOrder,
  ExceptionOrderStatus as S,
} from './exception-order.entity';
import { referenced } from '../../common/problem/reference';

type Decision = 'confirm' | 'reject';

const LIFECYCLE: TransitionTable<S, Decision> = {
  confirm: { from: [S.Requested], to: S.Confirmed },
  reject: { from: [S.Requested], to: S.Rejected },
};

/**
 * Orders to support someone outside the age rules (001 §4.1.3). A specialist may request
 * one; it counts only once the head (or an administrator acting for the head) confirms it.
 * An order the head enters is confirmed at once.
 */
@Injectable()
export class ExceptionOrdersService {
  private readonly scoped: InstitutionScoped<ExceptionOrder>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(
      dataSource.getRepository(ExceptionOrder),
      'Распоряжение не найдено',
    );
  }

  async ofGraduate(actor: Actor, graduateId: string): Promise<ExceptionOrder[]> {
    await this.graduates.getVisible(actor, graduateId);
    return this.dataSource.manager.find(ExceptionOrder, {
      where: { graduateId },
      relations: { graduate: true },
      order: { orderDate: 'DESC', createdAt: 'DESC' },
    });
  }

  /** For heads' approvals: the orders of the own institution (all institutions for administrators). */
  list(actor: Actor, query: ListExceptionOrdersQueryDto): Promise<ExceptionOrder[]> {
    return this.dataSource.manager.find(ExceptionOrder, {
      where: this.scoped.where(actor, query.status ? { status: query.status } : {}),
      relations: { graduate: true },
      order: { createdAt: 'ASC' },
      take: 500,
    });
  }

  async create(actor: Actor, dto: CreateExceptionOrderDto): Promise<ExceptionOrder> {
    const validFrom = dto.validFrom ?? dto.orderDate;
    if (dto.validTo && dto.validTo < validFrom) {
      throw new DomainError(
        400,
        'validation',
        'Срок действия заканчивается раньше, чем начинается',
        {
          errors: { validTo: ['validTo must not precede validFrom'] },
        },
      );
    }
    const confirmedAtOnce = actor.can(Permission.ExceptionOrdersConfirm);
    return this.dataSource.transaction(async (manager) => {
      const graduate = await referenced(
        'graduateId',
        this.graduates.getVisible(actor, dto.graduateId, manager),
      );
      const order = await manager.save(
        manager.create(ExceptionOrder, {
          institutionId: graduate.institutionId,
          graduateId: graduate.id,
          orderedBy: dto.orderedBy,
          orderedByName: dto.orderedByName ?? '',
          number: dto.number,
          orderDate: dto.orderDate,
          validFrom,
          validTo: dto.validTo ?? null,
          grounds: dto.grounds ?? '',
          status: confirmedAtOnce ? S.Confirmed : S.Requested,
          decidedBy: confirmedAtOnce ? actor.userId : null,
          decidedAt: confirmedAtOnce ? new Date() : null,
          createdBy: actor.userId,
        }),
      );
      await recordTransition(manager, {
        entity: 'exception_order',
        entityId: order.id,
        userId: actor.userId,
        from: null,
        to: order.status,
      });
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'exception_order',
          entityId: order.id,
          details: { graduateId: graduate.id },
        },
        manager,
      );
      order.graduate = graduate;
      return order;
    });
  }

  decide(
    actor: Actor,
    id: string,
    decision: Decision,
    dto: DecideExceptionOrderDto,
  ): Promise<ExceptionOrder> {
    if (decision === 'reject' && !dto.comment) {
      throw new DomainError(400, 'validation', 'Укажите причину отказа', {
        errors: { comment: ['comment is required when rejecting'] },
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(ExceptionOrder, {
        where: this.scoped.where(actor, { id }),
        lock: { mode: 'pessimistic_write' },
      });
      if (!order) throw notFound('Распоряжение не найдено');
      if (order.version !== dto.version) throw staleVersion();
      const from = order.status;
      order.status = transition(LIFECYCLE, decision, from, EXCEPTION_ORDER_STATUS_LABELS);
      order.decidedBy = actor.userId;
      order.decidedAt = new Date();
      order.decisionComment = dto.comment ?? '';
      const saved = await manager.save(order);
      await recordTransition(manager, {
        entity: 'exception_order',
        entityId: id,
        userId: actor.userId,
        from,
        to: order.status,
        reason: order.decisionComment,
      });
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'exception_order',
          entityId: id,
          institutionId: order.institutionId,
          changedFields: ['status'],
          details: { graduateId: order.graduateId },
        },
        manager,
      );
      return manager.findOneOrFail(ExceptionOrder, {
        where: { id: saved.id },
        relations: { graduate: true },
      });
    });
  }
}
