import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DailyPassScheduler } from './daily/daily-pass.scheduler';
import { DailyPassService } from './daily/daily-pass.service';
import { MailerService } from './mail/mailer.service';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxService } from './outbox/outbox.service';

/**
 * In-app notifications, the daily pass (overdue items, the e-mail digest) and the outbox that
 * delivers e-mail after commit. Global: the features that cause notifications (plans,
 * graduates, appeals, reports …) call `NotificationsService.notify` inside their own
 * transactions without importing this module.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Notification, OutboxMessage]), ScheduleModule.forRoot()],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    MailerService,
    OutboxService,
    DailyPassService,
    DailyPassScheduler,
  ],
  exports: [NotificationsService, OutboxService],
})
export class NotificationsModule {}
