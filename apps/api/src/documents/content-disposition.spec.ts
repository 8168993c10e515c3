import { asciiFileName, contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  const name = 'Договор ДС-2026/7 Иванов И.П.docx';

  it('gives the exact Russian name as UTF-8 and an ASCII fallback', () => {
    const header = contentDisposition(name);
    expect(header).toBe(
      'attachment; filename="Dogovor DS-2026_7 Ivanov I.P.docx"; ' +
        "filename*=UTF-8''%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%20%D0%94%D0%A1-2026%2F7%20" +
        '%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%20%D0%98.%D0%9F.docx',
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1];
    expect(decodeURIComponent(encoded)).toBe(name);
  });

  it('keeps quotes, backslashes and other non-ASCII out of the fallback', () => {
    const fallback = asciiFileName('План "№ 5" \\ 😀 Ёж.pdf');
    expect(fallback).toMatch(/^[\x20-\x7e]+$/);
    expect(fallback).not.toMatch(/["\\]/);
    expect(fallback).toContain('Plan');
    expect(fallback).toContain('Ezh.pdf');
    const header = contentDisposition('План "№ 5" \\.pdf');
    expect(header).toMatch(
      /^attachment; filename="[^"\\]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/,
    );
  });

  it('never breaks the header with line breaks', () => {
    expect(contentDisposition('a\r\nb.pdf')).not.toMatch(/[\r\n]/);
  });
});
