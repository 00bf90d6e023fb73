/** Parser event types (libyaml `yaml_event_type_t`). */

export const E_STREAM_START = 1;
export const E_STREAM_END = 2;
export const E_DOCUMENT_START = 3;
export const E_DOCUMENT_END = 4;
export const E_ALIAS = 5;
export const E_SCALAR = 6;
export const E_SEQUENCE_START = 7;
export const E_SEQUENCE_END = 8;
export const E_MAPPING_START = 9;
export const E_MAPPING_END = 10;

/** Parser states (libyaml `yaml_parser_state_t`). */
export const S_STREAM_START = 0;
export const S_IMPLICIT_DOCUMENT_START = 1;
export const S_DOCUMENT_START = 2;
export const S_DOCUMENT_CONTENT = 3;
export const S_DOCUMENT_END = 4;
export const S_BLOCK_NODE = 5;
export const S_BLOCK_NODE_OR_INDENTLESS_SEQUENCE = 6;
export const S_FLOW_NODE = 7;
export const S_BLOCK_SEQUENCE_FIRST_ENTRY = 8;
export const S_BLOCK_SEQUENCE_ENTRY = 9;
export const S_INDENTLESS_SEQUENCE_ENTRY = 10;
export const S_BLOCK_MAPPING_FIRST_KEY = 11;
export const S_BLOCK_MAPPING_KEY = 12;
export const S_BLOCK_MAPPING_VALUE = 13;
export const S_FLOW_SEQUENCE_FIRST_ENTRY = 14;
export const S_FLOW_SEQUENCE_ENTRY = 15;
export const S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY = 16;
export const S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE = 17;
export const S_FLOW_SEQUENCE_ENTRY_MAPPING_END = 18;
export const S_FLOW_MAPPING_FIRST_KEY = 19;
export const S_FLOW_MAPPING_KEY = 20;
export const S_FLOW_MAPPING_VALUE = 21;
export const S_FLOW_MAPPING_EMPTY_VALUE = 22;
export const S_END = 23;
