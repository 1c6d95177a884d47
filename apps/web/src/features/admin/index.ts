export { AdminHomePage } from './pages/admin-home-page';
export { OrganizationPage } from './pages/organization-page';
export { AccountPage } from './pages/account-page';
