import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/** A short confirmation at the top of the page (its close button is labelled for screen readers). */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': i18next.t('common:close') } });
}
