import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { contentDisposition } from '../documents/content-disposition';
import { DOCX_MIME } from '../documents/mime';
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
  UpdateInstitutionSettingsDto,
} from './dto/institution.dto';
import { InstitutionsService } from './institutions.service';
import { ContractTemplateDto, UploadTemplateDto } from './templates/document-template.dto';
import { UploadInterceptor, UploadKind } from '../documents/uploads';
import { DocumentTemplatesService, TemplateUpload } from './templates/document-templates.service';

@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(
    private readonly institutions: InstitutionsService,
    private readonly templates: DocumentTemplatesService,
  ) {}

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

  @Patch(':id/settings')
  @Authorized(Permission.InstitutionSettingsManage)
  @ApiOperation({
    operationId: 'updateInstitutionSettings',
    summary:
      'Time zone, requisites for documents and contract numbering (the head of the own institution, or an administrator)',
  })
  @ApiOkResponse({ type: InstitutionDto })
  @ApiProblems(400, 404, 409)
  async updateSettings(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateInstitutionSettingsDto,
  ): Promise<InstitutionDto> {
    return InstitutionDto.from(await this.institutions.updateSettings(actor, id, dto));
  }

  @Get(':id/contract-template')
  @Authorized(Permission.InstitutionsRead)
  @ApiOperation({
    operationId: 'getContractTemplate',
    summary: 'The contract layout in use and the named fields a DOCX template may use',
  })
  @ApiOkResponse({ type: ContractTemplateDto })
  @ApiProblems(404)
  async contractTemplate(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<ContractTemplateDto> {
    return ContractTemplateDto.from(await this.templates.current(actor, id));
  }

  @Put(':id/contract-template')
  @Authorized(Permission.InstitutionSettingsManage)
  @UseInterceptors(UploadInterceptor(UploadKind.Template))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadTemplateDto })
  @ApiOperation({
    operationId: 'uploadContractTemplate',
    summary: 'Use an own DOCX template for contracts (fields written as {graduateFullName})',
    description: 'A file that is not a DOCX, a broken tag or an unknown field answers 400.',
  })
  @ApiOkResponse({ type: ContractTemplateDto })
  @ApiProblems(400, 404, 413, 415)
  async uploadTemplate(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @UploadedFile() file: TemplateUpload | undefined,
  ): Promise<ContractTemplateDto> {
    return ContractTemplateDto.from(await this.templates.upload(actor, id, file));
  }

  @Get(':id/contract-template/file')
  @Authorized(Permission.InstitutionsRead)
  @ApiProduces(DOCX_MIME)
  @ApiOperation({ operationId: 'downloadContractTemplate', summary: 'The uploaded DOCX template' })
  @ApiOkResponse({ description: 'DOCX', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async downloadTemplate(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<StreamableFile> {
    const template = await this.templates.download(actor, id);
    return new StreamableFile(template.content, {
      type: DOCX_MIME,
      length: template.content.length,
      disposition: contentDisposition(template.fileName),
    });
  }

  @Delete(':id/contract-template')
  @HttpCode(204)
  @Authorized(Permission.InstitutionSettingsManage)
  @ApiOperation({
    operationId: 'retireContractTemplate',
    summary: 'Go back to the built-in contract layout (the template stays stored)',
  })
  @ApiNoContentResponse({ description: 'Retired' })
  @ApiProblems(404)
  async retireTemplate(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<void> {
    await this.templates.retire(actor, id);
  }
}
