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
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  })
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source])
  // The only place HTML from the API reaches the DOM, and only after DOMPurify.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
