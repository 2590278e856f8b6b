import { config } from 'zod/v4/core'
import './zod-jitless'

test('zod reads the jitless setting set before it loads', () => {
  expect(config().jitless).toBe(true)
})
