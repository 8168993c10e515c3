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
      'given without an appeal. Only what the caller may see. The period is at most 366 days. ' +
      'The filters are those of the journal page; status, problem and «unassigned» leave out ' +
      'help given without an appeal, a specialist keeps only the help they gave. Times are ' +
      "the institution's wall-clock times. Streamed (chunked) as it is produced.",
  })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({
    description: 'journal_<from>_<to>.xlsx',
    content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400)
  export(@CurrentActor() actor: Actor, @Query() period: JournalPeriodDto): StreamableFile {
    const { filename, content } = this.journal.export(actor, period);
    // Streamed as it is written (chunked): no length is known in advance.
    return new StreamableFile(content, {
      type: XLSX_MIME,
      disposition: `attachment; filename="${filename}"`,
    });
  }
}
