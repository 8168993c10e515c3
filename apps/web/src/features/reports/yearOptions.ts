/** The years offered in a picker: five back, the current one, and the one shown. */
export function yearOptions(currentYear: number, shown?: number): number[] {
  const years = new Set<number>(shown ? [shown] : []);
  for (let year = currentYear; year >= currentYear - 5; year -= 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}
