import { Workbook } from 'exceljs';
import { dayOf } from '../common/local-day';
import { safeText } from '../common/xlsx/safe-text';
import { formatDay } from '../common/russian-dates';
import { InstitutionRequisites } from '../documents/document-data';
import { WORK_PLAN_ITEM_STATUS_LABELS } from './work-plan-item.entity';
import { markOf, responsibleOf } from './work-plan-marks';
import { dueLabel, titleOf } from './work-plan-rules';
import { WORK_PLAN_STATUS_LABELS } from './work-plan.entity';
import { WorkPlanView } from './work-plans.service';

export const WORK_PLAN_COLUMNS = [
  { header: '№ п/п', width: 8 },
  { header: 'Мероприятие', width: 48 },
  { header: 'Срок', width: 16 },
  { header: 'Ответственный', width: 28 },
  { header: 'Ожидаемый результат', width: 32 },
  { header: 'Статус', width: 16 },
  { header: 'Отметка о выполнении', width: 40 },
] as const;

/** Rows above the column headers: the title, the institution, the approval. */
const HEADER_ROW = 4;

/** The plan as an XLSX sheet: one row per section, one per item, numbered as in print. */
export async function buildWorkPlanWorkbook(
  view: WorkPlanView,
  institution: InstitutionRequisites,
  /** The institution's zone: the days of the approval and the marks are its days. */
  timeZone: string,
): Promise<Buffer> {
  const { plan } = view;
  const workbook = new Workbook();
  workbook.creator = 'Постинтернатное сопровождение';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('План работы');
  const width = WORK_PLAN_COLUMNS.length;
  sheet.columns = WORK_PLAN_COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, width);
  sheet.getCell(1, 1).value = `${titleOf(plan)} службы постинтернатного сопровождения`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = safeText(institution.fullName);
  sheet.getCell(3, 1).value = view.approvedBy
    ? `Утверждён ${formatDay(dayOf(plan.approvedAt!, timeZone))}: ${safeText(view.approvedBy.fullName)}`
    : WORK_PLAN_STATUS_LABELS[plan.status];
  const header = sheet.getRow(HEADER_ROW);
  header.values = WORK_PLAN_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  view.sections.forEach(({ section, items }, s) => {
    const row = sheet.addRow([safeText(`${s + 1}. ${section.title}`)]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.font = { bold: true };
    items.forEach((item, i) => {
      sheet.addRow([
        `${s + 1}.${i + 1}`,
        safeText(item.title),
        safeText(dueLabel(plan, item)),
        safeText(responsibleOf(item)),
        safeText(item.expectedResult),
        WORK_PLAN_ITEM_STATUS_LABELS[item.status],
        safeText(markOf(item, plan, timeZone)),
      ]).alignment = { wrapText: true, vertical: 'top' };
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  sheet.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
