import { ApiProperty } from '@nestjs/swagger';

/** A list page of the SPA with the URL filters that show the counted items. */
export class MyWorkLinkDto {
  @ApiProperty({ example: '/plans', description: 'The path of a list page of the SPA' })
  path: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { view: 'myOverdue' },
    description: 'The list’s URL filters (search parameters)',
  })
  query: Record<string, string>;
}

/** How many items wait, and the list that shows them. */
export class MyWorkCountDto {
  @ApiProperty({ minimum: 0, example: 3 }) count: number;
  @ApiProperty({ type: MyWorkLinkDto }) link: MyWorkLinkDto;

  static of(count: number, link: MyWorkLinkDto): MyWorkCountDto {
    return { count, link };
  }
}
