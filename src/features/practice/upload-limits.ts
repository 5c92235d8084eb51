import type { Config } from '../../core/config';
import type { CoupleScope, ScopedTx } from '../../core/couple-scope';
import { freeBytesAt } from '../../core/disk-space';
import { AppError, TooManyRequests } from '../../core/errors';
import { RateLimiter } from '../../core/auth/rate-limiter';
import { practiceCopy } from './copy';

const HOUR_MS = 3_600_000;

/**
 * What keeps voice notes and photos from filling the server: a per-person upload
 * rate, a per-space quota, and a floor of free disk under the media and the
 * embedded database (a full disk would stop the database, and with it every
 * pause and signal, not just uploads).
 */
export class UploadLimits {
  private readonly perPerson: RateLimiter;

  constructor(
    private readonly limits: Config['uploads'],
    /** Folders whose disks must keep `minFreeDiskBytes` free: MEDIA_DIR, and DATA_DIR when the database lives there. */
    private readonly dirs: string[],
    now: () => number = Date.now,
  ) {
    this.perPerson = new RateLimiter(limits.perPersonPerHour, HOUR_MS, now);
  }

  /** Before the bytes are written: the person's pace, the disk's room, and a first look at the space's quota. */
  async admit(scope: CoupleScope, bytes: number): Promise<void> {
    try {
      this.perPerson.hit(`upload:${scope.userId}`);
    } catch {
      throw new TooManyRequests(practiceCopy.errors.uploadLimits.tooFast);
    }
    for (const dir of this.dirs) {
      if ((await freeBytesAt(dir)) - bytes < this.limits.minFreeDiskBytes) throw new AppError(507, 'storage_full', practiceCopy.errors.uploadLimits.diskFull);
    }
    await this.checkQuota(scope, bytes);
  }

  /** Inside the transaction that stores the upload, under the couple's lock, so two uploads at once cannot both squeeze in. */
  async holdQuota(tx: ScopedTx, bytes: number): Promise<void> {
    await tx.query('select id from couples where id = $1 for update');
    await this.checkQuota(tx, bytes);
  }

  private async checkQuota(db: Pick<ScopedTx, 'query'>, bytes: number): Promise<void> {
    const [row] = await db.query<{ used: string }>('select coalesce(sum(bytes), 0)::text as used from media where couple_id = $1');
    if (Number(row!.used) + bytes > this.limits.quotaBytesPerCouple) throw new AppError(413, 'space_full', practiceCopy.errors.uploadLimits.spaceFull);
  }
}
