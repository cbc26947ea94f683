/**
 * Reading what the machine gives a run: its cores, lowered by a container's CPU quota, and
 * the work already running on them.
 */
import {readFileSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import type {MachineShare} from './choose-jobs.js'

/** cgroup v2 CPU limit: `max 100000` (none) or `150000 100000` (1.5 cores). */
const cgroupV2Limit = '/sys/fs/cgroup/cpu.max'

/** cgroup v1 CPU limit: quota (`-1` for none) and period, in microseconds. */
const cgroupV1Quota = '/sys/fs/cgroup/cpu/cpu.cfs_quota_us'
const cgroupV1Period = '/sys/fs/cgroup/cpu/cpu.cfs_period_us'

/**
 * The cores this process may use and the one-minute load average. A CPU quota rounds up
 * (1.5 cores give 2 jobs); a missing or unreadable cgroup file means no quota.
 */
export function readMachineShare(): MachineShare {
  const quota = cgroupQuota()
  const cores = Math.max(1, Math.min(availableParallelism(), quota === null ? Number.POSITIVE_INFINITY : Math.ceil(quota)))
  const [load = 0] = loadavg()
  return {cores, load}
}

/** Cores' worth of CPU time the cgroup allows, or null without a limit. */
function cgroupQuota(): number | null {
  const v2 = readText(cgroupV2Limit)
  if (v2 !== null) {
    const [quota, period] = v2.trim().split(/\s+/)
    return quotaOf(quota, period)
  }
  return quotaOf(readText(cgroupV1Quota)?.trim(), readText(cgroupV1Period)?.trim())
}

function quotaOf(quota: string | undefined, period: string | undefined): number | null {
  const allowed = Number(quota)
  const per = Number(period)
  return Number.isFinite(allowed) && allowed > 0 && Number.isFinite(per) && per > 0 ? allowed / per : null
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}
