import {
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  getSchemaPath,
} from '@nestjs/swagger';
import { Type as Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { applyDecorators, Type } from '@nestjs/common';
import {
  FindOptionsRelations,
  FindOptionsWhere,
  In,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { DomainError } from '../problem/domain-error';
import { PageQueryDto } from './page';

/**
 * Keyset pagination for machines, beside `page`/`pageSize`: rows ordered by (created_at, id)
 * and continued after the last row seen, so rows inserted meanwhile neither repeat nor push
 * earlier rows off a page.
 */
export class CursorPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description:
      'The `nextCursor` of the previous answer. With `cursor` or `limit` the answer is ' +
      '`{items, nextCursor}` in creation order (oldest first) instead of a numbered page',
    maxLength: 200,
    pattern: '^[A-Za-z0-9_-]+$',
  })
  @IsOptional()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, description: 'Rows per cursor page (100)' })
  @IsOptional()
  @Transform(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export const wantsCursor = (query: CursorPageQueryDto) =>
  query.cursor !== undefined || query.limit !== undefined;

interface Position {
  at: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:\d\d)?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The opaque cursor: base64url of "<created_at as PostgreSQL prints it, to the µs>|<id>". */
export const encodeCursor = (p: Position) => Buffer.from(`${p.at}|${p.id}`).toString('base64url');

function decodeCursor(cursor: string): Position {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || !TIMESTAMP.test(at) || !UUID.test(id))
    throw new DomainError(400, 'validation', 'Неверный курсор', {
      errors: { cursor: ['cursor must be a nextCursor of an earlier answer'] },
    });
  return { at, id };
}

/**
 * Orders `qb` (alias `alias`) by (created_at, id), continues after the cursor and reads one
 * row more than the limit to know whether another page follows. Answers the ids in order.
 */
export async function keysetIds<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  query: CursorPageQueryDto,
): Promise<{ ids: string[]; nextCursor: string | null }> {
  const limit = query.limit ?? 100;
  qb.select(`${alias}.id`, 'id').addSelect(`${alias}.created_at::text`, 'at');
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    qb.andWhere(`(${alias}.created_at, ${alias}.id) > (:cursorAt::timestamptz, :cursorId::uuid)`, {
      cursorAt: after.at,
      cursorId: after.id,
    });
  }
  const rows = await qb
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1)
    .getRawMany<Position>();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    ids: page.map((r) => r.id),
    nextCursor: rows.length > limit ? encodeCursor(last) : null,
  };
}

/** A named cursor page schema per item type. */
export function CursorPageDto<T>(item: Type<T>, name: string) {
  class CursorPageOf {
    @ApiProperty({ type: item, isArray: true })
    items: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      maxLength: 200,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Pass as `cursor` for the next rows; null = no more rows now',
    })
    nextCursor: string | null;
  }
  Object.defineProperty(CursorPageOf, 'name', { value: name });
  return CursorPageOf;
}

/** The 200 answer of a list that pages by number or, with `cursor`/`limit`, by cursor. */
export function ApiPageOrCursorResponse(page: Type<unknown>, cursor: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(page, cursor),
    ApiOkResponse({
      description: 'A numbered page; with `cursor` or `limit`, a cursor page',
      schema: { oneOf: [{ $ref: getSchemaPath(page) }, { $ref: getSchemaPath(cursor) }] },
    }),
  );
}

/** A cursor page of a list whose rows carry relations: the ids by keyset, then the rows. */
export async function cursorBaseFirst<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  where: FindOptionsWhere<T>[],
  relations: FindOptionsRelations<T>,
  query: CursorPageQueryDto,
): Promise<CursorPage<T>> {
  if (!where.length) return { items: [], nextCursor: null };
  const { ids, nextCursor } = await keysetIds(
    repository.createQueryBuilder('base').setFindOptions({ where }),
    'base',
    query,
  );
  const loaded = ids.length
    ? await repository.find({ where: { id: In(ids) } as FindOptionsWhere<T>, relations })
    : [];
  const byId = new Map(loaded.map((entity) => [entity.id, entity]));
  return {
    items: ids.map((id) => byId.get(id)).filter((e): e is T => e !== undefined),
    nextCursor,
  };
}
