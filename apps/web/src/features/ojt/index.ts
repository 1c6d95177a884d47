export { TraineeHomePage } from './pages/trainee-home-page';
export { CasesPage } from './pages/cases-page';
export { CasePage } from './pages/case-page';
export { VisitFlowPage } from './pages/visit-flow-page';
export { CompetenciesPage } from './pages/competencies-page';
