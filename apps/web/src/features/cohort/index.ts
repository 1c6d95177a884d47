export { CohortMatrixPage } from './pages/cohort-matrix-page';
export { TraineeProfilePage } from './pages/trainee-profile-page';
