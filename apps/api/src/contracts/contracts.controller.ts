import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Authorized, CurrentActor } from '../common/auth/authorized.decorator';
import { Permission } from '../common/auth/permissions';
import { idPipe } from '../common/http/id-param';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { notFound } from '../common/problem/domain-error';
import { contentDisposition } from '../documents/content-disposition';
import { documentFile } from '../documents/document-file';
import { DOCX_MIME, PDF_MIME } from '../documents/mime';
import { Upload, UploadInterceptor, UploadKind } from '../documents/uploads';
import { GraduateFilesService } from '../graduates/files/graduate-files.service';
import { ContractChangesService } from './contract-changes.service';
import { ContractDocumentsService } from './contract-documents.service';
import { ContractsService } from './contracts.service';
import {
  ActivateContractDto,
  CreateContractDto,
  DiscardContractDto,
  DocumentQueryDto,
  EndContractDto,
  ListContractsQueryDto,
  UpdateContractDto,
  UploadContractScanDto,
} from './dto/contract.requests';
import {
  ContractDetailDto,
  ContractDto,
  ContractPageDto,
  HistoryEntryDto,
} from './dto/contract.response';

@ApiTags('contracts')
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly changes: ContractChangesService,
    private readonly documents: ContractDocumentsService,
    private readonly files: GraduateFilesService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Authorized(Permission.ContractsRead)
  @ApiOperation({
    operationId: 'listContracts',
    summary:
      'Contracts the caller may see; `attention` gives the head’s lists (expiring, expired, …)',
  })
  @ApiOkResponse({ type: ContractPageDto })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListContractsQueryDto,
  ): Promise<ContractPageDto> {
    const page = await this.contracts.list(actor, query);
    await this.audit.recordCaseList(actor, 'contract', page.items);
    return { ...page, items: page.items.map((c) => ContractDto.from(c, actor.today())) };
  }

  @Get(':id')
  @Authorized(Permission.ContractsRead)
  @ApiOperation({
    operationId: 'getContract',
    summary: 'One contract with its history (the read is logged)',
  })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(404)
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
  ): Promise<ContractDetailDto> {
    const { contract, history } = await this.contracts.open(actor, id);
    return this.detail(contract.id, ContractDto.from(contract, actor.today()), history);
  }

  @Post()
  @Authorized(Permission.ContractsWrite)
  @ApiOperation({
    operationId: 'createContract',
    summary: 'Draft a contract (support or preliminary, 001 §3.1.1, §4.2)',
    description:
      'The number defaults to the next <prefix>-<year>/<seq>; a taken number answers 409.',
  })
  @ApiCreatedResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateContractDto,
  ): Promise<ContractDetailDto> {
    const contract = await this.changes.create(actor, dto);
    return this.detail(contract.id, ContractDto.from(contract, actor.today()));
  }

  @Patch(':id')
  @Authorized(Permission.ContractsWrite)
  @ApiOperation({
    operationId: 'updateContract',
    summary: 'Edit a draft (an active contract only changes its responsible specialist)',
  })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404, 409)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateContractDto,
  ): Promise<ContractDetailDto> {
    const contract = await this.changes.update(actor, id, dto);
    return this.detail(id, ContractDto.from(contract, actor.today()));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Authorized(Permission.ContractsWrite)
  @ApiOperation({
    operationId: 'activateContract',
    summary: 'Signed: the contract becomes active',
    description:
      '409 not-eligible (001 §4.1 on the signing day), legal-representative-required (under 18), signed-scan-required (no scan and no scanLater), active-contract-exists (names the active one).',
  })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404, 409)
  async activate(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: ActivateContractDto,
  ): Promise<ContractDetailDto> {
    const contract = await this.changes.activate(actor, id, dto);
    return this.detail(id, ContractDto.from(contract, actor.today()));
  }

  @Post(':id/end')
  @HttpCode(200)
  @Authorized(Permission.ContractsWrite)
  @ApiOperation({
    operationId: 'endContract',
    summary: 'End an active contract with a date and a reason',
  })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404, 409)
  async end(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: EndContractDto,
  ): Promise<ContractDetailDto> {
    const contract = await this.changes.end(actor, id, dto);
    return this.detail(id, ContractDto.from(contract, actor.today()));
  }

  @Post(':id/discard')
  @HttpCode(200)
  @Authorized(Permission.ContractsWrite)
  @ApiOperation({
    operationId: 'discardContract',
    summary: 'Discard a draft (it is kept, marked discarded)',
  })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404, 409)
  async discard(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: DiscardContractDto,
  ): Promise<ContractDetailDto> {
    const contract = await this.changes.discard(actor, id, dto);
    return this.detail(id, ContractDto.from(contract, actor.today()));
  }

  @Post(':id/scan')
  @HttpCode(200)
  @Authorized(Permission.ContractsWrite)
  @UseInterceptors(UploadInterceptor(UploadKind.Scan))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadContractScanDto })
  @ApiOperation({
    operationId: 'uploadContractScan',
    summary: 'Attach the signed scan (kept among the personal file’s documents)',
  })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404, 409, 413, 415)
  async uploadScan(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: UploadContractScanDto,
    @UploadedFile() file: Upload | undefined,
  ): Promise<ContractDetailDto> {
    const contract = await this.changes.uploadScan(actor, id, dto.version, file);
    return this.detail(id, ContractDto.from(contract, actor.today()));
  }

  @Get(':id/scan')
  @Authorized(Permission.ContractsRead)
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOperation({
    operationId: 'downloadContractScan',
    summary: 'The signed scan (the download is logged)',
  })
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async scan(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const contract = await this.contracts.get(actor, id);
    if (!contract.signedScanFileId) throw notFound('Скан договора не найден');
    const file = await this.files.download(actor, contract.graduateId, contract.signedScanFileId);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.content, {
      type: file.mimeType,
      length: file.sizeBytes,
      disposition: contentDisposition(file.fileName),
    });
  }

  @Get(':id/document')
  @Authorized(Permission.ContractsRead)
  @ApiProduces(DOCX_MIME, PDF_MIME)
  @ApiOperation({
    operationId: 'printContract',
    summary: 'The contract to print and sign, DOCX (the institution’s template if uploaded) or PDF',
  })
  @ApiOkResponse({ description: 'The document', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async document(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Query() query: DocumentQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const doc = await this.documents.render(actor, id, query.format);
    return documentFile(doc, res);
  }

  private async detail(
    id: string,
    dto: ContractDto,
    history?: Awaited<ReturnType<ContractsService['history']>>,
  ): Promise<ContractDetailDto> {
    return {
      ...dto,
      history: (history ?? (await this.contracts.history(id))).map(HistoryEntryDto.from),
    };
  }
}
