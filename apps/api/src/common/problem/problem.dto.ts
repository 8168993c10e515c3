import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EligibilityDto } from '../../graduates/dto/eligibility.dto';

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

  @ApiProperty({
    description:
      'Id of this request, also in the server logs (the client’s X-Request-Id when valid)',
    example: '0b5e7f6c-2f0a-4a57-9c54-3d2a3f1c9e11',
  })
  correlationId: string;

  // Extension members of particular problems (RFC 9457 §3.2), present only with their code.

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'duplicate-person: the file already registered',
  })
  existingId?: string;

  @ApiPropertyOptional({
    type: EligibilityDto,
    description: 'not-eligible: the judgement on the day',
  })
  eligibility?: EligibilityDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'active-contract-exists: the active contract',
  })
  activeContractId?: string;

  @ApiPropertyOptional({ description: 'active-contract-exists: its number' })
  activeContractNumber?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'plan-exists: the existing plan' })
  planId?: string;

  @ApiPropertyOptional({ description: 'invalid-transition: the record’s current status' })
  currentStatus?: string;

  @ApiPropertyOptional({ description: 'invalid-transition: the refused action' })
  action?: string;

  @ApiPropertyOptional({ type: [String], description: 'contract-not-draft: the fields refused' })
  fields?: string[];
}
