import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { LIFE_DOMAINS, LifeDomain } from '../../common/life-domains';
import { notFound, staleVersion } from '../../common/problem/domain-error';
import { AssessmentGuidance } from './assessment-guidance.entity';
import { UpdateGuidanceDto } from './assessment.dto';

/** The meaning of each score in each life domain, shown while assessing. */
@Injectable()
export class GuidanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<AssessmentGuidance[]> {
    const rows = await this.dataSource.manager.find(AssessmentGuidance);
    const order = (g: AssessmentGuidance) => LIFE_DOMAINS.indexOf(g.domain) * 10 + g.score;
    return rows.sort((a, b) => order(a) - order(b));
  }

  update(
    actor: Actor,
    domain: LifeDomain,
    score: number,
    dto: UpdateGuidanceDto,
  ): Promise<AssessmentGuidance> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(AssessmentGuidance, {
        where: { domain, score },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound('Описание не найдено');
      if (row.version !== dto.version) throw staleVersion();
      row.text = dto.text;
      const saved = await manager.save(row);
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'assessment_guidance',
          changedFields: ['text'],
          details: { domain, score },
        },
        manager,
      );
      return saved;
    });
  }
}
