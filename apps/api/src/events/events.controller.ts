import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import {
  CancelEventDto,
  CreateEventDto,
  HoldEventDto,
  ListEventsQueryDto,
  UpdateEventDto,
} from './dto/event.requests';
import { EventDto, EventPageDto, EventSummaryDto } from './dto/event.response';
import { EventChangesService } from './event-changes.service';
import { toEventDto } from './event-mapper';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly changes: EventChangesService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.EventsRead)
  @ApiOperation({
    operationId: 'listEvents',
    summary:
      'Group events of the institution, newest first: by days (institution’s zone), kind, status',
  })
  @ApiOkResponse({ type: EventPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListEventsQueryDto,
  ): Promise<EventPageDto> {
    const page = await this.events.list(actor, query);
    await this.audit.recordList(
      actor,
      'event',
      page.items.map((i) => i.event.id),
    );
    return {
      ...page,
      items: page.items.map((i) => EventSummaryDto.from(i.event, i.counts, actor.timeZone)),
    };
  }

  @Get(':id')
  @Authorized(Permission.EventsRead)
  @ApiOperation({
    operationId: 'getEvent',
    summary: 'A group event with its participants and history (the read is logged)',
  })
  @ApiOkResponse({ type: EventDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<EventDto> {
    return toEventDto(await this.events.open(actor, id), actor.timeZone);
  }

  @Post()
  @Authorized(Permission.EventsWrite)
  @ApiOperation({
    operationId: 'createEvent',
    summary: 'Plan a group event (training, seminar, club, evening, master class, excursion)',
  })
  @ApiCreatedResponse({ type: EventDto })
  @ApiProblems(400)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateEventDto): Promise<EventDto> {
    const event = await this.changes.create(actor, dto);
    return this.view(actor, event.id);
  }

  @Patch(':id')
  @Authorized(Permission.EventsWrite)
  @ApiOperation({
    operationId: 'updateEvent',
    summary: 'Change a scheduled event or its participants',
  })
  @ApiOkResponse({ type: EventDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateEventDto,
  ): Promise<EventDto> {
    await this.changes.update(actor, id, dto);
    return this.view(actor, id);
  }

  @Post(':id/hold')
  @HttpCode(200)
  @Authorized(Permission.EventsWrite)
  @ApiOperation({
    operationId: 'holdEvent',
    summary: 'The event took place: confirm who came; each gets a group service (001 §3.2)',
    description:
      'Every participant present gets one group-form service of the event’s kind, dated the ' +
      'event’s day in the institution’s zone. A participant not eligible that day (001 §4.1) ' +
      'refuses the whole hold: 409 not-eligible naming them.',
  })
  @ApiOkResponse({ type: EventDto })
  @ApiProblems(400, 404, 409)
  async hold(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: HoldEventDto,
  ): Promise<EventDto> {
    await this.changes.hold(actor, id, dto);
    return this.view(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorized(Permission.EventsWrite)
  @ApiOperation({
    operationId: 'cancelEvent',
    summary: 'Cancel a scheduled event with the reason (it is kept)',
  })
  @ApiOkResponse({ type: EventDto })
  @ApiProblems(400, 404, 409)
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CancelEventDto,
  ): Promise<EventDto> {
    await this.changes.cancel(actor, id, dto);
    return this.view(actor, id);
  }

  private async view(actor: Actor, id: string): Promise<EventDto> {
    return toEventDto(await this.events.full(actor, id), actor.timeZone);
  }
}
