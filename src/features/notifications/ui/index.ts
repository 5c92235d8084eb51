/** What the app shell and the settings page compose from notifications. */
export { NotificationsSection } from './notifications-section';
export { OwnPaceSection } from './own-pace-section';
export { DevicePushSync } from './device-push-sync';
