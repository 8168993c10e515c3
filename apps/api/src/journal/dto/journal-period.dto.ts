import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Length } from 'class-validator';

export class JournalPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'First day, included' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  from: string;

  @ApiProperty({
    format: 'date',
    example: '2026-11-30',
    description: 'Last day, included; at most 366 days after `from`',
  })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  to: string;
}
