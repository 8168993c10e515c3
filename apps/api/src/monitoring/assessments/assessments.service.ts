import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { StaffRefDto } from '../../appeals/dto/refs.response';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { LIFE_DOMAINS } from '../../common/life-domains';
import { notFound, staleVersion } from '../../common/problem/domain-error';
import { Graduate } from '../../graduates/graduate.entity';
import { GraduatesService } from '../../graduates/graduates.service';
import { User } from '../../users/user.entity';
import { assertEveryDomainOnce, noticesCalledFor } from './assessment-rules';
import { Assessment } from './assessment.entity';
import {
  AssessmentDto,
  CorrectAssessmentDto,
  CreateAssessmentDto,
  DynamicsDto,
} from './assessment.dto';
import { dateNotInFuture } from '../monitoring-rules';

/** Scored assessments of the life domains: recorded, corrected as new revisions, compared over time. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  /** The current revision of every assessment, newest first. */
  async list(actor: Actor, graduateId: string): Promise<AssessmentDto[]> {
    const graduate = await this.graduates.getVisible(actor, graduateId);
    const rows = await this.dataSource.manager.find(Assessment, {
      where: { graduateId, current: true },
      order: { assessedOn: 'DESC', createdAt: 'DESC' },
    });
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'assessment',
      entityId: graduateId,
      details: { graduateId, list: true },
    });
    return this.toDtos(rows, graduate);
  }

  /** Every revision of one assessment, oldest first. */
  async revisions(
    actor: Actor,
    graduateId: string,
    assessmentId: string,
  ): Promise<AssessmentDto[]> {
    const graduate = await this.graduates.getVisible(actor, graduateId);
    const rows = await this.dataSource.manager.find(Assessment, {
      where: { graduateId, assessmentId },
      order: { revision: 'ASC' },
    });
    if (!rows.length) throw notFound('Оценка не найдена');
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'assessment',
      entityId: assessmentId,
      details: { graduateId },
    });
    return this.toDtos(rows, graduate);
  }

  create(actor: Actor, graduateId: string, dto: CreateAssessmentDto): Promise<AssessmentDto> {
    assertEveryDomainOnce(dto.scores);
    dateNotInFuture(actor, 'assessedOn', dto.assessedOn);
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      const id = randomUUID();
      const saved = await manager.save(
        manager.create(Assessment, {
          id,
          assessmentId: id,
          revision: 1,
          current: true,
          institutionId: graduate.institutionId,
          graduateId,
          assessedOn: dto.assessedOn,
          scores: scoresOf(dto),
          createdBy: actor.userId,
        }),
      );
      await this.record(actor, manager, saved, AuditAction.Create);
      return (await this.toDtos([saved], graduate, manager))[0];
    });
  }

  /** A correction is a new revision; the corrected one stays readable as it was. */
  correct(
    actor: Actor,
    graduateId: string,
    assessmentId: string,
    dto: CorrectAssessmentDto,
  ): Promise<AssessmentDto> {
    assertEveryDomainOnce(dto.scores);
    dateNotInFuture(actor, 'assessedOn', dto.assessedOn);
    return this.dataSource.transaction(async (manager) => {
      const graduate = await this.graduates.getVisible(actor, graduateId, manager);
      const currentRow = await manager.findOne(Assessment, {
        where: { graduateId, assessmentId, current: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!currentRow) throw notFound('Оценка не найдена');
      if (currentRow.revision !== dto.revision) throw staleVersion();
      await manager.update(Assessment, { id: currentRow.id }, { current: false });
      const saved = await manager.save(
        manager.create(Assessment, {
          assessmentId,
          revision: currentRow.revision + 1,
          current: true,
          institutionId: graduate.institutionId,
          graduateId,
          assessedOn: dto.assessedOn,
          scores: scoresOf(dto),
          correctionReason: dto.reason,
          createdBy: actor.userId,
        }),
      );
      await this.record(actor, manager, saved, AuditAction.Update);
      return (await this.toDtos([saved], graduate, manager))[0];
    });
  }

  /** Each domain's scores over the current assessments, with the change since the first and the previous. */
  async dynamics(actor: Actor, graduateId: string): Promise<DynamicsDto> {
    await this.graduates.getVisible(actor, graduateId);
    const rows = await this.dataSource.manager.find(Assessment, {
      where: { graduateId, current: true },
      order: { assessedOn: 'ASC', createdAt: 'ASC' },
    });
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'assessment',
      entityId: graduateId,
      details: { graduateId, dynamics: true },
    });
    return {
      series: LIFE_DOMAINS.map((domain) => {
        const points = rows.flatMap((a) => {
          const s = a.scores.find((x) => x.domain === domain);
          return s
            ? [{ assessmentId: a.assessmentId, assessedOn: a.assessedOn, score: s.score }]
            : [];
        });
        const last = points[points.length - 1];
        return {
          domain,
          points,
          changeSinceFirst: points.length > 1 ? last.score - points[0].score : null,
          changeSincePrevious:
            points.length > 1 ? last.score - points[points.length - 2].score : null,
        };
      }),
    };
  }

  private async toDtos(
    rows: Assessment[],
    graduate: Graduate,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AssessmentDto[]> {
    const ids = [...new Set(rows.map((r) => r.createdBy).filter((id): id is string => !!id))];
    const users = ids.length ? await manager.findBy(User, { id: In(ids) }) : [];
    const byId = new Map(users.map((u) => [u.id, StaffRefDto.from(u)]));
    return rows.map((r) =>
      AssessmentDto.from(
        r,
        r.createdBy ? (byId.get(r.createdBy) ?? null) : null,
        r.current ? noticesCalledFor(r.scores, graduate.birthDate, r.assessedOn) : [],
      ),
    );
  }

  private record(actor: Actor, manager: EntityManager, a: Assessment, action: AuditAction) {
    return this.audit.record(
      actor,
      {
        action,
        entity: 'assessment',
        entityId: a.assessmentId,
        changedFields: ['scores', 'assessedOn'],
        details: { graduateId: a.graduateId, revision: a.revision },
      },
      manager,
    );
  }
}

function scoresOf(dto: CreateAssessmentDto): Assessment['scores'] {
  return dto.scores.map((s) => ({
    domain: s.domain,
    score: s.score,
    note: s.note ?? '',
    facts: s.facts ?? '',
  }));
}
