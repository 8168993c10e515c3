import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions/sessions.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { PlansModule } from '../plans/plans.module';
import { UsersModule } from '../users/users.module';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsService } from './assignments/assignments.service';
import { CuratorAssignment } from './assignments/curator-assignment.entity';
import { ConsultationsService } from './consultations.service';
import { CuratorConsultation } from './curator-consultation.entity';
import { Curator } from './curator.entity';
import { CuratorsController } from './curators.controller';
import { CuratorsService } from './curators.service';
import { PortalController } from './portal/portal.controller';
import { PortalService } from './portal/portal.service';
import { TrainingController } from './training/training.controller';
import { TrainingService } from './training/training.service';
import {
  CuratorTrainingAttendance,
  CuratorTrainingSession,
} from './training/training-session.entity';

/** Volunteer curators: candidates, training, approval, assignments, and their own portal. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Curator,
      CuratorTrainingSession,
      CuratorTrainingAttendance,
      CuratorAssignment,
      CuratorConsultation,
    ]),
    GraduatesModule,
    UsersModule,
    SessionsModule,
    PlansModule,
  ],
  controllers: [CuratorsController, TrainingController, AssignmentsController, PortalController],
  providers: [
    CuratorsService,
    TrainingService,
    AssignmentsService,
    ConsultationsService,
    PortalService,
  ],
})
export class CuratorsModule {}
