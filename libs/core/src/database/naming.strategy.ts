import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

function tableNameOf(tableOrName: Table | string): string {
  const name = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
  return name.split('.').pop() as string;
}

/** Readable constraint names: `ojt_visit_pkey`, `ojt_visit_supportCaseId_fkey`, `user_account_email_key`. */
export class BansoNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override primaryKeyName(tableOrName: Table | string): string {
    return `${tableNameOf(tableOrName)}_pkey`;
  }
  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return `${tableNameOf(tableOrName)}_${columnNames.join('_')}_fkey`;
  }
  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return `${tableNameOf(tableOrName)}_${columnNames.join('_')}_key`;
  }
  override indexName(tableOrName: Table | string, columnNames: string[]): string {
    return `${tableNameOf(tableOrName)}_${columnNames.join('_')}_idx`;
  }
  override checkConstraintName(tableOrName: Table | string, expression: string): string {
    return `${tableNameOf(tableOrName)}_${expression.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 40)}_check`;
  }
}
