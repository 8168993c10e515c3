import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { fieldError } from '../common/problem/domain-error';
import { referenceNotFound } from '../common/problem/reference';
import { GraduatesService } from '../graduates/graduates.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ConsultationDto, CreateConsultationDto } from './consultations.dto';
import { CuratorConsultation } from './curator-consultation.entity';
import { CuratorsService } from './curators.service';

/** Help the staff give curators in carrying out the plans (000 §7.1.9). */
@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly curators: CuratorsService,
    private readonly graduates: GraduatesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, curatorId: string): Promise<ConsultationDto[]> {
    await this.curators.get(actor, curatorId);
    const rows = await this.dataSource.manager.find(CuratorConsultation, {
      where: { curatorId },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
      take: 500,
    });
    const ids = [...new Set(rows.map((r) => r.staffUserId))];
    const staff = ids.length ? await this.dataSource.manager.findBy(User, { id: In(ids) }) : [];
    const names = new Map(staff.map((u) => [u.id, u.fullName]));
    return rows.map((r) => toDto(r, names.get(r.staffUserId) ?? ''));
  }

  async create(
    actor: Actor,
    curatorId: string,
    dto: CreateConsultationDto,
  ): Promise<ConsultationDto> {
    if (dto.heldOn > actor.today())
      throw fieldError(
        'heldOn',
        'Консультация не может быть в будущем',
        'heldOn must not be in the future',
      );
    const curator = await this.curators.get(actor, curatorId);
    const staff = await this.users.assertAssignable(
      actor,
      dto.staffUserId ?? actor.userId,
      'staffUserId',
    );
    if (dto.graduateId)
      await this.graduates.getVisible(actor, dto.graduateId).catch(() => {
        throw referenceNotFound('graduateId', 'Выпускник не найден');
      });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(CuratorConsultation, {
          institutionId: curator.institutionId,
          curatorId,
          heldOn: dto.heldOn,
          staffUserId: staff.id,
          topic: dto.topic,
          notes: dto.notes ?? '',
          graduateId: dto.graduateId ?? null,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'curator_consultation',
          entityId: saved.id,
          details: { curatorId },
        },
        manager,
      );
      return toDto(saved, staff.fullName);
    });
  }
}

function toDto(r: CuratorConsultation, staffName: string): ConsultationDto {
  return {
    id: r.id,
    heldOn: r.heldOn,
    staff: { id: r.staffUserId, fullName: staffName },
    topic: r.topic,
    notes: r.notes,
    graduateId: r.graduateId,
    createdAt: r.createdAt.toISOString(),
  };
}
