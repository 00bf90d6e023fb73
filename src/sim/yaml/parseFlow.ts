/**
 * Flow collection states of the libyaml parser (go-yaml v2 `parserc.go`): `[...]` and `{...}`,
 * including single-pair mappings inside flow sequences.
 */
import {
  E_MAPPING_END,
  E_MAPPING_START,
  E_SEQUENCE_END,
  S_FLOW_MAPPING_EMPTY_VALUE,
  S_FLOW_MAPPING_KEY,
  S_FLOW_MAPPING_VALUE,
  S_FLOW_SEQUENCE_ENTRY,
  S_FLOW_SEQUENCE_ENTRY_MAPPING_END,
  S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY,
  S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE,
} from './events.ts';
import type { Parser } from './parser.ts';
import { T_FLOW_ENTRY, T_FLOW_MAPPING_END, T_FLOW_SEQUENCE_END, T_KEY, T_VALUE } from './token.ts';

export function flowSequenceEntry(p: Parser, first: boolean): number {
  const sc = p.sc;
  if (first) {
    p.pushMark(sc.peekToken());
    sc.skipToken();
  }
  let t = sc.peekToken();
  if (t.type !== T_FLOW_SEQUENCE_END) {
    if (!first) {
      if (t.type !== T_FLOW_ENTRY) {
        return p.failInCollection("did not find expected ',' or ']'", t);
      }
      sc.skipToken();
      t = sc.peekToken();
    }
    if (t.type === T_KEY) {
      p.event(E_MAPPING_START, t, S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY);
      p.implicit = true;
      sc.skipToken();
      return E_MAPPING_START;
    }
    if (t.type !== T_FLOW_SEQUENCE_END) {
      p.states.push(S_FLOW_SEQUENCE_ENTRY);
      return p.node(false, false);
    }
  }
  p.popMark();
  p.event(E_SEQUENCE_END, t, p.popState());
  sc.skipToken();
  return E_SEQUENCE_END;
}

export function flowSequenceEntryMappingKey(p: Parser): number {
  const sc = p.sc;
  const t = sc.peekToken();
  if (t.type !== T_VALUE && t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_SEQUENCE_END) {
    p.states.push(S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE);
    return p.node(false, false);
  }
  sc.skipToken();
  return p.emptyScalar(t.ePos, t.eLine, S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE);
}

export function flowSequenceEntryMappingValue(p: Parser): number {
  const sc = p.sc;
  let t = sc.peekToken();
  if (t.type === T_VALUE) {
    sc.skipToken();
    t = sc.peekToken();
    if (t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_SEQUENCE_END) {
      p.states.push(S_FLOW_SEQUENCE_ENTRY_MAPPING_END);
      return p.node(false, false);
    }
  }
  return p.emptyScalar(t.pos, t.line, S_FLOW_SEQUENCE_ENTRY_MAPPING_END);
}

export function flowMappingKey(p: Parser, first: boolean): number {
  const sc = p.sc;
  if (first) {
    p.pushMark(sc.peekToken());
    sc.skipToken();
  }
  let t = sc.peekToken();
  if (t.type !== T_FLOW_MAPPING_END) {
    if (!first) {
      if (t.type !== T_FLOW_ENTRY) {
        return p.failInCollection("did not find expected ',' or '}'", t);
      }
      sc.skipToken();
      t = sc.peekToken();
    }
    if (t.type === T_KEY) {
      sc.skipToken();
      t = sc.peekToken();
      if (t.type !== T_VALUE && t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_MAPPING_END) {
        p.states.push(S_FLOW_MAPPING_VALUE);
        return p.node(false, false);
      }
      return p.emptyScalar(t.pos, t.line, S_FLOW_MAPPING_VALUE);
    }
    if (t.type !== T_FLOW_MAPPING_END) {
      p.states.push(S_FLOW_MAPPING_EMPTY_VALUE);
      return p.node(false, false);
    }
  }
  p.popMark();
  p.event(E_MAPPING_END, t, p.popState());
  sc.skipToken();
  return E_MAPPING_END;
}

export function flowMappingValue(p: Parser, empty: boolean): number {
  const sc = p.sc;
  let t = sc.peekToken();
  if (empty) return p.emptyScalar(t.pos, t.line, S_FLOW_MAPPING_KEY);
  if (t.type === T_VALUE) {
    sc.skipToken();
    t = sc.peekToken();
    if (t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_MAPPING_END) {
      p.states.push(S_FLOW_MAPPING_KEY);
      return p.node(false, false);
    }
  }
  return p.emptyScalar(t.pos, t.line, S_FLOW_MAPPING_KEY);
}
