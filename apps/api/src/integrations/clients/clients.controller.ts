import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import { VersionDto } from '../../users/dto/user.requests';
import {
  ApiClientDto,
  ApiKeyDto,
  CreateApiClientDto,
  CreateApiKeyDto,
  CreatedApiClientDto,
  IssuedApiKeyDto,
} from './client.dto';
import { ClientsService } from './clients.service';

@ApiTags('integrations')
@Controller('integrations/clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'listApiClients',
    summary: 'API clients of third-party systems (own institution; all for administrators)',
  })
  @ApiOkResponse({ type: ApiClientDto, isArray: true })
  async list(@CurrentActor() actor: Actor): Promise<ApiClientDto[]> {
    return (await this.clients.list(actor)).map(ApiClientDto.from);
  }

  @Get(':id')
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({ operationId: 'getApiClient', summary: 'One API client with its keys' })
  @ApiOkResponse({ type: ApiClientDto })
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string): Promise<ApiClientDto> {
    return ApiClientDto.from(await this.clients.get(actor, id));
  }

  @Post()
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'createApiClient',
    summary: 'Create an API client and its first key (the key is shown only in this answer)',
  })
  @ApiCreatedResponse({ type: CreatedApiClientDto })
  @ApiProblems(409)
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateApiClientDto,
  ): Promise<CreatedApiClientDto> {
    const { client, secret } = await this.clients.create(actor, dto);
    const [key] = client.keys!;
    return { client: ApiClientDto.from(client), key: { ...ApiKeyDto.from(key), secret } };
  }

  @Post(':id/keys')
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Issue another key (rotation: issue, switch the client system, revoke the old one)',
  })
  @ApiCreatedResponse({ type: IssuedApiKeyDto })
  @ApiProblems(409)
  async addKey(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: CreateApiKeyDto,
  ): Promise<IssuedApiKeyDto> {
    const { key, secret } = await this.clients.addKey(actor, id, dto);
    return { ...ApiKeyDto.from(key), secret };
  }

  @Post(':id/keys/:keyId/revoke')
  @HttpCode(200)
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke a key: it is refused at once' })
  @ApiOkResponse({ type: ApiKeyDto })
  async revokeKey(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Param('keyId', idPipe) keyId: string,
  ): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.clients.revokeKey(actor, id, keyId));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Authorized(Permission.IntegrationsManage)
  @ApiOperation({
    operationId: 'archiveApiClient',
    summary: 'Archive a client: all its keys are refused',
  })
  @ApiOkResponse({ type: ApiClientDto })
  @ApiProblems(409)
  async archive(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: VersionDto,
  ): Promise<ApiClientDto> {
    return ApiClientDto.from(await this.clients.archive(actor, id, dto.version));
  }
}
