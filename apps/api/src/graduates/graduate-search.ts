import dayjs from 'dayjs';
import { Brackets, DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
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
 * index on search_name, used through the `<%` operator), sorting and pagination.
 */
export async function searchGraduates(
  dataSource: DataSource,
  visible: FindOptionsWhere<Graduate>[],
  query: ListGraduatesQueryDto,
): Promise<Page<Graduate>> {
  const page = { page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  if (!visible.length) return { items: [], total: 0, ...page };
  const q = query.q ? normaliseName(query.q) : '';
  const run = async (manager: EntityManager) => {
    const qb = manager
      .createQueryBuilder(Graduate, 'g')
      .leftJoinAndSelect('g.responsibleSpecialist', 's')
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
      qb.andWhere(':q <% g.search_name', { q });
      qb.addSelect('word_similarity(:q, g.search_name)', 'relevance').orderBy('relevance', 'DESC');
    }
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    for (const column of SORT_COLUMNS[query.sort ?? 'name']) {
      if (q) qb.addOrderBy(column, direction);
      else qb.orderBy(column, direction);
    }
    qb.addOrderBy('g.id', 'ASC');
    const { skip, take } = skipTake(query);
    // offset/limit (not skip/take): the only join is many-to-one, so rows are not multiplied.
    const [items, total] = await qb.offset(skip).limit(take).getManyAndCount();
    return { items, total, ...page };
  };
  if (!q) return run(dataSource.manager);
  return dataSource.transaction(async (manager) => {
    // For this transaction only: the match threshold of `<%`, and no sequential scan (on
    // small tables the planner underrates the per-row cost of word_similarity; the trigram
    // index is ~4x faster, see bench/graduate-search.mjs).
    await manager.query(
      `SELECT set_config('pg_trgm.word_similarity_threshold', $1, true), set_config('enable_seqscan', 'off', true)`,
      [String(WORD_SIMILARITY_THRESHOLD)],
    );
    return run(manager);
  });
}
