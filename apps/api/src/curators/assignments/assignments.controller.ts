import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  CreateAssignmentDto,
  CuratorAssignmentDto,
  EndAssignmentDto,
  ListAssignmentsQueryDto,
} from './assignment.dto';
import { AssignmentsService } from './assignments.service';

@ApiTags('curators')
@Controller()
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly audit: AuditService,
  ) {}

  @Get('curator-assignments')
  @Authorized(Permission.CuratorsRead)
  @ApiOperation({
    operationId: 'listCuratorAssignments',
    summary: 'Assignments of a curator or of a graduate (of the graduates the caller may see)',
  })
  @ApiOkResponse({ type: CuratorAssignmentDto, isArray: true })
  @ApiProblems(400)
  async list(@CurrentActor() actor: Actor, @Query() query: ListAssignmentsQueryDto) {
    const assignments = await this.assignments.list(actor, query);
    await this.audit.recordCaseList(
      actor,
      'curator_assignment',
      assignments.map((a) => ({ id: a.id, graduateId: a.graduate.id })),
    );
    return assignments;
  }

  @Post('curators/:id/assignments')
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({
    operationId: 'assignCurator',
    summary: 'Assign a graduate to the curator for a period (one curator per graduate)',
  })
  @ApiCreatedResponse({ type: CuratorAssignmentDto })
  @ApiProblems(400, 404, 409)
  create(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CreateAssignmentDto,
  ) {
    return this.assignments.create(actor, id, dto);
  }

  @Post('curator-assignments/:id/end')
  @HttpCode(200)
  @Authorized(Permission.CuratorsWrite)
  @ApiOperation({
    operationId: 'endCuratorAssignment',
    summary: 'End an assignment: from that day the curator no longer sees the graduate',
  })
  @ApiOkResponse({ type: CuratorAssignmentDto })
  @ApiProblems(400, 404, 409)
  end(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: EndAssignmentDto,
  ) {
    return this.assignments.end(actor, id, dto);
  }
}
