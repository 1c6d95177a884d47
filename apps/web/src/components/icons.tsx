import type { ReactNode } from 'react';

/** Small inline icons (no icon font or library in the bundle). Decorative: the button carries the label. */
function Icon({ path, size = 20 }: { path: string; size?: number }): ReactNode {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}

export function BellIcon(): ReactNode {
  return <Icon path="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.73 21a2 2 0 0 1-3.46 0" />;
}

export function CheckIcon(): ReactNode {
  return <Icon path="M20 6 9 17l-5-5" />;
}

export function ChevronRightIcon(): ReactNode {
  return <Icon path="m9 18 6-6-6-6" size={16} />;
}
