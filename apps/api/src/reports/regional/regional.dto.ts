import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { NarrativeSectionDto, ReportFiguresDto } from '../dto/report.dto';
import { ReportKind, ReportStatus } from '../report.entity';

/*
 * What a regional user receives: institutions and figures, never a person. No names (of
 * graduates or staff), no birth dates, no ids of graduates.
 */

export class InstitutionRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'КГБУ Детский дом 5' }) name: string;
}

export class RegionalReportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: InstitutionRefDto }) institution: InstitutionRefDto;
  @ApiProperty({ enum: ReportKind, enumName: 'ReportKind' }) kind: ReportKind;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: ReportStatus, enumName: 'ReportStatus' }) status: ReportStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty() late: boolean;
}

export class RegionalReportDto extends RegionalReportSummaryDto {
  @ApiProperty({ type: ReportFiguresDto }) figures: ReportFiguresDto;
  @ApiProperty({ type: [NarrativeSectionDto] }) narrative: NarrativeSectionDto[];
}

export class RegionalCellDto {
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null when masked (1 or 2)' })
  value: number | null;
  @ApiProperty({ example: '<3', description: 'As shown: small counts (1–2) read «<3»' })
  display: string;
}

export class RegionalTotalDto {
  @ApiProperty({ example: 'services' }) key: string;
  @ApiProperty({ example: 'Оказано услуг' }) label: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Sum over the institutions that handed the report in; null when masked',
  })
  value: number | null;
  @ApiProperty({
    example: '≥5',
    description:
      'As shown: «<3» for a sum of 1–2; «≥N» when a cell is masked, so that the sum minus the other cells cannot reveal it',
  })
  display: string;
  @ApiProperty({ type: [RegionalCellDto] }) byInstitution: RegionalCellDto[];
}

export class RegionalRowDto {
  @ApiProperty({ example: 'Жилищные проблемы' }) label: string;
  @ApiProperty() value: number;
}

export class RegionalTableDto {
  @ApiProperty({ example: 'problemRanking' }) key: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'Упоминаний' }) valueLabel: string;
  @ApiProperty({ type: [RegionalRowDto], description: 'Summed by label, largest first' })
  rows: RegionalRowDto[];
}

export class RegionalSummaryDto {
  @ApiProperty({ enum: ReportKind, enumName: 'ReportKind' }) kind: ReportKind;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ type: [InstitutionRefDto], description: 'Institutions whose report is counted' })
  counted: InstitutionRefDto[];
  @ApiProperty({
    type: [InstitutionRefDto],
    description: 'Institutions with no submitted report yet',
  })
  missing: InstitutionRefDto[];
  @ApiProperty({ type: [RegionalTotalDto] }) totals: RegionalTotalDto[];
  @ApiProperty({ type: [RegionalTableDto] }) tables: RegionalTableDto[];
}

const DEPARTMENT = [ReportKind.DepartmentMonthly, ReportKind.HalfYear, ReportKind.Annual];

export class RegionalReportsQueryDto {
  @ApiPropertyOptional({ enum: DEPARTMENT, enumName: 'ReportKind' })
  @IsOptional()
  @IsIn(DEPARTMENT)
  kind?: ReportKind;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class RegionalSummaryQueryDto {
  @ApiProperty({ enum: DEPARTMENT, enumName: 'ReportKind' })
  @IsIn(DEPARTMENT)
  kind: ReportKind;

  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @ValidateIf((o: RegionalSummaryQueryDto) => o.kind === ReportKind.DepartmentMonthly)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 2 })
  @ValidateIf((o: RegionalSummaryQueryDto) => o.kind === ReportKind.HalfYear)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2)
  half?: number;
}

export class SetRegionalScopeDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 2000 })
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  institutionIds: string[];
}

export class RegionalScopeDto {
  @ApiProperty({ type: [InstitutionRefDto] }) institutions: InstitutionRefDto[];
}
