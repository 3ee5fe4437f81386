import { t } from './index.ts';
import type { UiLanguage } from './types.ts';

/**
 * A file's size as GOV.UK shows it next to a download, in the interface language: "84 KB",
 * "1.2 MB", "900 bytes" (1 KB = 1,024 bytes). Welsh writes the units the same way and
 * counts bytes with its own plural forms ("2 feit").
 */
export function formatBytes(bytes: number, lang: UiLanguage = 'en-GB'): string {
  if (bytes < 1024) return t(lang, 'downloads.size.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return t(lang, 'downloads.size.kb', { size: Math.round(bytes / 1024) });
  return t(lang, 'downloads.size.mb', { size: (bytes / (1024 * 1024)).toFixed(1) });
}
