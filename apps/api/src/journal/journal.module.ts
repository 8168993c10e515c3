import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { AidServicesModule } from '../services/aid-services.module';
import { JournalController } from './journal.controller';
import { JournalService } from './journal.service';

@Module({
  imports: [AppealsModule, AidServicesModule],
  controllers: [JournalController],
  providers: [JournalService],
})
export class JournalModule {}
