import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from '../../../src/app/routes.ts';

describe('compendium and report addresses', () => {
  it('round-trip a theme that is a key or a facilitator’s own words', () => {
    for (const theme of ['social-protection', 'Protección social / économie informelle #2', 'الحماية الاجتماعية']) {
      expect(parseRoute(new URL(paths.compendium(theme), 'http://x').pathname)).toEqual({ name: 'compendium', theme });
      expect(parseRoute(new URL(paths.compendiumReport(theme), 'http://x').pathname)).toEqual({ name: 'compendiumReport', theme });
    }
  });

  it('opens the compendium without a theme, and refuses a report without one or a broken address', () => {
    expect(parseRoute('/compendium')).toEqual({ name: 'compendium', theme: '' });
    expect(parseRoute('/compendium//report')).toEqual({ name: 'notFound' });
    expect(parseRoute('/compendium/%E0%A4%A/report')).toEqual({ name: 'notFound' });
  });

  it('has a report section in every workshop', () => {
    const id = '0192f1a2-3b4c-7d5e-8f60-718293a4b5c6';
    expect(parseRoute(paths.workshop(id, 'report'))).toEqual({ name: 'workshop', id, section: 'report' });
  });
});
