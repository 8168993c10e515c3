import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../common/problem/domain-error';
import { DictionaryKind } from './dictionary-entry.entity';

/** The path names of the lists (`/api/dictionaries/{kind}`); kebab-case as URLs usually are. */
export const DICTIONARY_PATH_KINDS = {
  problem: DictionaryKind.Problem,
  'service-kind': DictionaryKind.ServiceKind,
} as const;

export type DictionaryPathKind = keyof typeof DICTIONARY_PATH_KINDS;

/** Turns the path segment into the stored kind; an unknown list is simply not found. */
@Injectable()
export class DictionaryKindPipe implements PipeTransform<string, DictionaryKind> {
  transform(value: string): DictionaryKind {
    const kind = (DICTIONARY_PATH_KINDS as Record<string, DictionaryKind>)[value];
    if (!kind) throw new DomainError(404, 'not-found', 'Справочник не найден');
    return kind;
  }
}
