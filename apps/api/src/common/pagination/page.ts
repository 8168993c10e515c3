import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const MAX_PAGE = 1_000_000;

export class PageQueryDto {
  // Bounded so the row offset stays far inside PostgreSQL's bigint.
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Transform(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Transform(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function skipTake(query: PageQueryDto): { skip: number; take: number } {
  const pageSize = query.pageSize ?? 20;
  return { skip: ((query.page ?? 1) - 1) * pageSize, take: pageSize };
}

/** A named page schema per item type, so the spec and the generated client are explicit. */
export function PageDto<T>(item: Type<T>, name: string) {
  class PageOf {
    @ApiProperty({ type: item, isArray: true })
    items: T[];

    @ApiProperty({ example: 42 })
    total: number;

    @ApiProperty({ example: 1 })
    page: number;

    @ApiProperty({ example: 20 })
    pageSize: number;
  }
  Object.defineProperty(PageOf, 'name', { value: name });
  return PageOf;
}
