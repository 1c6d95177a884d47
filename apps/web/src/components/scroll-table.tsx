import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table that scrolls sideways on a phone. The scrolling region takes keyboard focus (arrow keys scroll it),
 * which axe asks of every scrollable region.
 */
export function ScrollTable({
  minWidth,
  label,
  children,
}: {
  minWidth: number;
  /** What the table shows; defaults to a generic "table" */
  label?: string;
  children: ReactNode;
}): ReactNode {
  const { t } = useTranslation('common');
  return (
    <div role="region" aria-label={label ?? t('table')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
