import robotsParserModule from 'robots-parser';

interface RobotsTxt {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS with `module.exports = function`; its typings declare an ESM default
// export, which NodeNext resolution then sees as the module object. The runtime value is the function.
const robotsParser = robotsParserModule as unknown as (url: string, body: string) => RobotsTxt;

/** What robots.txt lets sitrep do on one origin. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** The Crawl-delay it asks for, in ms, if any. */
  crawlDelayMs?: number;
  /** Set when robots.txt could not be read (5xx, no answer): everything is disallowed for now. */
  unreachable?: string;
}

const MAX_CRAWL_DELAY_MS = 60_000;

/**
 * Rules from a robots.txt answer, as RFC 9309 says: a 2xx body is parsed for our user agent;
 * 4xx means there is no robots.txt (everything allowed); 5xx or no answer means the site is
 * unreachable for now (everything disallowed until it answers; `failure` says why).
 */
export function robotsRules(robotsUrl: string, status: number | undefined, body: string, userAgent: string, failure = 'no answer'): RobotsRules {
  if (status !== undefined && status >= 200 && status < 300) {
    const robots = robotsParser(robotsUrl, body);
    const delay = robots.getCrawlDelay(userAgent);
    return {
      isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
      crawlDelayMs: delay === undefined ? undefined : Math.min(delay * 1000, MAX_CRAWL_DELAY_MS),
    };
  }
  if (status !== undefined && status >= 400 && status < 500) return { isAllowed: () => true };
  return { isAllowed: () => false, unreachable: status === undefined ? failure : `HTTP ${status}` };
}

/** The robots.txt URL of a page's origin. */
export function robotsUrlOf(url: URL): string {
  return `${url.protocol}//${url.host}/robots.txt`;
}
