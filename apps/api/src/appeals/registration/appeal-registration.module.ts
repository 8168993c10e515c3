import { Module } from '@nestjs/common';
import { AidServicesModule } from '../../services/aid-services.module';
import { AppealsModule } from '../appeals.module';
import { AppealRegistrationController } from './appeal-registration.controller';
import { AppealRegistrationService } from './appeal-registration.service';

/** Apart from AppealsModule because it needs the services module, which needs appeals. */
@Module({
  imports: [AppealsModule, AidServicesModule],
  controllers: [AppealRegistrationController],
  providers: [AppealRegistrationService],
})
export class AppealRegistrationModule {}
