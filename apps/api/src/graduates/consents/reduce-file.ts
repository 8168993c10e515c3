import { EntityManager, In, IsNull, Not } from 'typeorm';
import { GraduateFile, RECORD_SCAN_KINDS } from '../files/graduate-file.entity';
import { Graduate } from '../graduate.entity';
import { IdentityDocument } from '../identity-documents/identity-document.entity';
import { Relative } from '../relatives/relative.entity';
import { withoutConsentOnlyData } from '../personal-data';
import { SituationRecord } from '../situation/situation-record.entity';

/**
 * Without a current consent the file keeps only the minimum: the consent-only data are
 * emptied, the dated states of the situation too, and photos and documents archived (the
 * scans of consents and other records stay), relatives and identity documents too. Returns the emptied fields.
 */
export async function reduceToMinimum(
  manager: EntityManager,
  graduate: Graduate,
): Promise<string[]> {
  const reduced = withoutConsentOnlyData(graduate);
  await manager.update(Graduate, { id: graduate.id }, reduced);
  await manager.update(SituationRecord, { graduateId: graduate.id }, { situation: {} });
  await manager.update(
    GraduateFile,
    { graduateId: graduate.id, kind: Not(In([...RECORD_SCAN_KINDS])), archivedAt: IsNull() },
    { archivedAt: new Date() },
  );
  // Relatives and identity documents are kept only under consent, like the addresses.
  for (const part of [Relative, IdentityDocument]) {
    await manager.update(
      part,
      { graduateId: graduate.id, archivedAt: IsNull() },
      {
        archivedAt: new Date(),
      },
    );
  }
  return Object.keys(reduced);
}
