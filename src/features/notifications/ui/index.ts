/**
 * What the app shell and the settings page compose from notifications. ("At your own pace",
 * own-pace-section.tsx, is imported by the settings page itself, so it loads with Settings only.)
 */
export { NotificationsSection } from './notifications-section';
export { DevicePushSync } from './device-push-sync';
