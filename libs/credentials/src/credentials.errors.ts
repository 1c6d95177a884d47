/** A status entry that does not exist: an unknown list, or an index outside it. A programming error of the caller. */
export class StatusEntryNotFoundError extends Error {
  constructor(statusListId: string, index: number) {
    super(`no status entry ${index} in status list ${statusListId}`);
    this.name = 'StatusEntryNotFoundError';
  }
}
