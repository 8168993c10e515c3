import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegionalController } from './regional/regional.controller';
import { RegionalScope } from './regional/regional-scope.entity';
import { RegionalService } from './regional/regional.service';
import { ReportCalendarService } from './report-calendar';
import { ReportCountsService } from './report-counts.service';
import { ReportFilesService } from './report-files.service';
import { Report, ReportVersion } from './report.entity';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Reporting (001 §8.3–8.4.2): the four reports, frozen on submission, and the regional view. */
@Module({
  imports: [TypeOrmModule.forFeature([Report, ReportVersion, RegionalScope]), NotificationsModule],
  controllers: [ReportsController, RegionalController],
  providers: [
    ReportsService,
    ReportFilesService,
    ReportCalendarService,
    ReportCountsService,
    RegionalService,
  ],
  exports: [ReportsService, ReportCountsService],
})
export class ReportsModule {}
