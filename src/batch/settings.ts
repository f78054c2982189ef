/** Batch tuning numbers, in one place. */
export const BATCH_SETTINGS = Object.freeze({
  /**
   * Records in flight (dispatched, not yet written) per worker thread. Enough to keep every
   * thread busy while one slow record holds up the ordered output; small enough that memory
   * stays flat (at most `threads × inFlightPerWorker` records are held at once).
   */
  inFlightPerWorker: 4,
  /** Lower bound on the in-flight window, whatever the thread count. */
  minInFlight: 8,
  /**
   * Longest input line read (UTF-16 units). A longer line is reported as INPUT_TOO_LARGE and
   * skipped without being held in memory: one runaway line must not take the process down.
   */
  maxLineChars: 32 * 1024 * 1024,
});
