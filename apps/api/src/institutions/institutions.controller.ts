import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import {
  CreateInstitutionDto,
  InstitutionDto,
  InstitutionPageDto,
  ListInstitutionsQueryDto,
  UpdateInstitutionDto,
} from './dto/institution.dto';
import { InstitutionsService } from './institutions.service';

@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Get()
  @Authorized(Permission.InstitutionsRead)
  @ApiOperation({
    operationId: 'listInstitutions',
    summary: 'Institutions (the own one; all for administrators)',
  })
  @ApiOkResponse({ type: InstitutionPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListInstitutionsQueryDto,
  ): Promise<InstitutionPageDto> {
    const page = await this.institutions.list(actor, query);
    return { ...page, items: page.items.map(InstitutionDto.from) };
  }

  @Get(':id')
  @Authorized(Permission.InstitutionsRead)
  @ApiOperation({ operationId: 'getInstitution', summary: 'One institution' })
  @ApiOkResponse({ type: InstitutionDto })
  @ApiProblems(404)
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<InstitutionDto> {
    return InstitutionDto.from(await this.institutions.get(actor, id));
  }

  @Post()
  @Authorized(Permission.InstitutionsManage)
  @ApiOperation({ operationId: 'createInstitution', summary: 'Register an institution' })
  @ApiCreatedResponse({ type: InstitutionDto })
  @ApiProblems(400)
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateInstitutionDto,
  ): Promise<InstitutionDto> {
    return InstitutionDto.from(await this.institutions.create(actor, dto));
  }

  @Patch(':id')
  @Authorized(Permission.InstitutionsManage)
  @ApiOperation({
    operationId: 'updateInstitution',
    summary: 'Change an institution (or mark it inactive)',
  })
  @ApiOkResponse({ type: InstitutionDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateInstitutionDto,
  ): Promise<InstitutionDto> {
    return InstitutionDto.from(await this.institutions.update(actor, id, dto));
  }
}
