// What `npm test` needs from the system (Chromium, nginx): found where it is, or installed the
// way CI's fresh Debian machine can (apt-get, when root), or a clear message saying how.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'

/** True when `binary` exists, after installing Debian package `name` if it did not and could be. */
export function ensureDebianPackage(binary, name, otherwise = '') {
  if (existsSync(binary)) return true
  const isDebian = existsSync('/etc/debian_version')
  const isRoot = process.getuid?.() === 0
  if (isDebian && isRoot) {
    console.log(`\n▶ install ${name}`)
    // The package's own service (nginx on port 80, as root) must not start: npm test runs its
    // own, unprivileged. Debian's way to say so is a policy-rc.d answering 101, for the install only.
    const policy = '/usr/sbin/policy-rc.d'
    const ownPolicy = !existsSync(policy)
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 })
    const result = spawnSync(`apt-get update -q && apt-get install -y -q ${name}`, {
      shell: true,
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (ownPolicy) rmSync(policy)
    if (result.status === 0 && existsSync(binary)) return true
  }
  console.error(
    `${binary} was not found. Install it (Debian/Ubuntu: "sudo apt-get install ${name}")${otherwise}.`,
  )
  return false
}
