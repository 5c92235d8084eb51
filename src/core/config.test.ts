import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('needs nothing configured', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      databaseUrl: undefined,
      publicOrigin: undefined,
      trustProxy: 0,
      logLevel: 'info',
      logFile: undefined,
      lanAddress: undefined,
      sessionDays: 30,
      inviteHours: 72,
      authRateLimit: 10,
      argon2: { memoryCost: 19456, timeCost: 2 },
      uploads: { quotaBytesPerCouple: 500_000_000, perPersonPerHour: 60, minFreeDiskBytes: 512_000_000 },
      metricsToken: undefined,
      shutdownGraceMs: 10_000,
      liveBus: { kind: 'postgres', natsUrl: 'nats://127.0.0.1:4222' },
      backups: { dir: './data/backups', everyHours: 0, keep: 7 },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/offbeat',
      DATABASE_URL: 'postgres://offbeat@db:5432/offbeat',
      PUBLIC_ORIGIN: 'https://offbeat.example',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
      LOG_FILE: '/var/log/offbeat.log',
      LAN_ADDRESS: '192.168.1.20',
      SESSION_DAYS: '7',
      INVITE_HOURS: '24',
      AUTH_RATE_LIMIT: '5',
      ARGON2_MEMORY_KIB: '65536',
      ARGON2_ITERATIONS: '3',
      MEDIA_QUOTA_MB: '100',
      UPLOAD_RATE_LIMIT: '12',
      MIN_FREE_DISK_MB: '0',
      METRICS_TOKEN: 'a-metrics-token-of-32-characters',
      SHUTDOWN_GRACE_SECONDS: '25',
      LIVE_BUS: 'nats',
      NATS_URL: 'nats://bus.internal:4222',
      BACKUP_DIR: '/srv/backups',
      BACKUP_EVERY_HOURS: '24',
      BACKUP_KEEP: '14',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/offbeat',
      databaseUrl: 'postgres://offbeat@db:5432/offbeat',
      publicOrigin: 'https://offbeat.example',
      trustProxy: 1,
      logLevel: 'warn',
      logFile: '/var/log/offbeat.log',
      lanAddress: '192.168.1.20',
      sessionDays: 7,
      inviteHours: 24,
      authRateLimit: 5,
      argon2: { memoryCost: 65536, timeCost: 3 },
      uploads: { quotaBytesPerCouple: 100_000_000, perPersonPerHour: 12, minFreeDiskBytes: 0 },
      metricsToken: 'a-metrics-token-of-32-characters',
      shutdownGraceMs: 25_000,
      liveBus: { kind: 'nats', natsUrl: 'nats://bus.internal:4222' },
      backups: { dir: '/srv/backups', everyHours: 24, keep: 14 },
    });
  });

  it('has mail off and three reset requests an hour per email, unless told', () => {
    expect(loadConfig({})).toMatchObject({ mail: undefined, resetRateLimit: 3 });
    expect(loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example:465', MAIL_FROM: 'Offbeat <offbeat@example.org>', RESET_RATE_LIMIT: '5' })).toMatchObject({
      mail: { smtpUrl: 'smtps://user:secret@mail.example:465', from: 'Offbeat <offbeat@example.org>' },
      resetRateLimit: 5,
    });
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'offbeat@example.org' }).mail).toEqual({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'offbeat@example.org' });
  });

  it('refuses mail settings that cannot work', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/MAIL_FROM: is needed with SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example', MAIL_FROM: 'a@example.org' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'mail.example', MAIL_FROM: 'a@example.org' })).toThrow(/SMTP_URL/);
    for (const from of ['', 'offbeat', 'Offbeat <>', 'a@example.org\r\nBcc: b@example.org', 'a@b@c']) {
      expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: from }), from).toThrow(/MAIL_FROM/);
    }
    expect(() => loadConfig({ RESET_RATE_LIMIT: '0' })).toThrow(/RESET_RATE_LIMIT/);
  });

  it('refuses a metrics token short enough to guess', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('reduces PUBLIC_ORIGIN to its origin, so invite links never get a double slash', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://offbeat.example/' }).publicOrigin).toBe('https://offbeat.example');
    expect(loadConfig({ PUBLIC_ORIGIN: 'http://localhost:8080' }).publicOrigin).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_ORIGIN: 'HTTPS://Offbeat.Example:443/' }).publicOrigin).toBe('https://offbeat.example');
  });

  it.each([
    ['PORT', ''],
    ['PORT', ' '],
    ['PORT', 'eighty'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['PORT', '1e3'],
    ['SESSION_DAYS', '0'],
    ['SESSION_DAYS', '366'],
    ['SESSION_DAYS', ''],
    ['INVITE_HOURS', '0'],
    ['INVITE_HOURS', '721'],
    ['AUTH_RATE_LIMIT', '0'],
    ['AUTH_RATE_LIMIT', ''],
    ['ARGON2_MEMORY_KIB', '512'],
    ['ARGON2_ITERATIONS', '0'],
    ['MEDIA_QUOTA_MB', '0'],
    ['UPLOAD_RATE_LIMIT', 'lots'],
    ['MIN_FREE_DISK_MB', '-5'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '-1'],
    ['TRUST_PROXY', '2.5'],
    ['LOG_LEVEL', 'verbose'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://db/offbeat'],
    ['PUBLIC_ORIGIN', 'offbeat.example'],
    ['PUBLIC_ORIGIN', 'javascript:alert(1)'],
    ['PUBLIC_ORIGIN', 'ftp://offbeat.example'],
    ['PUBLIC_ORIGIN', 'https://offbeat.example/app'],
    ['PUBLIC_ORIGIN', 'https://offbeat.example/?x=1'],
    ['PUBLIC_ORIGIN', 'https://user:pw@offbeat.example'],
    ['HOST', ''],
    ['LOG_FILE', ''],
    ['LAN_ADDRESS', 'my-laptop.local'],
    ['LAN_ADDRESS', '192.168.1.300'],
    ['LAN_ADDRESS', 'http://192.168.1.20:3000'],
    ['DATA_DIR', ''],
    ['LIVE_BUS', 'redis'],
    ['NATS_URL', '127.0.0.1:4222'],
    ['NATS_URL', 'http://127.0.0.1:4222'],
  ])('refuses %s=%j, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: .*${name}`));
  });

  it('reads TRUST_PROXY as a number of proxy hops, `true` being one', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('lets tests override any setting', () => {
    expect(loadConfig({ PORT: '1' }, { port: 2, webRoot: '/tmp/web' })).toMatchObject({ port: 2, webRoot: '/tmp/web' });
  });
});
