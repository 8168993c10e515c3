import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../documents/documents.module';
import { Institution } from './institution.entity';
import { InstitutionsController } from './institutions.controller';
import { InstitutionsService } from './institutions.service';
import { DocumentTemplate } from './templates/document-template.entity';
import { DocumentTemplatesService } from './templates/document-templates.service';

@Module({
  imports: [TypeOrmModule.forFeature([Institution, DocumentTemplate]), DocumentsModule],
  controllers: [InstitutionsController],
  providers: [InstitutionsService, DocumentTemplatesService],
  exports: [InstitutionsService, DocumentTemplatesService],
})
export class InstitutionsModule {}
