import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { DictionariesService } from './dictionaries.service';
import { DictionaryKind } from './dictionary-entry.entity';
import { DICTIONARY_PATH_KINDS, DictionaryKindPipe } from './dictionary-kind.pipe';
import {
  CreateDictionaryEntryDto,
  DictionaryVersionDto,
  ListDictionaryQueryDto,
  UpdateDictionaryEntryDto,
} from './dto/dictionary.requests';
import { DictionaryEntryDto } from './dto/dictionary.response';

const KIND_PARAM = ApiParam({
  name: 'kind',
  enum: Object.keys(DICTIONARY_PATH_KINDS),
  description: 'problem — problems found in work; service-kind — kinds of help given',
});

@ApiTags('dictionaries')
@Controller('dictionaries/:kind')
export class DictionariesController {
  constructor(private readonly dictionaries: DictionariesService) {}

  @Get()
  @Authorized(Permission.DictionariesRead)
  @KIND_PARAM
  @ApiOperation({
    operationId: 'listDictionaryEntries',
    summary: 'The whole list, in display order (short lists: no pagination)',
  })
  @ApiOkResponse({ type: DictionaryEntryDto, isArray: true })
  @ApiProblems(400, 404)
  async list(
    @Param('kind', DictionaryKindPipe) kind: DictionaryKind,
    @Query() query: ListDictionaryQueryDto,
  ): Promise<DictionaryEntryDto[]> {
    return (await this.dictionaries.list(kind, query)).map(DictionaryEntryDto.from);
  }

  @Post()
  @Authorized(Permission.DictionariesManage)
  @KIND_PARAM
  @ApiOperation({ operationId: 'createDictionaryEntry', summary: 'Add an entry to a list' })
  @ApiCreatedResponse({ type: DictionaryEntryDto })
  @ApiProblems(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Param('kind', DictionaryKindPipe) kind: DictionaryKind,
    @Body() dto: CreateDictionaryEntryDto,
  ): Promise<DictionaryEntryDto> {
    return DictionaryEntryDto.from(await this.dictionaries.create(actor, kind, dto));
  }

  @Patch(':id')
  @Authorized(Permission.DictionariesManage)
  @KIND_PARAM
  @ApiOperation({ operationId: 'updateDictionaryEntry', summary: 'Rename or reorder an entry' })
  @ApiOkResponse({ type: DictionaryEntryDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('kind', DictionaryKindPipe) kind: DictionaryKind,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateDictionaryEntryDto,
  ): Promise<DictionaryEntryDto> {
    return DictionaryEntryDto.from(await this.dictionaries.update(actor, kind, id, dto));
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Authorized(Permission.DictionariesManage)
  @KIND_PARAM
  @ApiOperation({
    operationId: 'retireDictionaryEntry',
    summary: 'Stop offering an entry for new records (history keeps it)',
  })
  @ApiOkResponse({ type: DictionaryEntryDto })
  @ApiProblems(400, 404, 409)
  async retire(
    @CurrentActor() actor: Actor,
    @Param('kind', DictionaryKindPipe) kind: DictionaryKind,
    @Param('id', idPipe) id: string,
    @Body() dto: DictionaryVersionDto,
  ): Promise<DictionaryEntryDto> {
    return DictionaryEntryDto.from(
      await this.dictionaries.setRetired(actor, kind, id, dto.version, true),
    );
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Authorized(Permission.DictionariesManage)
  @KIND_PARAM
  @ApiOperation({ operationId: 'restoreDictionaryEntry', summary: 'Offer a retired entry again' })
  @ApiOkResponse({ type: DictionaryEntryDto })
  @ApiProblems(400, 404, 409)
  async restore(
    @CurrentActor() actor: Actor,
    @Param('kind', DictionaryKindPipe) kind: DictionaryKind,
    @Param('id', idPipe) id: string,
    @Body() dto: DictionaryVersionDto,
  ): Promise<DictionaryEntryDto> {
    return DictionaryEntryDto.from(
      await this.dictionaries.setRetired(actor, kind, id, dto.version, false),
    );
  }
}
