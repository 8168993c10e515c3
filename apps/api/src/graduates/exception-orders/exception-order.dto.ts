import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { GraduateRefDto } from '../../appeals/dto/refs.response';
import { IsDay } from '../../common/validation/is-day';
import { trim } from '../../common/validation/transforms';
import { ExceptionOrder, ExceptionOrderStatus, OrderedBy } from './exception-order.entity';

export class ExceptionOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: GraduateRefDto }) graduate: GraduateRefDto;
  @ApiProperty({ enum: OrderedBy, enumName: 'OrderedBy' }) orderedBy: OrderedBy;
  @ApiProperty({ example: 'Петрова Анна Алексеевна' }) orderedByName: string;
  @ApiProperty({ example: '15-од' }) number: string;
  @ApiProperty({ format: 'date' }) orderDate: string;
  @ApiProperty({ format: 'date' }) validFrom: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validTo: string | null;
  @ApiProperty() grounds: string;
  @ApiProperty({ enum: ExceptionOrderStatus, enumName: 'ExceptionOrderStatus' })
  status: ExceptionOrderStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty() decisionComment: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;

  /** Expects the graduate loaded. */
  static from(o: ExceptionOrder): ExceptionOrderDto {
    return {
      id: o.id,
      graduate: GraduateRefDto.from(o.graduate!),
      orderedBy: o.orderedBy,
      orderedByName: o.orderedByName,
      number: o.number,
      orderDate: o.orderDate,
      validFrom: o.validFrom,
      validTo: o.validTo,
      grounds: o.grounds,
      status: o.status,
      decidedAt: o.decidedAt ? o.decidedAt.toISOString() : null,
      decisionComment: o.decisionComment,
      createdAt: o.createdAt.toISOString(),
      version: o.version,
    };
  }
}

export class CreateExceptionOrderDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() graduateId: string;

  @ApiProperty({ enum: OrderedBy, enumName: 'OrderedBy' })
  @IsEnum(OrderedBy)
  orderedBy: OrderedBy;

  @ApiPropertyOptional({ example: 'Петрова Анна Алексеевна', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200)
  orderedByName?: string;

  @ApiProperty({ example: '15-од', maxLength: 50 })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  number: string;

  @ApiProperty({ format: 'date' }) @IsDay() orderDate: string;

  @ApiPropertyOptional({ format: 'date', description: 'Default: the order date' })
  @IsOptional()
  @IsDay()
  validFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Empty = until support ends' })
  @IsOptional()
  @IsDay()
  validTo?: string;

  @ApiPropertyOptional({ example: 'Потеря жилья, нуждается в помощи', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  grounds?: string;
}

export class DecideExceptionOrderDto {
  @ApiProperty() @IsInt() @Min(1) version: number;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required when rejecting' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  comment?: string;
}

export class ListExceptionOrdersQueryDto {
  @ApiPropertyOptional({ enum: ExceptionOrderStatus, enumName: 'ExceptionOrderStatus' })
  @IsOptional()
  @IsEnum(ExceptionOrderStatus)
  status?: ExceptionOrderStatus;
}
