import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Authorized, CurrentActor } from '../../common/auth/authorized.decorator';
import { Permission } from '../../common/auth/permissions';
import { idPipe } from '../../common/http/id-param';
import { ApiProblems } from '../../common/problem/api-problems.decorator';
import {
  CreateExceptionOrderDto,
  DecideExceptionOrderDto,
  ExceptionOrderDto,
  ListExceptionOrdersQueryDto,
} from './exception-order.dto';
import { ExceptionOrdersService } from './exception-orders.service';

@ApiTags('exception-orders')
@Controller()
export class ExceptionOrdersController {
  constructor(
    private readonly orders: ExceptionOrdersService,
    private readonly audit: AuditService,
  ) {}

  @Get('graduates/:graduateId/exception-orders')
  @Authorized(Permission.GraduatesRead)
  @ApiOperation({
    operationId: 'listGraduateExceptionOrders',
    summary: 'Orders to support the person outside the age rules (001 §4.1.3), newest first',
  })
  @ApiOkResponse({ type: ExceptionOrderDto, isArray: true })
  @ApiProblems(404)
  async ofGraduate(
    @CurrentActor() actor: Actor,
    @Param('graduateId', idPipe) graduateId: string,
  ): Promise<ExceptionOrderDto[]> {
    const orders = await this.orders.ofGraduate(actor, graduateId);
    await this.audit.recordCaseList(actor, 'exception_order', orders, { graduateId });
    return orders.map(ExceptionOrderDto.from);
  }

  @Get('exception-orders')
  @Authorized(Permission.ExceptionOrdersConfirm)
  @ApiOperation({
    operationId: 'listExceptionOrders',
    summary: 'Exception orders of the institution (heads: requested ones wait for a decision)',
  })
  @ApiOkResponse({ type: ExceptionOrderDto, isArray: true })
  @ApiProblems(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListExceptionOrdersQueryDto,
  ): Promise<ExceptionOrderDto[]> {
    const orders = await this.orders.list(actor, query);
    await this.audit.recordCaseList(actor, 'exception_order', orders);
    return orders.map(ExceptionOrderDto.from);
  }

  @Post('exception-orders')
  @Authorized(Permission.ContractsWrite)
  @ApiOperation({
    operationId: 'createExceptionOrder',
    summary:
      'Enter an order (head: confirmed at once) or request one (specialist: waits for the head)',
  })
  @ApiCreatedResponse({ type: ExceptionOrderDto })
  @ApiProblems(400, 404)
  async create(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateExceptionOrderDto,
  ): Promise<ExceptionOrderDto> {
    return ExceptionOrderDto.from(await this.orders.create(actor, dto));
  }

  @Post('exception-orders/:id/confirm')
  @HttpCode(200)
  @Authorized(Permission.ExceptionOrdersConfirm)
  @ApiOperation({ operationId: 'confirmExceptionOrder', summary: 'Confirm a requested order' })
  @ApiOkResponse({ type: ExceptionOrderDto })
  @ApiProblems(400, 404, 409)
  async confirm(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: DecideExceptionOrderDto,
  ): Promise<ExceptionOrderDto> {
    return ExceptionOrderDto.from(await this.orders.decide(actor, id, 'confirm', dto));
  }

  @Post('exception-orders/:id/reject')
  @HttpCode(200)
  @Authorized(Permission.ExceptionOrdersConfirm)
  @ApiOperation({
    operationId: 'rejectExceptionOrder',
    summary: 'Reject a requested order (the comment is required)',
  })
  @ApiOkResponse({ type: ExceptionOrderDto })
  @ApiProblems(400, 404, 409)
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body() dto: DecideExceptionOrderDto,
  ): Promise<ExceptionOrderDto> {
    return ExceptionOrderDto.from(await this.orders.decide(actor, id, 'reject', dto));
  }
}
