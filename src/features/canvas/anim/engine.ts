import type { HopLeg, TraceRoute } from '../model/route.ts';
import { legDuration, offsetPath, traceKeyframes } from './keyframes.ts';

/** What the packet's end mark says (translated by the caller). */
export type MarkTexts = Record<NonNullable<HopLeg['mark']>, string>;

interface PacketView {
  el: HTMLDivElement;
  label: HTMLSpanElement | null;
  mark: HTMLSpanElement;
  anim?: Animation;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Moves packets over the canvas with the Web Animations API, outside React: one absolutely
 * positioned element per packet inside React Flow's ViewportPortal (flow coordinates), moved along
 * a CSS `offset-path` by animating `offset-distance`. React never re-renders for motion; the caller
 * tells the engine once per hop what to show.
 *
 * DOM contract (tests): the main packet is `[data-testid="packet"]` with `data-trace`, `data-hop`
 * and `data-state` (`moving` | `at-hop` | `delivered` | `dropped` | `refused` | `nxdomain`); batch
 * packets are `[data-testid="packet-ghost"]` with `data-state` (`moving` or the end state).
 */
export class PacketEngine {
  private main: PacketView | undefined;
  private readonly ghosts = new Set<PacketView>();

  constructor(
    private readonly layer: HTMLElement,
    private readonly marks: MarkTexts,
  ) {}

  private create(ghost: boolean): PacketView {
    const el = document.createElement('div');
    el.className = ghost ? 'cv-packet cv-ghost' : 'cv-packet';
    el.dataset.testid = ghost ? 'packet-ghost' : 'packet';
    const dot = document.createElement('span');
    dot.className = 'cv-packet-dot';
    el.append(dot);
    let label: HTMLSpanElement | null = null;
    if (!ghost) {
      label = document.createElement('span');
      label.className = 'cv-packet-label';
      el.append(label);
    }
    const mark = document.createElement('span');
    mark.className = 'cv-packet-mark';
    mark.hidden = true;
    el.append(mark);
    this.layer.append(el);
    return { el, label, mark };
  }

  private settle(v: PacketView, state: string, mark: HopLeg['mark'] | undefined) {
    v.el.dataset.state = state;
    v.mark.hidden = !mark;
    v.mark.textContent = mark ? this.marks[mark] : '';
  }

  private stop(v: PacketView) {
    v.anim?.cancel();
    v.anim = undefined;
    if (v.timer !== undefined) clearTimeout(v.timer);
    v.timer = undefined;
  }

  /**
   * Shows hop `hop` of a trace on the main packet: with `animate`, the packet travels the hop's
   * leg (label before the hop while moving, after it on arrival); otherwise it is put there.
   */
  showHop(route: TraceRoute, traceId: number, hop: number, animate: boolean, hopMs: number) {
    const leg = route.legs[hop];
    const v = (this.main ??= this.create(false));
    this.stop(v);
    if (!leg) {
      v.el.hidden = true;
      return;
    }
    v.el.hidden = false;
    v.el.dataset.trace = String(traceId);
    v.el.dataset.hop = String(hop);
    v.el.style.offsetPath = offsetPath(leg.points);
    const arrive = () => {
      if (v.label) {
        v.label.textContent = leg.label;
        v.label.classList.toggle('cv-rewritten', leg.rewritten);
      }
      v.el.style.offsetDistance = '100%';
      this.settle(v, leg.mark ?? 'at-hop', leg.mark);
    };
    const duration = animate ? legDuration(leg, hopMs) : 0;
    if (duration <= 0) {
      v.anim = undefined;
      arrive();
      return;
    }
    if (v.label) {
      v.label.textContent = leg.labelBefore;
      v.label.classList.remove('cv-rewritten');
    }
    this.settle(v, 'moving', undefined);
    const anim = v.el.animate([{ offsetDistance: '0%' }, { offsetDistance: '100%' }], {
      duration,
      easing: 'ease-in-out',
      fill: 'forwards',
    });
    anim.onfinish = () => {
      if (v.anim !== anim) return;
      arrive();
      anim.cancel(); // the inline offset-distance holds the end; drop the finished animation
      v.anim = undefined;
    };
    v.anim = anim;
  }

  /**
   * Plays whole traces as small packets, staggered (a "Send 10" batch): each ends with its mark
   * and fades out after `lingerMs`. `iterations: Infinity` loops them (benchmark). With `animate`
   * false they are placed at their end at once (reduced motion, instant test speed).
   */
  burst(
    routes: readonly TraceRoute[],
    opts: {
      hopMs: number;
      staggerMs: number;
      animate: boolean;
      iterations?: number;
      lingerMs?: number;
    },
  ) {
    routes.forEach((route, i) => {
      const v = this.create(true);
      this.ghosts.add(v);
      const last = route.legs[route.legs.length - 1];
      const { path, keyframes } = traceKeyframes(route);
      v.el.style.offsetPath = path;
      const end = () => {
        v.el.style.offsetDistance = '100%';
        this.settle(v, last?.mark ?? 'at-hop', last?.mark);
        if (opts.lingerMs !== undefined) v.timer = setTimeout(() => this.drop(v), opts.lingerMs);
      };
      if (!opts.animate) {
        end();
        return;
      }
      this.settle(v, 'moving', undefined);
      const anim = v.el.animate(keyframes, {
        duration: Math.max(1, route.legs.length) * opts.hopMs,
        delay: i * opts.staggerMs,
        iterations: opts.iterations ?? 1,
        easing: 'linear',
        fill: 'both',
      });
      anim.onfinish = () => {
        end();
        anim.cancel();
      };
      v.anim = anim;
    });
  }

  private drop(v: PacketView) {
    this.stop(v);
    v.el.remove();
    this.ghosts.delete(v);
  }

  /** Packets in flight right now (for the benchmark). */
  get running(): number {
    let n = 0;
    for (const v of [...this.ghosts, ...(this.main ? [this.main] : [])])
      if (v.anim?.playState === 'running') n++;
    return n;
  }

  clearGhosts() {
    for (const v of [...this.ghosts]) this.drop(v);
  }

  clear() {
    this.clearGhosts();
    if (this.main) {
      this.stop(this.main);
      this.main.el.remove();
      this.main = undefined;
    }
  }
}
