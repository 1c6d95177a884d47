export { MyLearningPage } from './pages/my-learning-page';
export { ActivityPage } from './pages/activity-page';
export { CheckInPage } from './pages/check-in-page';
export { ProgramLearningPage } from './pages/program-learning-page';
export { ActivityFormPage } from './pages/activity-form-page';
export { ManageActivityPage } from './pages/manage-activity-page';
export { CheckInCodePage } from './pages/check-in-code-page';
