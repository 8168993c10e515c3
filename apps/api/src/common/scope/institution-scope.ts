import {
  And,
  EntityManager,
  Equal,
  FindOperator,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
} from 'typeorm';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { notFound, staleVersion } from '../problem/domain-error';

/** Matches no row: for a caller who belongs to no institution and may not see all of them. */
const NO_INSTITUTION = '00000000-0000-0000-0000-000000000000';

/**
 * The one place where "a user sees only their own institution" is enforced. Feature
 * services read and lock institution-owned rows only through this class, so no query
 * can forget the condition. Rows of another institution are reported as not found.
 */
export class InstitutionScoped<T extends ObjectLiteral> {
  constructor(
    readonly repository: Repository<T>,
    /** The 404 message, e.g. 'Договор не найден'. */
    private readonly notFoundMessage: string,
    /** The column holding the owning institution (`id` for the institutions table itself). */
    private readonly column: string = 'institutionId',
  ) {}

  /** The caller's filter merged with the institution condition. */
  where(actor: Actor, where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
    if (actor.can(Permission.ScopeAllInstitutions)) return where;
    const own = Equal(actor.institutionId ?? NO_INSTITUTION);
    // A condition the caller already put on the column (an id, a filter) must hold as well.
    const requested = (where as Record<string, unknown>)[this.column];
    const condition =
      requested === undefined
        ? own
        : And(requested instanceof FindOperator ? requested : Equal(requested), own);
    return { ...where, [this.column]: condition } as FindOptionsWhere<T>;
  }

  async get(actor: Actor, id: string, manager?: EntityManager): Promise<T> {
    const repo = manager ? manager.getRepository<T>(this.repository.target) : this.repository;
    const found = await repo.findOne({
      where: this.where(actor, { id } as unknown as FindOptionsWhere<T>),
    });
    if (!found) throw notFound(this.notFoundMessage);
    return found;
  }

  /**
   * Locks the row for the rest of the transaction and checks the version the client
   * edited; a stale version answers 409 instead of silently overwriting.
   */
  async lockForUpdate(
    actor: Actor,
    id: string,
    expectedVersion: number,
    manager: EntityManager,
  ): Promise<T> {
    const repo = manager.getRepository<T>(this.repository.target);
    const found = await repo.findOne({
      where: this.where(actor, { id } as unknown as FindOptionsWhere<T>),
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw notFound(this.notFoundMessage);
    if ((found as { version?: number }).version !== expectedVersion) throw staleVersion();
    return found;
  }
}
