import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import {
  AddItemDto,
  AddSectionDto,
  MarkItemDto,
  MoveItemDto,
  UpdateItemDto,
  UpdateSectionDto,
  WorkPlanVersionQueryDto,
} from './dto/work-plan.requests';
import { WorkPlanDto } from './dto/work-plan.response';
import { WorkPlanItemsService } from './work-plan-items.service';
import { toWorkPlanDto } from './work-plan-mapper';
import { WorkPlansService } from './work-plans.service';

/** Sections and items change through their plan: every change answers the whole plan. */
@ApiTags('work-plans')
@Controller('work-plans/:planId')
export class WorkPlanItemsController {
  constructor(
    private readonly plans: WorkPlansService,
    private readonly items: WorkPlanItemsService,
  ) {}

  @Post('sections')
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({ operationId: 'addWorkPlanSection', summary: 'Add a section at the end' })
  @ApiCreatedResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async addSection(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Body() dto: AddSectionDto,
  ): Promise<WorkPlanDto> {
    await this.items.addSection(actor, planId, dto);
    return this.view(actor, planId);
  }

  @Patch('sections/:sectionId')
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({ operationId: 'updateWorkPlanSection', summary: 'Rename a section' })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async updateSection(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('sectionId', idPipe) sectionId: string,
    @Body() dto: UpdateSectionDto,
  ): Promise<WorkPlanDto> {
    await this.items.updateSection(actor, planId, sectionId, dto);
    return this.view(actor, planId);
  }

  @Post('items')
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({
    operationId: 'addWorkPlanItem',
    summary: 'Add an item: what, when (a month or a day), who, the expected result',
  })
  @ApiCreatedResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async addItem(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Body() dto: AddItemDto,
  ): Promise<WorkPlanDto> {
    await this.items.addItem(actor, planId, dto);
    return this.view(actor, planId);
  }

  @Patch('items/:itemId')
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({ operationId: 'updateWorkPlanItem', summary: 'Change an item of a draft' })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async updateItem(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('itemId', idPipe) itemId: string,
    @Body() dto: UpdateItemDto,
  ): Promise<WorkPlanDto> {
    await this.items.updateItem(actor, planId, itemId, dto);
    return this.view(actor, planId);
  }

  @Delete('items/:itemId')
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({
    operationId: 'removeWorkPlanItem',
    summary: 'Take an item out of a draft (an approved plan keeps every item)',
  })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async removeItem(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('itemId', idPipe) itemId: string,
    @Query() query: WorkPlanVersionQueryDto,
  ): Promise<WorkPlanDto> {
    await this.items.removeItem(actor, planId, itemId, query.version);
    return this.view(actor, planId);
  }

  @Post('items/:itemId/mark')
  @HttpCode(200)
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({
    operationId: 'markWorkPlanItem',
    summary: 'Mark an item of an approved plan done or not done, with a note',
  })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async mark(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('itemId', idPipe) itemId: string,
    @Body() dto: MarkItemDto,
  ): Promise<WorkPlanDto> {
    await this.items.mark(actor, planId, itemId, dto);
    return this.view(actor, planId);
  }

  @Post('items/:itemId/move')
  @HttpCode(200)
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({
    operationId: 'moveWorkPlanItem',
    summary:
      'Move a not-done item to the next month’s plan with the reason (the original keeps the move)',
  })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async move(
    @CurrentActor() actor: Actor,
    @Param('planId', idPipe) planId: string,
    @Param('itemId', idPipe) itemId: string,
    @Body() dto: MoveItemDto,
  ): Promise<WorkPlanDto> {
    await this.items.move(actor, planId, itemId, dto);
    return this.view(actor, planId);
  }

  private async view(actor: Actor, id: string): Promise<WorkPlanDto> {
    return toWorkPlanDto(await this.plans.full(actor, id));
  }
}
