import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/authorized.decorator';
import { ApiProblems } from '../common/problem/api-problems.decorator';
import { DatabaseCheck } from './database-check';

export class HealthDto {
  @ApiProperty({ example: 'ok' }) status: 'ok';
  @ApiProperty({ example: 'up' }) database: 'up';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly database: DatabaseCheck;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.database = new DatabaseCheck(() => dataSource.query('SELECT 1'));
  }

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'getHealth',
    summary: 'Liveness and database check (for load balancers)',
    description:
      'The database is asked at most once a second; probes in between share that answer.',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  async health(): Promise<HealthDto> {
    try {
      await this.database.check();
    } catch {
      throw new ServiceUnavailableException('database is not reachable');
    }
    return { status: 'ok', database: 'up' };
  }
}
