// A refused write is told apart from a program error: a full quota, storage switched off, or neither.
import { describe, expect, it } from 'vitest';
import { storageFailure } from '../../src/storage/failure';

describe('storage failures', () => {
  it('a QuotaExceededError (DOMException, legacy code, or Firefox’s name) is a full quota', () => {
    expect(storageFailure(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('quota');
    expect(storageFailure({ name: 'Error', code: 22 })).toBe('quota');
    expect(storageFailure({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('quota');
    expect(storageFailure(new Error('Transaction aborted: quota exceeded'))).toBe('quota');
  });

  it('storage that private mode or blocked site data switches off is "unavailable"', () => {
    expect(storageFailure(new DOMException('Access denied', 'SecurityError'))).toBe('unavailable');
    expect(storageFailure(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toBe('unavailable');
    expect(storageFailure(new DOMException('Internal error opening backing store', 'UnknownError'))).toBe('unavailable');
    expect(storageFailure(new ReferenceError('indexedDB is not defined'))).toBe('unavailable');
  });

  it('anything else is not a storage failure (it stays an internal error, with its message)', () => {
    expect(storageFailure(new TypeError("Cannot read properties of undefined (reading 'length')"))).toBeNull();
    expect(storageFailure(new DOMException('Data provided to an operation does not meet requirements.', 'DataError'))).toBeNull();
    expect(storageFailure('nope')).toBeNull();
    expect(storageFailure(null)).toBeNull();
    expect(storageFailure(undefined)).toBeNull();
  });
});
