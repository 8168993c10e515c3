import { safeText } from './safe-text';

describe('safeText', () => {
  it.each(['=1+1', '+7 900', '-5', '@SUM(A1)', '\tx', '\rx'])('quotes %j', (v) => {
    expect(safeText(v)).toBe(`'${v}`);
  });

  it('keeps ordinary text and empties as they are', () => {
    expect(safeText('Иванова Анна')).toBe('Иванова Анна');
    expect(safeText('')).toBe('');
    expect(safeText(null)).toBeNull();
  });
});
