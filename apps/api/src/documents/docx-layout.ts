import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  type FileChild,
  Packer,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { type PageFormat, textWidthMm } from './page-format';

/** Shared layout of the printed DOCX documents: Times New Roman 12 pt on A4. */

export const mm = convertMillimetersToTwip;

export const FONT = 'Times New Roman';
/** Font sizes in half-points, as `docx` counts them. */
export const BODY_SIZE = 24;
export const TABLE_SIZE = 21;

export interface RunOptions {
  bold?: boolean;
  size?: number;
}

export const run = (text: string, options: RunOptions = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size });

export const tab = () => new TextRun({ children: [new Tab()] });

/** Text with its line breaks kept as breaks inside one paragraph. */
export const runs = (text: string, options: RunOptions = {}) =>
  text.split(/\r?\n/).map(
    (line, i) =>
      new TextRun({
        text: line,
        bold: options.bold,
        size: options.size,
        break: i ? 1 : 0,
      }),
  );

/** A justified body paragraph with a first-line indent. */
export const bodyParagraph = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.5) },
    spacing: { after: 60 },
    children: runs(text),
  });

/** A list item: its marker (dash, number) hangs to the left of the text. */
export const listItem = (marker: string, text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: mm(18), hanging: mm(6) },
    spacing: { after: 40 },
    children: [run(marker), tab(), ...runs(text)],
  });

export const centered = (text: string, options: RunOptions & { after?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [run(text, options)],
  });

export const heading = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 200, after: 100 },
    children: [run(text, { bold: true })],
  });

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

const borders = (visible: boolean) => {
  const side = visible ? LINE : NO_BORDER;
  return { top: side, bottom: side, left: side, right: side };
};

export interface CellContent {
  paragraphs: (ParagraphChild[] | string)[];
  bold?: boolean;
  center?: boolean;
  /** Columns the cell spans (a section row across the whole table); 1 when absent. */
  span?: number;
}

function cell(content: CellContent, width: number, bordered: boolean, size: number) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: content.span && content.span > 1 ? content.span : undefined,
    borders: borders(bordered),
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: content.paragraphs.map(
      (p) =>
        new Paragraph({
          alignment: content.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: typeof p === 'string' ? runs(p, { bold: content.bold, size }) : p,
        }),
    ),
  });
}

export interface TableOptions {
  format: PageFormat;
  bordered: boolean;
  headerRows?: number;
  size?: number;
}

/**
 * A table of fixed column widths (fractions of the text width). Bordered tables hold
 * data; borderless ones lay out the signature blocks side by side.
 */
export function table(fractions: number[], rows: CellContent[][], options: TableOptions) {
  const textWidth = mm(textWidthMm(options.format));
  const widths = fractions.map((f) => Math.floor(textWidth * f));
  const size = options.size ?? TABLE_SIZE;
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      ...borders(options.bordered),
      insideHorizontal: options.bordered ? LINE : NO_BORDER,
      insideVertical: options.bordered ? LINE : NO_BORDER,
    },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r < (options.headerRows ?? 0),
          cantSplit: !options.bordered,
          children: spanned(cells, widths).map(([c, width]) =>
            cell(c, width, options.bordered, size),
          ),
        }),
    ),
  });
}

/** Each cell with its width: the sum of the columns it spans. */
function spanned(cells: CellContent[], widths: number[]): [CellContent, number][] {
  let column = 0;
  return cells.map((c) => {
    const span = c.span ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    column += span;
    return [c, width];
  });
}

export function docxBuffer(
  title: string,
  format: PageFormat,
  children: FileChild[],
): Promise<Buffer> {
  const { margins } = format;
  const document = new Document({
    title,
    creator: 'Постинтернатное сопровождение',
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            // `docx` takes the portrait size and swaps it for a landscape page.
            size: {
              width: mm(Math.min(format.width, format.height)),
              height: mm(Math.max(format.width, format.height)),
              orientation: format.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mm(margins.top),
              bottom: mm(margins.bottom),
              left: mm(margins.left),
              right: mm(margins.right),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
