export * from './programs.module';
export * from './programs.enums';
export * from './services/programs.service';
export * from './services/program-access.service';
export * from './programs.loaders';
export * from './models/program.model';
export * from './programs.errors';
export * from './dto/program.input';
