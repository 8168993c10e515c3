import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractsModule } from '../contracts/contracts.module';
import { DocumentsModule } from '../documents/documents.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { PartnersModule } from '../partners/partners.module';
import { UsersModule } from '../users/users.module';
import { PlanActivitiesController } from './plan-activities.controller';
import { PlanActivity } from './plan-activity.entity';
import { PlanChangesService } from './plan-changes.service';
import { PlanEditor } from './plan-editor.service';
import { ActivityChangesService } from './activity-changes.service';
import { PlanDocumentsService } from './plan-documents.service';
import { PlanRevision } from './plan-revision.entity';
import { SupportPlan } from './plan.entity';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SupportPlan, PlanActivity, PlanRevision]),
    ContractsModule,
    UsersModule,
    InstitutionsModule,
    DocumentsModule,
    PartnersModule,
  ],
  controllers: [PlansController, PlanActivitiesController],
  providers: [
    PlansService,
    PlanEditor,
    PlanChangesService,
    ActivityChangesService,
    PlanDocumentsService,
  ],
  exports: [ActivityChangesService],
})
export class PlansModule {}
