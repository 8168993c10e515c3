import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { AidServiceDto } from '../../services/dto/aid-service.response';
import { AppealDto } from '../dto/appeal.response';
import { AppealRegistrationDto, RegisterAppealWithHelpDto } from './appeal-registration.dto';
import { AppealRegistrationService } from './appeal-registration.service';

@ApiTags('appeals')
@Controller('appeals')
export class AppealRegistrationController {
  constructor(private readonly registration: AppealRegistrationService) {}

  @Post('with-help')
  // Everyone who may register appeals may also record help (both are case work).
  @Authorized(Permission.AppealsWrite)
  @ApiOperation({
    operationId: 'registerAppealWithHelp',
    summary: 'Register an appeal answered at once: resolved, with the help given (001 §4.3)',
    description:
      'The appeal is registered resolved with the help’s result as its outcome, and the help ' +
      'is recorded for it, in one transaction: either both are saved or neither. The graduate ' +
      'must be eligible on the day (409 not-eligible); a retired problem or kind answers 409 ' +
      'retired-entry.',
  })
  @ApiCreatedResponse({ type: AppealRegistrationDto })
  @ApiProblems(400, 409)
  async registerWithHelp(
    @CurrentActor() actor: Actor,
    @Body() dto: RegisterAppealWithHelpDto,
  ): Promise<AppealRegistrationDto> {
    const { appeal, service } = await this.registration.registerWithHelp(actor, dto);
    return { appeal: AppealDto.from(appeal), service: AidServiceDto.from(service) };
  }
}
