import { Brackets, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { Permission } from '../common/auth/permissions';
import { addDays, startOfDay } from '../common/local-day';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilterDto } from './dto/audit-query.dto';

/**
 * Records an administrator changes across the deployment (accounts, institutions,
 * dictionaries, templates). Administrators see these entries of every institution and
 * nothing about personal files.
 */
export const ADMIN_ENTITIES = ['user', 'institution', 'dictionary_entry', 'document_template'];

/** Matches no row: for a caller who belongs to no institution. */
const NO_INSTITUTION = '00000000-0000-0000-0000-000000000000';

/**
 * The caller's part of the log and the filters, on a query over `audit_log a`. A head or
 * director sees their institution; an administrator sees administrative actions everywhere.
 */
export function applyAuditFilters(
  query: SelectQueryBuilder<AuditEntry>,
  actor: Actor,
  filter: AuditFilterDto,
): SelectQueryBuilder<AuditEntry> {
  if (actor.can(Permission.AuditAdmin)) {
    query.andWhere('a.entity IN (:...adminEntities)', { adminEntities: ADMIN_ENTITIES });
  } else {
    query.andWhere('a.institution_id = :institutionId', {
      institutionId: actor.institutionId ?? NO_INSTITUTION,
    });
  }
  if (filter.graduateId) {
    const g = filter.graduateId;
    // The file itself, records that name it (appeals, help, consents, scans), and lists
    // that returned it.
    query.andWhere(
      new Brackets((b) =>
        b
          .where('a.entity_id = :g')
          .orWhere('a.details @> CAST(:byGraduate AS jsonb)')
          .orWhere('a.details @> CAST(:inLists AS jsonb)')
          .orWhere("(a.entity = 'graduate' AND a.details @> CAST(:inGraduateLists AS jsonb))"),
      ),
      {
        g,
        byGraduate: JSON.stringify({ graduateId: g }),
        inLists: JSON.stringify({ graduateIds: [g] }),
        inGraduateLists: JSON.stringify({ ids: [g] }),
      },
    );
  }
  if (filter.userId) query.andWhere('a.user_id = :userId', { userId: filter.userId });
  if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
  if (filter.entity) query.andWhere('a.entity = :entity', { entity: filter.entity });
  if (filter.from) {
    query.andWhere('a.at >= :fromInstant', {
      fromInstant: startOfDay(filter.from, actor.timeZone),
    });
  }
  if (filter.to) {
    query.andWhere('a.at < :toInstant', {
      toInstant: startOfDay(addDays(filter.to, 1), actor.timeZone),
    });
  }
  return query;
}
