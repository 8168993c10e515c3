import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { periodOf, type Half, type Month, type ReportKind, type ReportPeriod } from './vocabulary';

/**
 * How reports and their periods are named in the interface language. The API names them in
 * Russian for documents and file names; the screen follows the user's language.
 */
export function useReportNames() {
  const { t } = useTranslation('reports');
  const { language } = useLanguage();
  const numbers = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ru-RU', {
    maximumFractionDigits: 1,
  });
  const monthName = (month: number) => t(`months.${month as Month}`);
  const halfName = (half: number) => t(`halves.${half as Half}`);
  const period = ({ year, month, half }: ReportPeriod) => {
    if (month) return t('period.month', { month: t(`monthsIn.${month as Month}`), year });
    if (half) return t('period.half', { half: halfName(half), year });
    return t('period.year', { year });
  };
  /** «Ежемесячный отчёт отделения за март 2026 г.», «Аналитический отчёт за 1-е полугодие 2026 г.» */
  const title = (report: { kind: ReportKind; periodFrom: string }) =>
    t('title', {
      kind: t(`titleKind.${report.kind}`),
      period: period(periodOf(report.kind, report.periodFrom)),
    });
  /** A figure as the interface language writes numbers (1,5 or 1.5); strings as they are. */
  const figure = (value: string | number) =>
    typeof value === 'number' ? numbers.format(value) : value;
  return { monthName, halfName, period, title, figure };
}
