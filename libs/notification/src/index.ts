export * from './notification.module';
export * from './notification.service';
export * from './notification.model';
export * from './dto/notification.input';
