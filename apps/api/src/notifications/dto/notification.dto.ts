import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageDto, PageQueryDto } from '../../common/pagination/page';
import { queryBoolean } from '../../common/validation/transforms';
import { Notification, NotificationKind } from '../notification.entity';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind' }) kind: NotificationKind;
  @ApiProperty({ example: 'Вам передано личное дело: Иванов И.П.' }) title: string;
  @ApiProperty({ example: '/graduates/6f1c…', description: 'An address of the SPA to open' })
  link: string;
  @ApiProperty({ example: 'graduate' }) entityType: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt: string | null;

  static from(n: Notification): NotificationDto {
    return {
      id: n.id,
      kind: n.kind,
      title: n.title,
      link: n.link,
      entityType: n.entityType,
      entityId: n.entityId,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt ? n.readAt.toISOString() : null,
    };
  }
}

export class NotificationPageDto extends PageDto(NotificationDto, 'NotificationPageDto') {}

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 }) count: number;
}

export class ReadAllResultDto {
  @ApiProperty({ example: 3, description: 'How many were unread and are read now' })
  marked: number;
}
