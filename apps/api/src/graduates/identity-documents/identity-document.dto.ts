import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { GraduateRecordDto } from '../records/graduate-record.dto';
import { IdentityDocument, IdentityDocumentKind } from './identity-document.entity';

export class IdentityDocumentDto extends GraduateRecordDto {
  @ApiProperty({ enum: IdentityDocumentKind, enumName: 'IdentityDocumentKind' })
  kind: IdentityDocumentKind;
  @ApiProperty({ maxLength: 200, description: 'What the document is, for the kind «other»' })
  title: string;
  @ApiProperty({ example: '0812', maxLength: 20 }) series: string;
  @ApiProperty({ example: '123456', maxLength: 30 }) number: string;
  @ApiProperty({ example: 'УМВД России по Хабаровскому краю', maxLength: 500 }) issuedBy: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) issuedOn: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) scanFileId: string | null;

  static from(d: IdentityDocument): IdentityDocumentDto {
    return {
      ...GraduateRecordDto.base(d),
      kind: d.kind,
      title: d.title,
      series: d.series,
      number: d.number,
      issuedBy: d.issuedBy,
      issuedOn: d.issuedOn,
      scanFileId: d.scanFileId,
    };
  }
}

export class IdentityDocumentFieldsDto {
  @ApiProperty({ enum: IdentityDocumentKind, enumName: 'IdentityDocumentKind' })
  @IsEnum(IdentityDocumentKind)
  kind: IdentityDocumentKind;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: '0812', maxLength: 20 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20)
  series?: string;

  @ApiProperty({ example: '123456', maxLength: 30 })
  @Transform(trim)
  @IsString()
  @Length(1, 30)
  number: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  issuedBy?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsDay()
  issuedOn?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A document scan (kind «document») of the same personal file',
  })
  @IsOptional()
  @IsUUID()
  scanFileId?: string | null;
}

export class CreateIdentityDocumentDto extends IdentityDocumentFieldsDto {}

export class UpdateIdentityDocumentDto extends PartialType(IdentityDocumentFieldsDto) {
  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;
}
