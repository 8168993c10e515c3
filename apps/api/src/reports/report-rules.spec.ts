import { ReportKind } from './report-kinds';
import { dueOn, periodOf, previousPeriod } from './report-rules';

describe('report periods and due dates (001 §8.3–8.4.2)', () => {
  it('a specialist’s December is due on 3 January of the next year, the department’s on the 5th', () => {
    const december = periodOf(ReportKind.SpecialistMonthly, 2026, 12);
    expect(december).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(dueOn(ReportKind.SpecialistMonthly, december)).toBe('2027-01-03');
    expect(dueOn(ReportKind.DepartmentMonthly, december)).toBe('2027-01-05');
  });

  it('February ends on the 29th in a leap year', () => {
    expect(periodOf(ReportKind.DepartmentMonthly, 2028, 2)).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(periodOf(ReportKind.DepartmentMonthly, 2027, 2).to).toBe('2027-02-28');
  });

  it('half-years are due on the 10th of the month after them; the year on 20 December', () => {
    const first = periodOf(ReportKind.HalfYear, 2026, undefined, 1);
    const second = periodOf(ReportKind.HalfYear, 2026, undefined, 2);
    expect(first).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(second).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(dueOn(ReportKind.HalfYear, first)).toBe('2026-07-10');
    expect(dueOn(ReportKind.HalfYear, second)).toBe('2027-01-10');
    expect(dueOn(ReportKind.Annual, periodOf(ReportKind.Annual, 2026))).toBe('2026-12-20');
  });

  it('the period before a month is the previous month, across a year end', () => {
    expect(previousPeriod(periodOf(ReportKind.DepartmentMonthly, 2027, 1))).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(previousPeriod(periodOf(ReportKind.DepartmentMonthly, 2026, 3))).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });
});
