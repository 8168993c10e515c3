import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { DailyPassService } from './daily/daily-pass.service';
import { DailyPassResultDto, RunDailyPassDto } from './dto/daily-pass.dto';
import {
  ListNotificationsQueryDto,
  NotificationDto,
  NotificationPageDto,
  ReadAllResultDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly dailyPass: DailyPassService,
  ) {}

  @Get()
  @Authorized(Permission.AccountSelf)
  @ApiOperation({
    operationId: 'listNotifications',
    summary: 'The caller’s own notifications, newest first (optionally only the unread ones)',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListNotificationsQueryDto,
  ): Promise<NotificationPageDto> {
    const page = await this.notifications.list(actor, query);
    return { ...page, items: page.items.map(NotificationDto.from) };
  }

  @Get('unread-count')
  @Authorized(Permission.AccountSelf)
  @ApiOperation({
    operationId: 'countUnreadNotifications',
    summary: 'How many of the caller’s notifications are unread (the bell)',
  })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountDto> {
    return { count: await this.notifications.unreadCount(actor) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Authorized(Permission.AccountSelf)
  @ApiOperation({
    operationId: 'markAllNotificationsRead',
    summary: 'Mark every unread notification of the caller read',
  })
  @ApiOkResponse({ type: ReadAllResultDto })
  async readAll(@CurrentActor() actor: Actor): Promise<ReadAllResultDto> {
    return { marked: await this.notifications.markAllRead(actor) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authorized(Permission.AccountSelf)
  @ApiOperation({
    operationId: 'markNotificationRead',
    summary: 'Mark one of the caller’s notifications read (someone else’s is not found)',
  })
  @ApiOkResponse({ type: NotificationDto })
  @ApiProblems(404)
  async read(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<NotificationDto> {
    return NotificationDto.from(await this.notifications.markRead(actor, id));
  }

  @Post('digest/run')
  @HttpCode(200)
  @Authorized(Permission.InstitutionsManage)
  @ApiOperation({
    operationId: 'runDailyNotificationPass',
    summary:
      'Run the daily pass now: overdue plan activities and notices become notifications, and ' +
      'the e-mail digest goes out when SMTP_URL is set (it also runs by itself every ' +
      'morning at DAILY_PASS_HOUR of each institution’s time zone; re-running adds nothing twice)',
  })
  @ApiOkResponse({ type: DailyPassResultDto })
  @ApiProblems(400, 404)
  run(@Body() dto: RunDailyPassDto): Promise<DailyPassResultDto> {
    return this.dailyPass.run(dto.institutionId);
  }
}
