import { defineMessages } from '../../core/i18n/messages';

/**
 * Our own starting words for the moment. Suggestions only: each person edits
 * them into their own voice. They name the loop, not the partner.
 */
export const toolkitCopy = defineMessages('features/toolkit/copy', {
  scriptSuggestions: {
    /** For the one who reaches: ways to ask without chasing. */
    pursuer: [
      { situation: 'When I feel myself chasing', text: 'I notice I’m speeding up. I’m going to slow down, because I want us, not a win.' },
      { situation: 'When they ask for space', text: 'Take the time you need. I trust you’ll come back, and I’ll be here.' },
      { situation: 'When the silence scares me', text: 'The quiet is making me anxious. Could you tell me one word about where you are?' },
    ],
    /** For the one who withdraws: ways to step back without leaving. */
    distancer: [
      { situation: 'When I start to shut down', text: 'I’m getting flooded. I need a few minutes — I’m not leaving you, I’m coming back.' },
      { situation: 'Before I take space', text: 'I want to hear you properly. Can we breathe together first?' },
      { situation: 'When I come back', text: 'I’m back. Thank you for waiting. I can listen now.' },
    ],
  },
  helpSuggestions: ['A glass of water', 'A short walk', 'Music with headphones', 'A hand on my shoulder', 'Being in the same room, quietly', 'Slow breathing'],
  playlistInvalid: 'Please use a full web link that starts with https://',
  notFound: 'That item is no longer here.',
}, { de: () => import('./copy.de.json') });
