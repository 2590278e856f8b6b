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
  const fragment = DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
    RETURN_DOM_FRAGMENT: true,
  })
  demoteHeadings(fragment)
  const container = document.createElement('div')
  container.append(fragment)
  return container.innerHTML
}

/**
 * A description's `# Title` must not compete with the page's own h1 and h2 (one h1 per page,
 * a heading outline screen readers can follow): headings move two levels down.
 */
function demoteHeadings(fragment: DocumentFragment) {
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Number(heading.tagName[1]) + 2)
    const demoted = document.createElement(`h${level}`)
    demoted.append(...heading.childNodes)
    heading.replaceWith(demoted)
  }
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source])
  // The only place HTML from the API reaches the DOM, and only after DOMPurify.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
