/**
 * Page formats of the printed documents, in millimetres: A4 with the margins of office
 * paperwork (the wider left margin leaves room for binding). The contract is portrait;
 * the plan, mostly a wide table of activities, is landscape.
 */

export interface PageFormat {
  landscape: boolean;
  /** Page width and height as the page is read. */
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
}

export const PORTRAIT: PageFormat = {
  landscape: false,
  width: 210,
  height: 297,
  margins: { top: 20, right: 15, bottom: 20, left: 30 },
};

export const LANDSCAPE: PageFormat = {
  landscape: true,
  width: 297,
  height: 210,
  margins: { top: 15, right: 15, bottom: 15, left: 20 },
};

export const textWidthMm = (format: PageFormat) =>
  format.width - format.margins.left - format.margins.right;
