/**
 * Drafts of form text, kept in sessionStorage while the person types so a reload, a lost connection or a failed
 * submit loses nothing. Only form text goes here, never tokens.
 */
const PREFIX = 'banso.draft.';

export function loadDraft<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function saveDraft<T>(key: string, values: T): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

export function clearDraft(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}
