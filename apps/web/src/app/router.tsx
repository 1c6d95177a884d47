import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth';
import { NotificationsPage } from '../features/notification';
import { AppLayout } from './layout/app-layout';
import { RequireSession, RoleHome } from './guards';
import { RouteError } from './route-error';

/**
 * Client routes. Each role's pages come from their feature as a lazily loaded chunk (code split per role), so a
 * trainee's phone downloads only the trainee pages.
 */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    // Public: anyone holding a verification code checks a certificate, without an account.
    path: '/verify/:code',
    lazy: () => import('../features/certification').then((m) => ({ Component: m.VerifyPage })),
  },
  {
    path: '/set-password',
    lazy: () => import('../features/account').then((m) => ({ Component: m.SetPasswordPage })),
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RoleHome /> },
      {
        path: 'trainee',
        children: [
          { index: true, lazy: () => import('../features/ojt').then((m) => ({ Component: m.TraineeHomePage })) },
          { path: 'cases', lazy: () => import('../features/ojt').then((m) => ({ Component: m.CasesPage })) },
          { path: 'cases/:caseId', lazy: () => import('../features/ojt').then((m) => ({ Component: m.CasePage })) },
          {
            path: 'visits/:visitId',
            lazy: () => import('../features/ojt').then((m) => ({ Component: m.VisitFlowPage })),
          },
          {
            path: 'competencies',
            lazy: () => import('../features/ojt').then((m) => ({ Component: m.CompetenciesPage })),
          },
          {
            path: 'learning',
            lazy: () => import('../features/learning').then((m) => ({ Component: m.MyLearningPage })),
          },
          {
            path: 'learning/:activityId',
            lazy: () => import('../features/learning').then((m) => ({ Component: m.ActivityPage })),
          },
          {
            path: 'certification',
            lazy: () => import('../features/certification').then((m) => ({ Component: m.MyCertificationPage })),
          },
        ],
      },
      {
        path: 'learning/check-in',
        lazy: () => import('../features/learning').then((m) => ({ Component: m.CheckInPage })),
      },
      {
        path: 'mentor',
        children: [
          { index: true, lazy: () => import('../features/mentor').then((m) => ({ Component: m.MentorInboxPage })) },
          { path: 'mentees', lazy: () => import('../features/mentor').then((m) => ({ Component: m.MenteesPage })) },
          {
            path: 'visits/:visitId',
            lazy: () => import('../features/mentor').then((m) => ({ Component: m.VisitReviewPage })),
          },
          {
            path: 'lineage',
            lazy: () => import('../features/certification').then((m) => ({ Component: m.LineagePage })),
          },
        ],
      },
      { path: 'owner', lazy: () => import('../features/programs').then((m) => ({ Component: m.ProgramsListPage })) },
      {
        path: 'owner/learning',
        lazy: () => import('../features/learning').then((m) => ({ Component: m.ProgramLearningPage })),
      },
      {
        path: 'programs',
        children: [
          { index: true, lazy: () => import('../features/programs').then((m) => ({ Component: m.ProgramsListPage })) },
          { path: 'new', lazy: () => import('../features/programs').then((m) => ({ Component: m.CreateProgramPage })) },
          {
            path: ':programId',
            lazy: () => import('../features/programs').then((m) => ({ Component: m.ProgramPage })),
          },
          {
            path: ':programId/roster',
            lazy: () => import('../features/roster').then((m) => ({ Component: m.RosterImportPage })),
          },
          {
            path: ':programId/matrix',
            lazy: () => import('../features/cohort').then((m) => ({ Component: m.CohortMatrixPage })),
          },
          {
            path: ':programId/certification',
            lazy: () => import('../features/certification').then((m) => ({ Component: m.CertificationAdminPage })),
          },
          {
            path: ':programId/trainees/:traineeId',
            lazy: () => import('../features/cohort').then((m) => ({ Component: m.TraineeProfilePage })),
          },
          {
            path: ':programId/learning',
            lazy: () => import('../features/learning').then((m) => ({ Component: m.ProgramLearningPage })),
          },
          {
            path: ':programId/learning/new',
            lazy: () => import('../features/learning').then((m) => ({ Component: m.ActivityFormPage })),
          },
          {
            path: ':programId/learning/:activityId',
            lazy: () => import('../features/learning').then((m) => ({ Component: m.ManageActivityPage })),
          },
          {
            path: ':programId/learning/:activityId/edit',
            lazy: () => import('../features/learning').then((m) => ({ Component: m.ActivityFormPage })),
          },
          {
            path: ':programId/learning/:activityId/code',
            lazy: () => import('../features/learning').then((m) => ({ Component: m.CheckInCodePage })),
          },
        ],
      },
      {
        path: 'admin',
        children: [
          { index: true, lazy: () => import('../features/admin').then((m) => ({ Component: m.AdminHomePage })) },
          {
            path: 'organizations/:organizationId',
            lazy: () => import('../features/admin').then((m) => ({ Component: m.OrganizationPage })),
          },
          {
            path: 'accounts/:userId',
            lazy: () => import('../features/admin').then((m) => ({ Component: m.AccountPage })),
          },
        ],
      },
      {
        path: 'reports',
        lazy: () => import('../features/reporting').then((m) => ({ Component: m.KpiDashboardPage })),
      },
      {
        path: 'lineage/:userId',
        lazy: () => import('../features/certification').then((m) => ({ Component: m.LineagePage })),
      },
      {
        path: 'account',
        lazy: () => import('../features/account').then((m) => ({ Component: m.AccountSettingsPage })),
      },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
