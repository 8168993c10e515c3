import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../documents/documents.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { UsersModule } from '../users/users.module';
import { PartnersModule } from '../partners/partners.module';
import { AssessmentGuidance } from './assessments/assessment-guidance.entity';
import { AssessmentScheduleService } from './assessments/assessment-schedule.service';
import { Assessment } from './assessments/assessment.entity';
import { AssessmentsController } from './assessments/assessments.controller';
import { AssessmentsService } from './assessments/assessments.service';
import { GuidanceService } from './assessments/guidance.service';
import { ChecklistController } from './checklist/checklist.controller';
import { ChecklistService } from './checklist/checklist.service';
import { IndependenceMilestone } from './checklist/milestone.entity';
import { CaseContact } from './contacts/case-contact.entity';
import { ContactsController } from './contacts/contacts.controller';
import { ContactsService } from './contacts/contacts.service';
import { NoticeDocumentsService } from './notices/notice-documents.service';
import { GuardianshipNotice } from './notices/notice.entity';
import { NoticesController } from './notices/notices.controller';
import { NoticesService } from './notices/notices.service';

/** The social map: assessments and dynamics, the case log, the checklist, guardianship notices. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Assessment,
      AssessmentGuidance,
      CaseContact,
      IndependenceMilestone,
      GuardianshipNotice,
    ]),
    GraduatesModule,
    UsersModule,
    InstitutionsModule,
    DocumentsModule,
    PartnersModule,
  ],
  controllers: [AssessmentsController, ContactsController, ChecklistController, NoticesController],
  providers: [
    AssessmentsService,
    AssessmentScheduleService,
    GuidanceService,
    ContactsService,
    ChecklistService,
    NoticesService,
    NoticeDocumentsService,
  ],
  exports: [AssessmentScheduleService, NoticesService],
})
export class MonitoringModule {}
