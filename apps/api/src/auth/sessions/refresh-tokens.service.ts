import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { RefreshToken } from './refresh-token.entity';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export type RotateResult =
  | { ok: true; userId: string; token: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused' };

@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Starts a new family (a login) or continues one (a rotation); returns the opaque token. */
  async issue(
    userId: string,
    familyId: string = randomUUID(),
    manager?: EntityManager,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await (manager ?? this.tokens.manager).insert(RefreshToken, {
      tokenHash: hash(token),
      userId,
      familyId,
      expiresAt,
    });
    return token;
  }

  /**
   * Exchanges a valid token for a new one of the same family. A token that was already
   * used means it leaked (or was stolen): the whole family is revoked.
   */
  rotate(token: string): Promise<RotateResult> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(RefreshToken, {
        where: { tokenHash: hash(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) return { ok: false, reason: 'unknown' } as const;
      if (found.revokedAt) {
        if (found.revokedReason === 'rotated')
          await this.revokeFamily(found.familyId, 'reuse-detected', manager);
        return { ok: false, reason: 'reused' } as const;
      }
      if (found.expiresAt <= new Date()) return { ok: false, reason: 'expired' } as const;
      await manager.update(
        RefreshToken,
        { id: found.id },
        { revokedAt: new Date(), revokedReason: 'rotated' },
      );
      const next = await this.issue(found.userId, found.familyId, manager);
      return { ok: true, userId: found.userId, token: next } as const;
    });
  }

  /** Logout: ends the family the given token belongs to, if it is the caller's. */
  async revokeByToken(userId: string, token: string): Promise<void> {
    const found = await this.tokens.findOne({ where: { tokenHash: hash(token), userId } });
    if (found) await this.revokeFamily(found.familyId, 'logout');
  }

  async revokeFamily(familyId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.tokens.manager).update(
      RefreshToken,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  async revokeAllOfUser(userId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.tokens.manager).update(
      RefreshToken,
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }
}
