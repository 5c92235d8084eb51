import type { Feature } from '../../core/http/app';
import { every } from '../../core/background';
import { UploadLimits } from './upload-limits';
import { agreementRoutes } from './agreement-routes';
import { joyIdeaRoutes } from './joy-idea-routes';
import { noteRoutes } from './note-routes';
import { ReminderScheduler } from './reminders';
import { ritualRoutes } from './ritual-routes';

/** Daily practice: rituals and reminders, notes and joy, capacity, seasons and stretches. */
export const practiceFeature: Feature = {
  name: 'practice',
  routes(api, ctx) {
    ritualRoutes(api, ctx);
    const { mediaDir, dataDir, uploads } = ctx.config;
    noteRoutes(api, ctx, ctx.media, new UploadLimits(uploads, ctx.db.kind === 'pglite' ? [mediaDir, dataDir] : [mediaDir]));
    agreementRoutes(api, ctx);
    joyIdeaRoutes(api, ctx);
  },
  start(ctx, log) {
    const scheduler = new ReminderScheduler(ctx.db, ctx.events);
    return every(15_000, () => scheduler.sweep(Date.now()), (error) => log.warn({ err: error }, 'reminder sweep failed'));
  },
};
