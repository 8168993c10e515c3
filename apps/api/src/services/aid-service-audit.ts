import { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { AidService } from './aid-service.entity';

/** One access-log line for a service: ids only, never the content. */
export function recordService(
  audit: AuditService,
  actor: Actor,
  action: AuditAction,
  service: AidService,
  changedFields: string[],
  manager?: EntityManager,
): Promise<void> {
  return audit.record(
    actor,
    {
      action,
      entity: 'service',
      entityId: service.id,
      institutionId: service.institutionId,
      changedFields,
      details: { graduateId: service.graduateId, appealId: service.appealId },
    },
    manager,
  );
}
