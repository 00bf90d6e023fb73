import { describe, expect, it } from 'vitest';
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, TabWriter, tabify } from './tabwriter.ts';

const table = (s: string) => tabify(s, TABLE_TABWRITER);
const desc = (s: string) => tabify(s, DESCRIBE_TABWRITER);

describe('tabwriter (Go text/tabwriter semantics)', () => {
  it('pads each column to its widest cell + padding, never below minwidth; last cell unpadded', () => {
    expect(table('NAME\tAGE\na\t1s\nlonger-name\t10m\n')).toBe(
      'NAME          AGE\na             1s\nlonger-name   10m\n',
    );
    // minwidth 6: a 1-char column is still 6 wide.
    expect(table('A\tB\tC\nx\ty\tz\n')).toBe('A     B     C\nx     y     z\n');
  });

  it('pads empty cells, which leaves trailing spaces (describe `IP:` of an ExternalName)', () => {
    expect(desc('IP:\t\nIPs:\t<none>\n')).toBe('IP:   \nIPs:  <none>\n');
  });

  it('aligns a column only within a block of consecutive lines that have it', () => {
    // Port/NodePort lines have a third cell; their middle column is aligned among themselves only.
    const text =
      'Port:\t<unset>\t80/TCP\nTargetPort:\t8080/TCP\nNodePort:\t<unset>\t30080/TCP\nEndpoints:\t10.0.0.1:8080\n';
    expect(desc(text)).toBe(
      [
        'Port:        <unset>  80/TCP',
        'TargetPort:  8080/TCP',
        'NodePort:    <unset>  30080/TCP',
        'Endpoints:   10.0.0.1:8080',
        '',
      ].join('\n'),
    );
    const twoBlocks = 'a\tbb\tc\nxxxx\ty\tz\nbreak\nq\tr\n';
    expect(desc(twoBlocks)).toBe('a     bb  c\nxxxx  y   z\nbreak\nq  r\n');
  });

  it('a line without a tab ends every block (and flushes)', () => {
    expect(desc('Name:\tx\nContainers:\n  web:\n    Image:\tnginx\n    Restart Count:\t0\n')).toBe(
      'Name:  x\nContainers:\n  web:\n    Image:          nginx\n    Restart Count:  0\n',
    );
  });

  it('a column block stops at a line with fewer cells even if later lines have it again', () => {
    const text = 'a\tb\tc\nlonglonglong\tx\n1\t2\t3\n';
    // column 0 spans all three lines; column 1 exists in lines 1 and 3 only, separately.
    expect(desc(text)).toBe('a             b  c\nlonglonglong  x\n1             2  3\n');
  });

  it('counts runes, not UTF-16 units or bytes', () => {
    expect(desc('한글:\tx\nab:\ty\n')).toBe('한글:  x\nab:  y\n');
    expect(desc('😀:\tx\nab:\ty\n')).toBe('😀:   x\nab:  y\n');
  });

  it('text after the last newline is written without a newline at flush', () => {
    expect(desc('a\tb\ncc\td')).toBe('a   b\ncc  d');
  });

  it('RememberWidths keeps the widest width per column across flushes until reset', () => {
    const w = new TabWriter(TABLE_TABWRITER);
    w.write('NAME\tX\nvery-long-name\t1\n');
    w.flush();
    w.write('a\tb\n');
    w.flush();
    w.resetRememberedWidths();
    w.write('a\tb\n');
    expect(w.toString()).toBe(
      'NAME             X\nvery-long-name   1\na                b\na     b\n',
    );
  });

  it('does not pad a trailing empty cell after a tab', () => {
    expect(desc('k:\t\n')).toBe('k:  \n');
    expect(desc('a\t\tb\nccc\t\td\n')).toBe('a      b\nccc    d\n');
  });
});
