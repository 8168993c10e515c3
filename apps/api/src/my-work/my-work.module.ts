import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { ContractsModule } from '../contracts/contracts.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { ReportsModule } from '../reports/reports.module';
import { ApprovalCountsService } from './approval-counts.service';
import { CaseCountsService } from './case-counts.service';
import { CaseloadService } from './caseload.service';
import { MyWorkController } from './my-work.controller';
import { MyWorkService } from './my-work.service';

/** «Моя работа»: the home page of daily work, counts over the other modules' lists. */
@Module({
  imports: [AppealsModule, ContractsModule, GraduatesModule, MonitoringModule, ReportsModule],
  controllers: [MyWorkController],
  providers: [MyWorkService, CaseCountsService, ApprovalCountsService, CaseloadService],
})
export class MyWorkModule {}
