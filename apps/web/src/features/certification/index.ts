// Registers the feature's translations first: this chunk is loaded lazily, and so are its texts.
import './translations';

export { MyCertificationPage } from './pages/my-certification-page';
export { CertificationAdminPage } from './pages/certification-admin-page';
export { LineagePage } from './pages/lineage-page';
export { VerifyPage } from './pages/verify-page';
