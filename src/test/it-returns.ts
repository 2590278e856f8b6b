import { expect, it } from 'vitest'

/** One test per case, named by `title` (it.each's format): `subject(input)` is `expected`. */
export function itReturns<I, O>(
  title: string,
  subject: (input: I) => O,
  cases: ReadonlyArray<readonly [NoInfer<I>, NoInfer<O>]>,
) {
  it.each(cases)(title, (input, expected) => {
    expect(subject(input)).toBe(expected)
  })
}
