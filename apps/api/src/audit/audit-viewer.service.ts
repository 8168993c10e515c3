import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stream } from 'exceljs';
import type { Writable } from 'node:stream';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import { Page, skipTake } from '../common/pagination/page';
import { safeText } from '../common/xlsx/safe-text';
import { User } from '../users/user.entity';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';
import { applyAuditFilters } from './audit-scope';
import { AuditEntryDto } from './dto/audit-entry.dto';
import { AuditFilterDto, AuditQueryDto } from './dto/audit-query.dto';

/** Rows the export reads at a time: memory stays flat whatever the period. */
const EXPORT_BATCH = 500;

interface Row {
  id: string;
  at: Date;
  /** The instant as PostgreSQL text: microseconds kept, for the export's keyset. */
  cursor: string;
  user_id: string | null;
  user_name: string | null;
  user_role: Role | null;
  action: string;
  entity: string;
  entity_id: string | null;
  changed_fields: string[];
  details: Record<string, unknown>;
}

/** Reading the access log: a page for the screen, or the whole selection as a spreadsheet. */
@Injectable()
export class AuditViewerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first. Reading the log is itself recorded (with the filters, which are ids). */
  async page(actor: Actor, query: AuditQueryDto): Promise<Page<AuditEntryDto>> {
    const { skip, take } = skipTake(query);
    const filtered = () => applyAuditFilters(this.base(), actor, query);
    const [total, rows] = await Promise.all([
      filtered().getCount(),
      this.selectRows(filtered()).offset(skip).limit(take).getRawMany<Row>(),
    ]);
    const items = rows.map(toDto);
    await this.audit.recordList(
      actor,
      'audit_log',
      items.map((i) => i.id),
      { filter: filterOf(query) },
    );
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  /**
   * Streams the selection to `out` as XLSX, reading by keyset (at, id) in batches, so
   * neither the rows nor the workbook are ever held whole in memory.
   */
  async export(actor: Actor, filter: AuditFilterDto, out: Writable): Promise<void> {
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'audit_log',
      details: { filter: filterOf(filter) },
    });
    const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Журнал аудита');
    sheet.columns = [
      { header: 'Время', key: 'at', width: 20 },
      { header: 'Пользователь', key: 'user', width: 32 },
      { header: 'Роль', key: 'role', width: 14 },
      { header: 'Действие', key: 'action', width: 16 },
      { header: 'Объект', key: 'entity', width: 20 },
      { header: 'Идентификатор объекта', key: 'entityId', width: 38 },
      { header: 'Изменённые поля', key: 'fields', width: 40 },
      { header: 'Личное дело', key: 'graduateId', width: 38 },
      { header: 'Записей в списке', key: 'count', width: 12 },
    ];
    let after: { cursor: string; id: string } | undefined;
    for (;;) {
      const query = this.selectRows(applyAuditFilters(this.base(), actor, filter));
      if (after) {
        query.andWhere('(a.at, a.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', {
          afterAt: after.cursor,
          afterId: after.id,
        });
      }
      const rows = await query.limit(EXPORT_BATCH).getRawMany<Row>();
      for (const row of rows) {
        const dto = toDto(row);
        sheet
          .addRow({
            at: localTime(row.at, actor.timeZone),
            user: safeText(dto.userName),
            role: dto.userRole,
            action: dto.action,
            entity: dto.entity,
            entityId: dto.entityId,
            fields: safeText(dto.changedFields.join(', ')),
            graduateId: dto.graduateId,
            count: dto.itemCount,
          })
          .commit();
      }
      if (rows.length < EXPORT_BATCH) break;
      const last = rows[rows.length - 1];
      after = { cursor: last.cursor, id: last.id };
    }
    sheet.commit();
    await workbook.commit();
  }

  private base(): SelectQueryBuilder<AuditEntry> {
    return this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
  }

  private selectRows(query: SelectQueryBuilder<AuditEntry>): SelectQueryBuilder<AuditEntry> {
    return query
      .leftJoin(User, 'u', 'u.id = a.user_id')
      .select([
        'a.id AS id',
        'a.at AS at',
        'CAST(a.at AS text) AS cursor',
        'a.user_id AS user_id',
        'u.full_name AS user_name',
        'u.role AS user_role',
        'a.action AS action',
        'a.entity AS entity',
        'a.entity_id AS entity_id',
        'a.changed_fields AS changed_fields',
        'a.details AS details',
      ])
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC');
  }
}

function toDto(row: Row): AuditEntryDto {
  const details = row.details ?? {};
  const ids = Array.isArray(details.ids) ? details.ids : null;
  const graduateId =
    typeof details.graduateId === 'string'
      ? details.graduateId
      : row.entity === 'graduate'
        ? row.entity_id
        : null;
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    userId: row.user_id,
    userName: row.user_name,
    userRole: row.user_role,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    changedFields: row.changed_fields ?? [],
    graduateId,
    itemCount: ids ? ids.length : typeof details.rows === 'number' ? details.rows : null,
  };
}

/** The filters as recorded with a read of the log: ids, names of actions and days only. */
function filterOf(filter: AuditFilterDto): Record<string, string> {
  const { graduateId, userId, action, entity, from, to } = filter;
  return Object.fromEntries(
    Object.entries({ graduateId, userId, action, entity, from, to }).filter(([, v]) => v),
  ) as Record<string, string>;
}

/** "2026-11-30 14:05:09" in the institution's time zone. */
function localTime(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(at));
}
