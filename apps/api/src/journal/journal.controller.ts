import { XLSX_MIME } from '../documents/mime';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { JournalPeriodDto } from './dto/journal-period.dto';
import { JournalService } from './journal.service';

@ApiTags('journal')
@Controller('journal')
export class JournalController {
  constructor(private readonly journal: JournalService) {}

  @Get('export')
  @Authorized(Permission.JournalExport)
  @ApiOperation({
    operationId: 'exportJournal',
    summary: 'The appeal journal of a period as XLSX (001 §8.2)',
    description:
      'One row per appeal registered in the period, with the help given for it, plus help ' +
      'given without an appeal. Only what the caller may see. The period is at most 366 days.',
  })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({
    description: 'journal_<from>_<to>.xlsx',
    content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400)
  async export(
    @CurrentActor() actor: Actor,
    @Query() period: JournalPeriodDto,
  ): Promise<StreamableFile> {
    const { filename, content } = await this.journal.export(actor, period);
    return new StreamableFile(content, {
      type: XLSX_MIME,
      disposition: `attachment; filename="${filename}"`,
      length: content.length,
    });
  }
}
