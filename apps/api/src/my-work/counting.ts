import {
  And,
  EntityManager,
  EntityTarget,
  Equal,
  FindOperator,
  FindOptionsWhere,
  ObjectLiteral,
} from 'typeorm';

/**
 * COUNT of the rows matching any of the visibility branches. No branch means the caller
 * sees nothing, so nothing is counted (an empty `where` would count the whole table).
 */
export function countAny<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>[],
): Promise<number> {
  return where.length ? manager.count(entity, { where }) : Promise.resolve(0);
}

/**
 * Every branch of a visibility rule with one more condition on `column`, joined with AND:
 * a branch that already names the column keeps its own condition as well, so narrowing
 * never widens what a branch lets through.
 */
export function narrowed<T extends ObjectLiteral>(
  where: FindOptionsWhere<T>[],
  column: keyof T & string,
  condition: FindOperator<unknown>,
): FindOptionsWhere<T>[] {
  return where.map((branch) => {
    const own = (branch as Record<string, unknown>)[column];
    const both =
      own === undefined
        ? condition
        : And(own instanceof FindOperator ? own : Equal(own), condition);
    return { ...branch, [column]: both } as FindOptionsWhere<T>;
  });
}
