import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { squeezeSpaces } from '../../common/validation/person-name';
import { trim } from '../../common/validation/transforms';
import { GraduateRecordDto } from '../records/graduate-record.dto';
import { Relative, RelativeKind } from './relative.entity';

export class RelativeDto extends GraduateRecordDto {
  @ApiProperty({ enum: RelativeKind, enumName: 'RelativeKind' }) kind: RelativeKind;
  @ApiProperty({ example: 'Смирнова Ольга Петровна', maxLength: 200 }) fullName: string;
  @ApiProperty({ type: [String], maxItems: 5 }) phones: string[];
  @ApiProperty({ maxLength: 200 }) email: string;
  @ApiProperty({ maxLength: 500 }) address: string;
  @ApiProperty({ description: 'Whether the graduate wants this person contacted' })
  contactWanted: boolean;
  @ApiProperty({ maxLength: 2000 }) note: string;

  static from(r: Relative): RelativeDto {
    return {
      ...GraduateRecordDto.base(r),
      kind: r.kind,
      fullName: r.fullName,
      phones: r.phones,
      email: r.email,
      address: r.address,
      contactWanted: r.contactWanted,
      note: r.note,
    };
  }
}

export class RelativeFieldsDto {
  @ApiProperty({ enum: RelativeKind, enumName: 'RelativeKind' })
  @IsEnum(RelativeKind)
  kind: RelativeKind;

  @ApiProperty({ example: 'Смирнова Ольга Петровна', maxLength: 200 })
  @Transform(squeezeSpaces)
  @IsString()
  @Length(1, 200)
  fullName: string;

  @ApiPropertyOptional({ type: [String], maxItems: 5, example: ['+7 914 123-45-67'] })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @Matches(/^[+\d][\d\s()-]{4,24}$/, {
    each: true,
    message: 'phone must contain digits, spaces, brackets or dashes',
  })
  phones?: string[];

  @ApiPropertyOptional({ example: 'olga@example.ru', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @MaxLength(200)
  @Matches(/^$|^[^@\s]+@[^@\s]+$/, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ description: 'Default: true' })
  @IsOptional()
  @IsBoolean()
  contactWanted?: boolean;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Who the person is to the graduate; why contact is not wanted',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CreateRelativeDto extends RelativeFieldsDto {}

export class UpdateRelativeDto extends PartialType(RelativeFieldsDto) {
  @ApiProperty({ description: 'The version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;
}
