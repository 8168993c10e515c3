import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
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
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { DocumentQueryDto } from '../contracts/dto/contract.requests';
import { documentFile } from '../documents/document-file';
import { DOCX_MIME, PDF_MIME } from '../documents/mime';
import {
  ApprovePlanDto,
  CreatePlanDto,
  ListPlansQueryDto,
  ReturnPlanDto,
  UpdatePlanDto,
  VersionDto,
} from './dto/plan.requests';
import {
  PlanDto,
  PlanPageDto,
  PlanRevisionDto,
  PlanRevisionSummaryDto,
  PlanSummaryDto,
} from './dto/plan.response';
import { PlanChangesService } from './plan-changes.service';
import { PlanDocumentsService } from './plan-documents.service';
import { toPlanDto, toRevision, toRevisionSummary } from './plan-mapper';
import { PlansService } from './plans.service';

const revisionPipe = new ParseIntPipe({ errorHttpStatusCode: 404 });

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly changes: PlanChangesService,
    private readonly documents: PlanDocumentsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.PlansRead)
  @ApiOperation({
    operationId: 'listPlans',
    summary: 'Individual plans the caller may see; `attention` gives the head’s lists',
  })
  @ApiOkResponse({ type: PlanPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListPlansQueryDto,
  ): Promise<PlanPageDto> {
    const page = await this.plans.list(actor, query);
    await this.audit.recordCaseList(actor, 'plan', page.items);
    return { ...page, items: page.items.map((p) => PlanSummaryDto.from(p, actor.today())) };
  }

  @Get(':id')
  @Authorized(Permission.PlansRead)
  @ApiOperation({
    operationId: 'getPlan',
    summary: 'A plan with goals, activities and history (the read is logged)',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<PlanDto> {
    return toPlanDto(await this.plans.open(actor, id), actor.today());
  }

  @Post()
  @Authorized(Permission.PlansWrite)
  @ApiOperation({
    operationId: 'createPlan',
    summary: 'Draft the plan of a contract (one per contract, 001 §4.2.3)',
  })
  @ApiCreatedResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreatePlanDto): Promise<PlanDto> {
    const plan = await this.changes.create(actor, dto);
    return this.view(actor, plan.id);
  }

  @Patch(':id')
  @Authorized(Permission.PlansWrite)
  @ApiOperation({ operationId: 'updatePlan', summary: 'Change the period or the goals' })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdatePlanDto,
  ): Promise<PlanDto> {
    await this.changes.update(actor, id, dto);
    return this.view(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authorized(Permission.PlansWrite)
  @ApiOperation({ operationId: 'submitPlan', summary: 'Submit the plan to the head for approval' })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async submit(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: VersionDto,
  ): Promise<PlanDto> {
    await this.changes.submit(actor, id, dto.version);
    return this.view(actor, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorized(Permission.PlansApprove)
  @ApiOperation({
    operationId: 'approvePlan',
    summary: 'Approve a submitted plan (heads only); sets the next review, at most 6 months ahead',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async approve(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ApprovePlanDto,
  ): Promise<PlanDto> {
    await this.changes.approve(actor, id, dto);
    return this.view(actor, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Authorized(Permission.PlansApprove)
  @ApiOperation({
    operationId: 'returnPlan',
    summary: 'Return a submitted plan with a comment (heads only)',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiProblems(400, 404, 409)
  async returnPlan(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReturnPlanDto,
  ): Promise<PlanDto> {
    await this.changes.return(actor, id, dto);
    return this.view(actor, id);
  }

  @Get(':id/revisions')
  @Authorized(Permission.PlansRead)
  @ApiOperation({
    operationId: 'listPlanRevisions',
    summary: 'Revisions since the first approval, each with what changed against the previous one',
  })
  @ApiOkResponse({ type: PlanRevisionSummaryDto, isArray: true })
  @ApiProblems(404)
  async revisions(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<PlanRevisionSummaryDto[]> {
    return (await this.plans.revisions(actor, id)).map(toRevisionSummary);
  }

  @Get(':id/revisions/:number')
  @Authorized(Permission.PlansRead)
  @ApiOperation({ operationId: 'getPlanRevision', summary: 'The plan as it stood in one revision' })
  @ApiOkResponse({ type: PlanRevisionDto })
  @ApiProblems(404)
  async revision(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Param('number', revisionPipe) number: number,
  ): Promise<PlanRevisionDto> {
    return toRevision(await this.plans.revision(actor, id, number));
  }

  @Get(':id/document')
  @Authorized(Permission.PlansRead)
  @ApiProduces(DOCX_MIME, PDF_MIME)
  @ApiOperation({ operationId: 'printPlan', summary: 'The plan annex to print, DOCX or PDF' })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Query() query: DocumentQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const doc = await this.documents.render(actor, id, query.format);
    return documentFile(doc, res);
  }

  private async view(actor: Actor, id: string): Promise<PlanDto> {
    return toPlanDto(await this.plans.full(actor, id), actor.today());
  }
}
