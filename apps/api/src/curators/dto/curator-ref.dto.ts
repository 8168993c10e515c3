import { ApiProperty } from '@nestjs/swagger';

/** A curator named on another record (an activity, a case-log entry, an event). */
export class CuratorRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Петрова Анна Сергеевна' }) fullName: string;
}
