/** Stable machine-readable error codes. Never renamed once released; add new ones instead. */
export type ErrorCode =
  | 'input.not-found'
  | 'input.unreadable'
  | 'input.empty'
  | 'input.binary'
  | 'input.encoding'
  | 'input.too-large'
  | 'input.no-article'
  | 'input.malformed-record'
  | 'input.unsupported'
  | 'config.invalid'
  | 'usage'
  | 'store.failed'
  | 'store.version'
  | 'output.failed';

/** Base class of every error Retold raises on purpose. */
export class RetoldError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A problem with one input (file, record): the run goes on without it. */
export class InputError extends RetoldError {
  /** File path as given, or `-` for stdin. */
  readonly input: string;
  /** 1-based record (line, item) within the input, when the input holds many. */
  readonly record: number | undefined;
  constructor(
    code: ErrorCode,
    input: string,
    problem: string,
    options?: { record?: number; cause?: unknown },
  ) {
    const where = options?.record === undefined ? input : `${input} (record ${options.record})`;
    super(code, `${where}: ${problem}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.input = input;
    this.record = options?.record;
  }
}

/** Invalid options or configuration; the message says which and how to fix it. */
export class ConfigError extends RetoldError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config.invalid', message, options);
  }
}

/** A storage failure; nothing acknowledged before it is lost. */
export class StoreError extends RetoldError {}

/** A file Retold writes (a report, a temporary file) could not be written. */
export class OutputError extends RetoldError {
  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super('output.failed', `${path}: ${problem}`, options);
  }
}

/** A system error's reason without the call details: "ENOSPC: no space left on device". */
export function systemReason(e: unknown): string {
  return e instanceof Error ? e.message.replace(/, \w+ '.*'$/, '') : String(e);
}
