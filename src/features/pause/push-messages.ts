import type { PushMessage } from '../../core/push/push';
import { pauseCopy } from './copy';
import type { Pause, PauseEvent } from './machine';

/**
 * Which pause moments reach a closed app, and what they say (pauseCopy.push, written in the recipient's language when sent). Plain and calm,
 * no private words (tethers stay in the app), and never pressure.
 */
export function pausePushes(event: PauseEvent, state: Pause): Array<{ userId: string; words: () => PushMessage }> {
  const tag = 'pause';
  const url = '/pause';
  const p = pauseCopy.push;
  const other = (userId: string | null) => (userId === state.requesterId ? state.partnerId : state.requesterId);
  switch (event.type) {
    case 'pause.requested':
      return [{ userId: state.partnerId, words: () => ({ title: p.requested.title, body: p.requested.body({ minutes: state.minutes }), url, tag }) }];
    case 'pause.started':
      return [{ userId: other(event.actorId), words: () => ({ title: p.started.title, body: p.started.body, url, tag }) }];
    case 'pause.extended':
      return [{ userId: state.partnerId, words: () => ({ title: p.extended.title, body: p.extended.body, url, tag }) }];
    case 'pause.returning':
      return [state.requesterId, state.partnerId].map((userId) => ({
        userId,
        words: () => ({ title: p.returning.title, body: p.returning.body, url, tag }),
      }));
    case 'pause.more_time':
      return [{ userId: other(event.actorId), words: () => ({ title: p.moreTime.title, body: p.moreTime.body, url, tag }) }];
    case 'pause.not_now':
      return [{ userId: state.requesterId, words: () => ({ title: p.notNow.title, body: p.notNow.body, url, tag }) }];
    default:
      return [];
  }
}
