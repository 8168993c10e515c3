import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { GraduateFile, GraduateFileKind, RECORD_SCAN_KINDS } from './graduate-file.entity';
import { queryBoolean } from '../../common/validation/transforms';

export class GraduateFileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: GraduateFileKind, enumName: 'GraduateFileKind' }) kind: GraduateFileKind;
  @ApiProperty() title: string;
  @ApiProperty() fileName: string;
  @ApiProperty() mimeType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() archived: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;

  static from(f: GraduateFile): GraduateFileDto {
    return {
      id: f.id,
      kind: f.kind,
      title: f.title,
      fileName: f.fileName,
      mimeType: f.mimeType,
      sizeBytes: f.sizeBytes,
      archived: f.archivedAt !== null,
      createdAt: f.createdAt.toISOString(),
      version: f.version,
    };
  }
}

const UPLOADABLE_KINDS = Object.values(GraduateFileKind).filter(
  (k) => k === GraduateFileKind.ConsentScan || !RECORD_SCAN_KINDS.includes(k),
);

export class UploadGraduateFileDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF, JPEG, PNG or WebP up to 10 MB',
  })
  file: unknown;

  @ApiProperty({
    enum: GraduateFileKind,
    enumName: 'GraduateFileKind',
    description: 'Contract and notice scans are uploaded through their contract or notice',
  })
  @IsEnum(GraduateFileKind)
  @IsIn(UPLOADABLE_KINDS, {
    message: 'contract and notice scans are uploaded through their record',
  })
  kind: GraduateFileKind;

  @ApiPropertyOptional({ example: 'Паспорт, разворот с фото' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(0, 200)
  title?: string;
}

export class ArchiveFileDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class ListFilesQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  includeArchived?: boolean;
}
