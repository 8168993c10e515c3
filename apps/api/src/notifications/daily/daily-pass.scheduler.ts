import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DailyPassService } from './daily-pass.service';
import { failure } from '../../common/logging/safe-error';

/**
 * Every hour on the hour: the institutions whose local time is DAILY_PASS_HOUR get their
 * daily pass (each zone reaches its morning at a different server hour).
 */
@Injectable()
export class DailyPassScheduler {
  private readonly logger = new Logger('DailyPass');

  constructor(private readonly pass: DailyPassService) {}

  @Cron('0 * * * *', { name: 'notifications-daily-pass' })
  async tick(): Promise<void> {
    try {
      const result = await this.pass.runDue();
      if (result.institutions || result.failed)
        this.logger.log(`Daily pass: ${JSON.stringify(result)}`);
    } catch (error) {
      this.logger.error(failure('Daily pass failed', error));
    }
  }
}
