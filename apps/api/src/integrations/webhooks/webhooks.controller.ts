import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { VersionDto } from '../../users/dto/user.requests';
import {
  CreatedWebhookDto,
  CreateWebhookDto,
  ListWebhooksQuery,
  WebhookDeliveryDto,
  WebhookDto,
} from './webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('integrations')
@Controller('integrations/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'listWebhooks',
    summary: 'Webhook subscriptions (own institution; all for administrators)',
  })
  @ApiOkResponse({ type: WebhookDto, isArray: true })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListWebhooksQuery,
  ): Promise<WebhookDto[]> {
    return (await this.webhooks.list(actor, query.clientId)).map(WebhookDto.from);
  }

  @Get(':id')
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({ operationId: 'getWebhook', summary: 'One webhook subscription' })
  @ApiOkResponse({ type: WebhookDto })
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<WebhookDto> {
    return WebhookDto.from(await this.webhooks.get(actor, id));
  }

  @Post()
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Subscribe a URL of an API client to events (the signing secret is shown only here)',
    description:
      'https:// URLs; http:// only to localhost or 127.0.0.1 outside production ' +
      '(WEBHOOK_HTTP_LOCALHOST). See the API description for the payload and signature.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  @ApiProblems(409)
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateWebhookDto,
  ): Promise<CreatedWebhookDto> {
    const { webhook, secret } = await this.webhooks.create(actor, dto);
    return { webhook: WebhookDto.from(webhook), secret };
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'archiveWebhook',
    summary: 'Archive a subscription: no new events, waiting deliveries are not attempted',
  })
  @ApiOkResponse({ type: WebhookDto })
  @ApiProblems(409)
  async archive(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: VersionDto,
  ): Promise<WebhookDto> {
    return WebhookDto.from(await this.webhooks.archive(actor, id, dto.version));
  }

  @Get(':id/deliveries')
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: 'The latest 100 deliveries of a subscription, each with its attempts log',
  })
  @ApiOkResponse({ type: WebhookDeliveryDto, isArray: true })
  async deliveries(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<WebhookDeliveryDto[]> {
    return (await this.webhooks.deliveries(actor, id)).map((d) =>
      WebhookDeliveryDto.from(d.delivery, d.attempts),
    );
  }

  @Post('deliveries/:id/redeliver')
  @HttpCode(200)
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'redeliverWebhook',
    summary: 'Send a delivery again now (same event id, new timestamp and signature)',
  })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  @ApiProblems(409)
  async redeliver(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<WebhookDeliveryDto> {
    const d = await this.webhooks.redeliver(actor, id);
    return WebhookDeliveryDto.from(d.delivery, d.attempts);
  }
}
