import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensService } from './refresh-tokens.service';
import { SessionCache } from './session-cache';

/** Refresh-token storage, shared by login (auth) and account administration (users). */
@Module({
  imports: [TypeOrmModule.forFeature([RefreshToken])],
  providers: [RefreshTokensService, SessionCache],
  exports: [RefreshTokensService, SessionCache],
})
export class SessionsModule {}
