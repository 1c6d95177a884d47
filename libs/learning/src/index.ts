export * from './learning.module';
export * from './learning.enums';
export * from './learning.errors';
export * from './learning.results';
export * from './models/learning-activity.model';
export * from './dto/activity.input';
export * from './dto/participation.input';
export { LearningReadingService } from './services/learning-reading.service';
export { CHECK_IN_THROTTLE } from './services/check-in-throttle.service';
