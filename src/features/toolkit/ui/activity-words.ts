import type { toolkitEvents } from '../contract';
import { registerActivityWords } from '../../../core/web/activity-words';
import { copy } from './copy';

/** How the shared calming playlist reads in the couple's activity feed. */
registerActivityWords<typeof toolkitEvents>({ 'toolkit.playlist_changed': (actor) => copy.feed.playlistChanged(actor) });
