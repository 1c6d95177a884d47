export { RosterImportPage } from './pages/roster-import-page';
