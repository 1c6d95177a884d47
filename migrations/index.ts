import { MigrationInterface } from 'typeorm';
import { Initial1795268410676 } from './1795268410676-Initial';

/** Every migration, in order. Maintained by `npm run migration:generate -- <Name>`. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795268410676];
