/**
 * How apimachinery's field.Error.ErrorBody() (v1.33) renders a bad value:
 *   int32/int64/float/bool → %v, string → %q, fmt.Stringer → String(), anything else → %#v.
 * Pointers are dereferenced first; a nil pointer or nil interface becomes the string "null"
 * (printed with %q, i.e. `"null"`). Named string types (core.Protocol, core.IPFamilyPolicy…) are
 * not `string` in Go's type switch, so they fall to %#v — which prints them quoted as well.
 * Source: staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go (ErrorBody).
 */

/** strconv.Quote: Go double-quoted string literal with Go escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0x80 && c < 0xa0) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `[]string{"a", "b"}` / `[]string(nil)` / `[]string{}`. `type` defaults to `string`. */
export function goSlice(values: readonly string[] | undefined | null, elemType = 'string'): string {
  if (values === undefined || values === null) return `[]${elemType}(nil)`;
  return `[]${elemType}{${values.map(goQuote).join(', ')}}`;
}

/** `map[string]string{"a":"b", "c":"d"}` (fmt sorts map keys) / `map[string]string(nil)`. */
export function goStringMap(m: Readonly<Record<string, string>> | undefined | null): string {
  if (m === undefined || m === null) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(m[k] ?? '')}`).join(', ')}}`;
}

/** A bad value rendered for a Duplicate/Invalid error whose value is a plain Go string. */
export const goStr = goQuote;

/** ints print with %v. */
export function goInt(n: number): string {
  return String(n);
}

/** A nil pointer value renders as `"null"` (the string "null" printed with %q). */
export const GO_NULL = '"null"';

/** `*string` value: nil → "null", otherwise the quoted string. */
export function goOptStr(s: string | undefined | null): string {
  return s === undefined || s === null ? GO_NULL : goQuote(s);
}

/**
 * The key struct ValidateService uses to detect duplicate (protocol, port) pairs, printed with %#v:
 * `core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80,
 * TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}` (one line).
 */
export function goServicePortKey(protocol: string, port: number): string {
  return (
    `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), ` +
    `Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`
  );
}

/** intstr.IntOrString printed with %#v (its String() has a pointer receiver, so %#v applies). */
export function goIntOrString(v: number | string | undefined): string {
  if (typeof v === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(v)}}`;
  return `intstr.IntOrString{Type:0, IntVal:${v ?? 0}, StrVal:""}`;
}

export interface GoLabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
}

/**
 * A *metav1.LabelSelector as the (v1.33) error renderer prints it: dereferenced, then %#v —
 * `v1.LabelSelector{MatchLabels:map[string]string{"app":"web"},
 * MatchExpressions:[]v1.LabelSelectorRequirement(nil)}` (as seen in real "field is immutable"
 * transcripts). A nil selector prints as "null".
 */
export function goLabelSelector(sel: GoLabelSelector | undefined | null): string {
  if (sel === undefined || sel === null) return GO_NULL;
  const exprs =
    sel.matchExpressions === undefined
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${sel.matchExpressions
          .map(
            (e) =>
              `v1.LabelSelectorRequirement{Key:${goQuote(e.key ?? '')}, Operator:${goQuote(e.operator ?? '')}, ` +
              `Values:${goSlice(e.values)}}`,
          )
          .join(', ')}}`;
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprs}}`;
}
