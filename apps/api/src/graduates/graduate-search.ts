import dayjs from 'dayjs';
import { Brackets, DataSource, FindOptionsWhere, In, SelectQueryBuilder } from 'typeorm';
import { CursorPage, keysetIds } from '../common/pagination/cursor';
import { Page, skipTake } from '../common/pagination/page';
import { ListGraduatesQueryDto } from './dto/graduate.requests';
import { Graduate } from './graduate.entity';

/** The form names are compared in: lower case, ё as е, single spaces (as the search_name column). */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/**
 * How close a name must be to count as a match (pg_trgm word similarity, 0..1). 0.3 lets
 * one or two wrong letters in a surname through while keeping unrelated names out.
 */
const WORD_SIMILARITY_THRESHOLD = 0.3;

const SORT_COLUMNS = {
  name: ['g.search_name'],
  birthDate: ['g.birth_date'],
  createdAt: ['g.created_at'],
  updatedAt: ['g.updated_at'],
} as const;

/**
 * The graduates list: visibility conditions, filters, fuzzy name search (GIN trigram
 * indexes on search_name, used through the `<%` operator), sorting and pagination, in one
 * statement.
 */
export async function searchGraduates(
  dataSource: DataSource,
  visible: FindOptionsWhere<Graduate>[],
  query: ListGraduatesQueryDto,
): Promise<Page<Graduate>> {
  const page = { page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  if (!visible.length) return { items: [], total: 0, ...page };
  const q = query.q ? normaliseName(query.q) : '';
  const qb = filtered(dataSource, visible, query)
    // Only what the list shows of the specialist (not the whole account row).
    .leftJoin('g.responsibleSpecialist', 's')
    .addSelect(['s.id', 's.fullName'])
    // The total travels with the page: one statement instead of a second counting query.
    .addSelect('count(*) over ()', 'total');
  if (q)
    qb.addSelect('word_similarity(:q, g.search_name)', 'relevance').orderBy('relevance', 'DESC');
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  for (const column of SORT_COLUMNS[query.sort ?? 'name']) {
    if (q) qb.addOrderBy(column, direction);
    else qb.orderBy(column, direction);
  }
  qb.addOrderBy('g.id', 'ASC');
  const { skip, take } = skipTake(query);
  // offset/limit (not skip/take): the only join is many-to-one, so rows are not multiplied.
  const { entities, raw } = await qb
    .offset(skip)
    .limit(take)
    .getRawAndEntities<{ total: string }>();
  // Past the last page no row carries the total: count then (rare).
  const total = raw.length ? Number(raw[0].total) : skip ? await countBeyond(qb) : 0;
  return { items: entities, total, ...page };
}

/** Machines' keyset pages: the same filters and search, in creation order after the cursor. */
export async function searchGraduatesAfter(
  dataSource: DataSource,
  visible: FindOptionsWhere<Graduate>[],
  query: ListGraduatesQueryDto,
): Promise<CursorPage<Graduate>> {
  if (!visible.length) return { items: [], nextCursor: null };
  const { ids, nextCursor } = await keysetIds(filtered(dataSource, visible, query), 'g', query);
  const loaded = ids.length
    ? await dataSource.getRepository(Graduate).find({
        where: { id: In(ids) },
        relations: { responsibleSpecialist: true },
      })
    : [];
  const byId = new Map(loaded.map((g) => [g.id, g]));
  return { items: ids.map((id) => byId.get(id)).filter((g) => g !== undefined), nextCursor };
}

/** Visibility, filters and the fuzzy name match, without order or page. */
function filtered(
  dataSource: DataSource,
  visible: FindOptionsWhere<Graduate>[],
  query: ListGraduatesQueryDto,
): SelectQueryBuilder<Graduate> {
  const q = query.q ? normaliseName(query.q) : '';
  const qb = dataSource
    .createQueryBuilder(Graduate, 'g')
    .where(new Brackets((b) => visible.forEach((w) => b.orWhere(w))));
  const now = dayjs();
  if (query.ageFrom !== undefined)
    qb.andWhere('g.birth_date <= :maxBirth', {
      maxBirth: now.subtract(query.ageFrom, 'year').format('YYYY-MM-DD'),
    });
  if (query.ageTo !== undefined)
    qb.andWhere('g.birth_date > :minBirth', {
      minBirth: now.subtract(query.ageTo + 1, 'year').format('YYYY-MM-DD'),
    });
  if (q) {
    // The match threshold of `<%`, for this statement only (is_local, and the statement is its
    // own transaction). An uncorrelated subquery is an init plan that PostgreSQL runs once,
    // as a gate, before the scan that calls `<%`: no transaction and no extra round trip.
    qb.andWhere(
      `(SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)) <> ''`,
      {
        threshold: String(WORD_SIMILARITY_THRESHOLD),
      },
    );
    // Inside one institution the (institution_id, search_name) GIN index narrows to its
    // files; across institutions the trigram index alone is used.
    qb.andWhere(':q <% g.search_name', { q });
  }
  return qb;
}

function countBeyond(qb: SelectQueryBuilder<Graduate>): Promise<number> {
  return qb.clone().offset(undefined).limit(undefined).orderBy().getCount();
}
