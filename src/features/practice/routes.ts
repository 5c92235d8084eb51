import { exportMyPractice } from './export-mine';
import type { Feature } from '../../core/http/app';
import { every } from '../../core/background';
import { SWEEP_GRACE_MS, sweepMedia } from '../../core/media-sweep';
import { UploadLimits } from './upload-limits';
import { agreementRoutes } from './agreement-routes';
import { joyIdeaRoutes } from './joy-idea-routes';
import { noteRoutes } from './note-routes';
import { ReminderScheduler } from './reminders';
import { ritualRoutes } from './ritual-routes';

/** Daily practice: rituals and reminders, notes and joy, capacity, seasons and stretches. */
export const practiceFeature: Feature = {
  name: 'practice',
  exportMine: exportMyPractice,
  routes(api, ctx) {
    ritualRoutes(api, ctx);
    const { mediaDir, dataDir, uploads } = ctx.config;
    noteRoutes(api, ctx, ctx.media, new UploadLimits(uploads, ctx.db.kind === 'pglite' ? [mediaDir, dataDir] : [mediaDir]));
    agreementRoutes(api, ctx);
    joyIdeaRoutes(api, ctx);
  },
  start(ctx, log) {
    const scheduler = new ReminderScheduler(ctx.db, ctx.events);
    const stopReminders = every(15_000, () => scheduler.sweep(Date.now()), (error) => log.warn({ err: error }, 'reminder sweep failed'));
    // Voice notes and photos agree with their rows: what a crash left behind goes, and is reported.
    const stopMediaSweep = every(
      SWEEP_GRACE_MS,
      async () => {
        const report = await sweepMedia(ctx.db, ctx.media, Date.now());
        if (report.removedFiles || report.removedRows) log.info(report, 'media sweep removed what had no counterpart');
      },
      (error) => log.warn({ err: error }, 'media sweep failed'),
    );
    return () => {
      stopReminders();
      stopMediaSweep();
    };
  },
};
