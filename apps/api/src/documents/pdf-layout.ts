// pdfmake exports an instance whose methods sit on its prototype, which neither
// `import * as` (own properties only) nor a default import (no such export in its
// types) would reach.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import pdfmake = require('pdfmake');
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PageFormat } from './page-format';

/**
 * Shared setup of the printed PDF documents: pdfmake on the server with the Roboto fonts
 * it ships (they hold Cyrillic, so the text stays real, selectable text). The fonts are
 * read from node_modules; nothing is fetched from the network or read from elsewhere.
 */

const ROBOTO_DIR = 'pdfmake/fonts/Roboto';

const fontFile = (name: string) => require.resolve(`${ROBOTO_DIR}/${name}`);

let ready = false;

function setUp() {
  if (ready) return;
  const fonts = {
    normal: fontFile('Roboto-Regular.ttf'),
    bold: fontFile('Roboto-Medium.ttf'),
    italics: fontFile('Roboto-Italic.ttf'),
    bolditalics: fontFile('Roboto-MediumItalic.ttf'),
  };
  const allowed = new Set(Object.values(fonts));
  pdfmake.setFonts({ Roboto: fonts });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  ready = true;
}

const MM = 72 / 25.4;
export const mm = (millimeters: number) => millimeters * MM;

/**
 * Justified text with `-` between letters set as a non-breaking hyphen: pdfmake would
 * otherwise break the word there and stretch the gap like a space («социально-  педагогический»).
 */
export const justified = (text: string) => text.replace(/(\p{L})-(?=\p{L})/gu, '$1\u2011');

/** Thin black rules around every cell; room inside so text does not touch them. */
export const BORDERED = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

export const BORDERLESS = {
  ...BORDERED,
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
};

export function pdfBuffer(title: string, format: PageFormat, content: Content[]): Promise<Buffer> {
  setUp();
  const { margins } = format;
  const definition: TDocumentDefinitions = {
    info: { title, creator: 'Постинтернатное сопровождение' },
    pageSize: 'A4',
    pageOrientation: format.landscape ? 'landscape' : 'portrait',
    pageMargins: [mm(margins.left), mm(margins.top), mm(margins.right), mm(margins.bottom)],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.15 },
    footer: (page, pages) =>
      pages > 1
        ? {
            text: `${page} из ${pages}`,
            alignment: 'center',
            fontSize: 9,
            margin: [0, mm(margins.bottom / 2 - 2), 0, 0],
          }
        : null,
    content,
    // A section heading never stays alone at the bottom of a page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0,
  };
  return pdfmake.createPdf(definition).getBuffer();
}
