import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { AidServicesModule } from '../services/aid-services.module';
import { JournalImportController } from './journal-import.controller';
import { JournalImportService } from './journal-import.service';

@Module({
  imports: [AppealsModule, AidServicesModule, GraduatesModule],
  controllers: [JournalImportController],
  providers: [JournalImportService],
})
export class JournalImportModule {}
