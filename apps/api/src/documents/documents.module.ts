import { Module } from '@nestjs/common';
import { DocumentsService } from './documents.service';

/** Renders printable documents (DOCX, PDF); no controllers and no database of its own. */
@Module({
  providers: [DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
