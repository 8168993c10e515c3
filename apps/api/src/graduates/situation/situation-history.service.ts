import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { User } from '../../users/user.entity';
import { Actor } from '../../common/auth/actor';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/problem/domain-error';
import { formatDay } from '../../common/russian-dates';
import type { Situation } from '../graduate.entity';
import { recordOn, SituationRecord } from './situation-record.entity';

/** The dated history of a graduate's situation; the graduate's `situation` is its newest state. */
@Injectable()
export class SituationHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Keeps a new state when the situation changed. `validFrom` may be in the past (a change
   * learnt late) but not before the newest state already recorded, nor in the future.
   */
  async record(
    manager: EntityManager,
    actor: Actor,
    graduateId: string,
    before: Situation | null,
    after: Situation,
    validFrom: string = actor.today(),
  ): Promise<void> {
    const changedParts = AuditService.changedFields(before ?? {}, after);
    if (before && !changedParts.length) return;
    if (validFrom > actor.today())
      throw situationDateError('Изменение не может действовать с будущей даты');
    const latest = await manager.findOne(SituationRecord, {
      where: { graduateId },
      order: { validFrom: 'DESC' },
    });
    if (latest && validFrom < latest.validFrom)
      throw situationDateError(
        `Уже записано состояние, действующее с ${formatDay(latest.validFrom)}: новое не может действовать раньше`,
      );
    await manager.insert(SituationRecord, {
      graduateId,
      validFrom,
      situation: after as object,
      changedParts,
      recordedBy: actor.userId,
    });
  }

  /** The situation valid on `day`; before the first record nothing is known. */
  async situationOn(
    graduate: { id: string; situation: Situation },
    day: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Situation> {
    const records = await manager.find(SituationRecord, { where: { graduateId: graduate.id } });
    if (!records.length) return graduate.situation;
    return recordOn(records, day)?.situation ?? {};
  }

  /** Newest first, with who recorded each state. */
  async history(graduateId: string): Promise<{ record: SituationRecord; author: User | null }[]> {
    const records = await this.dataSource.manager.find(SituationRecord, {
      where: { graduateId },
      order: { validFrom: 'DESC', recordedAt: 'DESC' },
    });
    const ids = [...new Set(records.map((r) => r.recordedBy).filter((id): id is string => !!id))];
    const users = ids.length ? await this.dataSource.manager.findBy(User, { id: In(ids) }) : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    return records.map((record) => ({
      record,
      author: record.recordedBy ? (byId.get(record.recordedBy) ?? null) : null,
    }));
  }
}

const situationDateError = (detail: string) =>
  new DomainError(400, 'validation', detail, {
    errors: { situationValidFrom: ['situationValidFrom is out of range'] },
  });
