import { registerEnumType } from '@nestjs/graphql';

export enum SystemPingStatus {
  REQUESTED = 'REQUESTED',
  PROCESSED = 'PROCESSED',
}
registerEnumType(SystemPingStatus, { name: 'SystemPingStatus' });
