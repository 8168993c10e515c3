import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { DomainError } from '../common/problem/domain-error';
import {
  CONTRACT_TEMPLATE_FIELDS,
  contractTemplateFields,
  LOOP_FIELD,
  LOOP_ITEM_FIELDS,
  TOP_FIELDS,
} from './contract-template-fields';
import type { ContractDocument } from './document-data';
import { TagCollector, type TemplateTag } from './template-tags';

/**
 * Contract templates uploaded by an institution: a DOCX with `{field}` tags, filled with
 * docxtemplater. Only the known fields may be used, so a typo is refused on upload
 * instead of printing an empty place in a signed contract.
 */

export {
  CONTRACT_TEMPLATE_FIELDS,
  type ContractTemplateField,
  contractTemplateFields,
  type ContractTemplateValues,
} from './contract-template-fields';

const invalid = (message: string, reason: string) =>
  new DomainError(400, 'invalid-template', message, { errors: { file: [reason] } });

interface TemplateErrorProperties {
  id?: string;
  xtag?: string;
  explanation?: string;
  openingtag?: string;
  closingtag?: string;
  errors?: { properties?: TemplateErrorProperties }[];
}

/** A docxtemplater syntax problem in Russian, naming the tag. */
function tagProblem(p: TemplateErrorProperties): string {
  const raw = p.xtag ?? '';
  const tag = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  switch (p.id) {
    case 'unclosed_tag':
      return `поле «{${tag}» не закрыто: не хватает «}»`;
    case 'unopened_tag':
      return `перед «${tag}}» не хватает открывающей «{»`;
    case 'duplicate_open_tag':
      return `в поле «${tag}» две открывающие скобки «{{»`;
    case 'duplicate_close_tag':
      return `в поле «${tag}» две закрывающие скобки «}}»`;
    case 'unclosed_loop':
      return `раздел «{#${tag}}» не закрыт тегом «{/${tag}}»`;
    case 'unopened_loop':
      return `тег «{/${tag}}» закрывает раздел, который не был открыт`;
    case 'closing_tag_does_not_match_opening_tag':
      return `раздел «{#${p.openingtag}}» закрыт чужим тегом «{/${p.closingtag}}»`;
    case 'unbalanced_loop_tags':
    case 'loop_position_invalid':
      return 'начало и конец раздела (цикла) расположены в разных местах документа, например одно в таблице, другое вне её';
    default:
      return `ошибка в разметке полей${tag ? ` («${tag}»)` : ''}`;
  }
}

function openZip(template: Buffer): PizZip {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw invalid('Файл не является документом DOCX', 'not a zip archive');
  }
  if (!zip.file('word/document.xml')) {
    throw invalid('Файл не является документом DOCX', 'word/document.xml is missing');
  }
  return zip;
}

const OPTIONS = {
  delimiters: { start: '{', end: '}' },
  paragraphLoop: true,
  linebreaks: true,
  nullGetter: () => '',
  stripInvalidXMLChars: true,
  // Problems are reported to the user, not written to the server log.
  errorLogging: false,
};

function compile(template: Buffer, collector?: TagCollector): Docxtemplater {
  const zip = openZip(template);
  try {
    return new Docxtemplater(zip, { ...OPTIONS, modules: collector ? [collector] : [] });
  } catch (error) {
    const properties = (error as { properties?: TemplateErrorProperties }).properties ?? {};
    const first = properties.errors?.[0]?.properties ?? properties;
    throw invalid(
      `Шаблон содержит ошибку: ${tagProblem(first)}`,
      first.explanation ?? (error as Error).message,
    );
  }
}

/** Refuses a tag that is not a known field, or a loop item's field outside its loop. */
function checkTag({ name, within }: TemplateTag) {
  if (TOP_FIELDS.has(name)) return;
  if (LOOP_ITEM_FIELDS.has(name) && within.includes(LOOP_FIELD)) return;
  const hint = LOOP_ITEM_FIELDS.has(name)
    ? ` (оно доступно только внутри цикла {#${LOOP_FIELD}}…{/${LOOP_FIELD}})`
    : '';
  throw invalid(`Шаблон содержит неизвестное поле «{${name}}»${hint}`, `unknown field: ${name}`);
}

/** Opens and checks an uploaded template; the fields it uses, in the order of the list. */
export function checkContractTemplate(template: Buffer): { fields: string[] } {
  const collector = new TagCollector();
  compile(template, collector);
  const tags = collector.tags();
  tags.forEach(checkTag);
  const used = new Set(tags.map((tag) => tag.name));
  return { fields: CONTRACT_TEMPLATE_FIELDS.map((f) => f.name).filter((name) => used.has(name)) };
}

/** The template filled with one contract's values. */
export function fillContractTemplate(template: Buffer, data: ContractDocument): Buffer {
  const document = compile(template);
  document.render(contractTemplateFields(data));
  return document.toBuffer({ compression: 'DEFLATE' });
}
