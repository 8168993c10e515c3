import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { CompleteActivityDto } from '../../plans/dto/plan.requests';
import {
  CreatePortalContactDto,
  PortalActivityDto,
  PortalContactDto,
  PortalGraduateCardDto,
  PortalGraduateDto,
} from './portal.dto';
import { PortalService } from './portal.service';

/** A volunteer curator's own routes: their graduates of today, and nothing else. */
@ApiTags('curator portal')
@Controller('curator-portal')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Get('graduates')
  @Authorized(Permission.CuratorPortal)
  @ApiOperation({
    operationId: 'listMyCuratedGraduates',
    summary: 'The graduates assigned to the calling curator today',
  })
  @ApiOkResponse({ type: PortalGraduateDto, isArray: true })
  list(@CurrentActor() actor: Actor) {
    return this.portal.list(actor);
  }

  @Get('graduates/:id')
  @Authorized(Permission.CuratorPortal)
  @ApiOperation({
    operationId: 'getMyCuratedGraduate',
    summary: 'Name, age, contacts and the curator’s activities of one assigned graduate',
  })
  @ApiOkResponse({ type: PortalGraduateCardDto })
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.portal.card(actor, id);
  }

  @Get('graduates/:id/contacts')
  @Authorized(Permission.CuratorPortal)
  @ApiOperation({
    operationId: 'listMyCuratorContacts',
    summary: 'The case-log entries the curator wrote about the graduate',
  })
  @ApiOkResponse({ type: PortalContactDto, isArray: true })
  contacts(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.portal.contacts(actor, id);
  }

  @Post('graduates/:id/contacts')
  @Authorized(Permission.CuratorPortal)
  @ApiOperation({
    operationId: 'addMyCuratorContact',
    summary: 'Record a contact or a visit in the graduate’s case log',
  })
  @ApiCreatedResponse({ type: PortalContactDto })
  @ApiProblems(400)
  addContact(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CreatePortalContactDto,
  ) {
    return this.portal.addContact(actor, id, dto);
  }

  @Post('activities/:id/complete')
  @HttpCode(200)
  @Authorized(Permission.CuratorPortal)
  @ApiOperation({
    operationId: 'completeMyCuratorActivity',
    summary: 'Mark one of the curator’s plan activities done (version: the plan’s)',
  })
  @ApiOkResponse({ type: PortalActivityDto })
  @ApiProblems(400, 409)
  complete(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CompleteActivityDto,
  ) {
    return this.portal.complete(actor, id, dto);
  }
}
