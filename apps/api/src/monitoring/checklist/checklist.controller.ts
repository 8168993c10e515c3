import { Body, Controller, Get, Param, ParseEnumPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { MilestoneDto, SetMilestoneDto } from './checklist.dto';
import { ChecklistService } from './checklist.service';
import { Milestone } from './milestone.entity';

@ApiTags('monitoring')
@Controller('graduates/:graduateId/checklist')
export class ChecklistController {
  constructor(private readonly checklist: ChecklistService) {}

  @Get()
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({
    operationId: 'getChecklist',
    summary: 'The independence checklist: documents, housing, income, health, an adult to rely on',
  })
  @ApiOkResponse({ type: MilestoneDto, isArray: true })
  @ApiProblems(404)
  list(@CurrentActor() actor: Actor, @Param('graduateId', idPipe) graduateId: string) {
    return this.checklist.list(actor, graduateId);
  }

  @Put(':milestone')
  @Authorized(Permission.MonitoringWrite)
  @ApiParam({ name: 'milestone', enum: Milestone, enumName: 'Milestone' })
  @ApiOperation({
    operationId: 'setMilestone',
    summary: 'Set one milestone’s status, date and note',
  })
  @ApiOkResponse({ type: MilestoneDto })
  @ApiProblems(400, 404, 409)
  set(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('milestone', new ParseEnumPipe(Milestone, { errorHttpStatusCode: 404 }))
    milestone: Milestone,
    @Body() dto: SetMilestoneDto,
  ) {
    return this.checklist.set(actor, graduateId, milestone, dto);
  }
}
