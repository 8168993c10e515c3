import { ApiProperty } from '@nestjs/swagger';
import { MyWorkCaseloadRowDto } from './caseload.response';
import { MyWorkCountDto } from './my-work-count.dto';

/** Whose work the counts cover: the caller's own (specialists) or the whole institution. */
export enum MyWorkScope {
  Own = 'own',
  Institution = 'institution',
}

export class MyWorkAppealsDto {
  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Open appeals (new, in progress) nobody is assigned to: the intake queue',
  })
  intakeQueue: MyWorkCountDto;

  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Open appeals assigned to the caller (scope own) or of the whole institution',
  })
  open: MyWorkCountDto;
}

export class MyWorkPlansDto {
  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Open plan activities past their due day (the caller’s own when scope is own)',
  })
  activitiesOverdue: MyWorkCountDto;

  @ApiProperty({ type: MyWorkCountDto, description: 'Open activities due today and in 6 days' })
  activitiesDueThisWeek: MyWorkCountDto;
}

export class MyWorkMonitoringDto {
  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Graduates under support due for an assessment within 14 days or overdue',
  })
  assessmentsDue: MyWorkCountDto;

  @ApiProperty({ type: MyWorkCountDto, description: 'Of those, past the due day' })
  assessmentsOverdue: MyWorkCountDto;

  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Notices to guardianship bodies still in time',
  })
  noticesToSend: MyWorkCountDto;

  @ApiProperty({ type: MyWorkCountDto, description: 'Notices not sent by their due day' })
  noticesOverdue: MyWorkCountDto;
}

export class MyWorkContractsDto {
  @ApiProperty({ type: MyWorkCountDto, description: 'Active contracts ending within 30 days' })
  expiring: MyWorkCountDto;

  @ApiProperty({ type: MyWorkCountDto, description: 'Active contracts without the signed scan' })
  missingScan: MyWorkCountDto;
}

export class MyWorkGraduatesDto {
  @ApiProperty({ type: MyWorkCountDto, description: 'Files of people turning 23 within 90 days' })
  turning23: MyWorkCountDto;
}

export class MyWorkConsentsDto {
  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Graduates under support who never gave a written consent to processing',
  })
  missing: MyWorkCountDto;

  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Graduates under support whose consent is withdrawn (and no current one)',
  })
  withdrawn: MyWorkCountDto;
}

export class MyWorkReportsDto {
  @ApiProperty({
    type: MyWorkCountDto,
    description: 'The caller’s reports whose period is over and that are not handed in',
  })
  reportsDue: MyWorkCountDto;

  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Submitted reports waiting for the caller to accept or return',
  })
  reportsToReview: MyWorkCountDto;
}

/** What waits for the head's decision; a count is null without the permission to decide it. */
export class MyWorkApprovalsDto {
  @ApiProperty({ type: MyWorkCountDto, nullable: true, description: 'Plans submitted' })
  plans: MyWorkCountDto | null;

  @ApiProperty({ type: MyWorkCountDto, nullable: true, description: 'Exception orders requested' })
  exceptionOrders: MyWorkCountDto | null;

  @ApiProperty({
    type: MyWorkCountDto,
    nullable: true,
    description: 'Curator candidates trained, awaiting approval',
  })
  curators: MyWorkCountDto | null;
}

/**
 * «Моя работа»: what waits for the caller today, each count with the list that shows it.
 * A section is null when the caller may not read its lists.
 */
export class MyWorkDto {
  @ApiProperty({ format: 'date', description: 'Today in the caller’s institution' })
  today: string;

  @ApiProperty({ enum: MyWorkScope, enumName: 'MyWorkScope' })
  scope: MyWorkScope;

  @ApiProperty({ type: MyWorkAppealsDto, nullable: true }) appeals: MyWorkAppealsDto | null;
  @ApiProperty({ type: MyWorkPlansDto, nullable: true }) plans: MyWorkPlansDto | null;

  @ApiProperty({ type: MyWorkMonitoringDto, nullable: true })
  monitoring: MyWorkMonitoringDto | null;

  @ApiProperty({ type: MyWorkContractsDto, nullable: true }) contracts: MyWorkContractsDto | null;
  @ApiProperty({ type: MyWorkGraduatesDto }) graduates: MyWorkGraduatesDto;
  @ApiProperty({ type: MyWorkConsentsDto }) consents: MyWorkConsentsDto;
  @ApiProperty({ type: MyWorkReportsDto, nullable: true }) reports: MyWorkReportsDto | null;

  @ApiProperty({
    type: MyWorkApprovalsDto,
    nullable: true,
    description: 'For those who approve plans, exception orders or curators',
  })
  approvals: MyWorkApprovalsDto | null;

  @ApiProperty({
    type: MyWorkCaseloadRowDto,
    isArray: true,
    nullable: true,
    description: 'Per active specialist of the institution (scope institution only)',
  })
  caseload: MyWorkCaseloadRowDto[] | null;
}
