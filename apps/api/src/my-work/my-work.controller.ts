import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { MyWorkDto } from './dto/my-work.response';
import { MyWorkService } from './my-work.service';

@ApiTags('my-work')
@Controller('my-work')
export class MyWorkController {
  constructor(
    private readonly myWork: MyWorkService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'getMyWork',
    summary:
      'What waits for the caller today: counts of the case lists, each with the SPA list it opens',
  })
  @ApiOkResponse({ type: MyWorkDto })
  async getMyWork(@CurrentActor() actor: Actor): Promise<MyWorkDto> {
    const work = await this.myWork.forActor(actor);
    // Counts only, except the caseload, which names the specialists.
    await this.audit.recordList(
      actor,
      'my_work',
      (work.caseload ?? []).map((row) => row.specialist.id),
      { scope: work.scope },
    );
    return work;
  }
}
