/** Renders a check message in every language at once. */
import { localize, type Lang, type Localized } from '../languages.ts';
import { en, type CheckMessages } from './messages/en.ts';
import { ko } from './messages/ko.ts';

/** The check-message catalog of each language. */
export const CHECK_MESSAGES: Readonly<Record<Lang, CheckMessages>> = { en, ko };

export type MsgKey = keyof CheckMessages;

type ParamsOf<K extends MsgKey> = Parameters<CheckMessages[K]> extends [infer P] ? P : undefined;

/** A parameter may be the same in every language (a name, an address) or already localized. */
type Localizable<P> = { [F in keyof P]: string | number | Localized };

const pick = (v: string | number | Localized, lang: Lang): string =>
  typeof v === 'object' ? v[lang] : String(v);

/**
 * `msg('wrongType', { svc: 'web', actual: 'ClusterIP', wanted: 'NodePort' })` →
 * `{ en: 'Service web is type ClusterIP; …', ko: 'web 서비스의 타입이 ClusterIP 입니다. …' }`.
 */
export function msg<K extends MsgKey>(
  key: K,
  ...params: ParamsOf<K> extends undefined ? [] : [Localizable<ParamsOf<K>>]
): Localized {
  const p = params[0] as Readonly<Record<string, string | number | Localized>> | undefined;
  return localize((lang) => {
    const f = CHECK_MESSAGES[lang][key] as (p?: Record<string, string>) => string;
    if (!p) return f();
    const rendered: Record<string, string> = {};
    for (const [k, v] of Object.entries(p)) rendered[k] = pick(v, lang);
    return f(rendered);
  });
}
