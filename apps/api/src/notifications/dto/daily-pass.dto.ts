import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class RunDailyPassDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this institution; all active ones when absent',
  })
  @IsOptional()
  @IsUUID()
  institutionId?: string;
}

export class DailyPassResultDto {
  @ApiProperty({ description: 'Institutions passed' }) institutions: number;
  @ApiProperty({ description: 'Institutions whose pass failed (logged; the next run retries)' })
  failed: number;
  @ApiProperty({ description: 'New notifications about overdue plan activities' })
  overdueActivities: number;
  @ApiProperty({ description: 'New notifications about guardianship notices not sent in time' })
  overdueNotices: number;
  @ApiProperty({ description: 'Digest e-mails queued (0 when SMTP_URL is not set)' })
  emailsQueued: number;
  @ApiProperty({ description: 'Queued e-mails delivered by this run, earlier ones included' })
  emailsSent: number;
}
