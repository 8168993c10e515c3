import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../documents/documents.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { UsersModule } from '../users/users.module';
import { WorkPlanChangesService } from './work-plan-changes.service';
import { WorkPlanDocumentsService } from './work-plan-documents.service';
import { WorkPlanEditor } from './work-plan-editor.service';
import { WorkPlanItem } from './work-plan-item.entity';
import { WorkPlanItemsController } from './work-plan-items.controller';
import { WorkPlanItemsService } from './work-plan-items.service';
import { WorkPlanSection } from './work-plan-section.entity';
import { WorkPlan } from './work-plan.entity';
import { WorkPlansController } from './work-plans.controller';
import { WorkPlansService } from './work-plans.service';

/** The service's annual and monthly work plans (000 §8.2, 001 §8.1). */
@Module({
  imports: [
    TypeOrmModule.forFeature([WorkPlan, WorkPlanSection, WorkPlanItem]),
    UsersModule,
    InstitutionsModule,
    DocumentsModule,
  ],
  controllers: [WorkPlansController, WorkPlanItemsController],
  providers: [
    WorkPlansService,
    WorkPlanEditor,
    WorkPlanChangesService,
    WorkPlanItemsService,
    WorkPlanDocumentsService,
  ],
})
export class WorkPlansModule {}
