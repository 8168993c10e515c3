import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions/sessions.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { AccountsService } from './accounts.service';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), InstitutionsModule, SessionsModule],
  controllers: [UsersController],
  providers: [UsersService, AccountsService],
  exports: [AccountsService, UsersService],
})
export class UsersModule {}
