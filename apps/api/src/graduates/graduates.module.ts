import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { Consent } from './consents/consent.entity';
import { ConsentsController } from './consents/consents.controller';
import { ConsentsService } from './consents/consents.service';
import { GraduateFile } from './files/graduate-file.entity';
import { GraduateFilesController } from './files/graduate-files.controller';
import { GraduateFilesService } from './files/graduate-files.service';
import { Graduate } from './graduate.entity';
import { GraduatesController } from './graduates.controller';
import { GraduatesService } from './graduates.service';
import { GraduatesImportController } from './import/graduates-import.controller';
import { GraduatesImportService } from './import/graduates-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([Graduate, Consent, GraduateFile]), UsersModule],
  controllers: [
    GraduatesImportController,
    GraduatesController,
    ConsentsController,
    GraduateFilesController,
  ],
  providers: [GraduatesService, ConsentsService, GraduateFilesService, GraduatesImportService],
  exports: [GraduatesService],
})
export class GraduatesModule {}
