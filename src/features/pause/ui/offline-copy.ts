import { defineMessages } from '../../../core/i18n/messages';

/** The pacer's words when it breathes alone, without a connection (the pause together needs one). */
export const offlineCopy = defineMessages('features/pause/ui/offline-copy', {
  offline: {
    title: 'Breathe',
    intro: 'You are offline, so a pause together has to wait. Breathing works anywhere: follow the circle for as long as you like.',
    pacerTitle: 'Breathe with the circle',
    pacerIntro: 'A slow rhythm, just on this phone. Make it slower or faster until it feels right.',
  },
}, { de: () => import('./offline-copy.de.json') });
