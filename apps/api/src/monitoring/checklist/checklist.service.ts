import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { DomainError, staleVersion } from '../../common/problem/domain-error';
import { Graduate, Sex } from '../../graduates/graduate.entity';
import { GraduatesService } from '../../graduates/graduates.service';
import { dateNotInFuture } from '../monitoring-rules';
import { MilestoneDto, SetMilestoneDto } from './checklist.dto';
import {
  IndependenceMilestone,
  Milestone,
  MILESTONE_LABELS,
  MilestoneStatus,
} from './milestone.entity';

/** Military registration concerns men only. */
const milestonesOf = (g: Pick<Graduate, 'sex'>) =>
  Object.values(Milestone).filter(
    (m) => m !== Milestone.MilitaryRegistration || g.sex === Sex.Male,
  );

/** The independence checklist: every milestone, set or not yet. */
@Injectable()
export class ChecklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, graduateId: string): Promise<MilestoneDto[]> {
    const graduate = await this.graduates.getVisible(actor, graduateId);
    const rows = await this.dataSource.manager.findBy(IndependenceMilestone, { graduateId });
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'checklist',
      entityId: graduateId,
      details: { graduateId },
    });
    const byMilestone = new Map(rows.map((r) => [r.milestone, r]));
    return milestonesOf(graduate).map((m) => toDto(m, byMilestone.get(m)));
  }

  set(
    actor: Actor,
    graduateId: string,
    milestone: Milestone,
    dto: SetMilestoneDto,
  ): Promise<MilestoneDto> {
    if (dto.on) dateNotInFuture(actor, 'on', dto.on);
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      if (!milestonesOf(graduate).includes(milestone))
        throw new DomainError(400, 'validation', 'Этот пункт не относится к выпускнице', {
          errors: { milestone: ['not applicable'] },
        });
      const row = await manager.findOne(IndependenceMilestone, {
        where: { graduateId, milestone },
        lock: { mode: 'pessimistic_write' },
      });
      if ((row?.version ?? null) !== (dto.version ?? null)) throw staleVersion();
      const fields = {
        status: dto.status,
        // An explicit null clears a wrongly entered date; no date given keeps the old one.
        onDate:
          dto.on !== undefined
            ? dto.on
            : dto.status === MilestoneStatus.NotStarted
              ? null
              : (row?.onDate ?? null),
        note: dto.note ?? row?.note ?? '',
      };
      const saved = await manager.save(
        row
          ? Object.assign(row, fields)
          : manager.create(IndependenceMilestone, {
              ...fields,
              institutionId: graduate.institutionId,
              graduateId,
              milestone,
              createdBy: actor.userId,
            }),
      );
      await this.audit.record(
        actor,
        {
          action: row ? AuditAction.Update : AuditAction.Create,
          entity: 'checklist',
          entityId: graduateId,
          changedFields: ['status'],
          details: { graduateId, milestone },
        },
        manager,
      );
      return toDto(milestone, saved);
    });
  }
}

function toDto(milestone: Milestone, row?: IndependenceMilestone): MilestoneDto {
  return {
    milestone,
    label: MILESTONE_LABELS[milestone],
    status: row?.status ?? MilestoneStatus.NotStarted,
    on: row?.onDate ?? null,
    note: row?.note ?? '',
    version: row?.version ?? null,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}
