import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import { ReportKind } from './report.entity';
import { REPORT_KIND_LABELS } from './report-rules';

/** «Ежемесячный отчёт отделения за ноябрь 2026 г.», «… за 1-е полугодие 2026 г.» */
export function reportTitle(kind: ReportKind, periodFrom: string): string {
  const from = dayjs(periodFrom).locale('ru');
  const year = from.year();
  const period =
    kind === ReportKind.Annual
      ? `${year} год`
      : kind === ReportKind.HalfYear
        ? `${from.month() < 6 ? 1 : 2}-е полугодие ${year} г.`
        : `${MONTHS[from.month()]} ${year} г.`;
  // The half-year's kind already says «за полугодие»; its title names which one instead.
  const stem = kind === ReportKind.HalfYear ? 'Аналитический отчёт' : REPORT_KIND_LABELS[kind];
  return `${stem} за ${period}`;
}

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
