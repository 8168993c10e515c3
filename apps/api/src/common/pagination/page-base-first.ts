import { FindOptionsRelations, FindOptionsWhere, In, ObjectLiteral, Repository } from 'typeorm';
import { Page, PageQueryDto, skipTake } from './page';

export type SortKey<T> = [keyof T & string, 'ASC' | 'DESC'];

/**
 * A page of a list whose rows carry to-many relations, in three cheap statements instead of
 * one that joins everything and sorts the whole institution: the page's ids from the base
 * table alone (the index matching the sort stops after the page), the plain count of the
 * matching rows, then the relations of just those ids. `sort` must end with a unique column.
 */
export async function pageBaseFirst<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  where: FindOptionsWhere<T>[],
  sort: SortKey<T>[],
  relations: FindOptionsRelations<T>,
  query: PageQueryDto,
): Promise<Page<T>> {
  const page = { page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  if (!where.length) return { items: [], total: 0, ...page };
  const { skip, take } = skipTake(query);
  // Conditions on a graduate (a specialist's view) join it; it is many-to-one, so no row repeats.
  const base = () => repository.createQueryBuilder('base').setFindOptions({ where });
  const ids = base().select('base.id', 'id');
  sort.forEach(([column, direction]) => ids.addOrderBy(`base.${column}`, direction));
  const [rows, counted] = await Promise.all([
    ids.offset(skip).limit(take).getRawMany<{ id: string }>(),
    base().select('count(*)', 'total').getRawOne<{ total: string }>(),
  ]);
  const loaded = rows.length
    ? await repository.find({
        where: { id: In(rows.map((r) => r.id)) } as FindOptionsWhere<T>,
        relations,
      })
    : [];
  const byId = new Map(loaded.map((entity) => [entity.id, entity]));
  const items = rows.map((r) => byId.get(r.id)).filter((e): e is T => e !== undefined);
  return { items, total: Number(counted?.total ?? 0), ...page };
}
