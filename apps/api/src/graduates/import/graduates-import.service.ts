import { Injectable } from '@nestjs/common';
import { birthDateProblem } from '../birth-date';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { AppConfig } from '../../config/app-config';
import { checkUpload, Upload, UploadKind } from '../../documents/uploads';
import { DomainError } from '../../common/problem/domain-error';
import { UsersService } from '../../users/users.service';
import { Consent } from '../consents/consent.entity';
import { CreateGraduateDto } from '../dto/graduate.requests';
import { Graduate } from '../graduate.entity';
import { normaliseName } from '../graduate-search';
import { GraduatesService } from '../graduates.service';
import { MISSING_VALUE } from '../../common/xlsx/import-cells';
import { ImportRowErrorDto } from '../../common/xlsx/import.dto';
import { importTemplate, readImportRows } from '../../common/xlsx/import-workbook';
import { IMPORT_COLUMNS, INVALID_VALUE } from './import-columns';
import { ImportReportDto } from './import.dto';
import { messagesByField } from '../../common/problem/validation-messages';

const headerOf = (field: string) => IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;

interface ParsedRow {
  row: number;
  dto: CreateGraduateDto;
  consentSignedOn?: string;
}

/** Register import from XLSX: all rows valid or nothing is written. */
@Injectable()
export class GraduatesImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  template(): Promise<Buffer> {
    return importTemplate('Выпускники', IMPORT_COLUMNS);
  }

  async run(actor: Actor, file: Upload | undefined, dryRun: boolean): Promise<ImportReportDto> {
    if (!file)
      throw new DomainError(400, 'validation', 'Выберите файл XLSX', {
        errors: { file: ['file is required'] },
      });
    checkUpload(this.config, UploadKind.Import, file);
    const { rows, errors } = await this.parse(actor, file.buffer);
    const report = {
      rows: rows.length + new Set(errors.map((e) => e.row)).size,
      valid: errors.length === 0,
      imported: 0,
      errors,
    };
    if (!report.valid || dryRun) return report;
    await this.dataSource.transaction(async (manager) => {
      for (const { dto, consentSignedOn } of rows) {
        const { registrationAddress, actualAddress, ...minimum } = dto;
        const created = await this.graduates.create(actor, minimum as CreateGraduateDto, manager);
        if (consentSignedOn) {
          await manager.insert(Consent, {
            institutionId: created.institutionId,
            graduateId: created.id,
            signedOn: consentSignedOn,
            allowsProcessing: true,
            createdBy: actor.userId,
            version: 1,
          });
          await manager.update(
            Graduate,
            { id: created.id },
            { registrationAddress: registrationAddress ?? '', actualAddress: actualAddress ?? '' },
          );
        }
      }
      await this.audit.record(
        actor,
        { action: AuditAction.Import, entity: 'graduate', details: { rows: rows.length } },
        manager,
      );
    });
    return { ...report, imported: rows.length };
  }

  private async parse(
    actor: Actor,
    content: Buffer,
  ): Promise<{ rows: ParsedRow[]; errors: ImportRowErrorDto[] }> {
    const rows: ParsedRow[] = [];
    const errors: ImportRowErrorDto[] = [];
    const seen = new Map<string, number>();
    for (const { row, raw } of await readImportRows(content, IMPORT_COLUMNS)) {
      const rowErrors = await this.checkRow(actor, raw, row, seen);
      if (rowErrors.errors.length) errors.push(...rowErrors.errors);
      else
        rows.push({
          row,
          dto: rowErrors.dto,
          consentSignedOn: raw.consentSignedOn as string | undefined,
        });
    }
    if (rows.length + errors.length === 0)
      errors.push({ row: 2, column: '', message: 'В файле нет строк с данными' });
    return { rows, errors };
  }

  private async checkRow(
    actor: Actor,
    raw: Record<string, unknown>,
    row: number,
    seen: Map<string, number>,
  ): Promise<{ dto: CreateGraduateDto; errors: ImportRowErrorDto[] }> {
    const errors: ImportRowErrorDto[] = [];
    const error = (field: string, message: string) =>
      errors.push({ row, column: headerOf(field), message });
    const { phone, specialistLogin, consentSignedOn, ...fields } = raw;
    const dto = plainToInstance(CreateGraduateDto, {
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      ...(phone ? { contacts: { phones: [phone] } } : {}),
    });
    const invalid = messagesByField(await validate(dto, { whitelist: true }));
    for (const [path, messages] of Object.entries(invalid)) {
      const field = path === 'contacts.phones' ? 'phone' : path;
      error(
        field,
        raw[field] === undefined ? MISSING_VALUE : (INVALID_VALUE[field] ?? messages.join('; ')),
      );
    }
    const birthProblem = dto.birthDate && birthDateProblem(dto.birthDate, actor.today());
    if (birthProblem && !invalid.birthDate) error('birthDate', birthProblem);
    if (consentSignedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(consentSignedOn)))
      error('consentSignedOn', 'Дата в формате ДД.ММ.ГГГГ');
    if (!consentSignedOn) {
      if (dto.registrationAddress)
        error('registrationAddress', 'адрес хранится только при согласии на обработку ПДн');
      if (dto.actualAddress)
        error('actualAddress', 'адрес хранится только при согласии на обработку ПДн');
    }
    if (specialistLogin) {
      const specialist = await this.users.findStaffByLogin(actor, String(specialistLogin));
      if (specialist) dto.responsibleSpecialistId = specialist.id;
      else
        error(
          'specialistLogin',
          `нет действующего специалиста с логином «${String(specialistLogin)}»`,
        );
    }
    if (dto.lastName && dto.firstName && dto.birthDate && !errors.length) {
      const key = `${normaliseName(`${dto.lastName} ${dto.firstName} ${dto.patronymic ?? ''}`)}|${dto.birthDate}`;
      if (seen.has(key)) error('lastName', `повторяет строку ${seen.get(key)}`);
      else seen.set(key, row);
      if (await this.graduates.findSamePerson(actor, dto))
        error('lastName', 'такой человек уже зарегистрирован');
    }
    return { dto, errors };
  }
}
