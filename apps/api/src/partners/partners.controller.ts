import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import {
  ArchivePartnerDto,
  CreatePartnerDto,
  ListPartnersQueryDto,
  PartnerDto,
  PartnerPageDto,
  UpdatePartnerDto,
} from './dto/partner.dto';
import { PartnersService } from './partners.service';

@ApiTags('partners')
@Controller('partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Authorized(Permission.PartnersRead)
  @ApiOperation({
    operationId: 'listPartners',
    summary: 'The partner directory: search by name, filter by kind',
  })
  @ApiOkResponse({ type: PartnerPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListPartnersQueryDto,
  ): Promise<PartnerPageDto> {
    const page = await this.partners.list(actor, query);
    return { ...page, items: page.items.map(PartnerDto.from) };
  }

  @Get(':id')
  @Authorized(Permission.PartnersRead)
  @ApiOperation({ operationId: 'getPartner', summary: 'One partner organisation' })
  @ApiOkResponse({ type: PartnerDto })
  @ApiProblems(404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<PartnerDto> {
    return PartnerDto.from(await this.partners.get(actor, id));
  }

  @Post()
  @Authorized(Permission.PartnersWrite)
  @ApiOperation({ operationId: 'createPartner', summary: 'Add an organisation to the directory' })
  @ApiCreatedResponse({ type: PartnerDto })
  @ApiProblems(400)
  async create(@CurrentActor() actor: Actor, @Body() dto: CreatePartnerDto): Promise<PartnerDto> {
    return PartnerDto.from(await this.partners.create(actor, dto));
  }

  @Patch(':id')
  @Authorized(Permission.PartnersWrite)
  @ApiOperation({ operationId: 'updatePartner', summary: 'Change a partner’s details' })
  @ApiOkResponse({ type: PartnerDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdatePartnerDto,
  ): Promise<PartnerDto> {
    return PartnerDto.from(await this.partners.update(actor, id, dto));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Authorized(Permission.PartnersWrite)
  @ApiOperation({
    operationId: 'archivePartner',
    summary: 'Archive a partner (kept for the referrals made)',
  })
  @ApiOkResponse({ type: PartnerDto })
  @ApiProblems(400, 404, 409)
  async archive(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ArchivePartnerDto,
  ): Promise<PartnerDto> {
    return PartnerDto.from(await this.partners.archive(actor, id, dto.version));
  }
}
