import {
  Body,
  Controller,
  Get,
  Param,
  ParseEnumPipe,
  ParseIntPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { AuditService } from '../../audit/audit.service';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { LifeDomain } from '../../common/life-domains';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  AssessmentDto,
  CorrectAssessmentDto,
  CreateAssessmentDto,
  DueAssessmentPageDto,
  DueAssessmentsQueryDto,
  DynamicsDto,
  GuidanceDto,
  UpdateGuidanceDto,
} from './assessment.dto';
import { AssessmentScheduleService } from './assessment-schedule.service';
import { AssessmentsService } from './assessments.service';
import { GuidanceService } from './guidance.service';

@ApiTags('monitoring')
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly schedule: AssessmentScheduleService,
    private readonly guidance: GuidanceService,
    private readonly audit: AuditService,
  ) {}

  @Get('graduates/:graduateId/assessments')
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({
    operationId: 'listAssessments',
    summary:
      'Assessments of the life domains (current revisions), newest first; the read is logged',
  })
  @ApiOkResponse({ type: AssessmentDto, isArray: true })
  @ApiProblems(404)
  list(@CurrentActor() actor: Actor, @Param('graduateId', idPipe) graduateId: string) {
    return this.assessments.list(actor, graduateId);
  }

  @Post('graduates/:graduateId/assessments')
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({
    operationId: 'createAssessment',
    summary: 'Record an assessment: a 1–4 score for every life domain',
    description:
      'The answer names the guardianship notices the scores call for (`suggestedNotices`).',
  })
  @ApiCreatedResponse({ type: AssessmentDto })
  @ApiProblems(400, 404)
  create(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Body() dto: CreateAssessmentDto,
  ) {
    return this.assessments.create(actor, graduateId, dto);
  }

  @Get('graduates/:graduateId/assessments/:assessmentId/revisions')
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({
    operationId: 'listAssessmentRevisions',
    summary: 'Every revision of one assessment, oldest first',
  })
  @ApiOkResponse({ type: AssessmentDto, isArray: true })
  @ApiProblems(404)
  revisions(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('assessmentId', idPipe) assessmentId: string,
  ) {
    return this.assessments.revisions(actor, graduateId, assessmentId);
  }

  @Post('graduates/:graduateId/assessments/:assessmentId/corrections')
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({
    operationId: 'correctAssessment',
    summary: 'Correct an assessment: a new revision; the corrected one stays as it was',
  })
  @ApiCreatedResponse({ type: AssessmentDto })
  @ApiProblems(400, 404, 409)
  correct(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('assessmentId', idPipe) assessmentId: string,
    @Body() dto: CorrectAssessmentDto,
  ) {
    return this.assessments.correct(actor, graduateId, assessmentId, dto);
  }

  @Get('graduates/:graduateId/dynamics')
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({
    operationId: 'getDynamics',
    summary:
      'Each life domain’s scores over time, with the change since the first and the previous',
  })
  @ApiOkResponse({ type: DynamicsDto })
  @ApiProblems(404)
  dynamics(@CurrentActor() actor: Actor, @Param('graduateId', idPipe) graduateId: string) {
    return this.assessments.dynamics(actor, graduateId);
  }

  @Get('assessments/due')
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({
    operationId: 'listDueAssessments',
    summary: 'Graduates under support due (within 14 days) or overdue for an assessment',
  })
  @ApiOkResponse({ type: DueAssessmentPageDto })
  @ApiProblems(400)
  async due(@CurrentActor() actor: Actor, @Query() query: DueAssessmentsQueryDto) {
    const page = await this.schedule.due(actor, query);
    // The rows are the graduates themselves: their ids are the ids of the list.
    await this.audit.recordCaseList(
      actor,
      'assessment_due',
      page.items.map((i) => ({ id: i.graduateId, graduateId: i.graduateId })),
    );
    return page;
  }

  @Get('assessment-guidance')
  @Authorized(Permission.DictionariesRead)
  @ApiOperation({
    operationId: 'listAssessmentGuidance',
    summary: 'What each score means in each life domain',
  })
  @ApiOkResponse({ type: GuidanceDto, isArray: true })
  async listGuidance(): Promise<GuidanceDto[]> {
    return (await this.guidance.list()).map((g) => ({
      domain: g.domain,
      score: g.score,
      text: g.text,
      version: g.version,
    }));
  }

  @Put('assessment-guidance/:domain/:score')
  @Authorized(Permission.DictionariesManage)
  @ApiParam({ name: 'domain', enum: LifeDomain, enumName: 'LifeDomain' })
  @ApiOperation({
    operationId: 'updateAssessmentGuidance',
    summary: 'Reword the meaning of a score (administrators)',
  })
  @ApiOkResponse({ type: GuidanceDto })
  @ApiProblems(400, 404, 409)
  async updateGuidance(
    @CurrentActor() actor: Actor,
    @Param('domain', new ParseEnumPipe(LifeDomain, { errorHttpStatusCode: 404 }))
    domain: LifeDomain,
    @Param('score', new ParseIntPipe({ errorHttpStatusCode: 404 })) score: number,
    @Body() dto: UpdateGuidanceDto,
  ): Promise<GuidanceDto> {
    const g = await this.guidance.update(actor, domain, score, dto);
    return { domain: g.domain, score: g.score, text: g.text, version: g.version };
  }
}
