import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value));

/**
 * Every setting the API reads, with its default. Read once at boot by `loadConfig()`;
 * a bad value stops the start with a message naming the variable.
 * Secrets (DATABASE_URL, JWT_SECRET, ADMIN_PASSWORD, SMTP_URL) are never logged.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Connection string of an external PostgreSQL; unset = start the embedded one. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** HS256 signing key for access tokens. Required in production; generated for development. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsString()
  JWT_ISSUER = 'postcare';

  @IsString()
  JWT_AUDIENCE = 'postcare-api';

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** Wrong passwords for one login (tenfold for one client address) before answers slow down. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_FREE_FAILURES = 5;

  /** The longest wait, seconds, a run of wrong passwords can impose; it doubles up to this. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_MAX_DELAY_SECONDS = 60;

  /** A just-rotated refresh token still yields a session this long (two tabs refreshing at once). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  REFRESH_GRACE_SECONDS = 10;

  /** How long a checked session is trusted without asking the database again. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  SESSION_CACHE_SECONDS = 5;

  /** Mark the refresh cookie Secure even when the request reached us over plain HTTP (TLS proxy). */
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE = false;

  /** Login attempts allowed per client address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_RATE_LIMIT_PER_MINUTE = 20;

  /** API requests per minute per signed-in user, and per address for anonymous calls (API keys have their own). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  API_RATE_LIMIT_PER_MINUTE = 600;

  @IsString()
  ADMIN_LOGIN = 'admin';

  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  ADMIN_PASSWORD?: string;

  /** Origin of the SPA when it is served from another host (e.g. the Vite dev server). */
  @IsOptional()
  @IsString()
  CORS_ORIGIN?: string;

  /** Folder with the built SPA; unset = apps/web/dist of this checkout. Empty = API only. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** Set behind a reverse proxy so client addresses (rate limits, logs) are the real ones. */
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Mail server of the daily e-mail digest (`smtp://user:pass@host:587`); unset = no e-mail. */
  @IsOptional()
  @IsString()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  /** The sender of the digest e-mails. */
  @IsString()
  SMTP_FROM = 'Постинтернатное сопровождение <noreply@localhost>';

  /** The address people open the SPA at, for links in e-mails; unset = e-mails without links. */
  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\//, { message: 'PUBLIC_URL must start with http:// or https://' })
  PUBLIC_URL?: string;

  /** The hour of each institution's own morning (its time zone) when the daily pass runs. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  DAILY_PASS_HOUR = 7;

  /** Upload size limits in MB, per kind: photos, document scans, DOCX templates, XLSX imports. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  UPLOAD_MAX_PHOTO_MB = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  UPLOAD_MAX_SCAN_MB = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  UPLOAD_MAX_TEMPLATE_MB = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  UPLOAD_MAX_IMPORT_MB = 5;

  /** Whether this process POSTs webhook events (off = they wait in the outbox for another). */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_DELIVERY = true;

  /** How often the webhook delivery pass runs, milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3600000)
  WEBHOOK_INTERVAL_MS = 5000;

  /** Pause after the first failed delivery, seconds; it doubles per failure up to the cap. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  WEBHOOK_RETRY_BASE_SECONDS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  WEBHOOK_RETRY_MAX_SECONDS = 3600;

  /** A delivery failing this long after its event is given up (marked failed). */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(604800)
  WEBHOOK_GIVE_UP_SECONDS = 90000;

  /** Allow http:// webhook URLs to localhost/127.0.0.1 (never in production). */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_HTTP_LOCALHOST = true;
}

export class ConfigError extends Error {}

const SETTINGS = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'EMBEDDED_PG_DIR',
  'EMBEDDED_PG_PORT',
  'JWT_SECRET',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'ACCESS_TOKEN_TTL_SECONDS',
  'REFRESH_TOKEN_TTL_DAYS',
  'LOGIN_FREE_FAILURES',
  'LOGIN_MAX_DELAY_SECONDS',
  'REFRESH_GRACE_SECONDS',
  'SESSION_CACHE_SECONDS',
  'COOKIE_SECURE',
  'LOGIN_RATE_LIMIT_PER_MINUTE',
  'API_RATE_LIMIT_PER_MINUTE',
  'ADMIN_LOGIN',
  'ADMIN_PASSWORD',
  'CORS_ORIGIN',
  'WEB_DIST_DIR',
  'TRUST_PROXY',
  'LOG_LEVEL',
  'SMTP_URL',
  'SMTP_FROM',
  'PUBLIC_URL',
  'DAILY_PASS_HOUR',
  'UPLOAD_MAX_PHOTO_MB',
  'UPLOAD_MAX_SCAN_MB',
  'UPLOAD_MAX_TEMPLATE_MB',
  'UPLOAD_MAX_IMPORT_MB',
  'WEBHOOK_DELIVERY',
  'WEBHOOK_INTERVAL_MS',
  'WEBHOOK_RETRY_BASE_SECONDS',
  'WEBHOOK_RETRY_MAX_SECONDS',
  'WEBHOOK_GIVE_UP_SECONDS',
  'WEBHOOK_HTTP_LOCALHOST',
] as const satisfies readonly (keyof AppConfig)[];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(
    SETTINGS.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [
      key,
      env[key],
    ]),
  );
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`),
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET: required when NODE_ENV=production',
    );
  }
  return config;
}
