import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, In, Repository } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { DomainError, fieldError, notFound } from '../../common/problem/domain-error';
import { InstitutionScoped } from '../../common/scope/institution-scope';
import { AppConfig } from '../../config/app-config';
import { ClientsService } from '../clients/clients.service';
import { CreateWebhookDto } from './webhook.dto';
import { WebhookDeliveryService } from './webhook-delivery.service';
import {
  DeliveryStatus,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookSubscription,
} from './webhook.entities';

const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

@Injectable()
export class WebhooksService {
  private readonly scoped: InstitutionScoped<WebhookSubscription>;

  constructor(
    @InjectRepository(WebhookSubscription) subscriptions: Repository<WebhookSubscription>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clients: ClientsService,
    private readonly delivery: WebhookDeliveryService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.scoped = new InstitutionScoped(subscriptions, 'Подписка на события не найдена');
  }

  list(actor: Actor, clientId?: string): Promise<WebhookSubscription[]> {
    return this.scoped.repository.find({
      where: this.scoped.where(actor, clientId ? { clientId } : {}),
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  get(actor: Actor, id: string): Promise<WebhookSubscription> {
    return this.scoped.get(actor, id);
  }

  async create(
    actor: Actor,
    dto: CreateWebhookDto,
  ): Promise<{ webhook: WebhookSubscription; secret: string }> {
    this.checkUrl(dto.url);
    return this.dataSource.transaction(async (manager) => {
      const client = await this.clients.get(actor, dto.clientId, manager);
      if (!client.active)
        throw new DomainError(409, 'archived', 'API-клиент в архиве: подписки ему не создаются');
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      const webhook = await manager.save(
        manager.create(WebhookSubscription, {
          clientId: client.id,
          institutionId: client.institutionId,
          url: dto.url,
          events: [...new Set(dto.events)],
          secret,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Create,
          entity: 'webhook',
          entityId: webhook.id,
          institutionId: webhook.institutionId,
          details: { clientId: client.id, events: webhook.events },
        },
        manager,
      );
      return { webhook, secret };
    });
  }

  /** Stops new events; deliveries still waiting are no longer attempted. */
  archive(actor: Actor, id: string, version: number): Promise<WebhookSubscription> {
    return this.dataSource.transaction(async (manager) => {
      const webhook = await this.scoped.lockForUpdate(actor, id, version, manager);
      if (!webhook.active) return webhook;
      webhook.active = false;
      const saved = await manager.save(webhook);
      await this.audit.record(
        actor,
        {
          action: AuditAction.Archive,
          entity: 'webhook',
          entityId: id,
          institutionId: webhook.institutionId,
        },
        manager,
      );
      return saved;
    });
  }

  /** The latest 100 deliveries of a subscription with every attempt's log. */
  async deliveries(
    actor: Actor,
    id: string,
  ): Promise<{ delivery: WebhookDelivery; attempts: WebhookDeliveryAttempt[] }[]> {
    const webhook = await this.scoped.get(actor, id);
    const deliveries = await this.dataSource.manager.find(WebhookDelivery, {
      where: { subscriptionId: webhook.id },
      relations: { event: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 100,
    });
    return this.withAttempts(deliveries);
  }

  /** Sends a delivery again now, whatever became of it (the receiver lost it, or gave up). */
  async redeliver(
    actor: Actor,
    deliveryId: string,
  ): Promise<{ delivery: WebhookDelivery; attempts: WebhookDeliveryAttempt[] }> {
    const found = await this.dataSource.manager.findOne(WebhookDelivery, {
      where: { id: deliveryId },
    });
    if (!found) throw notFound('Доставка не найдена');
    const webhook = await this.scoped.get(actor, found.subscriptionId).catch(() => {
      throw notFound('Доставка не найдена');
    });
    if (!webhook.active)
      throw new DomainError(409, 'archived', 'Подписка в архиве: события по ней не доставляются');
    await this.dataSource.manager.update(
      WebhookDelivery,
      { id: deliveryId },
      { status: DeliveryStatus.Pending, nextAttemptAt: new Date(), deliveredAt: null },
    );
    this.delivery.kick();
    const again = await this.dataSource.manager.find(WebhookDelivery, {
      where: { id: deliveryId },
      relations: { event: true },
    });
    return (await this.withAttempts(again))[0];
  }

  private async withAttempts(deliveries: WebhookDelivery[]) {
    const attempts = deliveries.length
      ? await this.dataSource.manager.find(WebhookDeliveryAttempt, {
          where: { deliveryId: In(deliveries.map((d) => d.id)) },
          order: { attemptedAt: 'ASC' },
        })
      : [];
    return deliveries.map((delivery) => ({
      delivery,
      attempts: attempts.filter((a) => a.deliveryId === delivery.id),
    }));
  }

  /** https anywhere; plain http only to this machine, outside production, when allowed. */
  private checkUrl(raw: string): void {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw fieldError('url', 'Укажите адрес вида https://…', 'url must be an absolute URL');
    }
    const localHttp =
      url.protocol === 'http:' &&
      LOCAL_HOSTS.includes(url.hostname) &&
      this.config.NODE_ENV !== 'production' &&
      this.config.WEBHOOK_HTTP_LOCALHOST;
    if (url.protocol !== 'https:' && !localHttp)
      throw fieldError(
        'url',
        'Адрес должен начинаться с https://',
        'url must use https (http only to localhost outside production)',
      );
    if (url.username || url.password)
      throw fieldError(
        'url',
        'Адрес не должен содержать логин и пароль',
        'url must not hold credentials',
      );
  }
}
