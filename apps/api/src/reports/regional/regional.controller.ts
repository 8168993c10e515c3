import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  RegionalReportDto,
  RegionalReportsQueryDto,
  RegionalReportSummaryDto,
  RegionalScopeDto,
  RegionalSummaryDto,
  RegionalSummaryQueryDto,
  SetRegionalScopeDto,
} from './regional.dto';
import { RegionalService } from './regional.service';

@ApiTags('regional')
@Controller()
export class RegionalController {
  constructor(private readonly regional: RegionalService) {}

  @Get('regional/institutions')
  @Authorized(Permission.ReportsRegional)
  @ApiOperation({
    operationId: 'getMyRegionalInstitutions',
    summary: 'The institutions the caller oversees',
  })
  @ApiOkResponse({ type: RegionalScopeDto })
  institutions(@CurrentActor() actor: Actor) {
    return this.regional.scopeOf(actor.userId);
  }

  @Get('regional/reports')
  @Authorized(Permission.ReportsRegional)
  @ApiOperation({
    operationId: 'listRegionalReports',
    summary: 'Submitted and accepted department reports of the caller’s institutions',
  })
  @ApiOkResponse({ type: RegionalReportSummaryDto, isArray: true })
  @ApiProblems(400)
  reports(@CurrentActor() actor: Actor, @Query() query: RegionalReportsQueryDto) {
    return this.regional.reports(actor, query);
  }

  @Get('regional/reports/:id')
  @Authorized(Permission.ReportsRegional)
  @ApiOperation({
    operationId: 'getRegionalReport',
    summary: 'One such report: frozen figures, no persons',
  })
  @ApiOkResponse({ type: RegionalReportDto })
  @ApiProblems(404)
  report(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.regional.report(actor, id);
  }

  @Get('regional/summary')
  @Authorized(Permission.ReportsRegional)
  @ApiOperation({
    operationId: 'getRegionalSummary',
    summary: 'The period summed across the institutions, with a per-institution breakdown',
  })
  @ApiOkResponse({ type: RegionalSummaryDto })
  @ApiProblems(400)
  summary(@CurrentActor() actor: Actor, @Query() query: RegionalSummaryQueryDto) {
    return this.regional.summary(actor, query);
  }

  @Get('users/:id/regional-institutions')
  @Authorized(Permission.UsersManage)
  @ApiOperation({
    operationId: 'getRegionalScope',
    summary: 'The institutions a regional user oversees',
  })
  @ApiOkResponse({ type: RegionalScopeDto })
  @ApiProblems(404)
  scope(@Param('id', idPipe) id: string) {
    return this.regional.scopeOf(id);
  }

  @Put('users/:id/regional-institutions')
  @Authorized(Permission.UsersManage)
  @ApiOperation({
    operationId: 'setRegionalScope',
    summary: 'Give a regional user their institutions (replaces the set)',
  })
  @ApiOkResponse({ type: RegionalScopeDto })
  @ApiProblems(400, 404, 409)
  setScope(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: SetRegionalScopeDto,
  ) {
    return this.regional.setScope(actor, id, dto.institutionIds);
  }
}
