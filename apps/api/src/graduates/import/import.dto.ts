import { ApiProperty } from '@nestjs/swagger';
import { ImportRowErrorDto } from '../../common/xlsx/import.dto';

export class ImportReportDto {
  @ApiProperty({ description: 'Data rows read' }) rows: number;
  @ApiProperty({ description: 'True when every row is valid' }) valid: boolean;
  @ApiProperty({ description: 'Files created (0 on a dry run or when any row is invalid)' })
  imported: number;
  @ApiProperty({ type: ImportRowErrorDto, isArray: true }) errors: ImportRowErrorDto[];
}
