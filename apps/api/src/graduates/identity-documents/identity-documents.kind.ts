import { DeepPartial, EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/problem/domain-error';
import { GraduateFile, GraduateFileKind } from '../files/graduate-file.entity';
import { Graduate } from '../graduate.entity';
import { RecordKind } from '../records/graduate-records.service';
import { numberProblem } from './document-numbers';
import { IdentityDocument } from './identity-document.entity';

const invalid = (field: string, detail: string) =>
  new DomainError(400, 'validation', detail, { errors: { [field]: [detail] } });

/**
 * Identity documents: the number must fit its kind, the issue day cannot be in the future
 * (in the institution's zone) and a scan must be a document of the same file.
 */
export const IDENTITY_DOCUMENTS: RecordKind<IdentityDocument> = {
  entity: IdentityDocument,
  auditName: 'identity_document',
  notFound: 'Документ не найден',
  async check(
    actor: Actor,
    manager: EntityManager,
    graduate: Graduate,
    values: DeepPartial<IdentityDocument>,
  ) {
    if (values.kind !== undefined && values.number !== undefined) {
      const problem = numberProblem(values.kind, values.series ?? '', values.number);
      if (problem) throw invalid(problem.field, problem.detail);
    }
    if (values.issuedOn && values.issuedOn > actor.today()) {
      throw invalid('issuedOn', 'Дата выдачи не может быть в будущем');
    }
    if (values.scanFileId) {
      const scan = await manager.findOne(GraduateFile, {
        where: { id: values.scanFileId, graduateId: graduate.id, kind: GraduateFileKind.Document },
      });
      if (!scan) {
        throw invalid('scanFileId', 'Скан не найден среди документов этого личного дела');
      }
    }
  },
};
