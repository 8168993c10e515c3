import { CURATOR_CONTACT_KINDS } from '@postcare/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { LifeDomain } from '../../common/life-domains';
import { trim } from '../../common/validation/transforms';
import { ContactKind, ContactOutcome } from '../../monitoring/contacts/case-contact.entity';
import { ActivityStatus } from '../../plans/plan-activity.entity';

/*
 * What a volunteer curator sees of a graduate: a deliberate, short list (name, age, how to
 * reach them, the activities given to the curator, the curator's own notes). Nothing of
 * consents, documents, health, assessments, notices or appeals.
 */

export class PortalAssignmentDto {
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Access ends that day',
  })
  endsOn: string | null;
  @ApiProperty({ example: 'Помощь в поиске работы' }) goal: string;
}

export class PortalGraduateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Иванова Мария Петровна' }) fullName: string;
  @ApiProperty({ example: 19 }) age: number;
  @ApiProperty({ type: [String], example: ['+7 914 000-00-00'] }) phones: string[];
  @ApiProperty({
    type: [String],
    example: ['t.me/maria'],
    description: 'Messengers, social networks',
  })
  messengers: string[];
  @ApiProperty({ type: () => PortalAssignmentDto }) assignment: PortalAssignmentDto;
  @ApiProperty({ example: 'Сидорова Елена Викторовна', nullable: true, type: String })
  specialist: string | null;
  @ApiProperty({ example: 2, description: 'The curator’s activities not yet done' })
  openActivities: number;
  @ApiProperty({ example: 1, description: 'Of them, overdue' }) overdueActivities: number;
}

export class PortalActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LifeDomain, enumName: 'LifeDomain' }) domain: LifeDomain;
  @ApiProperty({ example: 'Сходить вместе в МФЦ за паспортом' }) title: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: ActivityStatus, enumName: 'ActivityStatus' }) status: ActivityStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) doneOn: string | null;
  @ApiProperty() result: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ description: 'Send it back as `version` when marking the activity done' })
  planVersion: number;
}

export class PortalGraduateCardDto extends PortalGraduateDto {
  @ApiProperty({ type: [PortalActivityDto] }) activities: PortalActivityDto[];
}

export class PortalContactDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: ContactKind, enumName: 'ContactKind' }) kind: ContactKind;
  @ApiProperty({ enum: ContactOutcome, enumName: 'ContactOutcome' }) outcome: ContactOutcome;
  @ApiProperty() summary: string;
  @ApiProperty() nextSteps: string;
  @ApiProperty({ type: [String], format: 'uuid' }) activityIds: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreatePortalContactDto {
  @ApiProperty({ format: 'date-time', description: 'When it happened; not in the future' })
  @IsISO8601({ strict: true })
  occurredAt: string;

  @ApiProperty({ enum: CURATOR_CONTACT_KINDS, enumName: 'ContactKind' })
  @IsIn(CURATOR_CONTACT_KINDS)
  kind: ContactKind;

  @ApiPropertyOptional({ enum: ContactOutcome, enumName: 'ContactOutcome', default: 'held' })
  @IsOptional()
  @IsEnum(ContactOutcome)
  outcome?: ContactOutcome;

  @ApiProperty({ maxLength: 4000, example: 'Навестила дома, помогла составить резюме' })
  @Transform(trim)
  @IsString()
  @Length(1, 4000)
  summary: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 4000)
  nextSteps?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 10,
    description: 'The curator’s activities this contact served',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  activityIds?: string[];
}
