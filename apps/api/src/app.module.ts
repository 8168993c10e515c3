import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppealsModule } from './appeals/appeals.module';
import { AppealRegistrationModule } from './appeals/registration/appeal-registration.module';
import { AuditModule } from './audit/audit.module';
import { ContractsModule } from './contracts/contracts.module';
import { PlansModule } from './plans/plans.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { PartnersModule } from './partners/partners.module';
import { AuthModule } from './auth/auth.module';
import { ProblemFilter } from './common/problem/problem.filter';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DictionariesModule } from './dictionaries/dictionaries.module';
import { GraduatesModule } from './graduates/graduates.module';
import { HealthModule } from './health/health.module';
import { InstitutionsModule } from './institutions/institutions.module';
import { JournalModule } from './journal/journal.module';
import { JournalImportModule } from './journal-import/journal-import.module';
import { AidServicesModule } from './services/aid-services.module';
import { UsersModule } from './users/users.module';
import { EventsModule } from './events/events.module';
import { WorkPlansModule } from './work-plans/work-plans.module';
import { CuratorsModule } from './curators/curators.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MyWorkModule } from './my-work/my-work.module';
import { ReportsModule } from './reports/reports.module';
import { PrivacyModule } from './privacy/privacy.module';
import { IntegrationsModule } from './integrations/integrations.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Build the module graph without connecting (used to write the OpenAPI spec). */
  offline?: boolean;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, offline = false }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), manualInitialization: offline }),
        HealthModule,
        AuthModule,
        InstitutionsModule,
        UsersModule,
        AuditModule,
        GraduatesModule,
        DictionariesModule,
        AppealsModule,
        AidServicesModule,
        AppealRegistrationModule,
        JournalModule,
        JournalImportModule,
        ContractsModule,
        PlansModule,
        MonitoringModule,
        PartnersModule,
        EventsModule,
        WorkPlansModule,
        CuratorsModule,
        NotificationsModule,
        MyWorkModule,
        ReportsModule,
        PrivacyModule,
        IntegrationsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
