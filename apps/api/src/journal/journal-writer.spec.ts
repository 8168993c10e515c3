import { Workbook } from 'exceljs';
import { PassThrough } from 'node:stream';
import { Cell, JournalWriter, sheetInput } from './journal-writer';

/** A journal line as long as a real one, different on every line (so it compresses like one). */
const line = (n: number): Cell[] => [
  new Date(Date.UTC(2026, 0, 1, 9, n % 60)),
  'Телефон',
  `Иванова Анна Сергеевна ${n}`,
  new Date(Date.UTC(2006, 4, 17)),
  'Жильё\nТрудоустройство',
  `Обращение ${n}: просит помочь с оформлением документов после переезда, ${n * 7919}`,
  'Петрова Мария Ивановна',
  'В работе',
  '',
  new Date(Date.UTC(2026, 0, 2)),
  'Консультация',
  'Индивидуальная, очно',
  45,
  `Проведена консультация ${n}`,
  'Петрова Мария Ивановна',
];

/** Reads the sheet's XML that waits for the compressor (exceljs and archiver internals). */
const waitingXml = (journal: JournalWriter) => {
  const input = sheetInput((journal as unknown as { sheet: never }).sheet) as unknown as {
    _writableState: { length: number };
  };
  return input._writableState.length;
};

/** Resolves when `count()` has not moved for a while: the producer is held back. */
async function settled(count: () => number): Promise<number> {
  for (let last = -1; ;) {
    await new Promise((r) => setTimeout(r, 300));
    if (count() === last) return last;
    last = count();
  }
}

describe('JournalWriter', () => {
  it('finds the stream its XML goes into (the exceljs internals the backpressure relies on)', () => {
    const journal = new JournalWriter(new PassThrough(), '2026-01-01', '2026-12-31');
    expect(sheetInput((journal as unknown as { sheet: never }).sheet)).toBeDefined();
  });

  it('keeps the XML waiting for the compressor small while a fast reader takes the file', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (c: Buffer) => chunks.push(c));
    const journal = new JournalWriter(output, '2026-01-01', '2026-12-31');
    let most = 0;
    for (let n = 1; n <= 20_000; n++) {
      journal.add(line(n));
      await journal.room();
      most = Math.max(most, waitingXml(journal));
    }
    await journal.finish(20_000, 20_000);
    // One 64 KB piece of exceljs's buffer at a time, not the rows produced meanwhile.
    expect(most).toBeLessThanOrEqual(64 * 1024);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(3 + 20_000).getCell(1).value).toBe(20_000);
  });

  it('stops producing while nobody reads, and goes on to the end once read', async () => {
    const output = new PassThrough();
    const journal = new JournalWriter(output, '2026-01-01', '2026-12-31');
    const offered = 40_000;
    let added = 0;
    const producing = (async () => {
      while (added < offered) {
        journal.add(line(added + 1));
        added++;
        await journal.room();
      }
      await journal.finish(added, added);
    })();
    // Held back by the buffers between the sheet and the reader (a few hundred KB of
    // compressed output), however long nobody reads.
    expect(await settled(() => added)).toBeLessThan(offered / 4);
    const chunks: Buffer[] = [];
    output.on('data', (c: Buffer) => chunks.push(c));
    await producing;
    expect(added).toBe(offered);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(3 + offered).getCell(1).value).toBe(offered);
  });

  it('gives up when the client goes away instead of waiting for ever', async () => {
    const output = new PassThrough();
    const journal = new JournalWriter(output, '2026-01-01', '2026-12-31');
    const producing = (async () => {
      for (let n = 1; n <= 20_000; n++) {
        journal.add(line(n));
        await journal.room();
      }
    })();
    // What the response does when the client disconnects.
    output.destroy();
    await expect(producing).rejects.toThrow('the client went away');
  });
});
