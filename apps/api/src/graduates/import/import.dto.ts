import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../../common/validation/transforms';

export class ImportRowErrorDto {
  @ApiProperty({ description: 'Row number in the sheet (the header is row 1)', example: 3 })
  row: number;
  @ApiProperty({ description: 'Column header', example: 'Дата рождения' }) column: string;
  @ApiProperty({ example: 'birthDate must be a valid ISO 8601 date string' }) message: string;
}

export class ImportReportDto {
  @ApiProperty({ description: 'Data rows read' }) rows: number;
  @ApiProperty({ description: 'True when every row is valid' }) valid: boolean;
  @ApiProperty({ description: 'Files created (0 on a dry run or when any row is invalid)' })
  imported: number;
  @ApiProperty({ type: ImportRowErrorDto, isArray: true }) errors: ImportRowErrorDto[];
}

export class ImportQueryDto {
  @ApiProperty({
    required: false,
    default: true,
    description: 'Only check the file; import nothing',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  dryRun?: boolean;
}

export class ImportUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'XLSX made from the template' })
  file: unknown;
}
