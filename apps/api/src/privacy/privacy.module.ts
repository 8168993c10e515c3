import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraduatesModule } from '../graduates/graduates.module';
import { DestructionAct } from './destruction-act.entity';
import { RetentionController } from './retention.controller';
import { RetentionService } from './retention.service';
import { SubjectRequest } from './subject-request.entity';
import { SubjectRequestsController } from './subject-requests.controller';
import { SubjectRequestsService } from './subject-requests.service';
import { WithdrawalsService } from './withdrawals.service';

/** 152-FZ: data subjects' requests and exports, retention and destruction of personal data. */
@Module({
  imports: [TypeOrmModule.forFeature([SubjectRequest, DestructionAct]), GraduatesModule],
  controllers: [SubjectRequestsController, RetentionController],
  providers: [SubjectRequestsService, RetentionService, WithdrawalsService],
})
export class PrivacyModule {}
