/** Character classes of libyaml (`yamlprivateh.go`), on UTF-16 code units; 0 stands for end of input. */

export function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

export function isBlankZ(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0 ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

export function isBreakZ(c: number): boolean {
  return c === 10 || c === 13 || c === 0 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** `[0-9A-Za-z_-]`: anchor names, tag handles, directive names. */
export function isAlpha(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Characters that cannot start a plain scalar (besides blanks). */
export function isIndicator(c: number): boolean {
  switch (c) {
    case 45: // -
    case 63: // ?
    case 58: // :
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
    default:
      return false;
  }
}
