import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DictionariesModule } from '../dictionaries/dictionaries.module';
import { DocumentsModule } from '../documents/documents.module';
import { GraduatesModule } from '../graduates/graduates.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { UsersModule } from '../users/users.module';
import { ContractChangesService } from './contract-changes.service';
import { ContractDocumentsService } from './contract-documents.service';
import { ContractNumber } from './contract-number.entity';
import { Contract } from './contract.entity';
import { ContractsController } from './contracts.controller';
import { ContractsService } from './contracts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Contract, ContractNumber]),
    GraduatesModule,
    DictionariesModule,
    UsersModule,
    InstitutionsModule,
    DocumentsModule,
  ],
  controllers: [ContractsController],
  providers: [ContractsService, ContractChangesService, ContractDocumentsService],
  exports: [ContractsService],
})
export class ContractsModule {}
