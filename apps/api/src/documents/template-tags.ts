import type { DXT } from 'docxtemplater';

/**
 * The tags a docxtemplater template uses. A module that keeps the parsed template of each
 * file (docxtemplater hands it to every module's `set`), walked after compiling. (The
 * bundled InspectModule needs lodash, which docxtemplater does not install.)
 */

interface TemplatePart {
  type: string;
  value?: string;
  subparsed?: TemplatePart[];
}

export interface TemplateTag {
  name: string;
  /** The loops and sections around the tag, outermost first. */
  within: string[];
}

export class TagCollector implements DXT.Module {
  readonly name = 'TagCollector';
  private readonly parsed = new Map<string, TemplatePart[]>();

  set(options: { inspect?: { filePath?: string; postparsed?: TemplatePart[] } }) {
    const { filePath, postparsed } = options.inspect ?? {};
    if (filePath && postparsed) this.parsed.set(filePath, postparsed);
  }

  /** Every tag of every templated file (body, headers, footers), in document order. */
  tags(): TemplateTag[] {
    const found: TemplateTag[] = [];
    const walk = (parts: TemplatePart[], within: string[]) => {
      for (const part of parts) {
        if (part.type !== 'placeholder' || part.value === undefined) continue;
        found.push({ name: part.value, within });
        if (part.subparsed) walk(part.subparsed, [...within, part.value]);
      }
    };
    for (const parts of this.parsed.values()) walk(parts, []);
    return found;
  }
}
