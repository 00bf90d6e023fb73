import type { InternetHost } from '../model/config.ts';
import type { HttpResponse } from '../model/trace.ts';
import { utf8Length } from '../util/text.ts';

/**
 * Web servers of the simulated internet. google.com's front end answers a Host header it does not
 * serve with its 404 page — which is what the article's ExternalName example shows, because curl
 * sends `Host: externalname-service.default.svc.cluster.local`.
 */

const GOOGLE_404 = `<!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">
  <title>Error 404 (Not Found)!!1</title>
  <style>
    *{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}html{background:#fff;color:#222;padding:15px}body{margin:7% auto 0;max-width:390px;min-height:180px;padding:30px 0 15px}* > body{background:url(//www.google.com/images/errors/robot.png) 100% 5px no-repeat;padding-right:205px}p{margin:11px 0 22px;overflow:hidden}ins{color:#777;text-decoration:none}a img{border:0}@media screen and (max-width:772px){body{background:none;margin-top:0;max-width:none;padding-right:0}}#logo{background:url(//www.google.com/images/branding/googlelogo/1x/googlelogo_color_150x54dp.png) no-repeat;margin-left:-5px}@media only screen and (min-resolution:192dpi){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat 0% 0%/100% 100%;-moz-border-image:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) 0}}@media only screen and (-webkit-min-device-pixel-ratio:2){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat;-webkit-background-size:100% 100%}}#logo{display:inline-block;height:54px;width:150px}
  </style>
  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>
  <p><b>404.</b> <ins>That’s an error.</ins>
  <p>The requested URL <code>{path}</code> was not found on this server.  <ins>That’s all we know.</ins>
`;

const GOOGLE_301 = `<HTML><HEAD><meta http-equiv="content-type" content="text/html;charset=utf-8">
<TITLE>301 Moved</TITLE></HEAD><BODY>
<H1>301 Moved</H1>
The document has moved
<A HREF="http://www.google.com/">here</A>.
</BODY></HTML>
`;

const EXAMPLE = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>
</head>
<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
</div>
</body>
</html>
`;

const bytes = utf8Length;

function response(
  status: number,
  reason: string,
  body: string,
  extra: [string, string][] = [],
): HttpResponse {
  return {
    status,
    reason,
    headers: [
      ...extra,
      ['Content-Type', 'text/html; charset=UTF-8'],
      ['Content-Length', String(bytes(body))],
    ],
    body,
  };
}

export function internetResponse(
  host: InternetHost,
  hostHeader: string,
  path: string,
): HttpResponse | undefined {
  const h = hostHeader.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  switch (host.server) {
    case 'none':
      return undefined;
    case 'google':
      if (h === 'www.google.com')
        return response(
          200,
          'OK',
          '<!doctype html><html itemscope="" itemtype="http://schema.org/WebPage" lang="en"><head><title>Google</title></head><body>…</body></html>\n',
        );
      if (host.names.includes(h) || h === host.ip) {
        return response(301, 'Moved Permanently', GOOGLE_301, [
          ['Location', 'http://www.google.com/'],
        ]);
      }
      return response(404, 'Not Found', GOOGLE_404.replace('{path}', path));
    case 'echo':
      return response(200, 'OK', EXAMPLE);
  }
}
