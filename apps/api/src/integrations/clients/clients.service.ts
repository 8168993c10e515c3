import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Permission, Role } from '../../common/auth/permissions';
import { DomainError, notFound } from '../../common/problem/domain-error';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { Institution } from '../../institutions/institution.entity';
import { User } from '../../users/user.entity';
import { ApiClient } from './api-client.entity';
import { ApiKey } from './api-key.entity';
import { newApiKey } from './api-keys';
import { CreateApiClientDto, CreateApiKeyDto } from './client.dto';

/** Technical accounts never log in: this is not an argon2 hash, so no password matches it. */
const NO_PASSWORD = '!api-client';

@Injectable()
export class ClientsService {
  private readonly scoped: InstitutionScoped<ApiClient>;

  constructor(
    @InjectRepository(ApiClient) clients: Repository<ApiClient>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.scoped = new InstitutionScoped(clients, 'API-клиент не найден');
  }

  list(actor: Actor): Promise<ApiClient[]> {
    return this.scoped.repository.find({
      where: this.scoped.where(actor),
      relations: { keys: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  async get(actor: Actor, id: string, manager?: EntityManager): Promise<ApiClient> {
    const client = await this.scoped.get(actor, id, manager);
    client.keys = await (manager ?? this.dataSource.manager).find(ApiKey, {
      where: { clientId: id },
    });
    return client;
  }

  async create(
    actor: Actor,
    dto: CreateApiClientDto,
  ): Promise<{ client: ApiClient; secret: string }> {
    const institutionId = await this.institutionFor(actor, dto.institutionId);
    this.checkGrant(actor, dto.permissions);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(
        manager.create(User, {
          login: `integration.${randomBytes(8).toString('hex')}`,
          passwordHash: NO_PASSWORD,
          fullName: `API: ${dto.name}`.slice(0, 200),
          role: Role.Integration,
          institutionId,
          createdBy: actor.userId,
        }),
      );
      const client = await manager.save(
        manager.create(ApiClient, {
          name: dto.name,
          institutionId,
          userId: user.id,
          permissions: [...new Set(dto.permissions)],
          allowedCidrs: dto.allowedCidrs ?? [],
          expiresAt: dto.expiresAt ? new Date(dto.expiresAt) : null,
          rateLimitPerMinute: dto.rateLimitPerMinute ?? 600,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        { action: AuditAction.Create, entity: 'api-client', entityId: client.id, institutionId },
        manager,
      );
      const { key, secret } = await this.issue(actor, client, {}, manager);
      client.keys = [key];
      return { client, secret };
    });
  }

  async addKey(
    actor: Actor,
    clientId: string,
    dto: CreateApiKeyDto,
  ): Promise<{ key: ApiKey; secret: string }> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.scoped.get(actor, clientId, manager);
      if (!client.active) throw archived();
      return this.issue(actor, client, dto, manager);
    });
  }

  async revokeKey(actor: Actor, clientId: string, keyId: string): Promise<ApiKey> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.scoped.get(actor, clientId, manager);
      const key = await manager.findOne(ApiKey, {
        where: { id: keyId, clientId: client.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!key) throw notFound('Ключ не найден');
      if (key.revokedAt) return key;
      key.revokedAt = new Date();
      await manager.update(
        ApiKey,
        { id: key.id, revokedAt: IsNull() },
        { revokedAt: key.revokedAt },
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'api-key',
          entityId: key.id,
          institutionId: client.institutionId,
          changedFields: ['revokedAt'],
        },
        manager,
      );
      return key;
    });
  }

  /** Archives the client: every key is refused from now on, the history stays. */
  async archive(actor: Actor, id: string, version: number): Promise<ApiClient> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.scoped.lockForUpdate(actor, id, version, manager);
      client.active = false;
      const saved = await manager.save(client);
      await manager.update(User, { id: client.userId }, { active: false });
      await this.audit.record(
        actor,
        {
          action: AuditAction.Archive,
          entity: 'api-client',
          entityId: id,
          institutionId: client.institutionId,
        },
        manager,
      );
      return this.get(actor, saved.id, manager);
    });
  }

  private async issue(
    actor: Actor,
    client: ApiClient,
    dto: CreateApiKeyDto,
    manager: EntityManager,
  ): Promise<{ key: ApiKey; secret: string }> {
    const { secret, prefix, hash } = newApiKey();
    const key = await manager.save(
      manager.create(ApiKey, {
        clientId: client.id,
        prefix,
        hash,
        expiresAt: dto.expiresAt ? new Date(dto.expiresAt) : null,
        createdBy: actor.userId,
      }),
    );
    await this.audit.record(
      actor,
      {
        action: AuditAction.Create,
        entity: 'api-key',
        entityId: key.id,
        institutionId: client.institutionId,
      },
      manager,
    );
    return { key, secret };
  }

  /** Heads create clients for their own institution; administrators name one. */
  private async institutionFor(actor: Actor, requested: string | undefined): Promise<string> {
    const institutionId = actor.can(Permission.ScopeAllInstitutions)
      ? requested
      : (actor.institutionId ?? undefined);
    if (!institutionId || (requested && requested !== institutionId)) {
      throw new DomainError(400, 'validation', 'Укажите учреждение API-клиента', {
        errors: { institutionId: ['an institution in the caller’s scope is required'] },
      });
    }
    const exists = await this.dataSource.manager.exists(Institution, {
      where: { id: institutionId },
    });
    if (!exists) {
      throw new DomainError(422, 'reference-not-found', 'Учреждение не найдено', {
        errors: { institutionId: ['no such institution'] },
      });
    }
    return institutionId;
  }

  /** A head cannot give a client more than they may do themselves. */
  private checkGrant(actor: Actor, permissions: readonly Permission[]): void {
    if (actor.can(Permission.ScopeAllInstitutions)) return;
    const beyond = permissions.filter((permission) => !actor.can(permission));
    if (beyond.length) {
      throw new DomainError(
        403,
        'forbidden',
        'Нельзя выдать API-клиенту права, которых нет у вас',
        {
          errors: { permissions: beyond.map((p) => `not yours to grant: ${p}`) },
        },
      );
    }
  }
}

const archived = () =>
  new DomainError(409, 'archived', 'API-клиент в архиве: новые ключи ему не выдаются');
