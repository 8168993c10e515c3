import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { dayOf } from '../common/local-day';
import { formatDay } from '../common/russian-dates';
import { requisitesOf } from '../contracts/contract-documents.service';
import { RenderedDocument } from '../documents/document-file';
import { PDF_MIME, XLSX_MIME } from '../documents/mime';
import { Institution } from '../institutions/institution.entity';
import { narrativeOf } from './report-mapper';
import { ReportKind, ReportStatus } from './report.entity';
import { ReportDocument, reportPdf, reportWorkbook } from './report-documents';
import { REPORT_STATUS_LABELS } from './report-rules';
import { reportTitle } from './report-titles';
import { ReportsService } from './reports.service';

/** A report as the PDF to sign and the XLSX to pass on; the download is logged. */
@Injectable()
export class ReportFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  async render(actor: Actor, id: string, format: 'pdf' | 'xlsx'): Promise<RenderedDocument> {
    const report = await this.reports.get(actor, id);
    const institution = await this.dataSource.manager.findOneByOrFail(Institution, {
      id: report.institutionId,
    });
    const figures = await this.reports.figuresOf(actor, report);
    const title = reportTitle(report.kind, report.periodFrom);
    const frozen =
      report.status === ReportStatus.Submitted || report.status === ReportStatus.Accepted;
    const doc: ReportDocument = {
      title,
      institution: requisitesOf(institution),
      period: `Период: ${formatDay(report.periodFrom)} — ${formatDay(report.periodTo)}`,
      state: frozen
        ? report.status === ReportStatus.Submitted
          ? `Сдан ${formatDay(dayOf(report.submittedAt!, actor.timeZone))}`
          : `${REPORT_STATUS_LABELS[report.status]}; сдан ${formatDay(dayOf(report.submittedAt!, actor.timeZone))}`
        : `${REPORT_STATUS_LABELS[report.status]}: показатели на ${formatDay(actor.today())}`,
      figures,
      narrative: narrativeOf(report, report.narrative),
      author: {
        fullName: report.author!.fullName,
        position:
          report.author!.position ||
          (report.kind === ReportKind.SpecialistMonthly ? 'Специалист' : 'Руководитель службы'),
      },
      reviewerPosition:
        report.kind === ReportKind.SpecialistMonthly
          ? 'руководитель службы'
          : 'заместитель директора',
    };
    const rendered =
      format === 'pdf'
        ? { content: await reportPdf(doc), mimeType: PDF_MIME, fileName: `${title}.pdf` }
        : { content: await reportWorkbook(doc), mimeType: XLSX_MIME, fileName: `${title}.xlsx` };
    await this.audit.record(actor, {
      action: AuditAction.Download,
      entity: 'report',
      entityId: id,
      details: { format },
    });
    return rendered;
  }
}
