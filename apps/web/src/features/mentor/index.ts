export { MentorInboxPage } from './pages/mentor-inbox-page';
export { VisitReviewPage } from './pages/visit-review-page';
export { MenteesPage } from './pages/mentees-page';
