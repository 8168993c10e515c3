import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AidServiceChangesService } from '../../services/aid-service-changes.service';
import { AidService } from '../../services/aid-service.entity';
import { AppealChangesService } from '../appeal-changes.service';
import { Appeal, AppealStatus } from '../appeal.entity';
import { AppealsService } from '../appeals.service';
import { RegisterAppealWithHelpDto } from './appeal-registration.dto';

/**
 * An appeal answered while the graduate asked (a consultation on the phone, 001 §4.3): the
 * appeal is registered resolved, with the help's result as its outcome, and the help is
 * recorded against it — in one transaction, so the journal never shows a «new» appeal whose
 * help was already given, nor help without its appeal.
 */
@Injectable()
export class AppealRegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appeals: AppealChangesService,
    private readonly reads: AppealsService,
    private readonly services: AidServiceChangesService,
  ) {}

  registerWithHelp(
    actor: Actor,
    dto: RegisterAppealWithHelpDto,
  ): Promise<{ appeal: Appeal; service: AidService }> {
    return this.dataSource.transaction(async (manager) => {
      const { help, ...appealFields } = dto;
      const created = await this.appeals.create(
        actor,
        { ...appealFields, status: AppealStatus.Resolved, outcome: help.result },
        { within: manager },
      );
      const service = await this.services.create(
        actor,
        { ...help, graduateId: dto.graduateId, appealId: created.id },
        manager,
      );
      return { appeal: await this.reads.get(actor, created.id, manager), service };
    });
  }
}
