export { TraineeHomePage } from './pages/trainee-home-page';
