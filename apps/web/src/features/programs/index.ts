export { ProgramsListPage } from './pages/programs-list-page';
export { ProgramPage } from './pages/program-page';
export { CreateProgramPage } from './pages/create-program-page';
