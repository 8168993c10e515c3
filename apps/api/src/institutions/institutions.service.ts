import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, ILike, Repository } from 'typeorm';
import { Actor } from '../common/auth/actor';
import { escapeLike } from '../common/persistence/like';
import { Page, skipTake } from '../common/pagination/page';
import { InstitutionScoped } from '../common/scope/institution-scope';
import {
  CreateInstitutionDto,
  ListInstitutionsQueryDto,
  UpdateInstitutionDto,
} from './dto/institution.dto';
import { Institution } from './institution.entity';

@Injectable()
export class InstitutionsService {
  /** An institution's own id is its scope: staff see only the institution they work in. */
  private readonly scoped: InstitutionScoped<Institution>;

  constructor(
    @InjectRepository(Institution) private readonly institutions: Repository<Institution>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.scoped = new InstitutionScoped(institutions, 'Учреждение', 'id');
  }

  async list(actor: Actor, query: ListInstitutionsQueryDto): Promise<Page<Institution>> {
    const where = this.scoped.where(
      actor,
      query.q ? { name: ILike(`%${escapeLike(query.q)}%`) } : {},
    );
    const [items, total] = await this.institutions.findAndCount({
      where,
      order: { name: 'ASC', id: 'ASC' },
      ...skipTake(query),
    });
    return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
  }

  get(actor: Actor, id: string): Promise<Institution> {
    return this.scoped.get(actor, id);
  }

  create(actor: Actor, dto: CreateInstitutionDto): Promise<Institution> {
    return this.institutions.save(
      this.institutions.create({
        name: dto.name,
        kind: dto.kind,
        region: dto.region,
        municipality: dto.municipality ?? '',
        guardianshipBody: dto.guardianshipBody ?? '',
        createdBy: actor.userId,
      }),
    );
  }

  update(actor: Actor, id: string, dto: UpdateInstitutionDto): Promise<Institution> {
    return this.dataSource.transaction(async (manager) => {
      const institution = await this.scoped.lockForUpdate(actor, id, dto.version, manager);
      const { version: _version, ...changes } = dto;
      Object.assign(
        institution,
        Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      );
      return manager.save(institution);
    });
  }
}
