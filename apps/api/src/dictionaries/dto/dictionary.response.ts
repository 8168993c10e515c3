import { ApiProperty } from '@nestjs/swagger';
import { DictionaryEntry, DictionaryKind } from '../dictionary-entry.entity';

export class DictionaryEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DictionaryKind, enumName: 'DictionaryKind' }) kind: DictionaryKind;
  @ApiProperty({ example: 'document_recovery' }) code: string;
  @ApiProperty({ example: 'Помощь в восстановлении документов' }) name: string;
  @ApiProperty({ example: 90 }) sortOrder: number;
  @ApiProperty({ description: 'Retired entries stay in history but cannot be chosen anew' })
  retired: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) retiredAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send back unchanged when editing (optimistic locking)' })
  version: number;

  static from(entry: DictionaryEntry): DictionaryEntryDto {
    return {
      id: entry.id,
      kind: entry.kind,
      code: entry.code,
      name: entry.name,
      sortOrder: entry.sortOrder,
      retired: entry.retiredAt !== null,
      retiredAt: entry.retiredAt?.toISOString() ?? null,
      createdAt: entry.createdAt.toISOString(),
      updatedAt: entry.updatedAt.toISOString(),
      version: entry.version,
    };
  }
}

/** How an appeal or a service names an entry: enough to show it, even when retired. */
export class DictionaryRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'document_recovery' }) code: string;
  @ApiProperty({ example: 'Помощь в восстановлении документов' }) name: string;
  @ApiProperty() retired: boolean;

  static from(entry: DictionaryEntry): DictionaryRefDto {
    return { id: entry.id, code: entry.code, name: entry.name, retired: entry.retiredAt !== null };
  }
}

/** The order entries are shown in wherever a record lists several (the lists' own order). */
export function inDisplayOrder(entries: readonly DictionaryEntry[]): DictionaryEntry[] {
  return [...entries].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
}
