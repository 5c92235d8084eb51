import type { PushMessage } from '../../core/push/push';
import type { Pause, PauseEvent } from './machine';

/**
 * Which pause moments reach a closed app, and what they say. Plain and calm,
 * no private words (tethers stay in the app), and never pressure.
 */
export function pausePushes(event: PauseEvent, state: Pause): Array<{ userId: string; message: PushMessage }> {
  const tag = 'pause';
  const url = '/pause';
  const other = (userId: string | null) => (userId === state.requesterId ? state.partnerId : state.requesterId);
  switch (event.type) {
    case 'pause.requested':
      return [{ userId: state.partnerId, message: { title: 'A pause was asked for', body: `${state.minutes} minutes to breathe, with a message for you. Open Offbeat when you can.`, url, tag } }];
    case 'pause.started':
      return [{ userId: other(event.actorId), message: { title: 'Your pause has begun', body: 'The same timer runs on both screens. Take the time you need.', url, tag } }];
    case 'pause.extended':
      return [{ userId: state.partnerId, message: { title: 'The pause was extended', body: 'A few more minutes to settle. You will see the new end time in Offbeat.', url, tag } }];
    case 'pause.returning':
      return [state.requesterId, state.partnerId].map((userId) => ({
        userId,
        message: { title: 'Your pause is ending', body: 'Whenever you are ready, come back together.', url, tag },
      }));
    case 'pause.more_time':
      return [{ userId: other(event.actorId), message: { title: 'A little more time', body: 'One of you asked for a few more minutes, and is coming back.', url, tag } }];
    case 'pause.not_now':
      return [{ userId: state.requesterId, message: { title: 'Not right now', body: 'The pause is set aside for now. Breathing on your own still helps, and you can ask again later.', url, tag } }];
    default:
      return [];
  }
}
