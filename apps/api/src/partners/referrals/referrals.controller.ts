import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  CreateReferralDto,
  ListReferralsQueryDto,
  ReferralDto,
  ReferralPageDto,
  ReferralStepDto,
} from './referral.dto';
import { ReferralsService } from './referrals.service';

@ApiTags('partners')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.PartnersRead)
  @ApiOperation({
    operationId: 'listReferrals',
    summary: 'Referrals of the graduates the caller may see, newest first',
  })
  @ApiOkResponse({ type: ReferralPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListReferralsQueryDto,
  ): Promise<ReferralPageDto> {
    const page = await this.referrals.list(actor, query);
    await this.audit.recordCaseList(actor, 'referral', page.items);
    return { ...page, items: page.items.map(ReferralDto.from) };
  }

  @Get(':id')
  @Authorized(Permission.PartnersRead)
  @ApiOperation({ operationId: 'getReferral', summary: 'One referral (the read is logged)' })
  @ApiOkResponse({ type: ReferralDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.open(actor, id));
  }

  @Post()
  @Authorized(Permission.PartnersWrite)
  @ApiOperation({
    operationId: 'createReferral',
    summary: 'Refer a graduate to a partner',
    description:
      '409 consent-required unless a current consent covers sharing with that kind of partner.',
  })
  @ApiCreatedResponse({ type: ReferralDto })
  @ApiProblems(400, 404, 409)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateReferralDto): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.create(actor, dto));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authorized(Permission.PartnersWrite)
  @ApiOperation({ operationId: 'acceptReferral', summary: 'The partner accepted the graduate' })
  @ApiOkResponse({ type: ReferralDto })
  @ApiProblems(400, 404, 409)
  async accept(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReferralStepDto,
  ): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.step(actor, id, 'accept', dto));
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Authorized(Permission.PartnersWrite)
  @ApiOperation({ operationId: 'completeReferral', summary: 'Done, with the result' })
  @ApiOkResponse({ type: ReferralDto })
  @ApiProblems(400, 404, 409)
  async complete(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReferralStepDto,
  ): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.step(actor, id, 'complete', dto));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Authorized(Permission.PartnersWrite)
  @ApiOperation({ operationId: 'declineReferral', summary: 'Declined, with the reason' })
  @ApiOkResponse({ type: ReferralDto })
  @ApiProblems(400, 404, 409)
  async decline(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ReferralStepDto,
  ): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.step(actor, id, 'decline', dto));
  }
}
