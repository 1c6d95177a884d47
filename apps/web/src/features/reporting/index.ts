import './i18n';

export { KpiDashboardPage } from './pages/kpi-dashboard-page';
