import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { Consent } from './consents/consent.entity';
import { ExceptionOrder } from './exception-orders/exception-order.entity';
import { ExceptionOrdersController } from './exception-orders/exception-orders.controller';
import { ExceptionOrdersService } from './exception-orders/exception-orders.service';
import { ConsentsController } from './consents/consents.controller';
import { ConsentsService } from './consents/consents.service';
import { GraduateFile } from './files/graduate-file.entity';
import { SituationRecord } from './situation/situation-record.entity';
import { SituationHistoryService } from './situation/situation-history.service';
import { SituationHistoryController } from './situation/situation-history.controller';
import { GraduateFilesController } from './files/graduate-files.controller';
import { GraduateFilesService } from './files/graduate-files.service';
import { Graduate } from './graduate.entity';
import { GraduatesController } from './graduates.controller';
import { GraduatesService } from './graduates.service';
import { GraduatesImportController } from './import/graduates-import.controller';
import { GraduatesImportService } from './import/graduates-import.service';
import { IdentityDocument } from './identity-documents/identity-document.entity';
import { IdentityDocumentsController } from './identity-documents/identity-documents.controller';
import { GraduateRecordsService } from './records/graduate-records.service';
import { Relative } from './relatives/relative.entity';
import { RelativesController } from './relatives/relatives.controller';
import { GraduateExtractController } from './extract/graduate-extract.controller';
import { GraduateExtractService } from './extract/graduate-extract.service';
import { GraduatesExportController } from './export/graduates-export.controller';
import { GraduatesExportService } from './export/graduates-export.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Graduate,
      Consent,
      GraduateFile,
      ExceptionOrder,
      SituationRecord,
      Relative,
      IdentityDocument,
    ]),
    UsersModule,
  ],
  controllers: [
    GraduatesImportController,
    GraduatesExportController,
    GraduatesController,
    ConsentsController,
    GraduateFilesController,
    ExceptionOrdersController,
    SituationHistoryController,
    RelativesController,
    IdentityDocumentsController,
    GraduateExtractController,
  ],
  providers: [
    GraduatesService,
    ConsentsService,
    GraduateFilesService,
    GraduatesImportService,
    ExceptionOrdersService,
    SituationHistoryService,
    GraduateRecordsService,
    GraduateExtractService,
    GraduatesExportService,
  ],
  exports: [GraduatesService, GraduateFilesService],
})
export class GraduatesModule {}
