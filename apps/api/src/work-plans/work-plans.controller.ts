import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { DocumentQueryDto } from '../contracts/dto/contract.requests';
import { documentFile } from '../documents/document-file';
import { DOCX_MIME, PDF_MIME } from '../documents/mime';
import {
  ApproveWorkPlanDto,
  CreateWorkPlanDto,
  ListWorkPlansQueryDto,
  ReturnWorkPlanDto,
  WorkPlanVersionDto,
} from './dto/work-plan.requests';
import { WorkPlanDto, WorkPlanPageDto, WorkPlanSummaryDto } from './dto/work-plan.response';
import { WorkPlanChangesService } from './work-plan-changes.service';
import { WorkPlanDocumentsService, XLSX_MIME } from './work-plan-documents.service';
import { toWorkPlanDto } from './work-plan-mapper';
import { WorkPlansService } from './work-plans.service';

@ApiTags('work-plans')
@Controller('work-plans')
export class WorkPlansController {
  constructor(
    private readonly plans: WorkPlansService,
    private readonly changes: WorkPlanChangesService,
    private readonly documents: WorkPlanDocumentsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.WorkPlansRead)
  @ApiOperation({
    operationId: 'listWorkPlans',
    summary: 'The service’s annual and monthly work plans, newest period first',
  })
  @ApiOkResponse({ type: WorkPlanPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListWorkPlansQueryDto,
  ): Promise<WorkPlanPageDto> {
    const page = await this.plans.list(actor, query);
    await this.audit.recordList(
      actor,
      'work_plan',
      page.items.map((p) => p.id),
    );
    return { ...page, items: page.items.map(WorkPlanSummaryDto.from) };
  }

  @Get(':id')
  @Authorized(Permission.WorkPlansRead)
  @ApiOperation({
    operationId: 'getWorkPlan',
    summary: 'A work plan with its sections, items and history',
  })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<WorkPlanDto> {
    return toWorkPlanDto(await this.plans.open(actor, id));
  }

  @Post()
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({
    operationId: 'createWorkPlan',
    summary: 'Draft the annual plan of a year or the monthly plan of a month (one each)',
    description:
      'A monthly plan is drawn from the annual plan’s items of its month and takes over the ' +
      'items moved from the previous month. A second plan of the same period is 409 plan-exists.',
  })
  @ApiCreatedResponse({ type: WorkPlanDto })
  @ApiProblems(400, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateWorkPlanDto): Promise<WorkPlanDto> {
    const plan = await this.changes.create(actor, dto);
    return this.view(actor, plan.id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authorized(Permission.WorkPlansWrite)
  @ApiOperation({ operationId: 'submitWorkPlan', summary: 'Submit the plan to the head' })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async submit(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: WorkPlanVersionDto,
  ): Promise<WorkPlanDto> {
    await this.changes.submit(actor, id, dto.version);
    return this.view(actor, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorized(Permission.WorkPlansApprove)
  @ApiOperation({
    operationId: 'approveWorkPlan',
    summary: 'Approve a submitted plan (heads only)',
  })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async approve(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ApproveWorkPlanDto,
  ): Promise<WorkPlanDto> {
    await this.changes.approve(actor, id, dto);
    return this.view(actor, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Authorized(Permission.WorkPlansApprove)
  @ApiOperation({
    operationId: 'returnWorkPlan',
    summary: 'Return a submitted plan with a comment (heads only)',
  })
  @ApiOkResponse({ type: WorkPlanDto })
  @ApiProblems(400, 404, 409)
  async returnPlan(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReturnWorkPlanDto,
  ): Promise<WorkPlanDto> {
    await this.changes.return(actor, id, dto);
    return this.view(actor, id);
  }

  @Get(':id/document')
  @Authorized(Permission.WorkPlansRead)
  @ApiProduces(DOCX_MIME, PDF_MIME)
  @ApiOperation({
    operationId: 'printWorkPlan',
    summary: 'The plan to print with the head’s approval, DOCX or PDF',
  })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Query() query: DocumentQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return documentFile(await this.documents.render(actor, id, query.format), res);
  }

  @Get(':id/export')
  @Authorized(Permission.WorkPlansRead)
  @ApiProduces(XLSX_MIME)
  @ApiOperation({ operationId: 'exportWorkPlan', summary: 'The plan as an XLSX spreadsheet' })
  @ApiOkResponse({
    description: 'The spreadsheet',
    content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404)
  async export(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return documentFile(await this.documents.workbook(actor, id), res);
  }

  private async view(actor: Actor, id: string): Promise<WorkPlanDto> {
    return toWorkPlanDto(await this.plans.full(actor, id));
  }
}
