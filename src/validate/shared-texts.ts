/**
 * One copy of each distinct text a rule reports.
 */

/**
 * A function that returns, for each text, the first equal text it was given: the reasons of a
 * flood of messages that say the same thing (`Expected a known infobox parameter, got `a``
 * 140,000 times) are then held once, not once per message.
 */
export function sharedTexts(): (text: string) => string {
  const known = new Map<string, string>()
  return (text) => {
    const first = known.get(text)
    if (first !== undefined) return first
    known.set(text, text)
    return text
  }
}
