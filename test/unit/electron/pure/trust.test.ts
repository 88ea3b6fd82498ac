import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, isTrustedSender } from '../../../../electron/pure/trust';

describe('isTrustedSender / isAppUrl', () => {
  it.each([
    'moon://app/index.html',
    'moon://app/',
    'moon://app/index.html#far-side',
    'moon://app/x?y=1',
  ])('trusts %s', (url) => {
    expect(isTrustedSender(url)).toBe(true);
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    undefined,
    null,
    '',
    'about:blank',
    'file:///work/main/dist/renderer/index.html',
    'http://127.0.0.1:5174/',
    'https://app/index.html',
    'moon://evil/index.html',
    'moon://app.evil.com/index.html',
    'moon://evil@app/index.html',
    'moon://app:80@evil/index.html',
    'moon://user:pass@app/',
    'moon://app:8080/',
    'moon:app/index.html',
    'moonx://app/',
    'javascript:alert(1)',
    'data:text/html,<p>',
    'not a url',
  ])('does not trust %j', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://svs.gsfc.nasa.gov/4720', 'https://nasa.gov/', 'https://www.lroc.asu.edu/'])(
    'opens %s in the browser',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'http://svs.gsfc.nasa.gov/4720',
    'https://evilnasa.gov/',
    'https://nasa.gov.evil.com/',
    'https://user@svs.gsfc.nasa.gov/',
    'https://svs.gsfc.nasa.gov:8443/',
    'file:///etc/passwd',
    'smb://server/share',
    'moon://app/index.html',
    'javascript:alert(1)',
    undefined,
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
