import { Injectable } from '@nestjs/common';
import { GRADUATE_STATUS_LABELS, LEGAL_STATUS_LABELS, SEX_LABELS } from '@postcare/domain';
import { stream } from 'exceljs';
import type { Writable } from 'node:stream';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { safeText } from '../../common/xlsx/safe-text';
import { shortDate } from '../../documents/russian-format';
import { ListGraduatesQueryDto } from '../dto/graduate.requests';
import { eligibilityOn } from '../eligibility';
import { Graduate } from '../graduate.entity';
import { GraduatesService } from '../graduates.service';

const COLUMNS = [
  { header: 'ФИО', width: 34 },
  { header: 'Пол', width: 10 },
  { header: 'Дата рождения', width: 13 },
  { header: 'Возраст', width: 9 },
  { header: 'Правовой статус', width: 30 },
  { header: 'Статус', width: 24 },
  { header: 'Ответственный специалист', width: 28 },
  { header: 'Телефоны', width: 22 },
  { header: 'Дата выпуска', width: 13 },
  { header: 'Право на сопровождение сегодня', width: 16 },
  { header: 'В архиве', width: 10 },
];

/** Rows fetched per query: the export never holds the whole institution in memory. */
const BATCH = 500;

/**
 * The graduates list as XLSX with exactly the filters of the page (search, status,
 * specialist, age, archive), streamed to the answer batch by batch.
 */
@Injectable()
export class GraduatesExportService {
  constructor(
    private readonly graduates: GraduatesService,
    private readonly audit: AuditService,
  ) {}

  /** The first batch is read before anything is written, so a bad filter still gets a problem answer. */
  async firstBatch(actor: Actor, query: ListGraduatesQueryDto): Promise<Graduate[]> {
    return (await this.graduates.list(actor, { ...query, page: 1, pageSize: BATCH })).items;
  }

  async write(
    actor: Actor,
    query: ListGraduatesQueryDto,
    first: Graduate[],
    out: Writable,
  ): Promise<void> {
    const today = actor.today();
    const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet('Выпускники', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let batch = first;
    let page = 1;
    let count = 0;
    while (batch.length) {
      for (const g of batch) {
        const eligibility = eligibilityOn(g, today);
        sheet
          .addRow([
            safeText([g.lastName, g.firstName, g.patronymic].filter(Boolean).join(' ')),
            SEX_LABELS[g.sex].ru,
            shortDate(g.birthDate),
            eligibility.age,
            LEGAL_STATUS_LABELS[g.legalStatus].ru,
            GRADUATE_STATUS_LABELS[g.status].ru,
            safeText(g.responsibleSpecialist?.fullName ?? ''),
            safeText((g.contacts?.phones ?? []).join(', ')),
            g.leftCareOn ? shortDate(g.leftCareOn) : '',
            eligibility.eligible ? 'да' : 'нет',
            g.archivedAt ? 'да' : '',
          ])
          .commit();
      }
      count += batch.length;
      if (batch.length < BATCH) break;
      page += 1;
      batch = (await this.graduates.list(actor, { ...query, page, pageSize: BATCH })).items;
    }
    await sheet.commit();
    await workbook.commit();
    const { page: _page, pageSize: _size, ...filters } = query;
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'graduate',
      details: { list: true, filters, rows: count },
    });
  }
}
