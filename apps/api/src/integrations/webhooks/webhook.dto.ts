import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from './webhook-events';
import {
  DeliveryStatus,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookSubscription,
} from './webhook.entities';

export class CreateWebhookDto {
  @ApiProperty({ format: 'uuid', description: 'The API client the subscription belongs to' })
  @IsUUID()
  clientId: string;

  @ApiProperty({ example: 'https://mis.example.org/hooks/postcare', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];
}

export class ListWebhooksQuery {
  @ApiProperty({ format: 'uuid', required: false })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true })
  events: WebhookEventType[];
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;

  static from(s: WebhookSubscription): WebhookDto {
    return {
      id: s.id,
      clientId: s.clientId,
      institutionId: s.institutionId,
      url: s.url,
      events: s.events,
      active: s.active,
      createdAt: s.createdAt.toISOString(),
      version: s.version,
    };
  }
}

export class CreatedWebhookDto {
  @ApiProperty({ type: WebhookDto }) webhook: WebhookDto;
  @ApiProperty({
    description: 'The signing secret: shown only in this answer, keep it to verify signatures',
  })
  secret: string;
}

export class WebhookAttemptDto {
  @ApiProperty({ format: 'date-time' }) attemptedAt: string;
  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 100,
    maximum: 599,
    nullable: true,
    description: 'null: no HTTP answer',
  })
  statusCode: number | null;
  @ApiProperty({ description: 'Empty on success; else e.g. "HTTP 500", "timeout"' })
  error: string;
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 600000 })
  durationMs: number;

  static from(a: WebhookDeliveryAttempt): WebhookAttemptDto {
    return {
      attemptedAt: a.attemptedAt.toISOString(),
      statusCode: a.statusCode,
      error: a.error,
      durationMs: a.durationMs,
    };
  }
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The event id (the Webhook-Id header)' })
  eventId: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType' })
  type: WebhookEventType;
  @ApiProperty({ enum: DeliveryStatus, enumName: 'WebhookDeliveryStatus' })
  status: DeliveryStatus;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the next attempt is due (pending)' })
  nextAttemptAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  deliveredAt: string | null;
  @ApiProperty({ type: WebhookAttemptDto, isArray: true, description: 'Oldest first' })
  attempts: WebhookAttemptDto[];

  static from(d: WebhookDelivery, attempts: WebhookDeliveryAttempt[]): WebhookDeliveryDto {
    return {
      id: d.id,
      eventId: d.eventId,
      type: d.event!.type,
      status: d.status,
      occurredAt: d.event!.occurredAt.toISOString(),
      nextAttemptAt: d.nextAttemptAt.toISOString(),
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
      attempts: attempts.map(WebhookAttemptDto.from),
    };
  }
}
