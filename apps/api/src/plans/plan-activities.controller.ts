import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import {
  AddActivityDto,
  CancelActivityDto,
  CompleteActivityDto,
  ListActivitiesQueryDto,
  MoveActivityDto,
  UpdateActivityDto,
} from './dto/plan.requests';
import { ActivityPageDto, PlanDto } from './dto/plan.response';
import { ActivityChangesService } from './activity-changes.service';
import { toActivityWithPlan, toPlanDto } from './plan-mapper';
import { PlansService } from './plans.service';

/** Activities change through their plan: every change answers the whole plan, with its new version. */
@ApiTags('plans')
@Controller()
export class PlanActivitiesController {
  constructor(
    private readonly plans: PlansService,
    private readonly changes: ActivityChangesService,
    private readonly audit: AuditService,
  ) {}

  @Get('plan-activities')
  @Authorized(Permission.PlansRead)
  @ApiOperation({
    operationId: 'listPlanActivities',
    summary: 'Open activities of the plans the caller may see: overdue, due this week, or all',
  })
  @ApiOkResponse({ type: ActivityPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListActivitiesQueryDto,
  ): Promise<ActivityPageDto> {
    const page = await this.plans.activities(actor, query);
    const items = page.items.map((a) => toActivityWithPlan(a, actor.today()));
    await this.audit.recordCaseList(
      actor,
      'plan_activity',
      items.map((a) => ({ id: a.id, graduateId: a.graduate.id })),
    );
    return { ...page, items };
  }

  @Post('plans/:planId/activities')
  @Authorized(Permission.PlansWrite)
  @ApiOperation({ operationId: 'addPlanActivity', summary: 'Add an activity to a plan' })
  @ApiCreatedResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async add(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Body() dto: AddActivityDto,
  ): Promise<PlanDto> {
    await this.changes.addActivity(actor, planId, dto);
    return this.view(actor, planId);
  }

  @Patch('plans/:planId/activities/:activityId')
  @Authorized(Permission.PlansWrite)
  @ApiOperation({ operationId: 'updatePlanActivity', summary: 'Change an open activity' })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('activityId', idPipe) activityId: string,
    @Body() dto: UpdateActivityDto,
  ): Promise<PlanDto> {
    await this.changes.updateActivity(actor, planId, activityId, dto);
    return this.view(actor, planId);
  }

  @Post('plans/:planId/activities/:activityId/done')
  @HttpCode(200)
  @Authorized(Permission.PlansWrite)
  @ApiOperation({
    operationId: 'completePlanActivity',
    summary: 'Mark an activity done, with the date and the result',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async complete(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('activityId', idPipe) activityId: string,
    @Body() dto: CompleteActivityDto,
  ): Promise<PlanDto> {
    await this.changes.complete(actor, planId, activityId, dto);
    return this.view(actor, planId);
  }

  @Post('plans/:planId/activities/:activityId/move')
  @HttpCode(200)
  @Authorized(Permission.PlansWrite)
  @ApiOperation({
    operationId: 'movePlanActivity',
    summary: 'Move an activity to a new due date (the old one is kept)',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async move(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('activityId', idPipe) activityId: string,
    @Body() dto: MoveActivityDto,
  ): Promise<PlanDto> {
    await this.changes.move(actor, planId, activityId, dto);
    return this.view(actor, planId);
  }

  @Post('plans/:planId/activities/:activityId/cancel')
  @HttpCode(200)
  @Authorized(Permission.PlansWrite)
  @ApiOperation({
    operationId: 'cancelPlanActivity',
    summary: 'Cancel an activity, with the reason',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('activityId', idPipe) activityId: string,
    @Body() dto: CancelActivityDto,
  ): Promise<PlanDto> {
    await this.changes.cancel(actor, planId, activityId, dto);
    return this.view(actor, planId);
  }

  private async view(actor: Actor, id: string): Promise<PlanDto> {
    return toPlanDto(await this.plans.full(actor, id), actor.today());
  }
}
