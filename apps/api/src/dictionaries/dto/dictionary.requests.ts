import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { trim, queryBoolean } from '../../common/validation/transforms';

export class CreateDictionaryEntryDto {
  @ApiProperty({
    example: 'document_recovery',
    description: 'Latin snake_case, unique within the list; cannot be changed later',
  })
  @IsString()
  @Length(2, 64)
  @Matches(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, { message: 'code must be latin snake_case' })
  code: string;

  @ApiProperty({ example: 'Помощь в восстановлении документов' })
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  name: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

export class UpdateDictionaryEntryDto {
  @ApiProperty({ description: 'The version the edit is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ example: 'Помощь в восстановлении документов' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  name?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

export class DictionaryVersionDto {
  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ListDictionaryQueryDto {
  @ApiPropertyOptional({
    description: 'Also list retired entries (for filters over history); default false',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeRetired?: boolean;
}
