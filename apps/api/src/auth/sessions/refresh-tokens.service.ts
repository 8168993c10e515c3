import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { RefreshToken } from './refresh-token.entity';
import { SessionCache } from './session-cache';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A refresh token and the session (family) it belongs to. */
export interface IssuedToken {
  token: string;
  sessionId: string;
}

export type RotateResult =
  | ({ ok: true; userId: string } & IssuedToken)
  | { ok: false; reason: 'unknown' | 'expired' | 'reused' };

@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly cache: SessionCache,
  ) {}

  /** Starts a new family (a login) or continues one (a rotation); returns the opaque token. */
  async issue(
    userId: string,
    familyId: string = randomUUID(),
    manager?: EntityManager,
  ): Promise<IssuedToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await (manager ?? this.tokens.manager).insert(RefreshToken, {
      tokenHash: hash(token),
      userId,
      familyId,
      expiresAt,
    });
    return { token, sessionId: familyId };
  }

  /**
   * Exchanges a valid token for a new one of the same family. A token that was already
   * used means it leaked (or was stolen): the whole family is revoked. Except within
   * REFRESH_GRACE_SECONDS of its rotation: two tabs refreshing at the same moment both get
   * a valid token of the (still live) family.
   */
  async rotate(token: string): Promise<RotateResult> {
    let revokedFamily: string | null = null;
    const result = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(RefreshToken, {
        where: { tokenHash: hash(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) return { ok: false, reason: 'unknown' } as const;
      if (found.revokedAt) {
        if (found.revokedReason !== 'rotated') return { ok: false, reason: 'reused' } as const;
        if (await this.withinGrace(found, manager)) {
          const sibling = await this.issue(found.userId, found.familyId, manager);
          return { ok: true, userId: found.userId, ...sibling } as const;
        }
        await this.revokeFamily(found.familyId, 'reuse-detected', manager);
        revokedFamily = found.familyId;
        return { ok: false, reason: 'reused' } as const;
      }
      if (found.expiresAt <= new Date()) return { ok: false, reason: 'expired' } as const;
      await manager.update(
        RefreshToken,
        { id: found.id },
        { revokedAt: new Date(), revokedReason: 'rotated' },
      );
      const next = await this.issue(found.userId, found.familyId, manager);
      return { ok: true, userId: found.userId, ...next } as const;
    });
    // Again after the commit: a request checking the session meanwhile still saw it live.
    if (revokedFamily) this.cache.forgetSession(revokedFamily);
    return result;
  }

  private async withinGrace(used: RefreshToken, manager: EntityManager): Promise<boolean> {
    const graceMs = this.config.REFRESH_GRACE_SECONDS * 1000;
    if (!used.revokedAt || Date.now() - used.revokedAt.getTime() > graceMs) return false;
    // A family ended meanwhile (logout, password change) stays ended.
    return manager.exists(RefreshToken, {
      where: { familyId: used.familyId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
  }

  /** Whether the session has a usable refresh token: its access tokens live as long as it does. */
  isLive(userId: string, sessionId: string): Promise<boolean> {
    return this.tokens.exists({
      where: { familyId: sessionId, userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
  }

  /** Logout: ends one session of the user. */
  async revokeSession(userId: string, sessionId: string): Promise<void> {
    await this.tokens.update(
      { familyId: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: 'logout' },
    );
    this.cache.forgetSession(sessionId);
  }

  async revokeFamily(familyId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.tokens.manager).update(
      RefreshToken,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    this.cache.forgetSession(familyId);
  }

  /**
   * Ends every session of the account. Inside a transaction, call `forgetUser` again after
   * the commit (a request checking the session meanwhile still saw it live).
   */
  async revokeAllOfUser(userId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.tokens.manager).update(
      RefreshToken,
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    this.cache.forgetUser(userId);
  }

  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }
}
