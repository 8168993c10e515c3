import { ApiProperty } from '@nestjs/swagger';
import { ImportRowErrorDto } from '../common/xlsx/import.dto';

export class JournalImportReportDto {
  @ApiProperty({ description: 'Data rows read' }) rows: number;
  @ApiProperty({ description: 'True when every row is valid' }) valid: boolean;
  @ApiProperty({ description: 'Appeals in the file (created, when imported)' }) appeals: number;
  @ApiProperty({ description: 'Acts of help in the file (created, when imported)' })
  services: number;
  @ApiProperty({ description: 'True when the rows were written (not a dry run, every row valid)' })
  imported: boolean;
  @ApiProperty({ type: ImportRowErrorDto, isArray: true }) errors: ImportRowErrorDto[];
}
