import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionariesModule } from '../dictionaries/dictionaries.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { UsersModule } from '../users/users.module';
import { AppealChangesService } from './appeal-changes.service';
import { Appeal } from './appeal.entity';
import { AppealsController } from './appeals.controller';
import { AppealsService } from './appeals.service';

@Module({
  imports: [TypeOrmModule.forFeature([Appeal]), GraduatesModule, DictionariesModule, UsersModule],
  controllers: [AppealsController],
  providers: [AppealsService, AppealChangesService],
  exports: [AppealsService, AppealChangesService],
})
export class AppealsModule {}
