/** What the settings page composes from notifications. */
export { NotificationsSection } from './notifications-section';
