import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  ContactDto,
  ContactPageDto,
  CreateContactDto,
  ListContactsQueryDto,
  UpdateContactDto,
} from './contact.dto';
import { ContactsService } from './contacts.service';

@ApiTags('monitoring')
@Controller('graduates/:graduateId/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Authorized(Permission.MonitoringRead)
  @ApiOperation({
    operationId: 'listContacts',
    summary: 'The case log: visits and contacts, newest first (filter by kind, appeal, days)',
  })
  @ApiOkResponse({ type: ContactPageDto })
  @ApiProblems(400, 404)
  list(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Query() query: ListContactsQueryDto,
  ) {
    return this.contacts.list(actor, graduateId, query);
  }

  @Post()
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({
    operationId: 'createContact',
    summary: 'Log a visit, call or contact (a refused or failed visit too)',
  })
  @ApiCreatedResponse({ type: ContactDto })
  @ApiProblems(400, 404)
  create(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Body() dto: CreateContactDto,
  ) {
    return this.contacts.create(actor, graduateId, dto);
  }

  @Patch(':contactId')
  @Authorized(Permission.MonitoringWrite)
  @ApiOperation({ operationId: 'updateContact', summary: 'Correct a case-log entry' })
  @ApiOkResponse({ type: ContactDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
    @Param('contactId', idPipe) contactId: string,
    @Body() dto: UpdateContactDto,
  ) {
    return this.contacts.update(actor, graduateId, contactId, dto);
  }
}
