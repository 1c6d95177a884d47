export * from './programs.module';
export * from './programs.service';
export * from './program-access.service';
export * from './program-frameworks';
export * from './programs.loaders';
export * from './program.model';
export * from './programs.errors';
export * from './dto/program.input';
