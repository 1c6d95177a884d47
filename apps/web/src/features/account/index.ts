export { AccountSettingsPage } from './pages/account-settings-page';
export { SetPasswordPage } from './pages/set-password-page';
