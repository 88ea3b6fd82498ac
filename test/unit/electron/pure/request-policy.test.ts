import { describe, expect, it } from 'vitest';
import { decideRequest } from '../../../../electron/pure/request-policy';

const DATA_HOST = 'svs.gsfc.nasa.gov';
const idle = { downloadActive: false, dataHosts: [DATA_HOST] };
const downloading = { downloadActive: true, dataHosts: [DATA_HOST] };
const KIT = `https://${DATA_HOST}/vis/a000000/a004700/a004720/ldem_16_uint.tif`;

describe('decideRequest (the offline guarantee)', () => {
  it.each([
    'moon://app/index.html',
    'moon://app/pack/color-1024.0123abcd89ef4567.jpg',
    'data:image/png;base64,AAAA',
    'blob:moon://app/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    'devtools://devtools/bundled/inspector.html',
  ])('allows %s', (url) => {
    expect(decideRequest(url, idle)).toEqual({ allow: true });
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5174/',
    'https://fonts.googleapis.com/css',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'moon://evil/index.html',
    'moon://user@app/index.html',
    'ftp://svs.gsfc.nasa.gov/x',
    'http://svs.gsfc.nasa.gov/x',
    'not a url',
  ])('blocks %s, with a reason', (url) => {
    const decision = decideRequest(url, downloading);
    expect(decision.allow).toBe(false);
    expect(decision.allow === false && decision.reason.length).toBeGreaterThan(0);
  });

  it('allows the data host only while a download the user started is running', () => {
    expect(decideRequest(KIT, idle).allow).toBe(false);
    expect(decideRequest(KIT, downloading)).toEqual({ allow: true });
    expect(decideRequest(KIT.replace(DATA_HOST, `${DATA_HOST}:8443`), downloading).allow).toBe(
      false,
    );
    expect(decideRequest(KIT.replace(DATA_HOST, `evil.${DATA_HOST}`), downloading).allow).toBe(
      false,
    );
  });
});
