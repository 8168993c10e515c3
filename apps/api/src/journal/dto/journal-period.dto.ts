import { ApiProperty } from '@nestjs/swagger';
import { IsDay } from '../../common/validation/is-day';

export class JournalPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'First day, included' })
  @IsDay()
  from: string;

  @ApiProperty({
    format: 'date',
    example: '2026-11-30',
    description: 'Last day, included; at most 366 days after `from`',
  })
  @IsDay()
  to: string;
}
