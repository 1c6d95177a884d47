import type { AppRole } from '../lib/roles';

export interface NavItem {
  /** Route path */
  to: string;
  /** i18n key in the `app` namespace */
  label: string;
  /** Matches only the exact path (home pages) */
  end?: boolean;
}

/**
 * The navigation per role: the first item is the role's home. Add a page: a route in router.tsx, an item here,
 * its label in app/i18n/{ja,en}.json under `nav`.
 */
export const NAVIGATION: Record<AppRole, NavItem[]> = {
  TRAINEE: [
    { to: '/trainee', label: 'nav.traineeHome', end: true },
    { to: '/trainee/cases', label: 'nav.cases' },
    { to: '/trainee/competencies', label: 'nav.competencies' },
    { to: '/trainee/learning', label: 'nav.learning' },
    { to: '/trainee/certification', label: 'nav.certification' },
  ],
  MENTOR: [
    { to: '/mentor', label: 'nav.mentorInbox', end: true },
    { to: '/mentor/mentees', label: 'nav.mentees' },
    { to: '/mentor/lineage', label: 'nav.lineage' },
  ],
  OWNER: [
    { to: '/owner', label: 'nav.ownerPrograms', end: true },
    { to: '/owner/learning', label: 'nav.ownerLearning' },
    { to: '/reports', label: 'nav.reports' },
  ],
  ADMIN: [
    { to: '/admin', label: 'nav.adminSetup', end: true },
    { to: '/programs', label: 'nav.programs' },
    { to: '/reports', label: 'nav.reports' },
  ],
};

export function homeOf(role: AppRole | null): string {
  return role ? NAVIGATION[role][0].to : '/account';
}
