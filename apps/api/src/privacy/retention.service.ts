import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { DomainError, notFound } from '../common/problem/domain-error';
import { Institution } from '../institutions/institution.entity';
import { User } from '../users/user.entity';
import { DestroyedSubject, DestructionAct } from './destruction-act.entity';
import { DESTROYED_CATEGORIES, DESTRUCTION_METHOD, destructionActPdf } from './destruction-act-pdf';
import { destroyPersonalData, fileNumberOf } from './destruction';
import { RetentionDueDto } from './privacy.dto';

/** Matches no row: the caller belongs to no institution. */
const NO_INSTITUTION = '00000000-0000-0000-0000-000000000000';

const REASON =
  'Истечение срока хранения персональных данных после окончания сопровождения ' +
  '(ч. 7 ст. 5, ч. 4 ст. 21 Федерального закона № 152-ФЗ «О персональных данных»)';

/**
 * Files past the institution's retention period: support ended (the file's status is
 * «ended», or the file was archived) more than `retentionYears` years ago, in the
 * institution's calendar. Files already destroyed are not listed again.
 */
const DUE_SQL = `
  SELECT id AS "graduateId", last_name AS "lastName", first_name AS "firstName",
         patronymic, ended::text AS "supportEndedOn",
         (ended + make_interval(years => $2))::date::text AS "keepUntil"
  FROM (
    SELECT g.*, COALESCE(CASE WHEN g.status = 'ended' THEN g.status_changed_on END,
                         (g.archived_at AT TIME ZONE $3)::date) AS ended
    FROM graduates g WHERE g.institution_id = $1
  ) g
  WHERE ended IS NOT NULL AND (ended + make_interval(years => $2))::date < $4::date
    AND NOT EXISTS (SELECT 1 FROM destruction_acts a
                    WHERE a.institution_id = $1
                      AND a.subjects @> jsonb_build_array(jsonb_build_object('graduateId', g.id::text)))
  ORDER BY ended, id`;

interface DueRow {
  graduateId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  supportEndedOn: string;
  keepUntil: string;
}

@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async institutionOf(actor: Actor, manager: EntityManager): Promise<Institution> {
    const found = actor.institutionId
      ? await manager.findOneBy(Institution, { id: actor.institutionId })
      : null;
    if (!found) throw notFound('Учреждение не найдено');
    return found;
  }

  private async dueRows(
    actor: Actor,
    institution: Institution,
    manager: EntityManager,
  ): Promise<DueRow[]> {
    return manager.query(DUE_SQL, [
      institution.id,
      institution.retentionYears,
      institution.timeZone,
      actor.today(),
    ]);
  }

  async overview(actor: Actor): Promise<{ retentionYears: number; due: RetentionDueDto[] }> {
    const manager = this.dataSource.manager;
    const institution = await this.institutionOf(actor, manager);
    const rows = await this.dueRows(actor, institution, manager);
    return {
      retentionYears: institution.retentionYears,
      due: rows.map((r) => ({
        graduateId: r.graduateId,
        fileNumber: fileNumberOf(r.graduateId),
        fullName: [r.lastName, r.firstName, r.patronymic].filter(Boolean).join(' '),
        supportEndedOn: r.supportEndedOn,
        keepUntil: r.keepUntil,
      })),
    };
  }

  /**
   * Destroys the selected files' personal data and draws up the act, all in one
   * transaction: either every file is destroyed and the act stored, or nothing changes.
   */
  async destroy(actor: Actor, graduateIds: string[]): Promise<DestructionAct> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await this.institutionOf(actor, manager);
      // Serialises acts of one institution: numbers stay gapless and files are not destroyed twice.
      await manager.query('SELECT id FROM institutions WHERE id = $1 FOR UPDATE', [institution.id]);
      const due = new Map(
        (await this.dueRows(actor, institution, manager)).map((r) => [r.graduateId, r]),
      );
      const notDue = graduateIds.filter((id) => !due.has(id));
      if (notDue.length)
        throw new DomainError(
          409,
          'not-due',
          'Срок хранения этих личных дел не истёк, или они уже уничтожены',
          { errors: { graduateIds: notDue.map((id) => `${id} is not past retention`) } },
        );
      const subjects: DestroyedSubject[] = graduateIds.map((id) => ({
        graduateId: id,
        fileNumber: fileNumberOf(id),
        supportEndedOn: due.get(id)?.supportEndedOn ?? null,
      }));
      await destroyPersonalData(manager, graduateIds);
      for (const s of subjects)
        await this.audit.record(
          actor,
          {
            action: AuditAction.Destroy,
            entity: 'graduate',
            entityId: s.graduateId,
            details: { fileNumber: s.fileNumber, reason: 'retention-expired' },
          },
          manager,
        );

      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      const actDate = actor.today();
      const year = actDate.slice(0, 4);
      const [{ count }] = (await manager.query(
        `SELECT count(*)::int AS count FROM destruction_acts
         WHERE institution_id = $1 AND number LIKE $2`,
        [institution.id, `${year}/%`],
      )) as { count: number }[];
      const number = `${year}/${count + 1}`;
      const extract = (await manager.query(
        `SELECT to_char(l.at AT TIME ZONE $2, 'DD.MM.YYYY HH24:MI:SS') AS at,
                COALESCE(u.full_name, '') AS who, l.entity_id::text AS "entityId"
         FROM audit_log l LEFT JOIN users u ON u.id = l.user_id
         WHERE l.action = $3 AND l.entity = 'graduate' AND l.entity_id = ANY($1)
         ORDER BY l.at`,
        [graduateIds, institution.timeZone, AuditAction.Destroy],
      )) as { at: string; who: string; entityId: string }[];
      const pdf = await destructionActPdf({
        number,
        actDate,
        institution: {
          fullName: institution.fullName || institution.name,
          address: institution.address,
        },
        destroyedBy: { fullName: user.fullName, position: user.position },
        subjects,
        categories: DESTROYED_CATEGORIES,
        method: DESTRUCTION_METHOD,
        reason: REASON,
        auditExtract: extract.map((e) => ({
          at: e.at,
          who: e.who,
          what: `Уничтожение персональных данных, дело № ${fileNumberOf(e.entityId)}`,
        })),
      });
      const act = await manager.save(
        manager.create(DestructionAct, {
          institutionId: institution.id,
          number,
          actDate,
          destroyedByName: user.fullName,
          subjects,
          reason: REASON,
          method: DESTRUCTION_METHOD,
          pdf,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'destruction_act',
          entityId: act.id,
          details: { number, subjects: subjects.length },
        },
        manager,
      );
      return act;
    });
  }

  async acts(actor: Actor): Promise<DestructionAct[]> {
    return this.dataSource.manager.find(DestructionAct, {
      where: { institutionId: actor.institutionId ?? NO_INSTITUTION },
      order: { createdAt: 'DESC' },
    });
  }

  async actPdf(actor: Actor, id: string): Promise<DestructionAct> {
    const act = await this.dataSource.manager.findOne(DestructionAct, {
      where: { id, institutionId: actor.institutionId ?? NO_INSTITUTION },
      select: { id: true, number: true, pdf: true },
    });
    if (!act) throw notFound('Акт не найден');
    await this.audit.record(actor, {
      action: AuditAction.Download,
      entity: 'destruction_act',
      entityId: id,
    });
    return act;
  }
}
