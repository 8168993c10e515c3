import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A name search inside one institution reads only that institution's part of one GIN index
 * (btree_gin lets the uuid column share it), instead of matching the name country-wide and
 * then dropping the other institutions' files.
 */
export class GraduateSearchIndex1796090000000 implements MigrationInterface {
  name = 'GraduateSearchIndex1796090000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE INDEX "graduates_institution_search_trgm" ON "graduates" USING gin ("institution_id", "search_name" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."graduates_institution_search_trgm"`);
  }
}
