export * from './notification.module';
export * from './notification.enums';
export * from './services/notification.service';
export * from './models/notification.model';
export * from './dto/notification.input';
