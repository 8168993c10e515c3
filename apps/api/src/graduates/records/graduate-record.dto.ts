import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import { queryBoolean } from '../../common/validation/transforms';
import { GraduateRecord } from './graduate-record.entity';

/** What every row of a personal file part shows besides its own fields. */
export class GraduateRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) graduateId: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;

  static base(r: GraduateRecord): GraduateRecordDto {
    return {
      id: r.id,
      graduateId: r.graduateId,
      archivedAt: r.archivedAt ? r.archivedAt.toISOString() : null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    };
  }
}

export class ListGraduateRecordsQueryDto {
  @ApiPropertyOptional({ description: 'Include archived rows' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeArchived?: boolean;
}

export class ArchiveGraduateRecordDto {
  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;
}
