import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppealsModule } from '../appeals/appeals.module';
import { DictionariesModule } from '../dictionaries/dictionaries.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { UsersModule } from '../users/users.module';
import { AidServiceChangesService } from './aid-service-changes.service';
import { AidService } from './aid-service.entity';
import { AidServicesController } from './aid-services.controller';
import { AidServicesService } from './aid-services.service';

/** «Services» in the sense of help given to a graduate (not Nest providers). */
@Module({
  imports: [
    TypeOrmModule.forFeature([AidService]),
    GraduatesModule,
    AppealsModule,
    DictionariesModule,
    UsersModule,
  ],
  controllers: [AidServicesController],
  providers: [AidServicesService, AidServiceChangesService],
  exports: [AidServicesService, AidServiceChangesService],
})
export class AidServicesModule {}
