/**
 * Peak memory of a process tree: samples the resident set size (VmRSS) of
 * this process and all its descendants (Astro and Pagefind children included)
 * from /proc, and keeps the largest sum seen. Linux only; elsewhere it
 * reports this process's own peak (`process.resourceUsage().maxRSS`).
 */
import { readdirSync, readFileSync } from 'node:fs'

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/**
 * Proportional set size: a process's private pages plus its share of the
 * pages it shares with others. Summed over a process tree it counts shared
 * memory (Chromium's processes, the libraries every Node process maps) once,
 * where a sum of VmRSS counts it in every process.
 */
function pssKb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/** The pids of `root` and every process below it. */
export function processTree(root = process.pid): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may contain spaces and parentheses: the ppid follows the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      // The process has ended meanwhile.
    }
  }
  const out: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.shift()!
    out.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return out
}

export class RssMonitor {
  private timer: NodeJS.Timeout | null = null
  /** Largest sampled sum of VmRSS over the tree, in kB. */
  peakKb = 0
  /** Largest VmHWM of any single process seen, in kB. */
  peakSingleKb = 0
  /** Largest sampled sum of the proportional set size over the tree, in kB (shared pages counted once). */
  peakPssKb = 0
  private readonly linux = process.platform === 'linux'

  constructor(private readonly intervalMs = 250) {}

  start(): this {
    this.sample()
    this.timer = setInterval(() => this.sample(), this.intervalMs)
    this.timer.unref()
    return this
  }

  sample(): void {
    if (!this.linux) {
      this.peakKb = Math.max(this.peakKb, process.resourceUsage().maxRSS)
      return
    }
    let sum = 0
    let pss = 0
    for (const pid of processTree()) {
      sum += statusKb(pid, 'VmRSS')
      pss += pssKb(pid)
      this.peakSingleKb = Math.max(this.peakSingleKb, statusKb(pid, 'VmHWM'))
    }
    this.peakKb = Math.max(this.peakKb, sum)
    this.peakPssKb = Math.max(this.peakPssKb, pss)
  }

  /** Starts a new measurement window. */
  reset(): void {
    this.peakKb = 0
    this.peakSingleKb = 0
    this.peakPssKb = 0
    this.sample()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.sample()
  }
}
