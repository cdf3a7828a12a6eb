/**
 * Pure helpers of the calendar feed panel. The address is shown only when it is one of Hearth's feed
 * addresses, so an unexpected answer is never offered to a person as something to paste elsewhere.
 */
const FEED_PATH = /^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/;

export function isFeedAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && FEED_PATH.test(u.pathname) && !u.search;
  } catch {
    return false;
  }
}

/**
 * The same address as a `webcal:` link, which Apple Calendar and desktop Outlook open as a
 * subscription (they fetch it over HTTP(S) themselves).
 */
export function webcalAddress(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}

/** What the panel is doing: showing the address, asking before replacing it, or replacing it. */
export type PanelStage = 'showing' | 'confirming' | 'renewing';
export type CopyStatus = 'idle' | 'copied' | 'failed';
