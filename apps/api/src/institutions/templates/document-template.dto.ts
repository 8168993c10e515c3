import { ApiProperty } from '@nestjs/swagger';
import { CONTRACT_TEMPLATE_FIELDS } from '../../documents/contract-template';
import { DocumentTemplate } from './document-template.entity';

export class TemplateFieldDto {
  @ApiProperty({ example: 'graduateFullName' }) name: string;
  @ApiProperty({ example: 'ФИО выпускника' }) description: string;
}

export class UploadedTemplateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Договор ДД5.docx' }) fileName: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ type: [String], description: 'Fields the template uses' }) fields: string[];
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;

  static from(t: DocumentTemplate): UploadedTemplateDto {
    return {
      id: t.id,
      fileName: t.fileName,
      sizeBytes: t.sizeBytes,
      fields: t.fields,
      uploadedAt: t.createdAt.toISOString(),
    };
  }
}

/** Which contract layout is used, and the fields a custom DOCX template may name. */
export class ContractTemplateDto {
  @ApiProperty({
    type: UploadedTemplateDto,
    nullable: true,
    description: 'The institution’s own template; null = the built-in layout',
  })
  custom: UploadedTemplateDto | null;

  @ApiProperty({ type: TemplateFieldDto, isArray: true })
  availableFields: TemplateFieldDto[];

  static from(t: DocumentTemplate | null): ContractTemplateDto {
    return {
      custom: t ? UploadedTemplateDto.from(t) : null,
      availableFields: CONTRACT_TEMPLATE_FIELDS.map((f) => ({ ...f })),
    };
  }
}

export class UploadTemplateDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'DOCX up to 5 MB' })
  file: unknown;
}
