/** Dates and times in the person's language (Japanese: 2025年6月3日 14:00). */
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'ja-JP';
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(isoOrDay: string, language: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? new Date(`${isoOrDay}T00:00:00`) : new Date(isoOrDay);
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(date);
}

/** Whole days from today to a YYYY-MM-DD date (negative: overdue). */
export function daysUntil(day: string, now: Date = new Date()): number {
  const target = new Date(`${day}T00:00:00`);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((target.getTime() - today.getTime()) / 86_400_000);
}
