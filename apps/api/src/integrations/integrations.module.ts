import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyAuthenticator } from './auth/api-key-authenticator';
import { ApiKeyStrategy } from './auth/api-key.strategy';
import { ApiClient } from './clients/api-client.entity';
import { ApiKey } from './clients/api-key.entity';
import { ChangeLogEntry } from './changes/change-log-entry.entity';
import { ChangeLogSubscriber } from './changes/change-log.subscriber';
import { ChangesController } from './changes/changes.controller';
import { ClientsController } from './clients/clients.controller';
import { ClientsService } from './clients/clients.service';
import { ConditionalRequestsInterceptor } from './conditional/conditional-requests.interceptor';
import { IdempotencyKey } from './idempotency/idempotency-key.entity';
import { IdempotencyCleanup, IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { RateLimitMiddleware } from './rate-limit/rate-limit.middleware';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service';
import {
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookEvent,
  WebhookSubscription,
} from './webhooks/webhook.entities';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

/**
 * What third-party systems rely on: API clients and their keys, rate limits on every
 * request, idempotent POSTs, conditional requests (ETag / If-Match) and the change feed.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ApiClient,
      ApiKey,
      IdempotencyKey,
      ChangeLogEntry,
      WebhookSubscription,
      WebhookEvent,
      WebhookDelivery,
      WebhookDeliveryAttempt,
    ]),
  ],
  controllers: [ClientsController, ChangesController, WebhooksController],
  providers: [
    ApiKeyAuthenticator,
    ApiKeyStrategy,
    ChangeLogSubscriber,
    ClientsService,
    IdempotencyCleanup,
    WebhookDeliveryService,
    WebhooksService,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: ConditionalRequestsInterceptor },
  ],
})
export class IntegrationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitMiddleware).forRoutes({ path: '{*splat}', method: RequestMethod.ALL });
  }
}
