import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { useMemo } from 'react'

// Links from API text open in a new tab without leaking the console's URL or window.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  }
})

/** Renders API markdown (descriptions, comments) as sanitised HTML: no scripts, handlers or js: URLs. */
function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: true })
  const safe = DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  })
  return demoteHeadings(safe)
}

/**
 * A description's `# Title` must not compete with the page's own h1 and h2 (one h1 per page,
 * a heading outline screen readers can follow): headings move two levels down. The input is
 * DOMPurify's serialisation, where `<h1` can only be a tag (text has `&lt;`).
 */
function demoteHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([1-6])\b/g,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 2)}`,
  )
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source])
  // The only place HTML from the API reaches the DOM, and only after DOMPurify.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
