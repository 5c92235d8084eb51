/** What the app shell uses from the safety feature. */
export { onQuickExit, quickExit, useShiftThreeTimesToLeave } from './quick-exit';
export { readQuickExitPrefs } from './quick-exit-prefs';
export { QuickExitButton } from './quick-exit-button';
export { QuickExitSettings } from './quick-exit-settings';
export { useLeaveNoTrailLocation } from './leave-no-trail';
export { EmergencyCall, HelplinesFor, HelpWhereYouAre, useChosenCountry } from './helplines';
export { SafetyHint } from './safety-hint';
export { SafetyCheckOffer, SafetyCheckSettings, SAFETY_CHECK_PATH } from './safety-check-offer';
