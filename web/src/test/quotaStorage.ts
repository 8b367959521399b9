import { MemoryStorage } from './memoryStorage';

/** A localStorage that holds at most `limit` characters per value, as a browser's quota refuses big ones. */
export class QuotaStorage extends MemoryStorage {
  limit = Number.POSITIVE_INFINITY;

  override setItem(key: string, value: string): void {
    if (value.length > this.limit) {
      throw new DOMException(
        `Failed to execute 'setItem' on 'Storage': Setting the value of '${key}' exceeded the quota.`,
        'QuotaExceededError',
      );
    }
    super.setItem(key, value);
  }
}
