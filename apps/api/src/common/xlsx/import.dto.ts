import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { queryBoolean } from '../validation/transforms';

export class ImportRowErrorDto {
  @ApiProperty({ description: 'Row number in the sheet (the header is row 1)', example: 3 })
  row: number;
  @ApiProperty({ description: 'Column header', example: 'Дата рождения' }) column: string;
  @ApiProperty({ example: 'birthDate must be a valid ISO 8601 date string' }) message: string;
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
