import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { StaffRefDto } from '../../appeals/dto/refs.response';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { trim } from '../../common/validation/transforms';
import { ReportKind, ReportStatus } from '../report.entity';

export class ReportTotalDto {
  @ApiProperty({ example: 'services' }) key: string;
  @ApiProperty({ example: 'Оказано услуг' }) label: string;
  @ApiProperty({ example: 42 }) value: number;
}

export class ReportChartDto {
  @ApiProperty({ description: 'Column of the bars’ labels' }) label: number;
  @ApiProperty({ description: 'Column of the bars’ values' }) value: number;
}

export class ReportTableDto {
  @ApiProperty({ example: 'problemRanking' }) key: string;
  @ApiProperty({ example: 'Рейтинг проблем, выявленных в обращениях' }) title: string;
  @ApiProperty({ type: [String] }) columns: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
  })
  rows: (string | number)[][];
  @ApiPropertyOptional({ type: () => ReportChartDto }) chart?: ReportChartDto;
}

export class ReportFiguresDto {
  @ApiProperty({ format: 'date-time', description: 'When the figures were computed' })
  computedAt: string;
  @ApiProperty({ type: [ReportTotalDto] }) totals: ReportTotalDto[];
  @ApiProperty({ type: [ReportTableDto] }) tables: ReportTableDto[];
}

export class NarrativeSectionDto {
  @ApiProperty({ example: 'analysis' }) key: string;
  @ApiProperty({ example: 'Анализ' }) title: string;
  @ApiProperty() text: string;
}

export class ReportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ReportKind, enumName: 'ReportKind' }) kind: ReportKind;
  @ApiProperty({ example: 'Ежемесячный отчёт отделения за ноябрь 2026 г.' }) title: string;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ type: StaffRefDto }) author: StaffRefDto;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: ReportStatus, enumName: 'ReportStatus' }) status: ReportStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ description: 'Submitted after its due day (or still not submitted after it)' })
  late: boolean;
  @ApiProperty() reviewComment: string;
  @ApiProperty({ description: 'Submissions so far' }) submissions: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class ReportPageDto extends PageDto(ReportSummaryDto, 'ReportPageDto') {}

export class ReportVersionSummaryDto {
  @ApiProperty() number: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: StaffRefDto, nullable: true }) submittedBy: StaffRefDto | null;
}

export class ReportDto extends ReportSummaryDto {
  @ApiProperty({ type: ReportFiguresDto, description: 'Live while a draft; frozen once submitted' })
  figures: ReportFiguresDto;
  @ApiProperty({ description: 'True when the figures are the frozen ones of the last submission' })
  frozen: boolean;
  @ApiProperty({ type: [NarrativeSectionDto] }) narrative: NarrativeSectionDto[];
  @ApiProperty({ type: StaffRefDto, nullable: true }) reviewedBy: StaffRefDto | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) reviewedAt: string | null;
  @ApiProperty({ type: [ReportVersionSummaryDto] }) versions: ReportVersionSummaryDto[];
}

export class ReportVersionDto extends ReportVersionSummaryDto {
  @ApiProperty({ type: ReportFiguresDto }) figures: ReportFiguresDto;
  @ApiProperty({ type: [NarrativeSectionDto] }) narrative: NarrativeSectionDto[];
}

export class ListReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ReportKind, enumName: 'ReportKind' })
  @IsOptional()
  @IsEnum(ReportKind)
  kind?: ReportKind;

  @ApiPropertyOptional({ enum: ReportStatus, enumName: 'ReportStatus' })
  @IsOptional()
  @IsEnum(ReportStatus)
  status?: ReportStatus;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() authorId?: string;
}

export class CreateReportDto {
  @ApiProperty({ enum: ReportKind, enumName: 'ReportKind' }) @IsEnum(ReportKind) kind: ReportKind;

  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, description: 'Monthly reports' })
  @ValidateIf(
    (o: CreateReportDto) =>
      o.kind === ReportKind.SpecialistMonthly || o.kind === ReportKind.DepartmentMonthly,
  )
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 2, description: 'Half-year reports: 1 or 2' })
  @ValidateIf((o: CreateReportDto) => o.kind === ReportKind.HalfYear)
  @IsInt()
  @Min(1)
  @Max(2)
  half?: number;
}

export class UpdateReportDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 20000 },
    description: 'Free-text sections by key (see the kind’s `narrative` keys)',
    example: { analysis: 'За полугодие …' },
  })
  @IsObject()
  narrative: Record<string, string>;
}

export class ReportVersionBodyDto {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class ReturnReportDto extends ReportVersionBodyDto {
  @ApiProperty({ maxLength: 2000, example: 'Дополните раздел о трудностях' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  comment: string;
}

export class ReportDocumentQueryDto {
  @ApiProperty({ enum: ['pdf', 'xlsx'] })
  @IsEnum({ pdf: 'pdf', xlsx: 'xlsx' })
  format: 'pdf' | 'xlsx';
}
