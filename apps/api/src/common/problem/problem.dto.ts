import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** RFC 9457 problem details, as every error of this API is answered. */
export class ProblemDto {
  @ApiProperty({
    example: 'https://postcare.local/problems/validation',
    description: 'Problem kind (URI)',
  })
  type: string;

  @ApiProperty({ example: 'Некорректные данные' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiPropertyOptional({ example: 'Поле login обязательно' })
  detail?: string;

  @ApiPropertyOptional({ description: 'Stable machine-readable code', example: 'validation' })
  code?: string;

  @ApiPropertyOptional({
    description: 'Messages per field (validation errors)',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { login: ['login must be a string'] },
  })
  errors?: Record<string, string[]>;

  @ApiProperty({ description: 'Id of this request, also in the server logs', format: 'uuid' })
  correlationId: string;
}
