/**
 * Block collection states of the libyaml parser (go-yaml v2 `parserc.go`): block sequences,
 * sequences at their key's indentation, and block mappings with empty keys and values.
 */
import {
  E_MAPPING_END,
  E_SEQUENCE_END,
  S_BLOCK_MAPPING_KEY,
  S_BLOCK_MAPPING_VALUE,
  S_BLOCK_SEQUENCE_ENTRY,
  S_INDENTLESS_SEQUENCE_ENTRY,
} from './events.ts';
import type { Parser } from './parser.ts';
import { T_BLOCK_END, T_BLOCK_ENTRY, T_KEY, T_VALUE } from './token.ts';

export function blockSequenceEntry(p: Parser, first: boolean): number {
  const sc = p.sc;
  if (first) {
    p.pushMark(sc.peekToken());
    sc.skipToken();
  }
  let t = sc.peekToken();
  if (t.type === T_BLOCK_ENTRY) {
    const e = t;
    sc.skipToken();
    t = sc.peekToken();
    if (t.type !== T_BLOCK_ENTRY && t.type !== T_BLOCK_END) {
      p.states.push(S_BLOCK_SEQUENCE_ENTRY);
      return p.node(true, false);
    }
    return p.emptyScalar(e.ePos, e.eLine, S_BLOCK_SEQUENCE_ENTRY);
  }
  if (t.type === T_BLOCK_END) {
    p.popMark();
    p.event(E_SEQUENCE_END, t, p.popState());
    sc.skipToken();
    return E_SEQUENCE_END;
  }
  return p.failInCollection("did not find expected '-' indicator", t);
}

export function indentlessSequenceEntry(p: Parser): number {
  const sc = p.sc;
  let t = sc.peekToken();
  if (t.type === T_BLOCK_ENTRY) {
    const e = t;
    sc.skipToken();
    t = sc.peekToken();
    const ty = t.type;
    if (ty !== T_BLOCK_ENTRY && ty !== T_KEY && ty !== T_VALUE && ty !== T_BLOCK_END) {
      p.states.push(S_INDENTLESS_SEQUENCE_ENTRY);
      return p.node(true, false);
    }
    return p.emptyScalar(e.ePos, e.eLine, S_INDENTLESS_SEQUENCE_ENTRY);
  }
  return p.event(E_SEQUENCE_END, t, p.popState());
}

export function blockMappingKey(p: Parser, first: boolean): number {
  const sc = p.sc;
  if (first) {
    p.pushMark(sc.peekToken());
    sc.skipToken();
  }
  let t = sc.peekToken();
  if (t.type === T_KEY) {
    const k = t;
    sc.skipToken();
    t = sc.peekToken();
    if (t.type !== T_KEY && t.type !== T_VALUE && t.type !== T_BLOCK_END) {
      p.states.push(S_BLOCK_MAPPING_VALUE);
      return p.node(true, true);
    }
    return p.emptyScalar(k.ePos, k.eLine, S_BLOCK_MAPPING_VALUE);
  }
  if (t.type === T_BLOCK_END) {
    p.popMark();
    p.event(E_MAPPING_END, t, p.popState());
    sc.skipToken();
    return E_MAPPING_END;
  }
  return p.failInCollection('did not find expected key', t);
}

export function blockMappingValue(p: Parser): number {
  const sc = p.sc;
  let t = sc.peekToken();
  if (t.type === T_VALUE) {
    const v = t;
    sc.skipToken();
    t = sc.peekToken();
    if (t.type !== T_KEY && t.type !== T_VALUE && t.type !== T_BLOCK_END) {
      p.states.push(S_BLOCK_MAPPING_KEY);
      return p.node(true, true);
    }
    return p.emptyScalar(v.ePos, v.eLine, S_BLOCK_MAPPING_KEY);
  }
  return p.emptyScalar(t.pos, t.line, S_BLOCK_MAPPING_KEY);
}
