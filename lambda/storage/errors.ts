/** Storage errors, small and few, mapped to speech in one place (handlers/errors.ts). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** Someone else (the other Echo) changed the household between our read and our write, too often. */
export class ConcurrentUpdateError extends Error {
  override name = 'ConcurrentUpdateError';
}

/** An item in the table did not match its schema. Its values are never logged, only the paths. */
export class CorruptItemError extends Error {
  override name = 'CorruptItemError';
  constructor(
    readonly itemKind: string,
    readonly issuePaths: string[],
  ) {
    super(`stored ${itemKind} item failed validation at: ${issuePaths.join(', ') || '(root)'}`);
  }
}
