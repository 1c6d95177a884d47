export * from './competency.module';
export * from './competency.enums';
export * from './competency.errors';
export * from './competency.results';
export * from './models/competency.model';
export * from './dto/assessment.input';
export * from './services/competency.service';
export * from './services/evidence.registry';
